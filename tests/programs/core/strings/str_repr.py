# repr() of strings: quote choice and escapes.
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "back\\slash",
         "\x00\x01\x7f", "\x80\x9f\xa0", "é", "日本", "\U0001f600", "", "'", '"']
for c in cases:
    print(repr(c))
print([repr("a'b")], ["x", "y'z"], ("q\"",))
print({"k'": "v\n"})
print(str("a\tb"), "|")
print(repr(repr("x")))
print("%r" % "it's", f"{'a' + chr(10)!r}")
print(ascii("héllo"), ascii("日本"), ascii("plain"), ascii(["é"]))
