# divmod() on ints and floats, all sign combinations.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print("divmod(%d, %d) =" % (a, b), divmod(a, b))
print("divmod(0, 5):", divmod(0, 5), divmod(0, -5))
print("divmod(7.5, 2):", divmod(7.5, 2))
print("divmod(-7.5, 2):", divmod(-7.5, 2))
print("divmod(7.5, -2):", divmod(7.5, -2))
print("divmod(-7.5, -2):", divmod(-7.5, -2))
print("divmod(1.0, 0.1):", divmod(1.0, 0.1))
print("divmod(-1.0, 0.3):", divmod(-1.0, 0.3))
print("divmod(10**20, 7):", divmod(10 ** 20, 7))
print("divmod(-10**20, 7):", divmod(-10 ** 20, 7))
print("divmod(5, 2.5):", divmod(5, 2.5))
print("divmod(True, 2):", divmod(True, 2))
q, r = divmod(12345, 100)
print("unpacked:", q, r)
secs = 100000
m, s = divmod(secs, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print("time:", d, h, m, s)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
