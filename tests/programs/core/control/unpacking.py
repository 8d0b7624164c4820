# Assignment forms: tuple unpacking, nested, starred, chained.
a, b = 1, 2
print(a, b)
a, b = b, a
print("swap:", a, b)
(a, b), c = (3, 4), 5
print("nested:", a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print("deep:", a, b, c, d)
[x, y] = [10, 20]
print("list target:", x, y)
first, *rest = [1, 2, 3, 4]
print("first/rest:", first, rest)
*init, last = "abcd"
print("init/last:", init, last)
a, *mid, z = range(6)
print("a/mid/z:", a, mid, z)
a, *mid, z = (1, 2)
print("empty mid:", a, mid, z)
(p, *q), r = [1, 2, 3], 4
print("nested starred:", p, q, r)
x = y = z = 7
print("chained:", x, y, z)
l1 = l2 = []
l1.append(1)
print("shared:", l2)
a, b, c = "xyz"
print("from str:", a, b, c)
k1, k2 = {"one": 1, "two": 2}
print("from dict:", k1, k2)
i, j = divmod(17, 5)
print("from call:", i, j)
t = 1, 2, 3
print("tuple packing:", t, type(t))
s = 5,
print("single tuple:", s)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print("subscript targets:", lst)
d = {}
d["x"], d["y"] = 1, 2
print("dict targets:", d)
i = 0
i, lst[i] = 1, "z"
print("order of assignment:", i, lst)
for idx, (ch, num) in enumerate(zip("ab", [1, 2])):
    print("loop unpack:", idx, ch, num)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
