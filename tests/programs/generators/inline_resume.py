# Generators resumed by for loops and yield from: values, returns, exceptions,
# re-entrancy, recursion, and early exits.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

def relay(n):
    r = yield from countdown(n)
    yield r

print(list(relay(3)))
for v in relay(2):
    print("v", v)

def boom(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i

try:
    for x in boom(5):
        print("got", x)
except KeyError as e:
    print("KeyError", e)

def leaks_stop():
    yield 1
    raise StopIteration("x")

try:
    for x in leaks_stop():
        print("leak", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def selfref():
    yield next(g)

g = selfref()
try:
    for x in g:
        pass
except ValueError as e:
    print("ValueError:", e)

def tree(d):
    if d == 0:
        yield d
        return
    yield from tree(d - 1)
    yield d
    yield from tree(d - 1)

print(sum(tree(10)), len(list(tree(8))))

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"

try:
    print(list(deep(5000)))
except RecursionError:
    print("RecursionError")

gen = countdown(10)
for x in gen:
    if x == 7:
        break
print("after break", next(gen), list(gen))

def catcher():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

for x in catcher():
    print("c", x)

def inner_sends():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer_sends():
    r = yield from inner_sends()
    yield "inner returned %s" % r

o = outer_sends()
next(o)
print(o.send(5), o.send(6), o.send(None))

def nested_loops():
    for a in countdown(3):
        for b in countdown(a):
            yield a * 10 + b

print(list(nested_loops()))
print([x for x in countdown(4)], sorted(countdown(4)), max(countdown(6)))

def fails_late():
    yield 1
    yield 1 / 0

def caller():
    for x in fails_late():
        yield x

for x in caller():
    print("late", x)
