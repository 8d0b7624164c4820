# Chained comparisons, identity, membership.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(0 <= 0 < 1 <= 1, -1 < 0 > -2, 5 > 3 == 3)
r = v(1) < v(2) < v(3)
print("evaluated each once:", r, calls)
calls.clear()
r = v(3) < v(2) < v(1)
print("short circuit:", r, calls)
print("is:", None is None, True is True, [] is [], None is not None)
a = [1, 2]
b = a
c = [1, 2]
print("alias:", a is b, a is c, a == c, a is not c)
print("in:", 2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc")
print("in dict:", "k" in {"k": 1}, 1 in {"k": 1}, "k" not in {})
print("in set/tuple/range:", 3 in {1, 2, 3}, 3 in (1, 2), 5 in range(10), 10 in range(10), 4 in range(0, 10, 2))
print("nested in:", [1] in [[1], [2]], (1, 2) in [(1, 2)], "ab" in ["abc"])
print("comparison ops:", 1 != 1.0, 2 >= 2, 2 <= 1, "a" != "b")
print("lists:", [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print("tuples:", (1, "a") < (1, "b"), (2,) > (1, 5), () == (), (1, 2) <= (1, 2))
print("none eq:", None == None, None == 0, None != False)
x = 5
print("range test:", 0 < x < 10, 0 < x < 5, x == 5 > 4)
print("mixed chain:", 1 < 2.5 < 3 == 3.0)
print("membership with eq:", 1.0 in [1], True in [1], 0 in [False])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < [1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in 5)
except TypeError as e:
    print("TypeError:", e)
