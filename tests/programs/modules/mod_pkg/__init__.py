# tern-test: module
print("  [mod_pkg/__init__ running]")
VERSION = "1.2"
from .shapes import square
from . import mod_util
