# sum, abs, len.
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(10)), sum([1, 2], 10), sum([0.1] * 10))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum([True, True, False]))
print(sum([1, 2.5]), sum([10 ** 20, 1]), sum([-1, 1]), sum({1: "a", 2: "b"}), sum({1, 2, 3}))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([], 5), sum(range(5), start=100))
print(abs(-3), abs(3), abs(-3.5), abs(0.0), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(False))
print(len([]), len([1, 2]), len("abc"), len(()), len({1: 2}), len({1, 2, 2}), len(range(5)), len(frozenset()))
print(len("日本語"), len([[1, 2, 3]]), len(range(0, 100, 7)), len({}.keys()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    len(42)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
