# Instantiating user classes: __init__ arguments of every kind, errors, recursion, __new__.
class A:
    def __init__(self, x, y=2, *args, k=3, **kw):
        self.s = (x, y, args, k, kw)
print(A(1).s, A(1, 5, 6, k=7, z=8).s, A(x=9).s)
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
class C(A):
    pass
print(C(4).s, type(C(4)).__name__)
class D:
    def __init__(self, v):
        if v < 0:
            raise ValueError("neg")
        self.v = v
try:
    D(-1)
except ValueError as e:
    print("caught", e)
class E:
    def __init__(self, n):
        self.child = E(n - 1) if n else None
def depth(e):
    return 0 if e.child is None else 1 + depth(e.child)
print(depth(E(50)))
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class H:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
H(1, 2)
