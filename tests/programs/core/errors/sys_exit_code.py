# sys.exit(3): exit status 3, nothing on stderr; finally blocks run.
import sys
print("exiting with 3")
try:
    sys.exit(3)
finally:
    print("finally runs on sys.exit")
print("never")
