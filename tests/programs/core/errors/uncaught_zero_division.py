# Uncaught ZeroDivisionError: exit 1, traceback on stderr; stdout printed before is kept.
print("before the error")
total = 0
for i in range(5):
    total += i
print("total:", total)
print(total // (total - 10))
print("never printed")
