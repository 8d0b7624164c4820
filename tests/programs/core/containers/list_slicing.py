# Slicing lists and tuples, slice assignment, del of slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2])
print(a[::-1], a[::-2], a[8:2:-2], a[-1:-5:-1], a[5::-1], a[:5:-1])
print(a[100:], a[-100:2], a[3:1], a[5:100:3], a[-100::-1], a[100::-3])
print(a[slice(2, 8)], a[slice(None, None, -4)], a[slice(-2, None)])
t = tuple(a)
print(t[1:4], t[::-3], t[10:], t[:0], type(t[1:3]))
b = list(range(10))
b[2:5] = ["a", "b"]
print("shrink:", b)
b[1:2] = [10, 11, 12, 13]
print("grow:", b)
b[:0] = ["head"]
print("insert at start:", b)
b[len(b):] = ["tail"]
print("append via slice:", b)
b[3:3] = [True]
print("insert in middle:", b)
b[:] = [1, 2, 3]
print("replace all:", b)
b[1:] = "xy"
print("from string:", b)
c = list(range(10))
c[::2] = ["e"] * 5
print("extended assign:", c)
c[::-3] = [0, 0, 0, 0]
print("extended neg assign:", c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[1:3]
print("del slice:", d)
del d[::3]
print("del step:", d)
del d[::-2]
print("del neg step:", d)
del d[50:60]
print("del out of range:", d)
e = [1, 2, 3]
e[5:10] = [4]
print("assign past end:", e)
e[-10:1] = [0]
print("assign before start:", e)
f = list(range(5))
f[3:1] = ["x"]
print("empty slice assign:", f)
g = [1, 2, 3]
g[1:2] = g
print("self assign:", g)
try:
    t[0:1] = (9,)
except TypeError as e:
    print("TypeError:", e)
s = "abcdef"
print(s[::-1], s[-2::-2], s[1:-1], s[::7])
n = [1, 2, 3, 4, 5, 6]
print("pairs:", list(zip(n[::2], n[1::2])))
