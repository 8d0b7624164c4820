# Dict creation, access, mutation.
d = {"one": 1, "two": 2}
print(d, len(d), d["one"])
d["three"] = 3
d["one"] = 100
print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict([("a", 1)], b=2))
print(dict(zip("abc", range(3))), dict([[1, 2], (3, 4)]))
print("in:", "one" in d, "zzz" in d, 100 in d, "one" not in d)
print("keys types:", {1: "int", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "s": "str"})
e = {}
for i in range(5):
    e[i * i] = i
print(e)
print("eq:", {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1: 1.0}, {} == {})
print("nested:", {"a": {"b": {"c": [1, 2]}}}["a"]["b"]["c"][1])
print("bool:", bool({}), bool({0: 0}))
print("repr:", repr({"q": "it's", 1: [None]}))
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e)
try:
    print({}[(1, 2)])
except KeyError as e:
    print("KeyError tuple:", e)
try:
    print({}[0])
except KeyError as e:
    print("KeyError int:", e, repr(e))
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
squares = {x: x * x for x in range(6)}
print(squares, squares[5])
inverted = {v: k for k, v in squares.items()}
print(inverted)
print("len after overwrite:", len({1: "a", 1.0: "b", True: "c"}))
print("list(dict):", list({"b": 1, "a": 2}))
