# Values around 2**47, 2**48, 2**62, 2**63, 2**64 (tagging / boxing boundaries).
for e in (31, 32, 47, 48, 62, 63, 64):
    v = 2 ** e
    print(e, v - 1, v, v + 1, -v, -v - 1)
    print("  add", v + v, (v - 1) + 1, -v + -v)
    print("  sub", v - (v + 1), -v - v, 0 - v)
    print("  mul", v * 2, v * -3, (v - 1) * (v - 1))
    print("  cmp", v > v - 1, v - 1 < v, v == 2 ** e, -v < v)
    print("  div", v // 3, v % 3, -v // 3, -v % 3)
a = 9223372036854775807
print("i64 max:", a, a + 1, a * 2, -a - 1, -a - 2)
b = -9223372036854775808
print("i64 min:", b, b - 1, b * -1, -b, abs(b))
print("i64 min * min:", b * b)
print("i64 max * max:", a * a)
print("u64:", 18446744073709551615 + 1, 18446744073709551616 - 1)
x = 2 ** 62
acc = 0
for i in range(6):
    acc += x
    print("acc", i, acc)
y = 1
for i in range(70):
    y *= 3
    if i % 10 == 9:
        print("pow3", i + 1, y)
s = 0
for i in range(1, 40):
    s = s * 2 + i * 12345678901
print("mixed growth:", s)
lcg = 12345
for i in range(5):
    lcg = (lcg * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    print("lcg", lcg)
print("max of boundaries:", max(2 ** 63, 2 ** 63 - 1, -(2 ** 64)))
print("sorted:", sorted([2 ** 64, -2 ** 63, 2 ** 47, 0, 2 ** 48 - 1, -2 ** 62]))
