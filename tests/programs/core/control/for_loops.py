# for loops over various iterables with break / continue / else.
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("down", i)
for x in [1, "two", 3.0, None]:
    print("item", repr(x))
for k in {"a": 1, "b": 2}:
    print("key", k)
for k, v in {"x": 10, "y": 20}.items():
    print("pair", k, v)
for i, ch in enumerate("abc"):
    print("enum", i, ch)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print("nested unpack", a, b, c)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
for i in []:
    print("never")
else:
    print("else after empty loop")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("i after break:", i)
for i in range(3):
    pass
print("i after loop:", i)
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares:", total)
items = [3, 1, 2]
for x in items:
    if x == 1:
        items.append(99)
    if len(items) > 5:
        break
print("mutated during iteration:", items)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        print(v, end=",")
    print()
for _ in range(2):
    print("underscore")
for x in (1, 2, 3)[::-1]:
    print("reversed tuple", x)
