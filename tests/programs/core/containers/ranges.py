# range objects.
r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -1))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, -1, -3)))
print(list(range(0)), list(range(5, 1)), list(range(1, 5, -1)))
print("len:", len(range(10)), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print("len big:", len(range(0, 10 ** 12, 7)))
print("index:", r[0], r[-1], range(1, 10, 2)[2], range(10, 0, -3)[-1])
print("in:", 5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 7 in range(10, 0, -3))
print("float in range:", 5.0 in r, 5.5 in r)
print("slice:", r[2:5], r[::-1], r[::2], range(1, 20, 3)[1:4], r[-3:], r[5:2:-1])
print("slice list:", list(r[::-3]), list(range(1, 20, 3)[::-2]))
print("eq:", range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2))
print("count/index:", r.count(3), r.index(7), range(0, 30, 3).index(27))
print("attrs:", range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, range(5).start)
print("sum:", sum(range(101)), sum(range(1, 100, 2)))
print("reversed:", list(reversed(range(5))), list(reversed(range(1, 10, 4))))
print("min/max:", min(range(3, 8)), max(range(3, 8)), max(range(10, 0, -2)))
# Ranges whose bounds do not fit in 64 bits are outside Tern's subset (README).
print("bool:", bool(range(0)), bool(range(1)))
try:
    print(r[10])
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(-5, 5, 3):
    total += i
print("loop:", total)
