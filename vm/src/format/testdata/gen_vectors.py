#!/usr/bin/env python3
"""Generates the CPython 3.11 test vectors used by the format module's unit tests.

Run with CPython 3.11 from this directory:  python3 gen_vectors.py [scale [outdir [seed]]]
Each output file has one case per line, fields separated by tabs. Floats are given as
16 hex digits of their IEEE bits; strings that may hold odd characters as hex UTF-8.
Expected results that are exceptions are written '!V:message' (ValueError) or
'!O:message' (OverflowError). With scale > 1 (e.g. 200) it writes much bigger files
for an offline soak test; the committed files use scale 1.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
OUT = sys.argv[2] if len(sys.argv) > 2 else "."
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 3110)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def hexs(s):
    return s.encode("utf-8", "surrogatepass").hex()


def run(f):
    try:
        r = f()
        if isinstance(r, str) and any(0xD800 <= ord(c) <= 0xDFFF for c in r):
            return "!SURROGATE"  # Tern's UTF-8 strings cannot hold it; an error there
        return r
    except ValueError as e:
        return "!V:" + str(e)
    except OverflowError as e:
        return "!O:" + str(e)


def interesting_floats(n):
    out = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125,
           0.375, 2.675, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001,
           123456789012345.67, 1.5e300, 5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, 1e23, 9.5, 0.05, 0.15, 0.25,
           1e22, 1e21, 1e-7, 12345.678, 2.0 ** 53, 2.0 ** 53 + 2.0, 2.0 ** 63, 2.0 ** 64, 2.0 ** -24, 2e16 + 8,
           0.1 + 0.2, 1 / 3, 2 / 3, math.pi, math.e, 100.0, 10.0, 1234.5, 999.5, 0.9995,
           9.9999, 99999.95, 1e100, 4.35, 0.045, 1.005]
    while len(out) < n:
        k = rnd.randrange(9)
        if k == 0:  # uniform over bit patterns (finite)
            x = from_bits(rnd.getrandbits(64))
            if not math.isfinite(x):
                continue
        elif k == 1:  # powers of ten and neighbours
            x = 10.0 ** rnd.randint(-323, 308)
            x = math.nextafter(x, rnd.choice([math.inf, -math.inf, x]))
        elif k == 2:  # short decimals
            x = float("%de%d" % (rnd.randrange(1, 10 ** rnd.randint(1, 17)), rnd.randint(-30, 30)))
        elif k == 3:  # dyadic ties: k / 2**m
            m = rnd.randint(1, 30)
            x = rnd.randrange(1, 2 ** rnd.randint(1, 40)) / 2 ** m
        elif k == 4:  # subnormals
            x = from_bits(rnd.randrange(1, 2 ** 52))
        elif k == 5:  # moderate uniform
            x = rnd.uniform(-1e6, 1e6)
        elif k == 6:  # log-uniform
            x = math.exp(rnd.uniform(-50, 50))
        elif k == 7:  # integers
            x = float(rnd.randrange(-2 ** 60, 2 ** 60) >> rnd.randint(0, 60))
        else:  # x.5 style ties at several scales
            x = (rnd.randrange(0, 10 ** rnd.randint(1, 8)) + 0.5) / 10 ** rnd.randint(0, 6)
        if rnd.random() < 0.3:
            x = -x
        out.append(x)
    return out


FILLS = ["", "", "", "*", "0", " ", "x", "é", "{", "<", "=", "€"]


def random_spec(types, allow_grouping=True, allow_prec=True):
    s = ""
    if rnd.random() < 0.35:
        s += rnd.choice(FILLS) + rnd.choice("<>^=")
    if rnd.random() < 0.3:
        s += rnd.choice("+- ")
    if rnd.random() < 0.08:
        s += "z"
    if rnd.random() < 0.2:
        s += "#"
    if rnd.random() < 0.2:
        s += "0"
    if rnd.random() < 0.45:
        s += str(rnd.choice([0, 1, 5, 8, 10, 12, 15, 20, 25, 30]))
    if allow_grouping and rnd.random() < 0.25:
        s += rnd.choice(",_")
    if allow_prec and rnd.random() < 0.6:
        s += "." + str(rnd.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 30, 50]))
    s += rnd.choice(types)
    return s


FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%"]


def gen_float_repr(f):
    xs = interesting_floats(3000 * SCALE)
    for x in xs:
        print(bits(x), repr(x), sep="\t", file=f)


def gen_float_format(f):
    xs = interesting_floats(700 * SCALE)
    fixed = ["", "e", ".0e", ".3e", ".16e", ".17e", ".30e", "E", "f", ".0f", ".1f", ".2f",
             ".10f", ".20f", "F", "g", ".0g", ".1g", ".3g", ".17g", "G", "#g", "#.3g", "#",
             ".3", ".1", ".17", "n", "%", ".1%", ",", "_", ",.2f", "_.3e", "+", " ", "+.2f",
             "020", "020.3f", "<20", "^20", ">20", "=20", "*^30,.2f", "z.1f", "z", "#.0f",
             "#.0e", "010,", "015_.4f", "-", "x", "d", "s", "c", "b", ".2x", "abc",
             "_n", ",d", ",x", "_x"]
    for x in xs[:60]:
        for s in fixed:
            print(bits(x), hexs(s), run(lambda: format(x, s)), sep="\t", file=f)
    for x in xs:
        for _ in range(6):
            s = random_spec(FLOAT_TYPES)
            print(bits(x), hexs(s), run(lambda: format(x, s)), sep="\t", file=f)
    # Exact ties at the rounding digit.
    for _ in range(600 * SCALE):
        m = rnd.randint(1, 12)
        x = (2 * rnd.randrange(0, 2 ** rnd.randint(1, 20)) + 1) / 2 ** m
        if rnd.random() < 0.5:
            x = -x
        s = rnd.choice([".%df" % (m - 1), ".%de" % rnd.randint(0, 12), ".%dg" % rnd.randint(1, 12),
                        ".%d" % rnd.randint(1, 12), ".%d%%" % max(0, m - 3)])
        print(bits(x), hexs(s), run(lambda: format(x, s)), sep="\t", file=f)
    # Huge precisions.
    for x in [1e300, 0.1, 5e-324, -1.5, 2.0 ** -1074 * 3, 1.7976931348623157e308, 1e-300]:
        for s in [".0f", ".60f", ".400f", ".1100f", ".1200f", ".800e", ".770e", ".30g", ".800g", "#.900g", ".1000"]:
            print(bits(x), hexs(s), run(lambda: format(x, s)), sep="\t", file=f)


def gen_percent_float(f):
    xs = interesting_floats(700 * SCALE)
    for x in xs:
        for _ in range(3):
            conv = rnd.choice("eEfFgG")
            flags = "".join(rnd.sample("-+ #0", rnd.randint(0, 3)))
            w = rnd.choice(["", "", "1", "8", "12", "25"])
            p = rnd.choice(["", "", ".", ".0", ".1", ".3", ".10", ".17", ".25"])
            fmt = "%" + flags + w + p + conv
            print(bits(x), fmt, run(lambda: fmt % x), sep="\t", file=f)


def gen_float_round(f):
    xs = interesting_floats(800 * SCALE)
    for x in xs:
        for _ in range(3):
            n = rnd.choice([0, 1, 2, 3, 5, 10, 15, 17, 20, -1, -2, -3, -5, -10, -20,
                            rnd.randint(-320, 330), 323, 324, -308, -309, 400, -400])
            r = run(lambda: round(x, n))
            print(bits(x), n, r if isinstance(r, str) else bits(r), sep="\t", file=f)
    for _ in range(400 * SCALE):  # ties
        n = rnd.randint(-4, 8)
        k = rnd.randrange(0, 10 ** rnd.randint(1, 6))
        x = float((k * 10 + 5) * 10.0 ** (-n - 1)) if n < 0 else (k * 10 + 5) / 10 ** (n + 1)
        if rnd.random() < 0.4:
            x = -x
        r = run(lambda: round(x, n))
        print(bits(x), n, r if isinstance(r, str) else bits(r), sep="\t", file=f)


def gen_parse_float(f):
    cases = ["", " ", "1", "-1", "+1", "1.", ".5", "-.5", "5.", ".", "-", "+", "e5", "1e5",
             "1E5", "1e+5", "1e-5", "1e", "1e+", "1.5e", "1_000.5", "1__0", "_1", "1_",
             "1_.5", "1._5", "1e1_0", "1e_10", "1_e10", "0x10", "0x1p3", "inf", "-inf",
             "+inf", "INF", "Infinity", "-iNfInItY", "infinit", "infinityy", "nan", "-nan",
             "+NaN", "nan(1)", "  1.5  ", "\t\n1\x0b\x0c\r", "\x1c1", "1\x00", "1 2",
             "\u00a01.5\u3000", "\u0661.\u0662", "1\u00e9", "1e500", "-1e500", "1e-500",
             "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
             "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
             "0.1", "0" * 400 + "1", "1" + "0" * 400, "0." + "0" * 400 + "1",
             "123456789012345678901234567890", "9007199254740993", "1e99999999999999999999",
             "1e-99999999999999999999", "0e99999999999999999999", "00", "-0", "-0.0", "+0.",
             "1_2_3.4_5e6_7", "١٢٣", "1\u2003", "_", "1.2.3", "--1", "+-1", "1e5.5", "in f",
             "nan ", " -inf", "i", "infi", "1.0e00000000000000000001", "1" * 1000]
    for _ in range(500 * SCALE):
        x = rnd.choice(interesting_floats(1) + [rnd.uniform(-1e10, 1e10), from_bits(rnd.getrandbits(64))])
        s = rnd.choice([repr(x), "%.20g" % x, "%.3e" % x, "%.10f" % x, "%.25e" % x])
        if rnd.random() < 0.3 and len(s) > 2:
            i = rnd.randrange(1, len(s))
            s = s[:i] + "_" + s[i:]
        if rnd.random() < 0.1:
            s = " " + s + "\n"
        cases.append(s)
    for s in cases:
        r = run(lambda: float(s))
        print(hexs(s), r if isinstance(r, str) else bits(r), sep="\t", file=f)


def interesting_ints(n):
    out = [0, 1, -1, 7, 10, 255, -255, 1234, -1234, 65, 0x10FFFF, 0x110000, 0xD800,
           2 ** 31, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 20, -(10 ** 30), 2 ** 1023, 2 ** 1024,
           2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 970 - 1, 2 ** 53 + 1,
           2 ** 54 + 2, 2 ** 54 + 6]
    while len(out) < n:
        k = rnd.randrange(4)
        if k == 0:
            v = rnd.randrange(0, 1000)
        elif k == 1:
            v = rnd.getrandbits(rnd.randint(1, 64))
        elif k == 2:
            v = rnd.getrandbits(rnd.randint(60, 300))
        else:
            v = 10 ** rnd.randint(0, 40) + rnd.randint(-3, 3)
        if rnd.random() < 0.35:
            v = -v
        out.append(v)
    return out


INT_TYPES = ["", "", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "G", "%", "E", "F"]


def gen_int_format(f):
    vs = interesting_ints(1200 * SCALE)
    fixed = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_x", "#_x",
             "010", "010,", "08,", "09,", "#010x", "+", " ", "-", "+#x", "=+10", "<10", "^10",
             ">10", "*^12,", "c", "5c", "<5c", "05c", "+c", "#c", "e", ".2f", ".3%", "n", ",n",
             "_n", ",c", ",b", ",o", "_o", ".2", ".2d", "z", "zd", "s", "r", "abc", "0=12_X"]
    for v in vs[:50]:
        for s in fixed:
            r = run(lambda: format(v, s))
            if any(ord(c) < 32 for c in r):
                continue  # 'c' of a control character: would break the line format
            print(v, hexs(s), r, sep="\t", file=f)
    for v in vs:
        for _ in range(4):
            s = random_spec(INT_TYPES, allow_prec=rnd.random() < 0.2)
            r = run(lambda: format(v, s))
            if SCALE == 1 and len(r) > 120:
                continue  # keep the committed file small
            if any(ord(c) < 32 for c in r):
                continue  # 'c' of a control character: would break the line format
            print(v, hexs(s), r, sep="\t", file=f)


def gen_percent_int(f):
    vs = interesting_ints(700 * SCALE)
    for v in vs:
        for _ in range(3):
            conv = rnd.choice("diuoxX")
            flags = "".join(rnd.sample("-+ #0", rnd.randint(0, 3)))
            w = rnd.choice(["", "", "1", "5", "12", "30"])
            p = rnd.choice(["", "", ".", ".0", ".1", ".5", ".20"])
            fmt = "%" + flags + w + p + conv
            print(v, fmt, run(lambda: fmt % v), sep="\t", file=f)


def gen_parse_int(f):
    cases = []
    fixed = ["0", "-0", "+0", "00", "010", "0_0", "0_7", "0b", "0x", "0o", "0x_", "0x_1f",
             "0x__1f", "0X1F", "0b101", "0B1_0", "0o17", "0O17", "0b1", "1_000", "1__000",
             "_1", "1_", " 12 ", "\t12\n", "+ 1", "- 1", "--1", "12a", "z", "Z", "zz", "",
             "  ", "\x1c12", "12\x00", "\u00a012\u2003", "\u0661\u0662", "1\u00e9",
             "123456789012345678901234567890", "0x" + "f" * 100, "9" * 100 + "_9", "0_", "0__0", "1_2_3",
             "0b_", "0b_1", "0b1_", "07", "0_0_0", "-0x10", "-0b1", "+0o7", "0x1g"]
    bases = [0, 2, 3, 8, 10, 16, 36]
    for s in fixed:
        for b in bases:
            cases.append((s, b))
    alphabet = "0123456789abcdefxoXOB_ +-z"
    for _ in range(800 * SCALE):
        b = rnd.choice(bases + [rnd.randint(2, 36)])
        k = rnd.random()
        if k < 0.5:
            v = rnd.getrandbits(rnd.randint(1, 200))
            digs = "0123456789abcdefghijklmnopqrstuvwxyz"
            bb = b if b else 10
            s = ""
            while True:
                s = digs[v % bb] + s
                v //= bb
                if not v:
                    break
            if rnd.random() < 0.3:
                s = s.upper()
            if b in (0, 2, 8, 16) and rnd.random() < 0.4:
                s = {2: "0b", 8: "0o", 16: "0x", 0: rnd.choice(["0b", "0o", "0x", ""])}[b] + s
            if rnd.random() < 0.3:
                i = rnd.randrange(0, len(s) + 1)
                s = s[:i] + "_" + s[i:]
            if rnd.random() < 0.2:
                s = rnd.choice("+-") + s
        else:
            s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        cases.append((s, b))
    for s, b in cases:
        r = run(lambda: int(s, b))
        print(hexs(s), b, r if isinstance(r, str) else format(r, "x"), sep="\t", file=f)


PCT_ARGS = (7, -3, 255, 0, 1234567, -42, 65, 12, 3, 99999, -1, 2)


def gen_percent_fuzz(f):
    """printf-style strings run against PCT_ARGS; the test emulates the caller."""
    alphabet = "%%%%%%-+ #0123456789.*hlLdiuoxXeEfFgGsrcayb é"
    for _ in range(3000 * SCALE):
        fmt = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        nargs = rnd.randint(0, len(PCT_ARGS))
        args = PCT_ARGS[:nargs]
        try:
            r = fmt % args
        except ValueError as e:
            r = "!V:" + str(e)
        except TypeError as e:
            r = "!T:" + str(e)
        except OverflowError as e:
            r = "!O:" + str(e)
        print(hexs(fmt), nargs, hexs(r), sep="\t", file=f)


def gen_template_fuzz(f):
    """str.format templates split by _string.formatter_parser (CPython's MarkupIterator)."""
    import _string
    alphabet = "{{{}}}[]!:.0a1rs x>"
    for _ in range(3000 * SCALE):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        try:
            pieces = []
            for lit, name, spec, conv in _string.formatter_parser(t):
                if lit:
                    if pieces and pieces[-1][0] == "L":
                        pieces[-1] = "L" + pieces[-1][1:] + lit
                    else:
                        pieces.append("L" + lit)
                if name is not None:
                    pieces.append("F" + name + "\x1e" + (conv or "") + "\x1e" + spec)
            r = "\x1f".join(pieces)
        except ValueError as e:
            r = "!V:" + str(e)
        print(hexs(t), hexs(r), sep="\t", file=f)


GENS = {
    "float_repr.txt": gen_float_repr,
    "float_format.txt": gen_float_format,
    "percent_float.txt": gen_percent_float,
    "float_round.txt": gen_float_round,
    "parse_float.txt": gen_parse_float,
    "int_format.txt": gen_int_format,
    "percent_int.txt": gen_percent_int,
    "parse_int.txt": gen_parse_int,
    "percent_fuzz.txt": gen_percent_fuzz,
    "template_fuzz.txt": gen_template_fuzz,
}

if __name__ == "__main__":
    sys.set_int_max_str_digits(4300)
    for name, gen in GENS.items():
        with open(OUT + "/" + name, "w", encoding="utf-8", newline="\n") as f:
            gen(f)
