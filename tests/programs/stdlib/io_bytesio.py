# io.BytesIO: write, getvalue, read, seek/tell, readline(s), readinto, truncate,
# and iteration.
import io
import struct

b = io.BytesIO()
print("write:", b.write(b"abc"), b.write(bytearray(b"def")), b.write(memoryview(b"gh")))
print("getvalue:", b.getvalue(), "tell:", b.tell())
print("seek(0):", b.seek(0), "read(2):", b.read(2), "read():", b.read())
print("seek(-3, 2):", b.seek(-3, 2), b.read())
b.seek(1)
print("seek(2, 1):", b.seek(2, 1), b.read(1))
print("read at end:", b.read(), b.read(3))

r = io.BytesIO(b"one\ntwo\r\nthree")
print("readline:", r.readline(), r.readline(), r.readline(), r.readline())
r.seek(0)
print("readlines:", r.readlines())
r.seek(0)
print("iterate:", list(r))
r.seek(0)
print("readline(2):", r.readline(2))

# packing records into a BytesIO, then unpacking them
rec = struct.Struct("<iHd")
out = io.BytesIO()
for i in range(4):
    out.write(rec.pack(i * 1000 - 1500, i * 7, i / 4))
raw = out.getvalue()
print("packed length:", len(raw), raw[:8].hex())
inp = io.BytesIO(raw)
while True:
    chunk = inp.read(rec.size)
    if not chunk:
        break
    print("record:", rec.unpack(chunk))

# overwrite, extend past the end, truncate
m = io.BytesIO(b"0123456789")
m.seek(3)
m.write(b"xyz")
print("overwrite:", m.getvalue())
m.seek(12)
m.write(b"!")
print("past end:", m.getvalue())
print("truncate(4):", m.truncate(4), m.getvalue(), "tell", m.tell())
m.seek(0)
ba = bytearray(3)
print("readinto:", m.readinto(ba), ba)
print("read1:", m.read1(10))

v = io.BytesIO(b"hello")
print("readable/writable/seekable:", v.readable(), v.writable(), v.seekable())
print("isinstance BufferedIOBase:", isinstance(v, io.BufferedIOBase), isinstance(v, io.IOBase))
with io.BytesIO(b"ctx") as c:
    print("in with:", c.read(), c.closed)
print("after with:", c.closed)
print("type:", type(v).__name__)
