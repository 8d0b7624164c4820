# Private name mangling: __x inside class C is _C__x (attributes, names, params, slots).
class A:
    __cls = 1
    def __init__(self, __p=2, *, __k=3):
        self.__x = __p + __k
        self.__y__ = 5
    def get(self):
        return self.__x, A.__cls, self.__y__
    def __priv(self):
        return "priv"
    def call(self):
        return self.__priv()
    def nested(self):
        def inner():
            return self.__x
        return inner()
    def gen(self):
        return [self.__x for _ in range(2)]
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"
class _Under:
    def __init__(self): self.__z = 1
class ___:
    def __init__(self): self.__w = 1
a = A()
print(a.get(), a.call(), a.nested(), a.gen())
print(sorted(vars(a)), sorted(k for k in vars(A) if "A" in k))
b = B()
print(sorted(vars(b)))
print(vars(_Under()), vars(___()))
try:
    a.__x
except AttributeError as e:
    print(e)
print(a._A__x, A.__init__.__code__.co_varnames, A.__init__.__kwdefaults__)
def f(x: int, __q: str) -> None: pass
class C:
    __ann: int = 3
    def m(self, __a: int): pass
print(C.__annotations__, C.m.__annotations__, C._C__ann)
import sys as __s
class D:
    import sys as __t
    def m(self): return self.__t.maxsize > 0
print(D().m(), sorted(k for k in vars(D) if k.startswith("_D")))
class S:
    __slots__ = ("__p", "q")
    def __init__(self): self.__p = 1; self.q = 2
    def get(self): return self.__p
print(S().get(), S.__slots__, sorted(k for k in vars(S) if "p" in k))
