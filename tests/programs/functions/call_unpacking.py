# *args / **kwargs at call sites and unpacking in displays.
def f(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, sorted(kw.items()))
args = [1, 2]
kwargs = {"d": 40, "e": 50}
print(f(*args))
print(f(*args, **kwargs))
print(f(*[1, 2, 3, 4, 5]))
print(f(0, *range(2), *"xy", z=1, **{"y": 2}))
print(f(**{"a": "A", "b": "B"}))
print(f(1, 2, *(), **{}))
print(*[1, 2, 3], sep="-")
print(*"abc")
first, *others = [*range(3), *"ab"]
print(first, others)
print([*range(3), *[10, 11]], (*"ab", *[1]), {*[1, 2], *(2, 3)})
merged = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(merged)
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(1, 2, d=0))
try:
    f(*[1], **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{"d": 1}, **{"d": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, x):
    return x
print(kw_only(**{"x": "via dict"}))
print(max(*[3, 9, 2]), list(zip(*[(1, "a"), (2, "b")])))
