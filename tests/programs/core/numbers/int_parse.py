# int() conversions from strings, floats and with bases.
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t-5\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0x1f", 16), int("-0x1f", 16))
print(int("777", 8), int("0o777", 8), int("1010", 2), int("0b1010", 2))
print(int("z", 36), int("Zz", 36), int("10", 36), int("hello", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0))
print(int("12", 3), int("1_0", 2))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(2.0 ** 70))
print(int(True), int(False), int(), int(10 ** 30))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999"))
print(type(int("5")), type(int(5.5)))
bad = ["abc", "", "  ", "1.5", "1e5", "0x10", "12a", "1__0", "_1", "1_", "- 1", "++1", "08"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("2", 2), ("g", 16), ("9", 8), ("0x", 16), ("0b2", 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
