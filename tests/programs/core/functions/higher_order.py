# Functions taking and returning functions; local helpers.
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print([fast(i % 4) for i in range(12)], "calls:", calls[0])
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
def count_calls(f):
    n = 0
    def inner(*args):
        nonlocal n
        n += 1
        return f(args[0])
    def get():
        return n
    return inner, get
sqrt_like, how_many = count_calls(lambda x: x // 2)
print(sqrt_like(10), sqrt_like(20), how_many())
def fold(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: a * b, range(1, 11), 1))
print(fold(lambda a, b: b + a, "abc", ""))
def zip_with(f, a, b):
    return [f(x, y) for x, y in zip(a, b)]
print(zip_with(lambda x, y: x * y, [1, 2, 3], [4, 5, 6]))
def bisect_root(f, lo, hi):
    for _ in range(60):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return round(lo, 9)
print(bisect_root(lambda x: x * x - 2, 0.0, 2.0))
def derivative(f, h=1e-6):
    return lambda x: (f(x + h) - f(x - h)) / (2 * h)
print(round(derivative(lambda x: x ** 3)(2.0), 4))
