# format specs for strings, and the format() builtin for other types.
s = "text"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", "-<9", ".2", "10.2", ">10.3", "^9.1s", "0>6", "3"]:
    print(repr(spec), "->", repr(format(s, spec)))
print(repr(format("", "^5")), repr(format("é", "^5")), repr(format("日本語", "*<6")))
print(repr(format(None, "")), repr(format([1, 2], "")), repr(format((1,), "")))
print(repr(format(True, "^8")), repr(format("x", "")))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:#<6}|{:#>6}|{:#^7}|".format("ab", "cd", "ef"))
print("{0:.3}|{0:.0}|".format("truncate"))
print("{!r:>8}|{!s:<8}|".format("r", "s"))
print("%-6s|%6s|" % ("ab", "cd"))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format(None, "^8")
except TypeError as e:
    print("TypeError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
