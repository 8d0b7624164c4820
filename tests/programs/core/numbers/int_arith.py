# Basic integer arithmetic, precedence and unary operators.
a = 17
b = 5
print("add:", a + b)
print("sub:", a - b, b - a)
print("mul:", a * b, -a * b)
print("pow:", a ** 2, 2 ** 10, (-2) ** 3, -2 ** 2)
print("pow right assoc:", 2 ** 3 ** 2)
print("precedence:", 2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2)
print("unary:", -a, +a, - -a, ~a, ~-a)
print("floordiv:", a // b, a % b)
print("truediv:", a / b, 10 / 5, type(10 / 5))
print("zero ops:", 0 * 12345, 0 + 0, 0 - 0, -0)
print("literals:", 0x1F, 0o17, 0b1011, 1_000_000, 0x_ff)
x = 10
x += 5
print("+=:", x)
x -= 3
print("-=:", x)
x *= 4
print("*=:", x)
x //= 5
print("//=:", x)
x %= 5
print("%=:", x)
x **= 10
print("**=:", x)
x <<= 3
print("<<=:", x)
x >>= 2
print(">>=:", x)
x |= 0xF0
print("|=:", x)
x &= 0x3C
print("&=:", x)
x ^= 0xFF
print("^=:", x)
x /= 4
print("/=:", x, type(x))
print("type:", type(1), type(True + 1), type(2 ** -1))
print("abs:", abs(-5), abs(5), abs(0), abs(-2 ** 70))
print("sum of range:", sum(range(101)))
total = 0
i = 1
while i <= 20:
    total = total * 3 + i
    i += 1
print("poly:", total)
