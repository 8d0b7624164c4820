# Recursive helpers combined with closures, *args and sorted keys.
import functools
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways(300), ways.cache_info().hits > 0)
def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: f(g(x)), fs, lambda x: x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def tree(depth):
    return {} if depth == 0 else {"l": tree(depth - 1), "r": tree(depth - 1)}
def count(t):
    return 1 + sum(count(v) for v in t.values())
print(count(tree(8)))
def walk(t, path=()):
    if not t:
        yield "/".join(path) or "<root>"
    for k in sorted(t):
        yield from walk(t[k], path + (k,))
print(list(walk(tree(2))))
