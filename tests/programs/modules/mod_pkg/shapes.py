# tern-test: module
from .mod_util import double
def square(x):
    return x * x
def double_square(x):
    return double(square(x))
