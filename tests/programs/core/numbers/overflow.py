# OverflowError cases that do not need math.
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("2.0**10000:", e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print("int(inf):", e)
try:
    print(int(float("-inf")))
except OverflowError as e:
    print("int(-inf):", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("float(10**400):", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("10**400/3:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("10**400*1.0:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("10.0**400:", e)
try:
    print((-10.0) ** 401)
except OverflowError as e:
    print("(-10.0)**401:", e)
print("1e308*10 (no error):", 1e308 * 10)
print("10**400 // 3 (no error):", len(str(10 ** 400 // 3)))
print("10**400 > 1e308 (no error):", 10 ** 400 > 1e308)
print("round(1e308, -400):", round(1e308, -400))
print("round(1e300, -400):", round(1e300, -400))
try:
    print(round(float("inf")))
except OverflowError as e:
    print("round(inf):", e)
try:
    print(round(float("nan")))
except ValueError as e:
    print("round(nan):", e)
try:
    print(1 << -1)
except ValueError as e:
    print("1 << -1:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("1 >> -1:", e)
try:
    print("x" * (2 ** 70))
except OverflowError as e:
    print("'x' * 2**70:", e)
try:
    print(2 ** 10000 / 2 ** 5000)
except OverflowError as e:
    print("big/big:", e)
print("OverflowError is ArithmeticError:", issubclass(OverflowError, ArithmeticError))
