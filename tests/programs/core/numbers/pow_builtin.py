# pow() and ** including three-argument and negative exponents.
print("pow(2, 10):", pow(2, 10), 2 ** 10)
print("pow(2, -1):", pow(2, -1), 2 ** -2, type(2 ** -1))
print("pow(-2, -3):", pow(-2, -3))
print("pow(2.0, 3):", pow(2.0, 3), 2.5 ** 2)
print("pow(4, 0.5):", pow(4, 0.5), 2 ** 0.5)
print("pow(0, 0):", pow(0, 0), 0.0 ** 0, 0 ** 0.0)
print("pow(3, 4, 5):", pow(3, 4, 5))
print("pow(2, 100, 1000007):", pow(2, 100, 1000007))
print("pow(-3, 3, 7):", pow(-3, 3, 7))
print("pow(3, 3, -7):", pow(3, 3, -7))
print("pow(2, -1, 7):", pow(2, -1, 7))
print("pow(3, -2, 11):", pow(3, -2, 11))
print("pow(38, -1, 97):", pow(38, -1, 97))
print("pow(big, big, m):", pow(123456789, 10 ** 20, 10 ** 9 + 7))
print("pow(7, 0, 1):", pow(7, 0, 1), pow(7, 0, 5))
print("(-1) ** big:", (-1) ** (10 ** 20 + 1), (-1) ** (10 ** 20))
print("1 ** -5:", 1 ** -5)
print("10 ** -3:", 10 ** -3)
print("(-8.0) ** 3:", (-8.0) ** 3)
print("2 ** 0.0:", 2 ** 0.0, "0.5 ** 2:", 0.5 ** 2)
print("10.0 ** 308:", 10.0 ** 308)
print("2 ** 1000 len:", len(str(2 ** 1000)))
print("3 ** 3 ** 2:", 3 ** 3 ** 2)
print("-2 ** 2:", -2 ** 2, "(-2) ** 2:", (-2) ** 2)
print("pow(True, 5):", pow(True, 5), pow(2, True))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
