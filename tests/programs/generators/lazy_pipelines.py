# Infinite generators composed lazily.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def filt(pred, it):
    for x in it:
        if pred(x):
            yield x
def mapg(f, it):
    for x in it:
        yield f(x)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(10, primes()))
print(take(5, mapg(lambda x: x * x, filt(lambda x: x % 3 == 0, naturals()))))
def windows(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(take(4, windows(naturals(), 3)))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def running_mean(it):
    total = 0.0
    for i, x in enumerate(it, 1):
        total += x
        yield total / i
print(take(5, running_mean(naturals())))
