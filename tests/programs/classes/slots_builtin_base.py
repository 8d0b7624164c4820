# __slots__ on subclasses of builtin types (no instance dict unless an ancestor has
# one), and the repr of slot member descriptors.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)


class Tagged(list):
    __slots__ = ("tag",)


t = Tagged([7])
t.tag = "seven"
print(t + [1], t.tag, Tagged.tag)
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError", e)


class Err(Exception):
    __slots__ = ()


e = Err("boom")
e.note = "exceptions keep their __dict__"
print(e, e.note)


class Loose(list):
    pass


lo = Loose([1])
lo.extra = 2
print(lo, lo.extra, lo.__dict__)


class Base:
    __slots__ = ("a", "b")


class Child(Base):
    __slots__ = ("c",)


ch = Child()
ch.a, ch.b, ch.c = 1, 2, 3
print(ch.a + ch.b + ch.c, Base.a, Child.c)
try:
    ch.d = 4
except AttributeError as e:
    print("AttributeError", e)
total = 0
for i in range(1000):
    ch.c = i
    total += ch.c
print(total)
try:
    del ch.a
    print(ch.a)
except AttributeError as e:
    print("AttributeError", e)
for base in (int, tuple, bytes, str):
    try:
        type("S", (base,), {"__slots__": ("a",)})
        print(base.__name__, "ok")
    except TypeError as e:
        print(base.__name__, "TypeError", e)
p.y = 5
