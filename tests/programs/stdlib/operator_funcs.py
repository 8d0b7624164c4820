# operator module basics.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 2), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-5), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]))
print(op.contains([1, 2], 2), op.getitem("abc", 1), op.concat([1], [2]), op.is_(None, None), op.is_not(1, None), op.index(7))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), sorted([(1, "b"), (2, "a")], key=op.itemgetter(1)))
upper = op.methodcaller("upper")
rep = op.methodcaller("replace", "a", "o")
print(upper("abc"), rep("banana"))
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [P(3, 1), P(1, 2), P(2, 0)]
print([p.x for p in sorted(pts, key=op.attrgetter("x"))], op.attrgetter("x", "y")(pts[0]))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d)
import functools
print(functools.reduce(op.mul, range(1, 11)), list(map(op.mul, [1, 2], [3, 4])))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat([0], [1]))
