# ljust / rjust / center / zfill.
for w in (0, 3, 8, 9):
    print(repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w)))
print(repr("abc".ljust(7, "*")), repr("abc".rjust(7, "-")), repr("abc".center(7, "=")))
print(repr("ab".center(5, "x")), repr("ab".center(6, "x")), repr("abc".center(6, "x")))
print(repr("a".center(4)), repr("a".center(2)), repr("ab".center(3)))
print(repr("é".center(5, "·")), repr("日本".ljust(5, "語")))
print("zfill:", "42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3))
print("zfill edge:", repr("".zfill(3)), "-".zfill(3), "3.14".zfill(8), "-0.5".zfill(6))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print("|" + "title".center(20, "-") + "|")
try:
    "abc".ljust(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".center(5, "")
except TypeError as e:
    print("TypeError:", e)
