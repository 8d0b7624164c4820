# tern-test: module
from .circular_a import A
B = "b"
