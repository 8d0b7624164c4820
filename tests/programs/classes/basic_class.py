# Classes: __init__, methods, instance and class attributes.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(3, 4)
print(p, p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, -1)
print(q, p)
p.x = 10
p.label = "new attr"
print(p, p.label)
print(Point.norm2(p), Point.__name__, type(p).__name__, p.__class__.__name__)
print(isinstance(p, Point), type(p) is Point)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(sorted(vars(p).items()))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, Empty.__name__, isinstance(e, object))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
class WithDoc:
    """Docstring here."""
    def method(self):
        "method doc"
print(WithDoc.__doc__, WithDoc.method.__doc__)
print(Point.__qualname__, Point.norm2.__qualname__, Point.__module__)
