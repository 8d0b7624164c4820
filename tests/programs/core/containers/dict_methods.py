# Dict methods.
d = {"a": 1, "b": 2, "c": 3}
print("get:", d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print("setdefault:", d.setdefault("a", 50), d.setdefault("d", 4), d.setdefault("e"), d)
print("pop:", d.pop("e"), d.pop("zz", "dflt"), d)
print("popitem:", d.popitem(), d)
d.update({"x": 10, "a": -1})
print("update dict:", d)
d.update([("y", 20)])
print("update pairs:", d)
d.update(z=30, b=-2)
print("update kwargs:", d)
print("keys:", d.keys(), list(d.keys()))
print("values:", d.values(), list(d.values()))
print("items:", d.items(), list(d.items())[:2])
print("len views:", len(d.keys()), len(d.values()), len(d.items()))
print("in views:", "x" in d.keys(), 10 in d.values(), ("x", 10) in d.items())
c = d.copy()
c["new"] = 1
print("copy independent:", "new" in d, "new" in c)
c.clear()
print("clear:", c, len(d))
print("fromkeys:", dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print("fromkeys shares value:", shared)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print("grouping:", groups)
keys = d.keys()
d["late"] = 0
print("live view:", list(keys)[-1], len(keys))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError:", e)
print("sorted items:", sorted({"b": 2, "a": 1, "c": 0}.items()))
print("max by value:", max({"b": 2, "a": 1, "c": 5}.items(), key=lambda kv: kv[1]))
total = 0
for k, v in {"x": 1, "y": 2}.items():
    total += v
print("total:", total)
