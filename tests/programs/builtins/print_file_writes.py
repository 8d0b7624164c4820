# print() to a file object writes each piece (str of each argument, separators, end)
# with its own write() call, as CPython does; a __str__ that raises stops it midway.
class Rec:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
r = Rec()
print("a", 1, [2], sep="-", end="!\n", file=r)
print(file=r)
print("x", file=r, end="")
print(r.calls)
import sys
class Flushy(Rec):
    def flush(self):
        self.calls.append("<flush>")
f = Flushy()
print("y", file=f, flush=True)
print(f.calls)
import io
buf = io.StringIO()
for i in range(3):
    print(i, i * i, sep=":", file=buf)
print(repr(buf.getvalue()))
class Bad:
    def __str__(self):
        raise ValueError("no str")
r2 = Rec()
try:
    print("before", Bad(), "after", file=r2)
except ValueError as e:
    print("ValueError", e, r2.calls)
saved = sys.stdout
sys.stdout = r3 = Rec()
print("captured", 42)
sys.stdout = saved
print(r3.calls)
