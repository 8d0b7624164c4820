# class C(list): overridden and inherited methods, super() into list, what the
# builtin methods do (and do not) call back, and isinstance.


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s)
print("isinstance:", isinstance(s, list), isinstance(s, Stack), type(s).__name__,
      issubclass(Stack, list), Stack.__mro__)
print("inherited:", s.index(2), s.count(1), sorted(s, reverse=True), 2 in s, list(reversed(s)))
print("slice is a list:", type(s[1:]).__name__, s[1:], "concat:", type(s + [9]).__name__)
print("equality:", s == [1, 2, 3], [1, 2, 3] == s, s != [1], bool(Stack()), bool(s))
s += [7]
print("+= keeps the type:", type(s).__name__, s)
s.sort(reverse=True)
print("sorted in place:", s)
print("copy:", type(s.copy()).__name__, "list():", type(list(s)).__name__)


class Logged(list):
    def __init__(self, items=(), tag="L"):
        super().__init__(items)
        self.tag = tag
        self.log = []

    def append(self, x):
        self.log.append(("append", x))
        super().append(x)

    def __setitem__(self, i, v):
        self.log.append(("set", i, v))
        super().__setitem__(i, v)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return r * 10 if isinstance(i, int) else r

    def __len__(self):
        return super().__len__() + 100

    def __iter__(self):
        self.log.append(("iter",))
        return super().__iter__()

    def __contains__(self, x):
        self.log.append(("contains", x))
        return super().__contains__(x)


lg = Logged([1, 2], tag="T")
lg.append(3)
lg.extend([4])        # list.extend does not call append
lg[0] = 5
print("getitem override:", lg[0], lg[1], lg[0:2])
print("len override:", len(lg), "truth:", bool(lg))
print("iteration:", [x for x in lg], 4 in lg, 99 in lg)
print("attrs:", lg.tag, lg.log)
print("__dict__:", sorted(lg.__dict__))
print("sum/max use iteration:", sum(lg), max(lg))


class Matrix(list):
    def __init__(self, rows, cols):
        super().__init__([[0] * cols for _ in range(rows)])
        self.shape = (rows, cols)

    def __str__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self)


m = Matrix(2, 3)
m[1][2] = 7
print(m)
print(repr(m), m.shape)


class NoDup(list):
    def append(self, x):
        if x not in self:
            super().append(x)


nd = NoDup()
for v in [3, 1, 3, 2, 1]:
    nd.append(v)
print("NoDup:", nd, type(nd).__name__, isinstance(nd, NoDup))
print("list methods on subclass:", list.__len__(nd), list.__getitem__(lg, 0), lg.__class__.__name__)
