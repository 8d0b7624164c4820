# Tuples.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t + (4,), (0,) * 3, 2 * (1, 2))
print(t.index("two"), (1, 2, 1, 1).count(1))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
a, b, c = t
print(a, b, c)
print("in:", 3.0 in t, "x" in t, (1, 2) in nested)
mutable_inside = ([1], [2])
mutable_inside[0].append(10)
print("mutable inside:", mutable_inside)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
print("as dict keys:", {(0, 0): "origin", (1, 2): "p"}[(1, 2)])
print("hashable:", hash((1, 2)) == hash((1, 2)))
print("single repr:", repr((5,)), repr(()), str((None,)))
print("bool:", bool(()), bool((0,)))
coords = [(1, 2), (3, 4), (5, 6)]
print("sum x:", sum([x for x, y in coords]), "max y:", max([y for x, y in coords]))
print("zip transpose:", list(zip((1, 3), (2, 4))))
print("min tuple:", min([(2, "b"), (1, "z"), (1, "a")]))
print("tuple of tuple:", tuple((1, 2)), tuple(t) == t)
