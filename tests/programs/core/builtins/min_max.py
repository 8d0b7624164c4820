# min and max.
print(min(3, 1, 2), max(3, 1, 2), min([5, 2, 8]), max((5, 2, 8)), min("hello"), max("hello"))
print(min(2, 2.0), max(2, 2.0), min(2.0, 2), max(-1, -1.5))
print(min([3, 1, 2], key=lambda x: -x), max(["aa", "b", "ccc"], key=len))
print(max(["ab", "cd", "ef"], key=len), min(["ab", "cd", "ef"], key=len))
print(min([], default="empty"), max([], default=None), min([4], default=0))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
print(min(range(10, 0, -3)), max(range(5)), max({7, 3, 9}))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max(1, 2, key=lambda x: -x), min("b", "a", "c", key=str.upper))
print(max([1, 5, 5, 2], key=lambda x: x % 5), max([0, 3, 5], key=lambda x: x % 5))
print(max(10 ** 20, 10 ** 20 + 1), min(-(10 ** 20), 5))
print(max(float("-inf"), -1e308), min(float("inf"), 1e308))
words = ["pear", "fig", "banana", "kiwi"]
print("first of ties:", max(words, key=len), min(words, key=len), max(["ab", "cd"], key=len))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
