# Dict views: live views and set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), len(k))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}), "b" in k)
print(sorted(i & {("b", 2), ("c", 0)}), ("c", 3) in i, ("c", 4) in i)
e = {"b": 2, "c": 3, "d": 4}
print(d.keys() == e.keys(), d.items() == e.items(), d.values() == e.values())
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    v & {1}
except TypeError as err:
    print("TypeError:", err)
print(k.mapping == d if hasattr(k, "mapping") else "no mapping")
