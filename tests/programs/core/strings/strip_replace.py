# strip family and replace.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("abcHELLOcba".strip("cb")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print(repr("éhéllé".strip("é")), repr("日本日".strip("日")))
print(repr("  x  ".strip(None)), repr("\u00a0x\u00a0".strip()))
print("replace:", "hello world".replace("o", "0"))
print("count 1:", "aaaa".replace("a", "b", 1), "count 2:", "aaaa".replace("a", "b", 2))
print("count -1:", "aaaa".replace("a", "b", -1), "count 0:", "aaaa".replace("a", "b", 0))
print("multi:", "abcabcabc".replace("bc", "X"), "abc".replace("", "-"))
print("empty old count:", "abc".replace("", "-", 2))
print("remove:", "banana".replace("a", ""), "banana".replace("an", "AN"))
print("overlap:", "aaa".replace("aa", "b"))
print("no match:", "abc".replace("z", "y"))
print("unicode:", "héllo".replace("é", "e"), "日本語".replace("本", "—"))
print("grow:", "ab".replace("a", "aaa").replace("b", "bb"))
t = "x"
for i in range(5):
    t = t.replace("x", "(x)")
print("nested:", t)
print("chained:", " A-B_C ".strip().replace("-", " ").replace("_", " ").lower())
