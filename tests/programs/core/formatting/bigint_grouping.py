# Formatting big ints with grouping.
f = 1
for i in range(1, 31):
    f *= i
print(f"{f:,}")
print(f"{-f:,}")
print(f"{f:_}")
print("{:,}".format(2 ** 100))
print(format(10 ** 40, ","), format(-(10 ** 40) - 1, "_"))
print(f"{2 ** 64:>40,}|")
print(f"{2 ** 64:<40_}|")
print(f"{2 ** 70:+,}", f"{2 ** 70:=+40,}")
print(f"{2 ** 80:x}", f"{2 ** 80:_x}", f"{2 ** 80:#_b}"[:30])
print(f"{10 ** 25:e}", f"{10 ** 25:.3e}", f"{10 ** 25:,.2f}")
print(f"{123456789012345678901234567890:040,}")
print(f"{-123456789012345678901234567890:040,}")
print("%d" % (3 ** 60), "%x" % (3 ** 60), "%+d" % (3 ** 60))
print("%30d|%-30d|" % (2 ** 90, -(2 ** 90)))
print(str(2 ** 64).zfill(25), str(-2 ** 64).zfill(25))
for k in (3, 4, 6, 7, 9, 10, 12):
    print(k, format(10 ** k, ","), format(-(10 ** k - 1), ","), format(10 ** k, "_"))
print(f"{1234:,}", f"{123:,}", f"{0:,}", f"{-999:,}")
