# Cooperative super() through a diamond, and super() in classmethods.
class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
        self.extra = kw
class Mixin1(Base):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.trail.append("Mixin1")
        self.a = a
class Mixin2(Base):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.trail.append("Mixin2")
        self.b = b
class Final(Mixin1, Mixin2):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Final")
f = Final(a=1, b=2, c=3)
print(f.trail, f.a, f.b, f.extra)
class Shape:
    @classmethod
    def create(cls):
        return cls.__name__ + " created"
    def area(self):
        return 0
class Square(Shape):
    def __init__(self, s):
        self.s = s
    @classmethod
    def create(cls):
        return "Square says: " + super().create()
    def area(self):
        return self.s ** 2 + super().area()
print(Square.create(), Square(3).area())
class Logger:
    def log(self, msg):
        return "LOG " + msg
class Timestamped(Logger):
    def log(self, msg):
        return super().log("[t] " + msg)
class Prefixed(Timestamped):
    def log(self, msg):
        return super(Timestamped, self).log("skip t: " + msg)
print(Timestamped().log("hi"), "|", Prefixed().log("hi"))
class Parent:
    def __init__(self):
        self.value = "parent"
    def describe(self):
        return "I am " + self.value
class Child(Parent):
    def __init__(self):
        super().__init__()
        self.value += "+child"
print(Child().describe())
