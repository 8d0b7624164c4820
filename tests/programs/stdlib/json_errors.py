# json: CPython 3.11's exact errors. JSONDecodeError messages, positions (in code
# points), lineno/colno/msg/doc/pos; encoder TypeErrors and ValueErrors (circular
# references, out-of-range floats with and without indent, bad keys, bad separators);
# RecursionError on deep input. Ends with an uncaught JSONDecodeError.
import json
import sys


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except json.JSONDecodeError as e:
        print(label, "JSONDecodeError:", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno,
              "|", e, "|", e.doc is not None)
    except RecursionError:
        print(label, "RecursionError")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("-- decode errors")
BAD = [
    '', ' ', '\n\n', 'x', '-', '-x', '+1', '.5', '01', '1.', '1e', '1e+', '1.5e-x', '0x10',
    'nul', 'tru', 'fals', 'nan', 'inf', '-inf', 'NaN1', 'true false',
    '[', '[ ', '[1', '[1,', '[1,]', '[1 2]', '[1,,2]', '[,1]', ']', '[1]]', '[1] [2]',
    '{', '{ ', '{"a"', '{"a":', '{"a": }', '{"a" 1}', '{"a":1', '{"a":1,', '{"a":1,}',
    '{"a":1 "b":2}', '{a:1}', "{'a':1}", '{1:2}', '{"a":1}}', '{}x', '{"a":[}',
    '"', '"abc', '"abc\\', '"abc\\"', '"\\x"', '"\\U0041"', '"\\u"', '"\\u12"',
    '"\\u12x4"', '"\\u0041', '"\\ud834\\udd1"', '"\\ud834\\u12g4"', '"\\ud834\\', '"a\tb"',
    '"a\nb"', '"\x00"', '"\x1f"', '["ok", "\x01"]',
    '\u00e9', '"\u00e9" x', '["\u00e9\u00e9", x]', '{"\u00e9": \u00e9}',
    '[1,\n2,\n3 4]', '{\n  "a": 1,\n  "b": x\n}', '\n\n   ]', '[\r\n1,\r\n]',
    '\ufeff[1]',
]
for text in BAD:
    show(repr(text), lambda: json.loads(text))

print("-- decoder attributes")
try:
    json.loads('{"key": [1, 2,\n  3, oops]}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), isinstance(e, ValueError))
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
    print(e.args, str(e))
    print(repr(e))
    cls, args = e.__reduce__()
    print(cls.__name__, args)
err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, err.pos, err.msg)
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__module__)

print("-- input types")
for bad in [None, 1, 1.5, ["[]"], {"a": 1}]:
    show(type(bad).__name__, lambda: json.loads(bad))
show("decode bytes", lambda: json.JSONDecoder().decode(b"[]"))
show("raw_decode bytes", lambda: json.JSONDecoder().raw_decode(b"[]"))
show("scanstring unterminated", lambda: json.decoder.scanstring('"abc', 1))
show("scanstring out of bounds", lambda: json.decoder.scanstring('"abc"', 9))
show("scanstring control", lambda: json.decoder.scanstring('"a\tb"', 1))
show("scanstring non-strict", lambda: json.decoder.scanstring('"a\tb"', 1, False))
show("strict control", lambda: json.JSONDecoder(strict=True).decode('["\t"]'))
show("too many digits", lambda: json.loads("1" * 5000))


def stop_hook(s):
    raise StopIteration(3)


def boom(d):
    raise KeyError("boom")


show("hook raises", lambda: json.loads('{"a": 1}', object_hook=boom))
show("hook StopIteration", lambda: json.loads('[1.5]', parse_float=stop_hook))
show("parse_int raises", lambda: json.loads('[1]', parse_int=lambda s: 1 / 0))
show("parse_constant raises", lambda: json.loads('[NaN]', parse_constant=boom))
show("unknown keyword", lambda: json.loads('[1]', bogus=True))

print("-- encode errors")


class Thing:
    pass


show("object", lambda: json.dumps(Thing()))
show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"x"))
show("nested set", lambda: json.dumps({"a": [1, {2}]}))
show("nested set indent", lambda: json.dumps({"a": [1, {2}]}, indent=2))
show("default raises", lambda: json.dumps([Thing()], default=lambda o: boom(o)))
show("default returns self", lambda: json.dumps(Thing(), default=lambda o: o))
show("default returns list of self", lambda: json.dumps(Thing(), default=lambda o: [o]))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("tuple key indent", lambda: json.dumps({(1, 2): 3}, indent=1))
show("object key", lambda: json.dumps({Thing: 1}))
show("mixed sort", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
show("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
show("inf strict", lambda: json.dumps([1, float("inf")], allow_nan=False))
show("-inf strict indent", lambda: json.dumps([float("-inf")], allow_nan=False, indent=2))
show("inf key strict", lambda: json.dumps({float("inf"): 1}, allow_nan=False))
show("inf key strict indent", lambda: json.dumps({float("inf"): 1}, allow_nan=False, indent=0))
show("nan ok", lambda: json.dumps([float("nan")], allow_nan=True))
show("bad separator", lambda: json.dumps([1, 2], separators=(1, ":")))
show("bad key separator", lambda: json.dumps([1, 2], separators=(",", 2)))
show("float indent", lambda: json.dumps([1], indent=1.5))
show("huge int", lambda: json.dumps(10**5000))
show("huge int key", lambda: json.dumps({10**5000: 1}))
show("unknown keyword", lambda: json.dumps([1], bogus=True))
show("dump to int", lambda: json.dump([1], 5))

print("-- circular")
a = []
a.append(a)
d = {}
d["self"] = d
b = [1, {"x": []}]
b[1]["x"].append(b)
for name, obj in [("list", a), ("dict", d), ("mixed", b)]:
    show(name, lambda: json.dumps(obj))
    show(name + " indent", lambda: json.dumps(obj, indent=2))
    show(name + " unchecked", lambda: json.dumps(obj, check_circular=False))
shared = [1]
show("shared is fine", lambda: json.dumps([shared, shared, [shared]]))

print("-- recursion")
nested = []
for _ in range(5000):
    nested = [nested]
show("dumps deep list", lambda: json.dumps(nested))
show("dumps deep list indent", lambda: len(json.dumps(nested, check_circular=False, indent=None)))
show("loads deep array", lambda: json.loads("[" * 5000 + "]" * 5000))
show("loads deep object", lambda: json.loads('{"a":' * 5000 + "1" + "}" * 5000))
show("loads moderately deep", lambda: len(json.dumps(json.loads("[" * 500 + "]" * 500))))
print("recursion limit unchanged:", sys.getrecursionlimit())

print("-- partial dump")


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
show("dump stops at error", lambda: json.dump([1, "two", {"three": 3}, Thing(), 5], w))
print(w.parts)
w = Writer()
show("dump stops at key", lambda: json.dump({"a": 1, "b": [2], (3,): 4}, w, indent=1))
print(w.parts)

print("-- uncaught")
json.loads('{"config": {"depth": 3,\n  "name": "x",\n  "items": [1, 2,, 3]}}')
