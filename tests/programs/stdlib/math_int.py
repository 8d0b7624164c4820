# math: integer functions.
import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm())
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.floor(10 ** 30 + 0.5), math.ceil(2 ** 70 / 3), math.trunc(-(10 ** 20) / 7))
for bad in [lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(int(d) for d in str(math.factorial(100))))
