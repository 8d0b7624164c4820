# Consumers of generator expressions: str.join, sum, min/max, dict/set/tuple, sorted.
words = ["alpha", "beta", "gamma", "delta"]
print(", ".join(w.upper() for w in words))
print("".join(c for c in "h-e-l-l-o" if c != "-"))
print("-".join(str(i * i) for i in range(6)))
print(sum(len(w) for w in words), max(len(w) for w in words), min((len(w), w) for w in words))
print(sorted((w[::-1] for w in words), key=len))
print(dict((w[0], w) for w in words), set(len(w) for w in words), tuple(w[0] for w in words))
print(any(w.startswith("g") for w in words), all(len(w) > 3 for w in words))
print(list(enumerate(w for w in words if "l" in w)))
print(" ".join(f"{w}:{n}" for n, w in enumerate(words, 1)))
gen = (x for x in range(3))
print(" ".join(map(str, gen)), list(gen))
print(sum(x * y for x, y in zip(range(4), range(4, 8))))
total = sum(1 for line in "a\nb\nc".splitlines() for ch in line)
print(total)
try:
    ",".join(x for x in [1, 2])
except TypeError as e:
    print("TypeError:", e)
