# sorted() and list.sort(): key, reverse, stability.
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -1)))
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
print("stable by score:", sorted(records, key=lambda r: r[1]))
print("stable reverse:", sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_score = sorted(by_name, key=lambda r: r[1])
print("multi-pass:", by_score)
print("tuple key:", sorted(records, key=lambda r: (-r[1], r[0])))
print("floats:", sorted([3.5, -1.25, 2.0, 0.0, -0.0, 1e-3]))
print("mixed numeric:", sorted([3, 1.5, True, 0, -2]))
print("tuples:", sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print("lists:", sorted([[3], [1, 2], [1], []]))
nums = [10, 9, 8, 7]
nums.sort(key=lambda x: x % 3)
print("sort in place by mod:", nums)
print("sorted empty:", sorted([]), sorted([], reverse=True))
print("strings by last char:", sorted(["abc", "xa", "mb", "zz"], key=lambda s: s[-1]))
big = [(i * 7919) % 1000 for i in range(200)]
sb = sorted(big)
print("big sorted ok:", all([sb[i] <= sb[i + 1] for i in range(len(sb) - 1)]), sb[:5], sb[-3:])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
print("reversed:", list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
