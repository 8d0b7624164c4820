# int() of subclasses with __int__, reversed() of builtin subclasses, __class_getitem__, __doc__, bitwise float errors.
class I(int):
    def __int__(self): return 99
class F(float): pass
print(int(I(5)), int(F(2.7)), float(I(3)))
class D(dict): pass
print(list(reversed(D({1: 2, 3: 4}))))
class L(list):
    def __getitem__(self, i): return "x"
print(list(reversed(L([1, 2]))))
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int])
class A: pass
class B:
    "doc"
print(A.__dict__["__doc__"], B.__doc__, A.__doc__)
for f in [lambda: 2.5 & 2, lambda: 2 | 1.5, lambda: 1.0 << 2]:
    try: f()
    except TypeError as e: print(e)
