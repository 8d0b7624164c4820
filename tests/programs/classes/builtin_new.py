# tuple.__new__/int.__new__ from subclasses, keyword arguments to builtin bases.
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def x(self): return self[0]
class I(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
class H(int): pass
print(P(1, 2), P(1, 2).x, type(P(1, 2)).__name__, I(5), tuple.__new__(P, (7, 8)), int.__new__(I, 5))
print(H("ff", base=16), H(), float.__new__(float, "1.5"), str.__new__(str, 5))
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p._replace(x=5), Pt._make([3, 4]), p._asdict())
