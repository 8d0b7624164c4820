# Text files: open() for writing and reading, read/readline/readlines/iteration,
# seek/tell, `with`, append mode and the utf-8 default encoding.
# Files go into a private directory under /tmp (its name has the pid, so parallel
# runs do not collide); only names relative to it are ever printed.
import os

base = "/tmp/tern_files_text_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)

with open("notes.txt", "w") as f:
    print("write returns:", f.write("first line\n"))
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
    print("closed inside with:", f.closed, "mode:", f.mode, "name:", f.name)
print("closed after with:", f.closed)

f = open("notes.txt")
print("read():", repr(f.read()))
print("read() at EOF:", repr(f.read()))
print("tell at EOF:", f.tell())
print("seek(0):", f.seek(0))
print("readline:", repr(f.readline()))
print("tell after one line:", f.tell())
print("readline:", repr(f.readline()))
print("read(3):", repr(f.read(3)))
print("rest of line:", repr(f.readline()))
print("last readline:", repr(f.readline()))
print("readline at EOF:", repr(f.readline()))
f.seek(0)
print("readlines:", f.readlines())
f.seek(0)
print("readline(5):", repr(f.readline(5)))
f.close()
print("closed:", f.closed)

with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line), line.rstrip("\n").upper())

with open("notes.txt", "a") as f:
    print("append tell:", f.tell())
    f.write("\nappended")
with open("notes.txt", "r") as f:
    lines = f.read().splitlines()
print("after append:", lines)

# The default encoding is utf-8: a non-ASCII text round-trips and is stored as
# utf-8 bytes.
text = "caf\u00e9 \u20ac1 \u00fcber \u4e2d\n"
with open("utf8.txt", "w") as f:
    print("chars written:", f.write(text))
    print("encoding:", f.encoding)
with open("utf8.txt", "rb") as f:
    raw = f.read()
print("bytes on disk:", raw, len(raw))
with open("utf8.txt", encoding="utf-8") as f:
    back = f.read()
print("round trip:", back == text, repr(back))
with open("utf8.txt", encoding="latin-1") as f:
    print("as latin-1:", ascii(f.read()))

# newline translation: \r\n and \r read as \n in text mode.
with open("crlf.txt", "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open("crlf.txt") as f:
    print("universal newlines:", f.readlines())
with open("crlf.txt", newline="") as f:
    print("newline='':", f.readlines())

# r+ / w+ modes
with open("rw.txt", "w+") as f:
    f.write("hello world")
    f.seek(0)
    print("w+ read back:", f.read())
    f.seek(6)
    f.write("there")
    f.seek(0)
    print("after overwrite:", f.read())
with open("rw.txt", "r+") as f:
    print("r+ first 5:", f.read(5))
    f.seek(0, 2)
    f.write("!")
with open("rw.txt") as f:
    print("r+ result:", f.read())

# readable/writable/seekable and iteration protocol
f = open("rw.txt")
print("readable/writable/seekable:", f.readable(), f.writable(), f.seekable())
print("iter(f) is f:", iter(f) is f, "next:", repr(next(f)))
try:
    next(f)
except StopIteration:
    print("StopIteration at EOF")
f.close()

for name in sorted(os.listdir(".")):
    print("file", name, os.path.getsize(name))
    os.remove(name)
os.chdir("/")
os.rmdir(base)
print("cleaned up:", not os.path.exists(base))
