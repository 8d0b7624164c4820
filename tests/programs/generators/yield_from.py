# yield from: delegation, return values, nested.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield from range(3)
    yield from "ab"
    return "outer done"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "xy", {4: None})))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node%d" % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
def echo():
    while True:
        x = yield
        if x is None:
            return "echo stopped"
        print("  echo got", x)
def delegator():
    result = yield from echo()
    yield result
d = delegator()
next(d)
d.send("a")
d.send("b")
print(d.send(None))
def get_return():
    try:
        g = inner()
        while True:
            next(g)
    except StopIteration as e:
        return e.value
print(get_return())
def depth_counter(n):
    if n:
        total = yield from depth_counter(n - 1)
        yield n
        return total + n
    return 0
g = depth_counter(4)
print(list(g))
def wrapper():
    value = yield from depth_counter(4)
    yield "total=%d" % value
print(list(wrapper()))
