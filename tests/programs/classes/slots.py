# __slots__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
del q.a
print(hasattr(q, "a"))
class Child(P):
    pass
c = Child(1, 2)
c.extra = "allowed: subclass without __slots__ has a __dict__"
print(c.extra, c.x)
class Child2(P):
    __slots__ = ("z",)
c2 = Child2(1, 2)
c2.z = 3
print(c2.x, c2.y, c2.z)
try:
    c2.w = 4
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__, Child2.__slots__, type(P.__dict__["x"]).__name__)
