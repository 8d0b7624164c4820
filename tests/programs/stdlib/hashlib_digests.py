# hashlib: md5, sha1 and SHA-2 digests of known inputs, incremental updates, copies
# and the attributes of hash objects.
import hashlib

inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog',
          b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111, b'a' * 112,
          b'a' * 127, b'a' * 128, bytes(range(256)) * 5]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for data in inputs:
        print(' ', len(data), ctor(data).hexdigest())
    # Feeding the same bytes in pieces gives the same digest.
    whole = b''.join(inputs)
    inc = ctor()
    for i in range(0, len(whole), 37):
        inc.update(whole[i:i + 37])
    print('  incremental', inc.hexdigest() == ctor(whole).hexdigest(), len(inc.digest()))

h = hashlib.sha256(b'hello ')
c = h.copy()
c.update(b'world')
print(h.hexdigest())
print(c.hexdigest())
print(h.digest())
print(h.digest() == bytes.fromhex(h.hexdigest()), h.hexdigest() == h.hexdigest())
h.update(b'world')
print(h.hexdigest() == c.hexdigest())
m = hashlib.md5()
for word in ['alpha', 'beta', 'gamma']:
    m.update(word.encode())
print(m.hexdigest(), hashlib.md5(b'alphabetagamma').hexdigest())
print(hashlib.sha1(b'x' * 100000).hexdigest())
print(hashlib.sha512(string=b'kw').hexdigest()[:32], hashlib.md5(b'x', usedforsecurity=False).hexdigest())
