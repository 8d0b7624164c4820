# Decorators: plain, with arguments, stacked, functools.wraps, class decorators.
import functools
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    """Greets someone."""
    return "hello " + name
print(greet("ann"), greet.__name__, greet.__doc__)
def polite(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return "please, " + f(*args, **kwargs)
    return wrapper
@polite
def ask(what):
    """Asks for something."""
    return "pass the " + what
print(ask("salt"), ask.__name__, ask.__doc__, ask.__wrapped__("pepper"))
def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(5), roll.__name__)
order = []
def tag(label):
    def deco(f):
        order.append("decorating with " + label)
        def wrapper():
            return "<%s>%s</%s>" % (label, f(), label)
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text(), order)
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x=None):
    return x
noop(); noop(1); noop(x=2)
print("calls:", noop.calls)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def add_method(cls):
    cls.extra = lambda self: "extra on " + cls.__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def memo(f):
    cache = {}
    @functools.wraps(f)
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
