# Dict keys of several hashable types; numeric key unification.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool one"
print(d, len(d))
d[2.5] = "float"
d[(1, 2)] = "tuple"
d[(1, (2, 3))] = "nested tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[-1] = "neg"
d[10 ** 30] = "big"
d[""] = "empty str"
print(d[1], d[2.5], d[(1, 2)], d[(1, (2, 3))], d[None], d[frozenset([1])], d[-1], d[10 ** 30], d[""])
print(d[1.0], d[True], (1.0, 2) in d, float(10 ** 30) in d)
print(list(d.keys()))
print({0: "a", 0.0: "b", False: "c", -0.0: "d"})
print({2 ** 64: 1, 2.0 ** 64: 2})
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    d[(1, [2])] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(d["nope"])
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    print(d[(9, 9)])
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    print(d[3.5])
except KeyError as e:
    print("KeyError:", e)
memo = {}
for a in range(4):
    for b in range(4):
        memo[(a, b)] = a * b
print(memo[(3, 2)], len(memo), list(memo)[:4])
