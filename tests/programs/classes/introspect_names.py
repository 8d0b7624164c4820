# __class__, __name__, __qualname__, __module__ of classes, functions, methods and
# instances, including nested and dynamically created classes.
import collections


class Outer:
    class Inner:
        class Deepest:
            def method(self):
                return 1

    def method(self):
        def local():
            pass
        return local

    @staticmethod
    def smethod():
        pass

    @classmethod
    def cmethod(cls):
        return cls

    lam = lambda self: 0


def factory():
    class Local:
        def m(self):
            pass
    return Local


o = Outer()
print("class:", o.__class__, o.__class__ is Outer, type(o) is o.__class__)
print("names:", Outer.__name__, Outer.Inner.__name__, Outer.Inner.Deepest.__name__)
print("qualnames:", Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print("method qualnames:", Outer.method.__qualname__, Outer.Inner.Deepest.method.__qualname__,
      Outer.smethod.__qualname__, Outer.cmethod.__qualname__, Outer.lam.__qualname__)
print("local function:", o.method().__qualname__, o.method().__name__)
print("bound method:", o.method.__name__, o.method.__qualname__, o.method.__self__ is o,
      o.method.__func__ is Outer.method, o.cmethod.__self__ is Outer)
L = factory()
print("local class:", L.__name__, L.__qualname__, L.m.__qualname__, L().__class__.__name__)
print("modules:", Outer.__module__, Outer.method.__module__, factory.__module__,
      o.__module__, L.__module__)
print("builtin modules:", int.__module__, len.__module__, collections.OrderedDict.__module__,
      collections.namedtuple("P", "x").__module__)
print("builtin names:", int.__name__, int.__qualname__, dict.fromkeys.__name__, len.__qualname__,
      [].append.__name__, "".upper.__qualname__)
print("lambda:", (lambda: 0).__name__, (lambda: 0).__qualname__)

# type(name, bases, ns) takes its __module__ from the caller's globals.
Dyn = type("Dyn", (Outer,), {"x": 1})
print("dynamic:", Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn().x, Dyn.__bases__)
Dyn2 = type("Dyn2", (), {"__module__": "somewhere", "__qualname__": "A.B"})
print("explicit:", Dyn2.__module__, Dyn2.__qualname__, Dyn2.__name__)

# Renaming: __name__ and __qualname__ are writable on classes and functions.
Outer.Inner.__name__ = "Renamed"
Outer.Inner.__qualname__ = "Outer.Renamed"
print("renamed:", Outer.Inner.__name__, Outer.Inner.__qualname__, repr(Outer.Inner)[-15:])


def f():
    pass


f.__name__ = "g"
f.__qualname__ = "h.g"
print("renamed function:", f.__name__, f.__qualname__)
f.__module__ = "elsewhere"
print("function module:", f.__module__)

# __class__ of builtins, and assignment of __class__ between compatible classes.
print("builtin classes:", (1).__class__, "s".__class__.__name__, [].__class__, None.__class__)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
a.__class__ = B
print("__class__ assignment:", a.who(), type(a).__name__, isinstance(a, B))
print("class of class:", Outer.__class__, type(Outer).__name__, Outer.__class__.__class__)
print("__dict__ of module has names:", "Outer" in globals(), __name__, __qualname__ if False else "")
