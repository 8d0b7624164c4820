# chr, ord, hex, oct, bin, repr, str round-trips.
for c in "Aa0 ~\n\té€日😀":
    print(repr(c), ord(c), hex(ord(c)), oct(ord(c)), bin(ord(c)), repr(chr(ord(c))))
print([chr(i) for i in range(65, 91)])
print("".join([chr(i) for i in range(0x3b1, 0x3c1)]))
print(hex(0), hex(-0), hex(16), hex(-16), hex(2 ** 64 - 1), hex(-2 ** 64))
print(oct(0), oct(64), oct(-64), bin(0), bin(1), bin(-1), bin(2 ** 65))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2), int(bin(-5), 0))
print(repr(1), repr(1.5), repr("a"), repr(None), repr([1, "2"]), repr((3,)), repr({4: "5"}))
print(str(1) == repr(1), str("a") == repr("a"), str(1.5) == repr(1.5))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
