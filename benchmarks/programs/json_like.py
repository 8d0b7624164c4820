"""JSON-like: generate a nested document, serialize it with a hand-written
encoder, then tokenize and parse it back with a hand-written recursive-descent
parser, check the round trip, and walk the result. A few malformed inputs are
parsed too, to exercise the error path.

Measures character-at-a-time string scanning (indexing, slicing, comparisons,
str methods), list/dict construction, recursion, isinstance dispatch, raising
and catching exceptions. SIZE is the number of top-level records.
"""
# tern-bench: small=500,1 default=16000,3

import sys
import time
import random

WORDS = ["alpha", "beta", "gamma", "delta", "tab\there", "quote\"d", "back\\slash",
         "line\nbreak", "caf\u00e9", "snow\u2603", "", "x", "longer text with spaces"]
KEYS = ["id", "name", "tags", "score", "ratio", "active", "children", "meta",
        "owner", "notes", "count", "parent"]
ESCAPES = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {"\"": "\"", "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


class ParseError(Exception):

    def __init__(self, message, pos):
        Exception.__init__(self, "%s at %d" % (message, pos))
        self.pos = pos


def make_value(rng, depth):
    roll = rng.random()
    if depth > 0 and roll < 0.25:
        obj = {}
        for _ in range(rng.randint(0, 5)):
            obj[rng.choice(KEYS)] = make_value(rng, depth - 1)
        return obj
    if depth > 0 and roll < 0.4:
        return [make_value(rng, depth - 1) for _ in range(rng.randint(0, 5))]
    if roll < 0.55:
        return rng.randint(-100000, 100000)
    if roll < 0.7:
        return rng.randint(-10000000, 10000000) / 1000.0
    if roll < 0.85:
        return rng.choice(WORDS)
    if roll < 0.9:
        return None
    return rng.random() < 0.5


def make_document(rng, n):
    records = []
    for i in range(n):
        rec = {"id": i, "name": rng.choice(WORDS), "payload": make_value(rng, 4)}
        records.append(rec)
    return {"version": 3, "records": records}


def encode_string(s):
    parts = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            parts.append(esc)
        elif ord(ch) > 126:
            parts.append("\\u%04x" % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(", ")
            first = False
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append(encode_string(key))
            out.append(": ")
            encode(item, out)
        out.append("}")
    else:
        raise TypeError("cannot encode %r" % (value,))


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


class Parser(object):

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.n = len(text)

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < self.n and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def expect(self, ch):
        if self.pos >= self.n or self.text[self.pos] != ch:
            raise ParseError("expected %r" % ch, self.pos)
        self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != self.n:
            raise ParseError("trailing data", self.pos)
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= self.n:
            raise ParseError("unexpected end", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise ParseError("unexpected character %r" % ch, self.pos)

    def obj(self):
        self.expect("{")
        result = {}
        self.skip_ws()
        if self.pos < self.n and self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            self.expect(":")
            result[key] = self.value()
            self.skip_ws()
            if self.pos < self.n and self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        result = []
        self.skip_ws()
        if self.pos < self.n and self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            if self.pos < self.n and self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        self.expect('"')
        text = self.text
        chunks = []
        start = self.pos
        pos = start
        while True:
            if pos >= self.n:
                raise ParseError("unterminated string", start)
            ch = text[pos]
            if ch == '"':
                chunks.append(text[start:pos])
                self.pos = pos + 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:pos])
                if pos + 1 >= self.n:
                    raise ParseError("bad escape", pos)
                code = text[pos + 1]
                if code == "u":
                    hexdigits = text[pos + 2:pos + 6]
                    if len(hexdigits) != 4:
                        raise ParseError("bad unicode escape", pos)
                    try:
                        chunks.append(chr(int(hexdigits, 16)))
                    except ValueError:
                        raise ParseError("bad unicode escape", pos)
                    pos += 6
                else:
                    rep = UNESCAPES.get(code)
                    if rep is None:
                        raise ParseError("bad escape", pos)
                    chunks.append(rep)
                    pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        while pos < self.n and text[pos].isdigit():
            pos += 1
        is_float = False
        if pos < self.n and text[pos] == ".":
            is_float = True
            pos += 1
            while pos < self.n and text[pos].isdigit():
                pos += 1
        if pos < self.n and text[pos] in "eE":
            is_float = True
            pos += 1
            if pos < self.n and text[pos] in "+-":
                pos += 1
            while pos < self.n and text[pos].isdigit():
                pos += 1
        literal = text[start:pos]
        self.pos = pos
        try:
            if is_float:
                return float(literal)
            return int(literal)
        except ValueError:
            raise ParseError("bad number %r" % literal, start)


def loads(text):
    return Parser(text).parse()


def walk(value, stats, depth):
    if depth > stats["depth"]:
        stats["depth"] = depth
    if isinstance(value, dict):
        stats["objects"] += 1
        for key in value:
            stats["keys"] += 1
            walk(value[key], stats, depth + 1)
    elif isinstance(value, list):
        stats["arrays"] += 1
        for item in value:
            walk(item, stats, depth + 1)
    elif isinstance(value, str):
        stats["strings"] += 1
        stats["chars"] += len(value)
    elif value is None or isinstance(value, bool):
        stats["literals"] += 1
    elif isinstance(value, int):
        stats["ints"] += 1
        stats["int_sum"] += value
    else:
        stats["floats"] += 1
        stats["float_sum"] += value


BAD_INPUTS = ['{"a": 1,}', '[1, 2', '{"a" 1}', '"unterminated', '[1, 2] x',
              '{"k": tru}', '-', '"bad \\q escape"', '[--1]', '{"u": "\\u12"}']


def run(n):
    rng = random.Random(5)
    doc = make_document(rng, n)
    text = dumps(doc)
    parsed = loads(text)
    again = dumps(parsed)
    if again != text or parsed != doc:
        raise AssertionError("round trip failed")
    stats = {"depth": 0, "objects": 0, "arrays": 0, "keys": 0, "strings": 0, "chars": 0,
             "literals": 0, "ints": 0, "int_sum": 0, "floats": 0, "float_sum": 0.0}
    walk(parsed, stats, 0)
    errors = []
    for _ in range(max(1, n // 50)):
        errors = []
        for bad in BAD_INPUTS:
            try:
                loads(bad)
                errors.append(-1)
            except ParseError as e:
                errors.append(e.pos)
    return len(text), stats, errors


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 16000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    length, stats, errors = result
    print("text length = %d" % length)
    for key in sorted(stats):
        value = stats[key]
        if isinstance(value, float):
            print("%s = %.3f" % (key, value))
        else:
            print("%s = %d" % (key, value))
    print("error positions = %s" % (errors,))


main()
