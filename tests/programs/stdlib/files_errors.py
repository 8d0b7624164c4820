# Errors of open() and of file objects, with CPython's messages; the program ends
# with an uncaught FileNotFoundError.
import io
import os

base = "/tmp/tern_files_errors_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
with open("present.txt", "w") as f:
    f.write("abc\n")


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
        if isinstance(e, OSError):
            print("   errno", e.errno, "strerror", e.strerror, "filename", e.filename,
                  "args", e.args)
    else:
        print(label, "-> no error", r)


attempt("missing", lambda: open("missing.txt"))
attempt("missing rb", lambda: open("missing.txt", "rb"))
attempt("missing dir", lambda: open("nodir/x.txt", "w"))
attempt("is a directory", lambda: open("."))
attempt("directory for writing", lambda: open(".", "w"))
attempt("not a directory", lambda: open("present.txt/inner"))
attempt("exclusive", lambda: open("present.txt", "x"))
attempt("bad mode", lambda: open("present.txt", "q"))
attempt("two modes", lambda: open("present.txt", "rw"))
attempt("binary+encoding", lambda: open("present.txt", "rb", encoding="utf-8"))
attempt("binary+newline", lambda: open("present.txt", "rb", newline=""))
attempt("bad newline", lambda: open("present.txt", newline="x"))
attempt("bad encoding", lambda: open("present.txt", encoding="no-such-codec"))
attempt("float path", lambda: open(1.5))
attempt("None path", lambda: open(None))

f = open("present.txt")
attempt("write to read-only", lambda: f.write("x"))
print("UnsupportedOperation is OSError and ValueError:",
      issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
attempt("nonzero cur-relative seek", lambda: f.seek(2, 1))
attempt("bad whence", lambda: f.seek(0, 5))
f.close()
attempt("read closed", lambda: f.read())
attempt("readline closed", lambda: f.readline())
attempt("iterate closed", lambda: next(f))
attempt("close twice", lambda: f.close())

w = open("out.txt", "w")
attempt("text write bytes", lambda: w.write(b"bytes"))
attempt("read from write-only", lambda: w.read())
w.close()
b = open("out.bin", "wb")
attempt("binary write str", lambda: b.write("str"))
b.close()

with open("bad.bin", "wb") as f:
    f.write(b"ok\xff\xfe")
attempt("decode error", lambda: open("bad.bin").read())
with open("bad.bin", errors="replace") as f:
    print("errors=replace:", ascii(f.read()))

# `with` closes the file even when the body raises.
try:
    with open("present.txt") as g:
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError", e, "closed:", g.closed)

for name in sorted(os.listdir(".")):
    os.remove(name)
os.chdir("/")
os.rmdir(base)

# The uncaught error: its last traceback line is compared.
open("/tmp/tern_files_errors_missing_dir/data.txt")
