# Binary files: bytes in and out, read(n), seek with whence, tell, truncate,
# readinto, and the errors of mixing str and bytes.
import os

base = "/tmp/tern_files_binary_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)

data = bytes(range(256))
with open("data.bin", "wb") as f:
    print("write:", f.write(data[:100]), f.write(bytearray(data[100:])))
    print("tell:", f.tell(), "mode:", f.mode)
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)

with open("data.bin", "rb") as f:
    print("read(4):", f.read(4))
    print("tell:", f.tell())
    print("seek(10):", f.seek(10), f.read(3))
    print("seek(-3, 1):", f.seek(-3, 1), f.read(1))
    print("seek(-2, 2):", f.seek(-2, 2), f.read())
    print("read at EOF:", f.read(), f.read(5))
    f.seek(250)
    print("read past end:", f.read(100))
    f.seek(0)
    buf = bytearray(6)
    print("readinto:", f.readinto(buf), buf)
    f.seek(0)
    whole = f.read()
    print("whole:", len(whole), whole == data, type(whole).__name__)
    try:
        f.seek(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
    try:
        f.write(b"x")
    except Exception as e:
        print(type(e).__name__, e)

# lines in binary mode keep their b"\r\n"
with open("lines.bin", "wb") as f:
    f.write(b"one\ntwo\r\nthree")
with open("lines.bin", "rb") as f:
    print("readline:", f.readline(), f.readline(), f.readline(), f.readline())
with open("lines.bin", "rb") as f:
    print("readlines:", f.readlines())
with open("lines.bin", "rb") as f:
    print("iterate:", [line for line in f])

# r+b: overwrite in place, truncate
with open("data.bin", "r+b") as f:
    f.seek(2)
    f.write(b"\xff\xfe")
    f.seek(0)
    print("patched:", f.read(6))
    print("truncate:", f.truncate(8))
    f.seek(0)
    print("after truncate:", f.read())
print("size:", os.path.getsize("data.bin"))

# append binary, then 'x' mode refuses an existing file
with open("data.bin", "ab") as f:
    f.write(b"END")
with open("data.bin", "rb") as f:
    print("appended:", f.read())
try:
    open("data.bin", "xb")
except FileExistsError as e:
    print("FileExistsError:", e)
with open("new.bin", "xb") as f:
    f.write(b"\x00\x01")
with open("new.bin", "rb") as f:
    print("x mode wrote:", f.read())

# a text file read as bytes, bytes decoded as text
with open("t.txt", "w", encoding="utf-8") as f:
    f.write("\u00e9t\u00e9\n")
with open("t.txt", "rb") as f:
    b = f.read()
print("text as bytes:", b, b.decode("utf-8") == "\u00e9t\u00e9\n")

# buffered objects: read1 / peek exist; fileno is an int
with open("t.txt", "rb") as f:
    print("fileno is int:", isinstance(f.fileno(), int), "closed:", f.closed)
    print("read1:", f.read1(2))

for name in sorted(os.listdir(".")):
    os.remove(name)
os.chdir("/")
os.rmdir(base)
print("done")
