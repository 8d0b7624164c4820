# Iterating strings and converting to containers.
s = "hello"
for ch in s:
    print(ch, end=" ")
print()
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")))
print(list(reversed(s)), "".join(reversed(s)))
print(list(enumerate(s, 1)))
print(dict(zip(s, range(5))))
print([c * 2 for c in s if c != "l"])
print({c: s.count(c) for c in s})
print(list(map(ord, s)), list(map(str.upper, s)))
print(list(filter(str.isupper, "HeLLo")))
print(any([c.isdigit() for c in "ab1"]), any([c.isdigit() for c in "ab"]))
print(all([c.isalpha() for c in s]), "".join(sorted("banana")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
vowels = 0
for c in "The quick brown fox":
    if c in "aeiouAEIOU":
        vowels += 1
print("vowels:", vowels)
i = 0
out = ""
while i < len(s):
    out = s[i] + out
    i += 1
print("reversed by loop:", out)
print("max/min:", max("python"), min("python"), max("ab", "b"))
a, b, c = "xyz"
print(a, b, c)
first, *rest = "hello"
print(first, rest)
