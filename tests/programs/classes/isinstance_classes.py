# isinstance/issubclass with user classes and tuples; type(); __class__.__name__.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(o.__class__.__name__, isinstance(o, A), isinstance(o, (C, int)), type(o).__name__, type(o) is D)
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, B), issubclass(A, A), issubclass(bool, (A, int)))
print(issubclass(A, object), isinstance(A, type), type(A), type(type))
print([c.__name__ for c in D.__mro__], D.__bases__ == (B, C))
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
print(type(A()) == A, type(B()) == A, isinstance(B(), A))
Dyn = type("Dyn", (A,), {"x": 5, "hello": lambda self: "hi from " + type(self).__name__})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, A))
print(A.__subclasses__()[0].__name__, len(A.__subclasses__()))
print(isinstance(3, (A, (B, (int,)))), isinstance(True, (A,)))
