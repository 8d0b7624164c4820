# Left shifts of small ints whose result leaves 64 bits (found by tern-difftest:
# -52776558133248 << 27 printed 0, the fast path lost the bits shifted out).
t = (-3) << 44
print(t, t << 27, (10).bit_length() + (t - 7) - (t << 27))
for s in range(0, 48, 3):
    for a in [1, -1, 5, -5, 3 << 40, -(1 << 20), (1 << 46) - 1, -(1 << 46)]:
        print(s, a, a << s)
acc = 0
x = -3
for i in range(1000):
    acc ^= (x << (i % 48)) & 0xFFFFFFFFFFFFFFFFFFFF
    x = -x if i % 7 else x * 3 % 100003
print(acc)
