# Floor division and modulo: signs follow the divisor (Python semantics).
print("-7 // 2 =", -7 // 2)
print("-7 % 2 =", -7 % 2)
print("7 // -2 =", 7 // -2)
print("7 % -2 =", 7 % -2)
print("-7 // -2 =", -7 // -2)
print("-7 % -2 =", -7 % -2)
print("7 // 2 =", 7 // 2, "7 % 2 =", 7 % 2)
print("-1 % 5 =", -1 % 5, "1 % -5 =", 1 % -5)
print("-10 % 5 =", -10 % 5, "10 % -5 =", 10 % -5)
print("0 // -3 =", 0 // -3, "0 % -3 =", 0 % -3)
print("-7.0 // 2 =", -7.0 // 2)
print("-7.0 % 2 =", -7.0 % 2)
print("7.5 % -2 =", 7.5 % -2)
print("-7.5 % 2 =", -7.5 % 2)
print("7.5 // -2 =", 7.5 // -2)
print("-7 // 2.0 =", -7 // 2.0)
print("-7 % 2.0 =", -7 % 2.0)
print("6.0 % -3 =", 6.0 % -3, "-6.0 % 3 =", -6.0 % 3)
print("-0.0 % 5 =", -0.0 % 5)
print("5.0 % 0.3 =", 5.0 % 0.3)
print("-1e-20 % 1.0 =", -1e-20 % 1.0)
print("1e20 // 3 =", 1e20 // 3)
print("divmod(-7, 2) =", divmod(-7, 2))
print("divmod(7, -2) =", divmod(7, -2))
print("divmod(-7.0, 2) =", divmod(-7.0, 2))
print("divmod(7.5, -2) =", divmod(7.5, -2))
for a in (-9, -4, -1, 0, 1, 4, 9):
    row = []
    for b in (-4, -3, 3, 4):
        row.append((a // b, a % b))
    print("row", a, row)
for a in (-9, -1, 0, 1, 9):
    for b in (-3, 3):
        q = a // b
        r = a % b
        assert q * b + r == a
print("identity holds")
x = -17
x //= 5
print("augmented //=:", x)
x = -17
x %= 5
print("augmented %=:", x)
