# Default values are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def counter(d={"n": 0}):
    d["n"] += 1
    return d["n"]
print(counter(), counter(), counter({"n": 10}), counter())
calls = []
def make_default():
    calls.append("evaluated")
    return 5
def f(x=make_default()):
    return x
print(f(), f(), f(1), calls)
x = 1
def g(a=x):
    return a
x = 2
print(g())
def h(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(h(1), h(2))
print(h.__kwdefaults__)
def k(a=1, b=2):
    return a, b
k.__defaults__ = (10, 20)
print(k())
