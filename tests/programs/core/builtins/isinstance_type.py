# isinstance and type().
values = [1, -1, 2 ** 100, 1.5, True, False, None, "s", [1], (1,), {1: 2}, {1}, frozenset(), range(3), slice(1)]
for v in values:
    print(repr(v), type(v))
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, int), isinstance(1, float), isinstance(1, (float, int)), isinstance("s", (int, list)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(frozenset(), set), isinstance(frozenset(), frozenset), isinstance(range(1), range))
print(isinstance(None, type(None)), isinstance(2 ** 100, int), isinstance(ValueError(), Exception))
print(isinstance(5, (str, (list, int))), isinstance(5, ()))
print(type(1) == int, type(True) == int, type(True) == bool, type(1) is int)
print(type(1.0) is float, type("") is str, type([]) is list, type(None))
print(type(type(1)), type(int), type(len), type(print))
print(type(lambda: 0) == type(isinstance), type(max))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, object))
print(int, float, str, list, dict, tuple, set, frozenset, bool, range, type(None))
print(str(type(3.5)), repr(type("x")))
print(type(1)(3.9), type("")(42), type([])("ab"), type(()) is tuple)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
