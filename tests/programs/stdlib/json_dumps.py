# json.dumps / json.dump: every encoder option (indent as int and str, separators,
# sort_keys, ensure_ascii, allow_nan, skipkeys, default=, cls=), key coercion, floats
# and big ints, subclasses of the builtin types, and the chunks dump() writes.
import json
from collections import OrderedDict, namedtuple


class Writer:
    """A file-like object that records each write() call."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


DOC = {
    "name": "widget",
    "tags": ["a", "b\u00e9", "snow\u2603", "emoji\U0001f600", ""],
    "nums": [0, -1, 2**31, -2**63, 2**64, 10**40, 1.5, -0.0, 1e16, 1e-7, 0.1, 1e300],
    "flags": [True, False, None],
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [[[1, [2, {"x": [3]}]]]]},
    "tuple": (1, (2, 3)),
    "escapes": "quote\" back\\ slash/ \b\f\n\r\t \x00\x1f\x7f \u2028",
    7: "int key",
    -2.5: "float key",
    True: "bool key",
    None: "none key",
}

OPTIONS = [
    {},
    {"indent": 2},
    {"indent": 0},
    {"indent": "\t"},
    {"indent": "->"},
    {"separators": (",", ":")},
    {"separators": (" ; ", " = ")},
    {"indent": 1, "separators": (",", ": ")},
    {"ensure_ascii": False},
    {"sort_keys": True, "skipkeys": True},
]

for opts in OPTIONS:
    print("--", opts)
    try:
        text = json.dumps(DOC, **opts)
    except TypeError as e:
        print("TypeError:", e)
        continue
    print(text)
    w = Writer()
    json.dump(DOC, w, **opts)
    print("dump chunks:", len(w.parts), w.parts[:20])
    print("dump == dumps:", "".join(w.parts) == text)

print("-- sort_keys")
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}, "A": 0}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}, "A": 0}, sort_keys=True, indent=2))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({2.5: "x", 1: "y", -1: "z"}, sort_keys=True))

print("-- key coercion")
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 10**20: 5, -7: 6, 1e100: 7}))
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
print(json.dumps({(1, 2): "t", "ok": 1, frozenset(): "f"}, skipkeys=True))
print(json.dumps({(1, 2): "t"}, skipkeys=True, indent=2))

print("-- floats")
for f in [0.0, -0.0, 1.0, 0.1, 1 / 3, 2.5e-10, 123456789012345.0, 1e16, 1.7976931348623157e308,
          5e-324, float("inf"), float("-inf"), float("nan")]:
    print(json.dumps(f), json.dumps([f], indent=1).replace("\n", "|"))

print("-- ints")
for i in [0, 1, -1, 2**47, 2**48, -2**48, 2**62, 2**63, -2**63 - 1, 3**100, -(10**50)]:
    print(json.dumps(i), json.dumps({i: i}))

print("-- strings")
for s in ["", "plain", "caf\u00e9", "\u20ac", "\U0001d11e", "\x00", "\x7f", "\u2028\u2029",
          "tab\tnew\nline", "\\\"/"]:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False), json.dumps([s], ensure_ascii=False))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


Point = namedtuple("Point", "x y")

print("-- subclasses")
values = [MyInt(5), MyFloat(2.5), MyStr("s\u00e9"), MyList([1, MyList([2])]),
          MyDict(a=1, b=MyDict(c=2)), MyTuple((3, 4)), Point(1, 2),
          OrderedDict([("z", 1), ("a", 2)])]
print(json.dumps(values))
print(json.dumps(values, indent=2))
print(json.dumps({MyInt(1): MyStr("v"), MyFloat(0.5): 1, MyStr("k"): 2}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))
print(json.dumps(MyDict(b=1, a=2), sort_keys=True))


class Point3:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


def encode_extra(o):
    if isinstance(o, Point3):
        return {"x": o.x, "y": o.y, "z": o.z}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, bytes):
        return o.decode("ascii")
    raise TypeError(f"cannot encode {type(o).__name__}")


print("-- default=")
print(json.dumps([Point3(1, 2, 3), {3, 1, 2}, b"raw", {"p": Point3(Point3(0, 0, 0), [], {})}],
                 default=encode_extra))
print(json.dumps({"s": frozenset([2, 1])}, default=encode_extra, indent=1))


class ExtEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point3):
            return [o.x, o.y, o.z]
        if isinstance(o, set):
            return {"set": sorted(o)}
        return super().default(o)


print("-- cls=")
print(json.dumps({"pt": Point3(1, 2, 3), "s": {5, 4}}, cls=ExtEncoder))
print(json.dumps({"pt": Point3(1, 2, 3)}, cls=ExtEncoder, indent=3, sort_keys=True))
enc = ExtEncoder(separators=(",", ":"), sort_keys=True)
print(enc.encode({"b": Point3(4, 5, 6), "a": None}))
print(list(enc.iterencode({"b": [1, {"c": 2}], "a": "x"})))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys)
e2 = json.JSONEncoder(indent=4)
print(repr(e2.item_separator), repr(e2.key_separator), e2.indent)
print(json.JSONEncoder().encode("caf\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("caf\u00e9"))
print(json.encoder.JSONEncoder is json.JSONEncoder, json.JSONEncoder)

print("-- dump chunks")
for obj in ["s", 5, [1, [2, 3], {"a": [4]}, "x"], {"k": {}, "l": [], "m": [None]}]:
    for opts in [{}, {"indent": 1}, {"separators": ("", "")}]:
        w = Writer()
        json.dump(obj, w, **opts)
        print(opts, w.parts)
w = Writer()
json.dump({"b": [1, 2], "a": {"c": 3}}, w, sort_keys=True, indent="  ")
print(w.parts)

print("-- containers")
print(json.dumps([[], {}, [[]], [{}], {"a": []}]))
print(json.dumps([[], {}, [[]], [{}], {"a": []}], indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=0))
print(json.dumps(tuple()), json.dumps((1,)), json.dumps(((),)))
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
print(json.dumps([True, False, None, 0, 1]))
