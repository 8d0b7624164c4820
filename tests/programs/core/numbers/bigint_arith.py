# Arbitrary precision integers.
f = 1
for i in range(1, 101):
    f *= i
print("factorial(100):", f)
print("digits:", len(str(f)))
print("2**200:", 2 ** 200)
print("-2**200:", -2 ** 200)
print("(-3)**101:", (-3) ** 101)
print("10**50 + 1:", 10 ** 50 + 1)
print("10**50 - 10**49:", 10 ** 50 - 10 ** 49)
print("big * big:", 123456789123456789123456789 * 987654321987654321987654321)
print("big * -big:", 123456789123456789 * -987654321987654321)
print("neg * neg:", (-2 ** 70) * (-3 ** 40))
print("big - bigger:", 2 ** 100 - 2 ** 101)
print("big + small:", 2 ** 64 + 1, 2 ** 64 - 1)
print("back to small:", (2 ** 100 + 5) - 2 ** 100)
print("type back to small:", type((2 ** 100 + 5) - 2 ** 100))
print("fact/fact:", f // (f // 100))
fib_a, fib_b = 0, 1
for i in range(300):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib(300):", fib_a)
print("big compare:", 2 ** 100 > 2 ** 99, -2 ** 100 < -2 ** 99, 2 ** 100 == 2 ** 100)
print("big eq small:", 2 ** 100 == 5, 2 ** 64 != 2 ** 64 + 0)
print("big abs:", abs(-7 ** 30))
print("big str len:", len(str(7 ** 300)))
print("big repr:", repr(-10 ** 25))
print("big bool:", bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print("big in list:", 2 ** 80 in [1, 2, 2 ** 80])
print("big sum:", sum([2 ** 70, 2 ** 70, -2 ** 71, 3]))
print("big max:", max(2 ** 65, -2 ** 66, 2 ** 64))
print("big pow mod-free:", 3 ** 200 // 3 ** 198)
print("big float:", float(2 ** 100), float(-(10 ** 30)))
print("big int(float):", int(1e30), int(-2.5e20))
print("big / int:", 2 ** 100 / 2 ** 98)
x = 1
for i in range(70):
    x = x * 2 + 1
print("growing:", x)
x = -x
print("negated:", x)
