# bytearray basics.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[0], bytes(ba))
ba[1:3] = b"EY"
del ba[-3:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba, ba.decode(), ba.upper())
print(bytearray(3), bytearray([1, 2]), bytearray("日", "utf-8"), bytearray(b"x") == b"x")
z = bytearray()
for i in range(5):
    z.append(48 + i)
print(z, z.decode(), z.find(b"3"), z.replace(b"2", b"--"))
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.count(b"a"), ba2.hex())
try:
    ba2.append(300)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), len(m), m.tobytes())
