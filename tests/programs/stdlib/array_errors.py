# array: CPython's overflow and type errors per typecode, and the errors of the
# constructor, indexing and methods.
import array


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, '|', e)


for tc in 'bBhHiIlLqQfd':
    for v in [2**7, -2**7 - 1, 2**8, -1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64,
              -2**63 - 1, 1.5, 'a', None, 2**1100]:
        attempt(array.array, tc, [v])

attempt(array.array, 'z')
attempt(array.array, 'bb')
attempt(array.array, 5)
attempt(array.array)
attempt(array.array, 'i', [1], [2])
attempt(array.array, 'i', 5)
attempt(array.array, 'z', 5)
attempt(array.array, 'i', 'abc')
attempt(array.array, 'i', b'abc')
attempt(array.array, 'i', array.array('u', 'a'))
attempt(array.array, 'u', [1])
attempt(array.array, 'u', array.array('i', [1]))
attempt(lambda: array.array('i', [1], x=1))
attempt(lambda: array.array('u', b'\xff\xff\xff\xff')[0])

a = array.array('i', [1, 2, 3, 4, 5])
attempt(lambda: a[10])
attempt(lambda: a[-6])
attempt(lambda: a['x'])
attempt(lambda: a[1.5])
attempt(lambda: a[2**70])


def setit(k, v):
    b = array.array('i', [1, 2, 3, 4, 5])
    b[k] = v
    return b


def delit(k):
    b = array.array('i', [1, 2, 3, 4, 5])
    del b[k]
    return b


attempt(setit, 5, 9)
attempt(setit, 0, 'x')
attempt(setit, 0, 2**40)
attempt(setit, 'a', 1)
attempt(setit, slice(1, 3), [7])
attempt(setit, slice(1, 3), array.array('d', [7]))
attempt(setit, slice(None, None, 2), array.array('i', [7, 8]))
attempt(delit, 9)
attempt(delit, 'x')

b = array.array('i', [1, 2, 3])
attempt(b.append)
attempt(b.append, 'x')
attempt(b.extend)
attempt(b.extend, 1, 2)
attempt(b.extend, 5)
attempt(b.extend, array.array('d', [1.0]))
attempt(b.extend, [4, 'x', 5])
print(b)
attempt(b.insert, 1)
attempt(b.insert, 'x', 1)
attempt(b.insert, 0, 'x')
attempt(b.pop, 99)
attempt(b.pop, 1, 2)
attempt(b.pop, 'x')
attempt(array.array('i').pop)
attempt(b.remove, 99)
attempt(b.index, 99)
attempt(b.index)
attempt(b.index, 1, 'x')
attempt(b.index, 3, 0, 2)
attempt(b.tolist, 1)
attempt(b.reverse, 1)
attempt(b.count)
c = array.array('h', [1, 2])
attempt(c.frombytes, b'\x01\x00\x02')
attempt(c.frombytes, 'ab')
attempt(c.fromlist, [1, 'x'])
attempt(c.fromlist, (1, 2))
print(c)
attempt(c.fromunicode, 'x')
attempt(c.tounicode)
attempt(array.array('u', 'a').fromunicode, 5)
attempt(array.array('u', 'a').append, 5)
attempt(array.array('u', 'a').append, 'xy')
attempt(lambda: array.array('i', [1]) + array.array('d', [2]))
attempt(lambda: array.array('i', [1]) + [2])
attempt(lambda: array.array('i', [1]) * 'x')
attempt(lambda: array.array('i', [1]) * 2**70)
attempt(lambda: array.array('i', [1]) * 2**62)
attempt(lambda: array.array('i', [1]) < array.array('u', 'a'))


def iadd():
    x = array.array('i')
    x += [1]


attempt(iadd)

array.array('b', [1, 2, 300])
