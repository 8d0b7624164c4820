# hashlib: CPython's errors for str and non-buffer data, arity, bad names and
# keyword arguments.
import hashlib


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, '|', e)


attempt(hashlib.sha256, 'abc')
attempt(hashlib.sha256, 5)
attempt(hashlib.sha256, None)
attempt(hashlib.md5, [1, 2])
attempt(hashlib.sha256, b'a', b'b')
attempt(hashlib.sha256, b'x', foo=1)
attempt(hashlib.sha256, b'x', string=b'y')
attempt(hashlib.sha256, data=b'x')
h = hashlib.sha1()
attempt(h.update, 'x')
attempt(h.update, 5)
attempt(h.update)
attempt(h.update, b'a', b'b')
attempt(h.digest, 1)
attempt(h.hexdigest, 1)
attempt(h.copy, 1)
attempt(hashlib.new, 'foo')
attempt(hashlib.new, 'sha_256')
attempt(hashlib.new, '')
attempt(hashlib.new)
attempt(hashlib.new, 5)
attempt(hashlib.new, 'md5', b'x', foo=1)
attempt(hashlib.new, 'md5', b'x', string=b'y')
attempt(hashlib.new, 'md5', 'text')
print(h.hexdigest())
hashlib.md5('not bytes')
