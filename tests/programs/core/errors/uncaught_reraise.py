# A bare raise re-raises the original exception after a handler ran.
import sys
try:
    [][0]
except IndexError:
    print("logging the error", file=sys.stderr)
    print("handler ran")
    raise
