# Errors of StringIO and BytesIO with CPython's messages; ends with an uncaught
# ValueError from a closed buffer.
import io


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error", repr(r))


s = io.StringIO("text")
attempt("StringIO write bytes", lambda: s.write(b"x"))
attempt("StringIO initial bytes", lambda: io.StringIO(b"x"))
attempt("StringIO negative seek", lambda: s.seek(-1))
attempt("StringIO cur-relative", lambda: s.seek(1, 1))
attempt("StringIO end-relative", lambda: s.seek(-1, 2))
attempt("StringIO bad whence", lambda: s.seek(0, 3))
attempt("StringIO seek float", lambda: s.seek(1.5))
attempt("StringIO read str", lambda: s.read("2"))
attempt("StringIO bad newline", lambda: io.StringIO(newline="x"))
attempt("StringIO truncate negative", lambda: s.truncate(-1))
attempt("StringIO fileno", lambda: s.fileno())

b = io.BytesIO(b"data")
attempt("BytesIO write str", lambda: b.write("x"))
attempt("BytesIO initial str", lambda: io.BytesIO("x"))
attempt("BytesIO negative seek", lambda: b.seek(-1))
attempt("BytesIO bad whence", lambda: b.seek(0, 7))
attempt("BytesIO truncate negative", lambda: b.truncate(-2))
attempt("BytesIO readinto bytes", lambda: b.readinto(b"xx"))
attempt("BytesIO fileno", lambda: b.fileno())
attempt("print to BytesIO", lambda: print("hi", file=b))
attempt("print file=int", lambda: print("hi", file=5))

print("after errors:", b.write(b"!"), b.getvalue())

s.close()
b.close()
attempt("StringIO closed getvalue", lambda: s.getvalue())
attempt("StringIO closed write", lambda: s.write("x"))
attempt("StringIO closed tell", lambda: s.tell())
attempt("BytesIO closed read", lambda: b.read())
attempt("BytesIO closed getvalue", lambda: b.getvalue())
print("closed:", s.closed, b.closed)
print("close again:", s.close(), b.close())
s.read()
