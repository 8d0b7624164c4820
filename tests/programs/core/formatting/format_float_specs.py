# format specs for floats.
vals = [0.0, -0.0, 1.0, 3.14159265358979, -2.5, 1234567.891, 0.000123456, 1e-10, 1e16, 1.5e300,
        float("inf"), float("-inf"), float("nan"), 100.0, 0.5, 2.675]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^10.2f", "+.1f", " .1f", "010.2f", "e", ".3e", "E",
         "g", ".3g", ".10g", "G", "%", ".0%", ",.2f", "_.1f", ".0f", "#.0f", "#g", ".1", "15"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e22, ""), format(1e21, "f"), format(123456789.0, ".3g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(1.0, "g"), format(10.0, ".0e"), format(12345.6789, ".2"), format(-1e-5, ".1e"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1 / 3, ".17f"), format(0.1, ".20f"), format(2 ** 0.5, ".30f"))
print(format(1e100, ".2f")[:20], len(format(1e100, "f")))
print(format(123.456, "=+12.2f"), format(-123.456, "012.2f"), format(123.456, "*<12.1f"))
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(10 ** 20, ".3e"))
print(format(-0.0, ".0f"), format(-0.4, ".0f"), format(-1e-20, ".3f"))
print(format(9.995, ".2f"), format(9.9951, ".2f"), format(1.45, ".1f"), format(1.55, ".1f"))
print(format(0.1 + 0.2, ".15g"), format(0.1 + 0.2, ".17g"), format(1234.5, ".2g"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
