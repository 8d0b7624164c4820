# functools.
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func is power, square.args, square.keywords)
p2 = functools.partial(functools.partial(max, 5), 7)
print(p2(6), p2(100), p2.args)
@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    print("  computing", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())
@functools.cache
def sq(x):
    return x * x
print(sq(12), sq(12), sq.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    """Doc text."""
print(documented.__name__, documented.__doc__)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(2) > N(2))
@functools.singledispatch
def kind(x):
    return "object"
@kind.register
def _(x: int):
    return "int"
@kind.register(list)
def _(x):
    return "list"
print(kind(1), kind([]), kind("s"), kind(True))
