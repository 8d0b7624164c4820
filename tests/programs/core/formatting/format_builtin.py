# The format() builtin and str() vs repr() vs format() defaults.
print(format(42), format(3.5), format("s"), format(None), format(True))
print(format(42, ""), format(4.0, ""), format(1e16, ""), format(0.1 + 0.2, ""))
print(format(255, "x"), format(255, "08b"), format(3.14159, ".2f"), format("abc", ">6"))
values = [0, 7, -7, 3.0, -2.5, 1e-7, "str", [1], (2,), {3: 4}, None]
for v in values:
    print(repr(v), "|", str(v), "|", format(v), "|", f"{v}", "|", "{}".format(v), "|", "%s" % (v,))
print(format(12345.678, ",.1f"), format(0.5, ".0%"), format(-7, "+05d"))
table = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
print("{:<8}{:>10}{:>8}".format("name", "value", "count"))
for name, val, cnt in table:
    print("{:<8}{:>10.2f}{:>8,}".format(name, val, cnt))
print("-" * 26)
print("{:<8}{:>10.2f}{:>8,}".format("total", sum([t[1] for t in table]), sum([t[2] for t in table])))
