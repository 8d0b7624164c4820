# tern-test: module
from .circular_b import B
A = "a"
