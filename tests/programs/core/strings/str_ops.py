# Operators on strings, ord/chr, len, comparisons.
a = "spam"
b = "eggs"
print(a + b, a * 3, 3 * a, a * 0, repr(a * -2), len(a * 100))
print(a + "" + b, "" * 5, "-" * 20)
print("ab" < "abc", "abc" < "abd", "b" > "abc", "" < "a", "Z" < "a")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "c")
print(sorted(["b", "A", "a", "B", "aa", "", "é", "z"]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]))
print("ord:", ord("a"), ord("A"), ord("0"), ord(" "), ord("é"), ord("日"), ord("\n"), ord("€"))
print("chr:", chr(97), chr(65), chr(233), chr(26085), chr(8364), repr(chr(0)), repr(chr(10)))
print("roundtrip:", "".join([chr(ord(c) + 1) for c in "HAL"]))
print("len:", len(""), len("abc"), len("héllo"), len("日本語"), len("a\nb"), len("\t"))
print("in:", "a" in "abc", "ab" in "abc", "ac" in "abc", "日" in "日本")
s = "x"
s += "y"
s *= 3
print("augmented:", s)
print("str():", str(123), str(-4.5), str(None), str(True), str([1, "a"]), str((1,)), str("s"))
print("str of str:", str("abc") == "abc")
try:
    print(ord("ab"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(ord(""))
except TypeError as e:
    print("TypeError:", e)
try:
    print(chr(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    print(chr(0x110000))
except ValueError as e:
    print("ValueError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 1.5)
except TypeError as e:
    print("TypeError:", e)
print("caesar:", "".join([chr((ord(c) - 97 + 13) % 26 + 97) if "a" <= c <= "z" else c for c in "hello, world"]))
