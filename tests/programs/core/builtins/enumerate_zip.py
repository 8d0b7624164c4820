# enumerate and zip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", -2)))
print(list(enumerate(["x", "y"], start=10)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])))
print(list(zip([1, 2, 3], "ab")), list(zip("a", [1, 2, 3], (True, False))))
print(list(zip(range(5), range(5, 10), range(10, 15))))
print(dict(zip(["a", "b"], [1, 2])), list(zip({1: 2, 3: 4}, [5, 6])))
keys, vals = [], []
for k, v in zip("xyz", range(3)):
    keys.append(k)
    vals.append(v)
print(keys, vals)
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums = [p[0] for p in pairs]
lets = [p[1] for p in pairs]
print(nums, lets)
z = zip([1, 2], [3, 4])
print(list(z), list(z))
e = enumerate("ab")
print(next(e), list(e), list(e))
print(list(zip(enumerate("ab"), "cd")))
m = [[1, 2, 3], [4, 5, 6]]
t = []
for col in zip(m[0], m[1]):
    t.append(list(col))
print("transposed:", t)
print("running diff:", [b - a for a, b in zip([1, 4, 9, 16], [4, 9, 16, 25])])
print("enumerate big start:", list(enumerate("ab", 2 ** 64)))
