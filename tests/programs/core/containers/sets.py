# Sets of ints, floats and tuples print in CPython order.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(10)
s.add(3)
print("add:", s)
s.discard(1)
s.discard(999)
print("discard:", s)
s.remove(10)
print("remove:", s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print("|", a | b, "&", a & b, "-", a - b, "^", a ^ b)
print("union:", a.union(b), a.union([7, 8], (9,)))
print("intersection:", a.intersection(b), a.intersection(range(3)))
print("difference:", a.difference(b), b.difference(a, {5}))
print("symmetric:", a.symmetric_difference(b))
print("subset:", {1, 2} <= a, {1, 5} <= a, a <= a, {1} < a, a < a)
print("superset:", a >= {1, 2}, a > a, a.issuperset([1, 2]), a.issubset(range(10)))
print("disjoint:", a.isdisjoint({7, 8}), a.isdisjoint(b))
print("set():", set(), set([1, 1, 2]), set(range(5)), set((5, 5, 5)))
print("floats:", {1.5, 0.25, -2.0, 3.0})
print("tuples:", {(1, 2), (2, 1), (0, 0)})
print("mixed ints:", {100, 7, 2 ** 40, -5, 0})
print("bigger:", {i * 7 % 20 for i in range(20)})
print("neg:", {-1, -2, -3, 1, 2, 3})
c = set(a)
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {50}
print("augmented:", c)
print("eq:", {1, 2} == {2, 1}, {1} == {1.0}, set() == set(), {1} != {2})
print("pop:", {5}.pop())
e = set()
for i in range(10):
    e.add(i % 4)
print(e)
print("copy:", a.copy(), a.copy() is a)
a.clear()
print("clear:", a)
print("repr empty:", repr(set()), str(set()))
print("len:", len({1, 1.0, True}))
print("sorted strs:", sorted({"pear", "apple", "fig"}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
