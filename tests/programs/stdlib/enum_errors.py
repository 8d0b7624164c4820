# Enum error cases: bad values and names, reassignment, extending, duplicates, then
# an uncaught lookup error with its traceback.
from enum import Enum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("value", lambda: Color(7))
attempt("name", lambda: Color["BLUE"])
attempt("setattr", lambda: setattr(Color, "RED", 3))
attempt("delattr", lambda: delattr(Color, "RED"))
attempt("member attr", lambda: setattr(Color.RED, "value", 9))
try:
    class Shade(Color):
        DARK = 3
except TypeError as e:
    print("extend", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("unique", e)
print(Color.RED < Color.GREEN if False else "no ordering")
attempt("order", lambda: Color.RED < Color.GREEN)


def lookup(v):
    return Color(v)


lookup(5)
