# The OSError family as open() and os raise it: OSError(errno, ...) picks the
# subclass, the attributes errno/strerror/filename/filename2, str() with and
# without file names, user subclasses, and catching by base class. Ends with an
# uncaught IsADirectoryError from opening a directory.
import errno
import os

print("errno values:", errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR,
      errno.ENOTDIR, errno.EPERM, errno.errorcode[2], errno.errorcode[13])

for code in [errno.ENOENT, errno.EACCES, errno.EPERM, errno.EEXIST, errno.EISDIR,
             errno.ENOTDIR, errno.EINTR, errno.EAGAIN, errno.EPIPE, errno.ETIMEDOUT,
             errno.ECHILD, errno.ESRCH, errno.EIO, 9999]:
    e = OSError(code, os.strerror(code) if code != 9999 else "made up")
    print(code, type(e).__name__, "|", e, "|", e.args)

e = OSError("just a message")
print("one arg:", repr(e), e.errno, e.strerror, e.filename, e.filename2, "|", e)
e = OSError(2, "No such file or directory", "a.txt")
print("three args:", repr(e), e.args, e.filename, "|", e)
e = OSError(2, "No such file or directory", "a.txt", None, "b.txt")
print("five args:", e.args, e.filename2, "|", e)
e = OSError(1, "Operation not permitted", None)
print("filename None:", type(e).__name__, e.args, "|", e)
e = OSError(1, "x", "f", 4, "g", 6)
print("six args:", type(e).__name__, e.args, e.errno, "|", e)
e = FileNotFoundError(13, "subclass keeps its class")
print("subclass call:", type(e).__name__, "|", e)
e = PermissionError("text only")
print("text only:", e.errno, "|", e)
e.errno = 5
e.strerror = "changed"
print("after assignment:", e)
try:
    OSError(1, "x", flag=True)
except TypeError as t:
    print("TypeError:", t)


class StorageError(OSError):
    pass


class WrappedError(OSError):
    def __init__(self, what):
        super().__init__(errno.EACCES, what, "resource")
        self.what = what


s = StorageError(errno.ENOENT, "gone", "store.db")
print("StorageError:", type(s).__name__, s.args, s.errno, s.filename, "|", s)
w = WrappedError("locked")
print("WrappedError:", type(w).__name__, w.args, w.errno, w.what, "|", w)
print("isinstance:", isinstance(w, OSError), isinstance(s, FileNotFoundError))

for exc in [FileNotFoundError, PermissionError, IsADirectoryError, FileExistsError]:
    print(exc.__name__, "bases:", [b.__name__ for b in exc.__mro__])
print("IOError is OSError:", IOError is OSError, "EnvironmentError:", EnvironmentError is OSError)
print("os.error:", os.error is OSError)

try:
    open("")
except FileNotFoundError as e:
    print("empty name:", e)
try:
    os.listdir("no/such/dir")
except OSError as e:
    print("listdir:", type(e).__name__, e)
try:
    os.rename("no-such-src", "dst")
except OSError as e:
    print("rename:", type(e).__name__, e)
try:
    os.mkdir(".")
except FileExistsError as e:
    print("mkdir:", e)

open("..")
