# Big-int floor division and modulo with every sign combination.
a = 10 ** 30 + 12345
b = 10 ** 12 + 7
for x in (a, -a):
    for y in (b, -b, 7, -7):
        q = x // y
        r = x % y
        print(x, y, "->", q, r, q * y + r == x)
print("divmod big:", divmod(2 ** 100, 3 ** 20))
print("divmod neg big:", divmod(-2 ** 100, 3 ** 20))
print("divmod big neg:", divmod(2 ** 100, -3 ** 20))
print("small // big:", 5 // 2 ** 80, -5 // 2 ** 80, 5 % -2 ** 80)
print("-1 % big:", -1 % 2 ** 70)
print("big % small:", 2 ** 100 % 1000, -2 ** 100 % 1000)
print("big // 1:", (3 ** 50) // 1, (-3 ** 50) // -1)
print("big exact:", (2 ** 100 * 3 ** 30) // 3 ** 30 == 2 ** 100)
print("big / float:", 2 ** 80 / 3)
print("big % float:", 2 ** 80 % 3.5)
print("big // float:", 2 ** 70 // 1e10)
n = 7 ** 80
digits = []
while n > 0:
    digits.append(n % 10)
    n //= 10
print("digit sum of 7**80:", sum(digits), len(digits))
x = -(10 ** 25)
x //= 7
print("aug //= big:", x)
x = -(10 ** 25)
x %= 7
print("aug %= big:", x)
print("boundary:", (2 ** 63) // 2, (-2 ** 63) // -1, (-2 ** 63) % -1)
print("min i64 // -1:", (-9223372036854775808) // -1)
print("min i64 % -1:", (-9223372036854775808) % -1)
