# json.loads / json.load: values of every kind, whitespace, escapes, numbers, hooks
# (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), strict=False,
# bytes input, JSONDecoder (raw_decode, scan_once, subclasses) and duplicate keys.
import json
from collections import OrderedDict


def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


DOC = ('{"name": "widget", "tags": ["a", "b\\u00e9", "\\u2603", "\\ud83d\\ude00", ""],'
       ' "nums": [0, -0, 1, -1, 12, 1.5, -2.25, 1e3, 1E+3, 2e-3, 0.5e1, -0.0, 1e400,'
       ' 123456789012345678, 1234567890123456789, 98765432109876543210987654321],'
       ' "flags": [true, false, null], "nested": {"a": {"b": {"c": [[], {}]}}},'
       ' "esc": "q\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0000\\u001f\\u007F \\u00E9\\u00e9"}')

print("-- plain")
value = json.loads(DOC)
print(value)
for k in value:
    print(k, repr(value[k]))
print([type(x).__name__ for x in value["nums"]])

print("-- whitespace")
for text in ['  1  ', '\n\t\r [ 1 ,\n 2 ]\r\n', '{ "a" :\t1 ,"b":2}', '""', ' "x" ', '[ ]', '{ }',
             '[\n]', 'true', ' null', 'false\n']:
    show(repr(text), lambda: json.loads(text))

print("-- numbers")
for text in ['0', '-0', '-0.0', '0.0', '1.0', '10', '-10', '1e5', '1E5', '1e+5', '1e-5',
             '1.5e2', '-1.5E-2', '3.141592653589793', '1.7976931348623157e308', '5e-324',
             '1e-400', '-1e400', '9007199254740993', '123456789012345678901234567890',
             '[1.0, 2.50, 0.1, 0.2]', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]']:
    show(text, lambda: json.loads(text))

print("-- strings")
for text in ['"plain"', '"caf\u00e9"', '"\\u0063af\\u00e9"', '"\\ud834\\udd1e"', '"\\uD834\\uDD1E"',
             '"\u20ac \U0001f600"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"a\\u0000b"', '"\x7f"']:
    show(text, lambda: json.loads(text))
print(json.loads('"a\tb\nc"', strict=False) == "a\tb\nc")
print(json.loads('["\x00\x01\x1f"]', strict=False) == ["\x00\x01\x1f"])

print("-- duplicate keys")
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('{"k": {"x": 1}, "k": [2]}'))

print("-- hooks")
src = '{"b": 1, "a": {"y": 2.5, "x": [1, {"z": null}]}, "c": [NaN, 7]}'
print(json.loads(src, object_hook=lambda d: sorted(d)))
print(json.loads(src, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads(src, object_pairs_hook=lambda pairs: pairs))
print(json.loads(src, object_pairs_hook=OrderedDict))
print(json.loads(src, object_hook=lambda d: "HOOK", object_pairs_hook=lambda p: ("PAIRS", len(p))))
print(json.loads(src, parse_float=lambda s: ("float", s), parse_int=lambda s: ("int", s)))
print(json.loads('[1, 2.0, 1e5, 10]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('[1.10, 2.25]', parse_float=lambda s: round(float(s) * 100)))
calls = []


def record(d):
    calls.append(sorted(d))
    return len(calls)


print(json.loads('{"a": {"b": {}}, "c": [{"d": 1}, {}]}', object_hook=record), calls)

print("-- bytes")
print(json.loads(b'{"x": "\xc3\xa9", "y": [1, 2]}'))
print(json.loads(bytearray(b'[true, "b"]')))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads(b' 42 '))
print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding(b'\xef\xbb\xbf[]'),
      json.detect_encoding(b'\xff\xfe[\x00'), json.detect_encoding(b'\x00[\x00]'),
      json.detect_encoding(b'[\x00\x00\x00'), json.detect_encoding(b'\x00\x00\x00['))

print("-- load")


class Reader:
    def __init__(self, data):
        self.data = data
        self.reads = 0

    def read(self):
        self.reads += 1
        return self.data


r = Reader('{"items": [1, 2, {"n": null}]}')
print(json.load(r), r.reads)
print(json.load(Reader(b'[1.5, "x"]'), parse_float=str))
print(json.load(Reader('{"a": 1}'), object_pairs_hook=lambda p: p))

print("-- JSONDecoder")
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": "\u00e9"} yy', 2))
print(dec.raw_decode('\u00e9\u00e9"\u00e9" tail', 2))
print(dec.scan_once('[1] 22', 0), dec.scan_once('[1] 22', 4))
show("scan_once at space", lambda: dec.scan_once('[1] 22', 3))
show("raw_decode leading space", lambda: dec.raw_decode(' [1]'))
show("raw_decode past end", lambda: dec.raw_decode('[1]', 10))
show("raw_decode negative", lambda: dec.raw_decode('[1]', -1))
print(json.decoder.scanstring('"abc\\n\\u00e9" rest', 1))
print(json.decoder.scanstring('abc" rest', 0))
d2 = json.JSONDecoder(object_hook=dict.items, parse_float=str, strict=False)
print(d2.strict, d2.parse_float is str, d2.parse_int is int, d2.object_pairs_hook)
print(list(d2.decode('{"a": 1.5, "b": "t\tab"}')))
print(d2.parse_constant("NaN"), d2.parse_constant("-Infinity"))


class Wrapping(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ("wrapped", obj), end


class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.upper, **kw)

    def upper(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads(' {"a": [1]} ', cls=Wrapping))
print(json.loads('{"ab": {"cd": 1.5}}', cls=Upper, parse_float=str))
print(json.decoder.JSONDecoder is json.JSONDecoder, json.JSONDecoder)

print("-- sharing")
data = json.loads('[{"key": 1, "other": 2}, {"key": 3, "other": 4}]')
print(next(iter(data[0])) is next(iter(data[1])))
print(data[0] is not data[1], data == [{"key": 1, "other": 2}, {"key": 3, "other": 4}])
deep = json.loads("[" * 200 + "]" * 200)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print("depth", depth)
