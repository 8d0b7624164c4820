# Bitwise operators on negatives and big ints (two's complement semantics).
print("& | ^:", 12 & 10, 12 | 10, 12 ^ 10)
print("~:", ~0, ~5, ~-1, ~-6)
print("<<:", 1 << 10, 5 << 3, -5 << 3, 1 << 70, 1 << 0)
print(">>:", 1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, 5 >> 10)
print("neg &:", -12 & 10, 12 & -10, -12 & -10)
print("neg |:", -12 | 10, 12 | -10, -12 | -10)
print("neg ^:", -12 ^ 10, 12 ^ -10, -12 ^ -10)
big = 2 ** 100 + 2 ** 64 + 12345
print("big & mask:", big & 0xFFFFFFFF, big & (2 ** 64 - 1))
print("big |:", big | 1, (2 ** 100) | (2 ** 50))
print("big ^ big:", big ^ (2 ** 100), big ^ big)
print("big >>:", big >> 64, big >> 100, big >> 200)
print("big <<:", big << 3)
print("-big & mask:", -big & 0xFFFF, -big & (2 ** 80 - 1))
print("-big >>:", -big >> 64, -big >> 500)
print("~big:", ~big, ~-big)
print("-big | small:", -big | 7, -big ^ -1)
print("shift to big:", 3 << 62, 3 << 63, 3 << 64, -3 << 63)
print("shift back:", (1 << 64) >> 63, (1 << 64) >> 64, (1 << 64) >> 65)
print("mask 64:", (2 ** 64 + 5) & 0xFFFFFFFFFFFFFFFF)
print("bool ops:", True & False, True | False, True ^ True, type(True & True))
print("int & bool:", 7 & True, ~True, ~False)
x = 0xFF
x &= 0x0F
x |= 0x100
x ^= 0x3
x <<= 2
x >>= 1
print("augmented:", x)
h = 0
for c in "hello world":
    h = (h * 31 + ord(c)) & 0xFFFFFFFF
print("hash loop:", h)
h = 0
for c in "hello world":
    h = (h * 1000003) ^ ord(c)
print("unmasked:", h)
print("bit_count-like:", bin(2 ** 100 - 1).count("1"))
