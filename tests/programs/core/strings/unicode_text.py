# Non-ASCII text: code point semantics throughout.
words = ["héllo", "日本語", "naïve", "Ελλάδα", "😀 smile", "ñ"]
for w in words:
    print(repr(w), len(w), w[0], w[-1], w[::-1], [ord(c) for c in w[:3]])
s = "añb日c😀d"
print("chars:", list(s))
print("find:", s.find("日"), s.find("😀"), s.index("d"), s.count("b"))
print("slice:", s[2:5], s[::-1], s[1::2])
print("split:", "α,β,γ".split(","), "日 本 語".split())
print("join:", "→".join(["a", "b", "c"]))
print("replace:", "café".replace("é", "e"), "ö" * 3)
print("compare:", "é" > "e", "日" > "z", sorted(["é", "e", "f", "日", "ä"]))
print("concat:", "日本" + "語", len("日本" + "語"))
print("chr/ord:", chr(0x1F600), ord("😀"), hex(ord("語")))
print("in:", "本" in "日本語", "😀" in s)
print("repr:", repr("日本"), repr("tab\there"), repr("é\n"))
print("enumerate:", list(enumerate("héé")))
print("zip:", list(zip("日本", "ab")))
counts = {}
for c in "ñañaña":
    counts[c] = counts.get(c, 0) + 1
print("counts:", counts)
print("center:", "日本".center(6, "*"), "é".rjust(3, "-"))
print("upper latin-1:", "àéîõü".upper(), "ÀÉÎÕÜ".lower())
