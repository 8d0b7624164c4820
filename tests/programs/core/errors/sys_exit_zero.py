# sys.exit(0) exits with status 0 (so there is no .err file); code after it does not run.
import sys
print("exit zero")
for i in range(3):
    if i == 1:
        sys.exit(0)
    print("iteration", i)
print("never")
