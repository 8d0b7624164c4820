# Output on both streams, then an uncaught error. Only stdout is compared exactly.
import sys
print("stdout 1")
print("stderr 1", file=sys.stderr)
print("stdout 2", flush=True)
sys.stderr.write("stderr 2\n")
d = {}
d["missing"] += 1
