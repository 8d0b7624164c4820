# array: construction, repr, indexing and slicing, and the list-like methods.
import array

for tc in array.typecodes:
    init = 'abc' if tc == 'u' else [1, 2, 3]
    a = array.array(tc, init)
    print(tc, a, a.itemsize, a.typecode, len(a), a.tolist() if tc != 'u' else a.tounicode())
print(array.array('i'), array.array('d', []), array.array('u'), array.typecodes)
print(array.array('d', [1, 2.5, -0.0, float('inf'), float('nan'), 1e300, 1e-7]))
print(array.array('f', [0.1, 1e300, -1e-50, 3.4028235e38]))
print(array.array('b', b'\x01\xff'), array.array('h', b'\x01\x00\xff\xff'), array.array('i', bytearray(b'abcd')))
print(array.array('i', (x * x for x in range(5))), array.array('q', range(3)), array.array('d', (1, 2)))
print(array.array('d', array.array('i', [4, 5])), array.array('i', array.array('i', [6])))
print(array.array('q', [2**63 - 1, -2**63]), array.array('Q', [2**64 - 1]), array.array('L', [2**64 - 1]))
print(array.array('i', [True, False]), array.array('d', [True]))


class Idx:
    def __index__(self):
        return 7


print(array.array('i', [Idx()]), array.array('d', [Idx()]))

a = array.array('i', range(10))
print(a[0], a[-1], a[3:7], a[::3], a[::-2], a[7:2], a[-3:], a[Idx()], a[True])
a[0] = 100
a[-1] = -100
a[2:5] = array.array('i', [7])
print(a)
a[1:1] = array.array('i', [8, 8])
a[::2] = array.array('i', range(len(a[::2])))
print(a)
del a[0]
del a[-2:]
del a[::3]
print(a)
a[:] = a
a[2:] = a
print(a, len(a))

b = array.array('h', [5, 1, 4])
b.append(9)
b.extend([2, 3])
b.extend(array.array('h', [6]))
b.insert(0, -1)
b.insert(100, 50)
b.insert(-100, -50)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(4)
print(b, b.index(9), b.index(1, 2), b.count(1), b.count(99))
b.reverse()
print(b, b.tolist(), b.tobytes())
b.frombytes(b'\x07\x00')
b.fromlist([10, 11])
print(b)
c = array.array('h', [1, 256])
c.byteswap()
print(c)
u = array.array('u', 'hi')
u.append('!')
u.fromunicode(' there')
u.extend('xy')
print(u, u.tounicode(), u[1], u[::-1], list(u), u.itemsize)
import copy
d = array.array('d', [1.5])
e = copy.copy(d)
f = copy.deepcopy(d)
e.append(2.0)
print(d, e, f, e is not d)
print(array.ArrayType is array.array, type(iter(d)).__name__, array.array.__module__)
