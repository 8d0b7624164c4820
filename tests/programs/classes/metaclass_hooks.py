class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def __len__(cls):
        return 42
    def describe(cls):
        return "I am " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class A(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x
    def m(self):
        return super().__class__.__name__

a = A(5)
print(a.x, A.created_by, A.extra, A.inited, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
print(A.describe(), A.upper_name, len(A))
class B(A):
    pass
print(type(B).__name__, B.extra, B(7).x)
print(a.m())
try:
    a.describe
except AttributeError as e:
    print("AttributeError", e)

class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class P(metaclass=Reg): pass
class Q(P): pass
print(Reg.registry)
C = Meta("C", (), {"v": 3})
print(C.v, C.created_by, type(C).__name__)
D = type("D", (A,), {})
print(type(D).__name__)
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class Y(X1, X2): pass
except TypeError as e:
    print(e)
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError("frozen " + name)
class F(metaclass=Frozen):
    z = 1
try:
    F.z = 2
except AttributeError as e:
    print(e)
print(F.z)
class Counted(type):
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, k):
        return k == "in"
    def __repr__(cls):
        return "<counted " + cls.__name__ + ">"
class Z(metaclass=Counted): pass
print(list(Z), Z[4], "in" in Z, "out" in Z, repr(Z), str(Z), [Z])
