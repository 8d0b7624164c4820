# str() of builtin subclasses: a user __repr__ is used when there is no __str__.
class D(dict):
    __repr__ = lambda s: 'D()'
class L(list):
    def __repr__(self): return 'L!'
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class S(str):
    def __repr__(self): return 'S!'
class T(tuple): pass
class E(Exception):
    def __repr__(self): return 'E!'
for x in [D(a=1), L([1]), I(5), F(2.5), S("abc"), T((1, 2)), E("msg"), I(7) + 1]:
    print(str(x), repr(x), f"{x!s}|{x!r}", [x], "%s" % (x,))
print(D(), L())
