# split / rsplit / join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a,b,,c,".rsplit(",", 0))
print("a::b::c".split("::"))
print("a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("abc".split("abc"), "abcabc".split("abc"))
print("one".split(","), "one".split())
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a-b-c".split(sep="-", maxsplit=-1))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")))
print("+".join("abc"), repr(",".join([])), ",".join(["solo"]))
print("|".join([str(i) for i in range(5)]))
print(", ".join(sorted({"pear", "apple", "fig"})))
print("-".join({"k1": 1, "k2": 2}))
print("日本".join(["a", "b", "c"]), "é".join("xyz"))
try:
    print(",".join(["a", 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("a b".split(""))
except ValueError as e:
    print("ValueError:", e)
words = "to be or not to be that is the question".split()
print(len(words), words[::3])
print(" ".join(reversed(words)))
line = "key1=val1;key2=val2;key3"
pairs = []
for part in line.split(";"):
    k, _, v = part.partition("=")
    pairs.append((k, v))
print(pairs)
print("a\tb\x0bc\x0cd\re\x1cf".split())
