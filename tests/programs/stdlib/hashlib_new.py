# hashlib: new() with names and aliases, data of every buffer type, and hashing the
# output of struct and array.
import array
import hashlib
import struct

for name in ['md5', 'MD5', 'sha1', 'SHA1', 'sha-1', 'sha224', 'sha256', 'SHA256', 'Sha256',
             'sha-256', 'SHA2-256', 'sha384', 'sha512', 'SHA-512']:
    h = hashlib.new(name, b'data')
    print(repr(name), h.name, h.hexdigest()[:16])
print(hashlib.new('md5').hexdigest(), hashlib.new(name='sha1', data=b'x').hexdigest())
print(hashlib.new('sha256', b'x', usedforsecurity=False).hexdigest()[:16])
for data in [b'abc', bytearray(b'abc'), memoryview(b'xabcx')[1:4], array.array('B', b'abc')]:
    print(type(data).__name__, hashlib.sha256(data).hexdigest()[:24])
h = hashlib.md5()
h.update(bytearray(b'ab'))
h.update(memoryview(b'c'))
print(h.hexdigest() == hashlib.md5(b'abc').hexdigest())
print(hashlib.sha1(array.array('i', [1, 2, 3])).hexdigest())
print(hashlib.sha1(struct.pack('<3i', 1, 2, 3)).hexdigest())
records = [struct.pack('>I d', i, i / 3) for i in range(50)]
h = hashlib.sha256()
for r in records:
    h.update(r)
print(h.hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print('md5' in hashlib.algorithms_available, 'sha256' in hashlib.algorithms_available)
