# float.hex always prints 13 fraction digits (found by tern-difftest: Tern dropped
# trailing zeros, e.g. 0x1.0p+0 for 0x1.0000000000000p+0).
values = [
    1.0, -2.5, 0.1, 0.5, 3.0, 1e308, -1e308, 1.7976931348623157e308,
    2.2250738585072014e-308, 1e-310, 5e-324, -5e-324, 0.0, -0.0,
    float("inf"), float("-inf"), float("nan"), 2.0 ** 52, 2.0 ** 53 + 2,
    123456.789, -0.75, 1 / 3,
]
for v in values:
    print(repr(v), v.hex())
acc = 0
x = 1.0
for i in range(1200):
    x = x * 1.0009765625 if i % 3 else x / 1.5
    acc += len(x.hex())
print(acc, x.hex())
