# float() conversions.
print(float("3.5"), float("  3.5  "), float("-3.5"), float("+3.5"))
print(float("1e5"), float("1E-5"), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("Inf"), float("INFINITY"), float("-infinity"))
print(float("nan"), float("-nan"), float("NaN"))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float("0.1"), float("0.30000000000000004"))
print(float(3), float(-0), float(True), float(10 ** 20), float(2 ** 1000) > 1e300)
print(float("123456789012345678901234567890"))
print(float(), float("\n 2.5e3 \t"))

for s in ["abc", "", "1.2.3", "1e", "e5", "--1", "1 2", "in f", "0x10", "1__0", "nanx"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print("str(float):", str(float("2.50")), repr(float("1e2")))
print("round trip:", float(repr(0.1)) == 0.1, float(str(1 / 3)) == 1 / 3)
