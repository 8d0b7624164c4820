# slice objects and their use.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, 3), slice(1, None), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefgh"[s], tuple(data)[s])
print(data[slice(None, None, -1)], data[slice(-3, None)], data[slice(2)])
print(s == slice(1, 5, 2), s == slice(1, 5), slice(1) == slice(None, 1))
print(s.indices(10), s.indices(3), slice(None, None, -1).indices(5), slice(-100, 100).indices(7))
print(slice(-2, None, -1).indices(5), slice(10, -10, -3).indices(8))
d = list(range(8))
d[slice(0, 4)] = ["a"]
print(d)
del d[slice(None, None, 2)]
print(d)
r = range(20)
print(r[slice(5, 15, 3)], list(r[slice(None, None, -5)]))
try:
    data[slice(0, 5, 0)]
except ValueError as e:
    print("ValueError:", e)
try:
    {slice(1): 1}
    print("slices hashable")
except TypeError as e:
    print("TypeError:", e)
