# float.fromhex (found by tern-difftest: Tern had no float.fromhex).
good = [
    "0x1.0000000000000p+0", "-0x1.4000000000000p+1", "0x1.8p1", "  -0X1P-3  ",
    "inf", "-Infinity", "+INF", "nan", "1", ".8", "0x.8p0", "abc", "0x1.p1",
    "0x1.fffffffffffff7ffp1023", "0x1p-1075", "0x1.0000000000001p-1075",
    "0x1p-1074", "0x3p-1076", "0x1p-99999999999999999", "0x0p99999999999",
    "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
    "-0x0.0p0", "\t0x1p1\n", "0x0.0000000000000800000000001p-1022",
    "0x1.ffffffffffffffp-1023", "0x0.00000000000018p-1022",
    "0XFFFFFFFFFFFFFFFFFFFFFFFFFp-100", "0x1P+1023", "0x1p-1022",
]
for s in good:
    print(repr(s), repr(float.fromhex(s)))
bad = [
    "", "0x", "1p", "0x1.8p+", "0x1_0", " 0x1 p1", "0x.p1", "p1", "-", "0x1p1024",
    "0x1.fffffffffffff8p1023", "0x1p99999999999999999", "1.2.3", "0x1e+",
]
for s in bad:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in [1.0, -2.5, 0.1, 1e308, 5e-324, 1e-310, -0.0, 12345.6789]:
    back = float.fromhex(v.hex())
    print(v.hex(), back == v, repr(back))
class F(float):
    pass
f = F.fromhex("0x1p3")
print(type(f).__name__, f, (3.5).fromhex("0x2p0"))
try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError", e)
