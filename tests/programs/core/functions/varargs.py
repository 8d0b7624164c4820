# *args, **kwargs and keyword-only parameters.
def f(*args):
    return args
print(f(), f(1), f(1, "a", None), type(f()))
def g(a, b=2, *args, **kwargs):
    return (a, b, args, kwargs)
print(g(1))
print(g(1, 3))
print(g(1, 3, 5, 7))
print(g(1, x=9))
print(g(1, 2, 3, y=4, z=5))
print(g(b=5, a=6))
def kwonly(a, *, key, flag=False):
    return (a, key, flag)
print(kwonly(1, key="k"))
print(kwonly(1, key="k", flag=True))
print(kwonly(a=0, flag=1, key=2))
def star_then_kw(*items, sep="-"):
    return sep.join([str(i) for i in items])
print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep="+"), repr(star_then_kw()))
def kw(**options):
    keys = sorted(options)
    return [(k, options[k]) for k in keys]
print(kw(), kw(b=2, a=1), kw(z=None))
def order(**kw):
    return list(kw.items())
print("kwargs keep call order:", order(z=1, a=2, m=3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100), total())
def inner_args(*args):
    args_list = list(args)
    args_list.append("extra")
    return args_list
print(inner_args("a", "b"))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(1, 2, x=1), count_args())
