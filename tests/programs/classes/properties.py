# property (getter/setter/deleter), staticmethod, classmethod.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def from_f(f):
        return Temperature((f - 32) * 5 / 9)
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.from_f(212).celsius, Temperature.freezing().celsius, t.freezing().celsius)
class Sub(Temperature):
    pass
print(type(Sub.freezing()).__name__, type(Sub.from_f(32)).__name__)
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["from_f"]).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class P2:
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, doc="doubled")
p = P2()
p.x = 4
print(p.x, P2.x.__doc__)
class Counter:
    total = 0
    @classmethod
    def incr(cls, n=1):
        cls.total += n
        return cls.total
    @staticmethod
    def helper(a, b):
        return a * b
print(Counter.incr(), Counter.incr(5), Counter().incr(), Counter.helper(6, 7), Counter().helper(2, 3))
