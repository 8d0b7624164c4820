# tern-test: module
NAME = "toolkit"
from .text import shout
