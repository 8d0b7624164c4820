# struct: pack/unpack round trips for every code, byte orders, Struct objects,
# pack_into/unpack_from/iter_unpack and exact float conversions.
import struct

print(struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 2**64 - 1))
print(struct.pack('>bBhHiIqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 2**64 - 1))
print(struct.pack('!lL', -5, 7), struct.pack('=lL', -5, 7), struct.pack('@lL', -5, 7))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -128, 0, -32768, 0, -2**31, 0, -2**63, 0)))
print(struct.unpack('>hHiI', b'\x80\x00\xff\xff\x80\x00\x00\x00\xff\xff\xff\xff'))
print(struct.pack('nN', -1, 2**63), struct.unpack('nNP', struct.pack('nNP', -7, 8, 9)))
print(struct.pack('?', 0), struct.pack('?', 'x'), struct.pack('?', []), struct.unpack('??', b'\x00\x02'))
print(struct.pack('c3s5s', b'z', b'abcdef', b'ab'))
print(struct.pack('3p', b'abcdef'), struct.pack('1p', b'abc'), struct.pack('0p', b'abc'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'))
print(struct.pack('2x3xb', 7), struct.unpack('2xb2x', b'\x00\x00\x05\x00\x00'))
print(struct.pack('4s', bytearray(b'ab')), struct.pack('i', True))

# Floats: f rounds to single precision, e to half precision, d is exact.
for x in [0.1, 1.0 / 3, 3.4028235e38, 1e-45, 1e-46, -0.0, float('inf'), 2.5e-39]:
    b = struct.pack('<f', x)
    print(repr(x), b, struct.unpack('<f', b)[0])
for x in [1.0, 0.1, 65504.0, 65519.0, 6e-8, 2.9e-8, 3e-8, -0.0, float('-inf'), 1 / 3]:
    b = struct.pack('>e', x)
    print(repr(x), b, struct.unpack('>e', b)[0])
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'))
print(struct.pack('<e', float('nan')), struct.pack('<f', float('nan')), struct.pack('>d', float('nan')))
for x in [0.1, -1e308, 5e-324, 2.0**60]:
    print(struct.unpack('<d', struct.pack('<d', x))[0] == x, struct.pack('>d', x))
print(struct.pack('d', 3), struct.pack('f', 2**30), struct.pack('f', 1e300), struct.pack('f', -1e300))


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.25


print(struct.pack('<iQ', Idx(), Idx()), struct.pack('<d', Flt()), struct.pack('<d', Idx()))

# Struct objects.
s = struct.Struct('<hiq')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(-1, -2, -3)))
print(struct.Struct(b'>I').format, struct.Struct(format='2H').size)
buf = bytearray(16)
s.pack_into(buf, 1, 7, 8, 9)
print(buf, s.unpack_from(buf, 1), s.unpack_from(buf, offset=1), s.unpack_from(bytes(buf)[1:]))
struct.pack_into('>H', buf, -2, 0xBEEF)
print(buf, struct.unpack_from('>H', buf, -2), struct.unpack_from('<I', buf))
print(list(struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')))
it = s.iter_unpack(bytes(28))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(struct.unpack('<I', memoryview(b'abcd')), struct.unpack('<H', bytearray(b'\x01\x02')))
print(struct.calcsize('<'), struct.pack(''), struct.unpack('', b''), struct.unpack('0s', b''))
print(struct.pack('<10h', *range(10)))
print(struct.unpack('<10h', struct.pack('<10h', *range(-5, 5))))
print(struct.Struct('i') is not struct.Struct('i'), struct.pack(struct.Struct('<h'), 5) if False else 'ok')
struct._clearcache()
