# Iterator classes and the iterator protocol.
class Range3:
    def __init__(self, start, stop):
        self.cur = start
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
r = Range3(0, 4)
print(list(r), list(r))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
ru = Reusable("abc")
print(list(ru), list(ru), "b" in ru, sorted(ru, reverse=True))
class GenIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
print(list(GenIter(5)), sum(GenIter(4)), max(GenIter(3)))
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        it = iter(self.items)
        return zip(it, it)
print(list(Pairs([1, 2, 3, 4, 5])))
a, b, c = Range3(7, 10)
print(a, b, c)
print(dict(zip(Range3(0, 3), "xyz")), list(enumerate(Reusable([5, 6]))))
class Cycler:
    def __init__(self, items, limit):
        self.items, self.limit, self.i = items, limit, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.items[(self.i - 1) % len(self.items)]
print("".join(Cycler("ab", 5)))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
it = iter(lambda: 1, 1)
print(list(it))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
