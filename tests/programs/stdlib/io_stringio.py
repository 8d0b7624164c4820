# io.StringIO: write, getvalue, read, readline(s), seek/tell, truncate, iteration,
# the initial value, newline handling, and print(..., file=buf).
import io
from io import StringIO

buf = StringIO()
print("write returns:", buf.write("hello"), buf.write(", world\n"))
print("tell:", buf.tell())
print("getvalue:", repr(buf.getvalue()))
print("read at end:", repr(buf.read()))
print("seek(0):", buf.seek(0))
print("read(5):", repr(buf.read(5)))
print("read():", repr(buf.read()))

s = StringIO("line one\nline two\nline three")
print("initial tell:", s.tell())
print("readline:", repr(s.readline()))
print("readline(4):", repr(s.readline(4)))
print("rest:", repr(s.readline()))
print("readlines:", s.readlines())
s.seek(0)
print("readlines from 0:", s.readlines())
s.seek(0)
print("iteration:", [line.rstrip() for line in s])
print("read(-1) at end:", repr(s.read(-1)))

# Writing into the middle overwrites; writing past the end pads with NULs.
w = StringIO("abcdef")
w.seek(2)
w.write("XY")
print("overwrite:", repr(w.getvalue()), w.tell())
w.seek(10)
w.write("!")
print("past end:", repr(w.getvalue()))
print("truncate(3):", w.truncate(3), repr(w.getvalue()), "tell", w.tell())
w.seek(0, 2)
print("seek end:", w.tell())
# The initial value is not appended to: writing starts at position 0.
x = StringIO("12345")
x.write("ab")
print("initial overwrite:", x.getvalue())

# print(..., file=buf) with sep and end
out = StringIO()
print("a", 1, 2.5, None, file=out)
print("x", "y", sep="-", end="!\n", file=out)
print(file=out)
print(*[1, 2, 3], sep=", ", file=out)
print("captured:", repr(out.getvalue()))
print("lines:", out.getvalue().splitlines())

# A report written with writelines and formatting
rep = StringIO()
rep.writelines(["%-6s|%5d\n" % (name, n) for name, n in [("ab", 1), ("cde", 22), ("f", 333)]])
print(rep.getvalue(), end="")

# newline translation
n = StringIO("a\r\nb\rc\n", newline=None)
print("newline=None:", n.readlines(), "newlines seen:", n.newlines)
for text in ["x", "x\n", "x\r", "x\r\n", "a\nb\r\n"]:
    print("newlines of", repr(text), StringIO(text, newline=None).newlines,
          StringIO(text, newline="").newlines, StringIO(text).newlines)
n2 = StringIO(newline="\r\n")
n2.write("p\nq\n")
print("newline='\\r\\n':", repr(n2.getvalue()))
n3 = StringIO("a\r\nb", newline="")
print("newline='':", n3.readlines())

# with closes it; the type and its bases
with StringIO("ctx") as c:
    print("in with:", c.read(), c.closed)
print("after with:", c.closed)
print("isinstance TextIOBase:", isinstance(buf, io.TextIOBase), isinstance(buf, io.IOBase))
print("readable/writable/seekable:", buf.readable(), buf.writable(), buf.seekable())
print("type:", type(buf).__name__, type(buf).__module__)
print("line_buffering:", buf.line_buffering, "newlines:", buf.newlines)
