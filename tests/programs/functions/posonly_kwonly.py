# Positional-only (/) and keyword-only (*) parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
try:
    f(a=1, b=2, c=3, e=5)
except TypeError as err:
    print("TypeError:", err)
try:
    f(1, 2, 3, 4, 5)
except TypeError as err:
    print("TypeError:", err)
try:
    f(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
try:
    h(1)
except TypeError as err:
    print("TypeError:", err)
print(h(only="ok"))
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
