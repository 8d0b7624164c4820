# struct: the exact error messages of CPython's _struct for range, type, buffer and
# format errors, in every byte-order table.
import struct


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, '|', e)


for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for prefix in ['@', '<', '>', '=']:
        f = prefix + fmt
        if fmt in 'nNP' and prefix != '@':
            attempt(struct.pack, f, 1)
            continue
        for v in [2**7, -2**7 - 1, 2**15, -1, 2**31, 2**32, 2**63, -2**63 - 1, 2**64, 2**100]:
            attempt(struct.pack, f, v)

for f in ['f', '<f', '>f', 'e', '<e', '>e', 'd', '>d']:
    for v in [1e300, 2**200, 2**2000, 70000, 'x', None]:
        attempt(struct.pack, f, v)

attempt(struct.pack, 'i', 1.5)
attempt(struct.pack, 'i', '1')
attempt(struct.pack, 'Q', [])
attempt(struct.pack, 'c', 'a')
attempt(struct.pack, 'c', b'ab')
attempt(struct.pack, 'c', bytearray(b'a'))
attempt(struct.pack, 's', 'a')
attempt(struct.pack, 'p', 5)
attempt(struct.pack, '3s', memoryview(b'abc'))
attempt(struct.pack, 'ii', 1)
attempt(struct.pack, 'i', 1, 2)
attempt(struct.pack, 'x', 1)
attempt(struct.pack)
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i', 5)
attempt(struct.unpack_from, 'i', b'abcdefgh', 5)
attempt(struct.unpack_from, 'i', b'abcdefgh', -10)
attempt(struct.unpack_from, 'i', b'abcdefgh', -3)
attempt(struct.unpack_from, 'i', b'ab', -3)
attempt(struct.unpack_from, 'i', b'abcd', 'x')
attempt(struct.unpack_from, 'i', b'abcd', 2**70)
attempt(struct.iter_unpack, '<h', b'abcde')
attempt(struct.iter_unpack, '', b'abcde')
attempt(struct.iter_unpack, 'i', 'abcd')
ba = bytearray(10)
attempt(struct.pack_into, '<i', ba, 8, 1)
attempt(struct.pack_into, '<i', ba, -12, 1)
attempt(struct.pack_into, '<i', ba, -2, 1)
attempt(struct.pack_into, '<i', b'abcdefgh', 0, 1)
attempt(struct.pack_into, '<i', 5, 0, 1)
attempt(struct.pack_into, '<i', ba)
attempt(struct.pack_into, '<i', ba, 0)
attempt(struct.pack_into, '<i', ba, 0, 1, 2)
attempt(struct.pack_into, '<i', ba, 'x', 1)
attempt(struct.pack_into, '<i', ba, 2**70, 1)
print(ba)

for f in ['z', '3', '<n', 'i<', '<>i', '2 i', '99999999999999999999i', '9223372036854775807q',
          'i\0i', '\xe9', 'a\u20acb', b'\xffi', 5, None]:
    attempt(struct.calcsize, f)
attempt(struct.Struct)
attempt(struct.Struct, 'i', 'h')
attempt(struct.Struct, 3.5)
s = struct.Struct('<hi')
attempt(s.pack, 1)
attempt(s.pack, 1, x=2)
attempt(s.unpack, b'aa')
attempt(s.unpack_from, b'aa')
attempt(s.unpack_from)


class BadIndex:
    def __index__(self):
        return 'x'


class BigIndex:
    def __index__(self):
        return 2**64


class BadBool:
    def __bool__(self):
        raise ValueError('no truth')


attempt(struct.pack, 'i', BadIndex())
attempt(struct.pack, '>q', BigIndex())
attempt(struct.pack, 'q', BigIndex())
attempt(struct.pack, '?', BadBool())
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error)
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', e.args)
struct.unpack('>q', b'\x00' * 7)
