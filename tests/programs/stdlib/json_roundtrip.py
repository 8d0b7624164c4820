# json round trips: seeded random documents (nested dicts/lists, ints of every size,
# floats, strings with escapes and non-ASCII) through dumps/loads and dump/load with
# several option sets; loads(dumps(x)) == x, and re-encoding is stable.
import json
import random

rng = random.Random(2024)
WORDS = ["", "a", "plain words", "tab\there", 'quote"d', "back\\slash", "line\nbreak",
         "caf\u00e9", "snow\u2603", "emoji\U0001f600", "\x00\x1f", "/slash/", "\u2028"]
KEYS = ["id", "name", "tags", "score", "ratio", "active", "children", "meta", "caf\u00e9",
        "", "with space", "q\"k"]


def make(depth):
    roll = rng.random()
    if depth > 0 and roll < 0.25:
        return {rng.choice(KEYS): make(depth - 1) for _ in range(rng.randint(0, 5))}
    if depth > 0 and roll < 0.4:
        return [make(depth - 1) for _ in range(rng.randint(0, 5))]
    if roll < 0.5:
        return rng.randint(-1000, 1000)
    if roll < 0.55:
        return rng.randint(-2**70, 2**70)
    if roll < 0.65:
        return rng.uniform(-1e6, 1e6)
    if roll < 0.7:
        return rng.choice([0.0, -0.0, 1e-300, 1e300, 0.1, 2.5, 1 / 3])
    if roll < 0.85:
        return rng.choice(WORDS)
    if roll < 0.9:
        return None
    return rng.random() < 0.5


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


OPTIONS = [
    {},
    {"indent": 2},
    {"indent": "\t", "sort_keys": True},
    {"separators": (",", ":"), "ensure_ascii": False},
    {"sort_keys": True, "separators": (", ", ": "), "indent": 0},
]

docs = [make(4) for _ in range(40)]
docs.append({"records": [{"id": i, "value": make(3)} for i in range(30)], "version": 3})

for n, doc in enumerate(docs):
    line = []
    for opts in OPTIONS:
        text = json.dumps(doc, **opts)
        back = json.loads(text)
        assert back == doc, (n, opts)
        again = json.dumps(back, **opts)
        assert again == text, (n, opts)
        w = Writer()
        json.dump(doc, w, **opts)
        joined = "".join(w.parts)
        assert joined == text, (n, opts)
        assert json.load(Reader(joined)) == doc
        assert json.loads(text.encode("utf-8")) == doc
        line.append("%d:%d:%d" % (len(text), checksum(text), len(w.parts)))
    print(n, " ".join(line))

print(json.dumps(docs[0]))
print(json.dumps(docs[1], indent=2, sort_keys=True))
print(json.dumps(docs[-1]["records"][:3], ensure_ascii=False))

# Floats survive exactly (repr round trip).
floats = [rng.uniform(-1e10, 1e10) for _ in range(200)] + [rng.random() for _ in range(200)]
text = json.dumps(floats)
assert json.loads(text) == floats
print(len(text), checksum(text), text[:120])

# Big ints survive exactly.
ints = [rng.getrandbits(k) - 2**(k - 1) for k in range(1, 300, 7)]
assert json.loads(json.dumps(ints)) == ints
print(json.dumps(ints[-3:]))

# Keys become strings; values keep their types.
mixed = {1: "one", 2.5: "two and a half", True: "yes", None: "nothing", "s": [1.0, 2, "3"]}
print(json.loads(json.dumps(mixed)))
print(json.loads(json.dumps(mixed, sort_keys=False), object_pairs_hook=lambda p: p))

# Tuples come back as lists; NaN and infinities as floats.
print(json.loads(json.dumps({"t": (1, (2, 3)), "nan": float("nan"), "inf": [float("inf")]})))

# Strings: every escape and a sweep of code points.
chars = "".join(chr(c) for c in list(range(0, 128)) + [0xe9, 0x2603, 0xfffd, 0x10000, 0x1f600, 0x10ffff])
for ascii_only in (True, False):
    enc = json.dumps(chars, ensure_ascii=ascii_only)
    assert json.loads(enc) == chars
    print(ascii_only, len(enc), checksum(enc))
print(json.dumps(chars[:40]))
