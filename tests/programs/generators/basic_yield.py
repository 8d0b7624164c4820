# Generator functions: laziness, state, exhaustion.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  finished")
g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(list(g))
print(next(g, "exhausted"), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens([1, 2, 3, 4])))
def multi():
    yield 1
    yield "two"
    yield [3]
    return
    yield "never"
print(list(multi()))
def empty():
    return
    yield
print(list(empty()), next(empty(), "none"))
def gen_with_local_state():
    total = 0
    for i in range(1, 5):
        total += i
        yield total
print(list(gen_with_local_state()))
g1, g2 = fib(), fib()
next(g1); next(g1)
print(next(g1), next(g2))
print(iter(g1) is g1)
def flatten(x):
    for item in x:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def gen_in_loop():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(gen_in_loop()))
