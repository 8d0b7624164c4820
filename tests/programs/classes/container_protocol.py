# __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__/__next__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return "slice(%s, %s, %s)" % (key.start, key.stop, key.step)
        raise TypeError("bad key")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(list(g), len(g), "#" in g, "%" in g, g[1:5:2], g[::])
del g[0, 0]
print(list(g), len(g), bool(g))
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Rev:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom)"])
print(list(reversed(Rev([1, 2, 3]))))
try:
    iter(Sized())
except TypeError as e:
    print("TypeError:", e)
