# format specs for integers.
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10d", "^10d", "=10d", "010d", "+d", "-d", " d", "+10d", "=+10d",
             "*^12d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", ",", "_", ",d", "_x", "_b",
             "15,", "015,", "<15,", "e", ".2e", "f", ".1f", "g", "%", ".1%", "08,"]:
    print(repr(spec).ljust(8), repr(format(n, spec)))
for v in (0, -1, -255, 255, 10 ** 20, -(10 ** 20)):
    print(v, format(v, "x"), format(v, "#o"), format(v, "b") if abs(v) < 1000 else "-", format(v, "+,"), format(v, "=+12"))
print(format(-42, "010d"), format(-42, "<010d"), format(-42, "^10"), format(42, "#06x"), format(-42, "#06x"))
print(format(True, "d"), format(True, ""), format(False, "5"), format(65, "c"))
print(format(123, "0>8"), format(123, "x<8"), format(123, "-^9"))
print(format(9999, ","), format(999, ","), format(-1000, ","), format(1000000, "_"))
print(format(0xDEADBEEF, "_x"), format(255, "_b"), format(0, "#x"))
try:
    format(1, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ",_")
except ValueError as e:
    print("ValueError:", e)
