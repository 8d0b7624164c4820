# object(), NotImplemented, Ellipsis, None, callable.
o1 = object()
o2 = object()
print(o1 == o1, o1 == o2, o1 is not o2, type(o1).__name__, isinstance(o1, object), isinstance(5, object))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))
print(None, type(None).__name__, None is None, bool(None), repr(None))
print((1).__eq__("a"), (1).__add__(2), (1).__add__("x"), "a".__lt__(1))

print(callable(len), callable(print), callable(5), callable("s"), callable(object), callable(lambda: 0), callable(None))
class WithCall:
    def __call__(self):
        return "called"
print(callable(WithCall()), callable(WithCall), WithCall()())
sentinel = object()
def lookup(d, k, default=sentinel):
    if k in d:
        return d[k]
    if default is sentinel:
        return "no default given"
    return default
print(lookup({}, "a"), lookup({}, "a", None), lookup({"a": 1}, "a"))
print(object().__class__ is object, object.__name__, sorted(dir(object()))[:3])
print(bool(...))
