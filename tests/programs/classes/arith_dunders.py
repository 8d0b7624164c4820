# Arithmetic dunders, reflected and in-place variants, NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%s, %s)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v - w, v * 3, 3 * v, w / 2, w // 2, w % 3, v ** 2)
print(-v, +v, abs(w), v @ w)
u = v
u += w
print("in-place:", u, v, u is v)
t = w
t -= Vec(1, 1)
print("fallback to __sub__:", t, w, t is w)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)]))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd called with %r" % (o,)
try:
    Money(1) + Money(2)
except TypeError as e:
    print("same type: __radd__ not tried:", e)
print(5 + Money(2))
class Num:
    def __init__(self, n):
        self.n = n
    def __int__(self):
        return self.n
    def __float__(self):
        return self.n + 0.5
    def __index__(self):
        return self.n
    def __round__(self, nd=None):
        return "rounded %r" % (nd,)
print(int(Num(7)), float(Num(7)), [10, 20, 30][Num(1)], hex(Num(255)), round(Num(1)), round(Num(1), 2))
