# Builtin type constructors from various iterables.
print(list(), list([1]), list((1, 2)), list("ab"), list(range(3)), list({"a": 1, "b": 2}), list({3}))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple(range(2)), tuple({"k": 0}))
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4), dict(zip("ab", "xy")), dict([]))
print(set(), set([3, 1, 3]), set("aab") == {"a", "b"}, set(range(4)), set((1, 1)))
print(frozenset(), frozenset([1, 2]), frozenset(range(3)))
print(str(), str(5), str(5.0), str([5]), str(None), str(True), str("s"))
print(bool(), bool(0), bool(1), bool("x"), bool([]), int(), float(), repr(str()))
print(range(5), range(1, 5), range(1, 5, 2), slice(5), slice(1, 5), slice(1, 5, 2))
print(list(list([1, 2])), tuple(tuple([3])), dict(dict(a=1)), set(set([2])))
l = [1, 2]
print(list(l) is l, tuple((1, 2)) == (1, 2), dict(a=1) == {"a": 1})
print(list(map(str, range(3))), tuple([x * 2 for x in range(3)]))
print(dict([(i, i * i) for i in range(4)]))
print(list(reversed((1, 2, 3))), list(enumerate({"x": 1})), sorted(set([5, 1, 3])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["ab", "abc"])
except ValueError as e:
    print("ValueError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)
