# List construction, indexing, concatenation, repetition.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:])
print([], [[]], [[], []], len([[]]))
print(a + [4, 5], a * 2, [0] * 5, 2 * ["x"], [] * 10)
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"k": 1}))
b = a
b.append(4)
print("alias:", a)
c = a[:]
c.append(5)
print("copy by slice:", a, c)
grid = [[0] * 3] * 2
grid[0][0] = 1
print("shared rows:", grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print("separate rows:", grid)
a[1] = "two"
a[-1] = None
print("set item:", a)
print("nested:", [1, [2, [3, [4]]]][1][1][1][0])
print("mixed:", [1, "a", 2.5, None, True, (1,), [2], {"k": "v"}])
print("eq:", [1, 2] == [1, 2], [1, 2] == [2, 1], [1, [2]] == [1, [2]], [] == [])
print("index from end:", [10, 20, 30][-3])
try:
    print([1, 2][2])
except IndexError as e:
    print("IndexError:", e)
try:
    x = [1, 2]
    x[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    print([1, 2]["0"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
big = list(range(1000))
print("big:", len(big), big[999], sum(big), big[-500])
e = [None] * 3
print(e, e.count(None))
print("bool:", bool([]), bool([0]), bool([[]]))
print("list of lists sum:", sum([[1], [2, 3], []], []))
