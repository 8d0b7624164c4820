# repr/str of nested containers, including self-reference.
print([1, [2, (3, {4: "five"})], "six", 7.0, None, True])
print(repr(["a", 'b"c', "d'e"]))
print(str({"k": ("v",)}), str({1: {2: {}}}))
print([(), (1,), (1, 2)], [[], [[]]])
print({"tuple": (1, 2), "list": [3], "set": {4}, "fs": frozenset([5]), "range": range(2)})
a = [1, 2]
a.append(a)
print("self list:", a)
d = {"k": 1}
d["self"] = d
print("self dict:", d)
b = [a, a]
print("shared:", len(b), b[0] is b[1])
print([set(), frozenset(), {}, [], ()])
print([1.0, -0.0, float("inf"), float("nan"), 1e100, 2 ** 70])
print({None: None, True: False, 0.5: "half"})
print(["\n", "\t", "\\", "'", '"', "é", "日"])
x = [[]] * 3
x[0].append(x)
print("nested self:", x)
print(str([1, 2]) == repr([1, 2]), str("s") == repr("s"))
