# Insertion order survives deletes and re-inserts.
d = {}
for k in ["d", "a", "c", "b"]:
    d[k] = len(d)
print(d)
del d["a"]
print("after del a:", d)
d["a"] = 99
print("reinsert a goes to end:", d)
d["d"] = -1
print("overwrite keeps position:", d)
d.pop("c")
d["e"] = 5
d["c"] = 6
print(list(d), list(d.values()))
n = {}
for i in range(20):
    n[i] = i
for i in range(0, 20, 2):
    del n[i]
for i in range(0, 20, 4):
    n[i] = "back"
print(n)
print(list(n.keys())[:5])
m = {i: i for i in range(100)}
for i in range(95):
    del m[i]
m[0] = "z"
print("after many deletes:", m)
x = {3: "c", 1: "a", 2: "b"}
print(x, list(x.items()))
x.popitem()
x[2] = "again"
print(x)
ints = {}
for k in [10, 5, 10 ** 20, -1, 0.5, (1, 2)]:
    ints[k] = str(k)
del ints[5]
ints[5] = "five"
print(ints)
s = {}
for i in range(1000):
    s[i % 37] = i
print(list(s.items())[:5], len(s))
o = {"x": 1}
o.update({"y": 2, "x": 3})
print(o)
print(dict(list({"a": 1}.items()) + [("b", 2)]))
