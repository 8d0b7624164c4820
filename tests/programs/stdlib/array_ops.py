# array: operators (comparisons, +, *, in, iteration), the buffer protocol (bytes(),
# struct, hashlib) and builtins over arrays.
import array
import struct

A = array.array
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) != A('i', [1]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) <= A('i', [1]), A('b', [1]) > A('h', [0, 5]), A('i') >= A('i'))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('d', [float('nan')]) < A('d', [1.0]))
print(A('u', 'ab') < A('u', 'b'), A('i', [1]) == A('u', 'a'), A('i') == [], A('i', [1]) == [1])
print(A('Q', [2**64 - 1]) > A('q', [-1]), A('i', [3]) == A('f', [3.0]), A('d', [0.1]) == A('f', [0.1]))
print(A('i', [1]) + A('i', [2, 3]), A('i', [1, 2]) * 3, 2 * A('i', [1, 2]), A('i', [1]) * -1, A('i', [1]) * 0)
x = A('i', [1])
y = x
x += A('i', [2])
x *= 2
print(x is y, x)
x *= 0
print(x, len(x), bool(x), bool(A('i', [0])))
print(2 in A('i', [1, 2]), 'x' in A('i', [1, 2]), 2.0 in A('i', [1, 2]), 3 not in A('i', [1, 2]))
print(A('i', [3, 1, 2]).index(2), A('d', [1.0]).index(1), A('i', [1]).count(1.0))
print(list(A('d', [1, 2])), sorted(A('i', [3, 1, 2])), sum(A('d', [0.5, 0.25])), max(A('i', [3, 9, 2])))
print(list(reversed(A('i', [1, 2, 3]))), list(enumerate(A('b', [5, 6]))), [v * 2 for v in A('h', [1, 2])])
it = iter(A('i', [1, 2]))
print(next(it), next(it), next(it, 'done'), next(it, 'done'))
print(bytes(A('h', [1, 2])), bytearray(A('B', [65, 66])), b'x' + A('b', [65]), bytes(A('u', 'A')))
print(A('b', [1]).tobytes() == bytes(A('b', [1])), len(bytes(A('d', [1.0, 2.0]))))
print(struct.unpack('<2i', A('i', [7, -8])), struct.unpack_from('<h', A('h', [1, 2]), 2))
buf = A('i', [0, 0])
struct.pack_into('<i', buf, 4, 12345)
print(buf)
print(list(struct.iter_unpack('<h', A('h', [3, 4, 5]))))
print(A('i', [1, 2]).__len__(), A('i', [1, 2]).__getitem__(1), A('i', [1, 2]).__contains__(2))
z = A('i', [1, 2, 3])
z.__setitem__(0, 9)
z.__delitem__(1)
print(z, A('i', [5]).__add__(A('i', [6])), A('i', [5]).__eq__([5]))


class Rhs:
    def __radd__(self, other):
        return 'radd'

    def __rmul__(self, other):
        return 'rmul'


print(A('i') + Rhs(), A('i') * Rhs())
big = A('d')
for i in range(2000):
    big.append(i / 2)
print(len(big), big[1999], sum(big), big[1000:1003])
big2 = A('i', range(1000)) * 3
del big2[::2]
print(len(big2), big2[:5], big2[-3:])
