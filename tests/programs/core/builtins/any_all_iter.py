# any, all, iter, next.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any([0, "", None]), all(["a", 1, [0]]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any({0: "x"}), all({1: 0}))
print(any([x > 3 for x in range(5)]), all([x < 5 for x in range(5)]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(map(check, [1, 3, 5, 7])), calls)
calls.clear()
print(all(map(check, [5, 1, 7])), calls)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "exhausted"), next(it, None))
it = iter("ab")
print(list(it), list(it))
it = iter(range(3))
for x in it:
    print("for over iter", x)
print(next(it, "still exhausted"))
it = iter({"k1": 1, "k2": 2})
print(next(it), next(it))
it = iter((1, 2, 3))
first = next(it)
rest = list(it)
print(first, rest)
print(iter([1]) is not None, list(iter(iter([1, 2]))))
it = iter([1, 2, 3, 4, 5])
print([x for x in it if x % 2], list(it))
it = iter([1, 2, 3, 4])
pairs = list(zip(it, it))
print("paired:", pairs)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
