# hex/oct/bin, int.bit_length and conversions.
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -2 ** 70 + 1):
    print(n, hex(n), oct(n), bin(n), n.bit_length())
print("bit_length:", (0).bit_length(), (1).bit_length(), (-1).bit_length(), (2 ** 100).bit_length(),
      (2 ** 100 - 1).bit_length(), (-2 ** 100).bit_length(), (2 ** 63).bit_length())
print("round trip hex:", int(hex(123456789), 16), int(hex(-987654321), 16))
print("round trip bin:", int(bin(2 ** 70 + 3), 2))
print("round trip oct:", int(oct(511), 8))
print("True:", hex(True), bin(False))
x = 0
for i in range(0, 100, 7):
    x |= 1 << i
print("bits set:", bin(x))
print("hex of big:", hex(3 ** 100))
print("str(int):", str(-0), str(10 ** 25), repr(-5))
print("len(str):", [len(str(10 ** k)) for k in range(0, 30, 5)])
print("bool of int:", bool(2 ** 64), bool(-1))
