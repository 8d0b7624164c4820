# print(): sep, end, file=sys.stderr, flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", end="")
print("y", end="!\n")
print("no", "newline", sep="-", end=" ")
print("continued")
print()
print("")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("stderr again", 42, sep=":", file=sys.stderr, flush=True)
print(sep="-")
print("a", sep=None, end=None)

print("multi\nline\ttab")
print("unicode: é 日本 😀")
sys.stderr.write("direct stderr\n")
print("end with", end="")
print(" newline")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("sep and end", 1, 2, sep="", end="\n\n")
print("after blank line")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
