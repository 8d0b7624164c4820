# Errors of instance introspection with CPython's messages; ends with an uncaught
# TypeError from vars() of a __slots__ instance.


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error", r)


class C:
    def __init__(self):
        self.a = 1


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


c = C()
s = Slotted()
attempt("vars(int)", lambda: vars(5))
attempt("vars(slots)", lambda: vars(s))
attempt("vars two args", lambda: vars(c, c))
attempt("__dict__ = int", lambda: setattr(c, "__dict__", 5))
attempt("__dict__ = list", lambda: setattr(c, "__dict__", [("a", 1)]))
attempt("del __dict__", lambda: delattr(c, "__dict__"))
attempt("int __dict__", lambda: (5).__dict__)
attempt("__name__ = int", lambda: setattr(C, "__name__", 5))
attempt("__qualname__ = None", lambda: setattr(C, "__qualname__", None))
attempt("function __name__ = int", lambda: setattr(attempt, "__name__", 1))
attempt("instance __name__", lambda: c.__name__)
attempt("instance __qualname__", lambda: c.__qualname__)
attempt("builtin __name__", lambda: setattr(int, "__name__", "integer"))
attempt("__class__ = int", lambda: setattr(c, "__class__", int))
attempt("__class__ = non-type", lambda: setattr(c, "__class__", 5))
attempt("__class__ of int", lambda: setattr(1, "__class__", bool))
attempt("slots missing attr", lambda: s.y)
attempt("slots new attr", lambda: setattr(s, "z", 1))
attempt("update non-mapping", lambda: c.__dict__.update(5))
attempt("update bad items", lambda: c.__dict__.update([1]))
attempt("missing dict key", lambda: c.__dict__["nope"])
attempt("missing attribute", lambda: c.nope)
attempt("class __dict__ assignment", lambda: C.__dict__.__setitem__("x", 1))
print("after errors:", vars(c), C.__name__, C.__qualname__)
vars(s)
