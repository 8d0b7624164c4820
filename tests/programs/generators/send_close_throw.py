# send(), close(), throw() and GeneratorExit.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
def watcher():
    try:
        while True:
            x = yield
            print("  got", x)
    except GeneratorExit:
        print("  GeneratorExit caught, cleaning up")
        raise
    finally:
        print("  finally in generator")
w = watcher()
next(w)
w.send(1)
w.close()
w.close()
print("closed twice ok")
def fresh():
    yield 1
try:
    fresh().send("x")
except TypeError as e:
    print("TypeError:", e)
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("  handled", e)
            yield "recovered"
r = resilient()
print(next(r), r.throw(ValueError("bad")), next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(r, "gen is finished"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield 1
gr = running()
print(list(gr))
def avg():
    total = count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
a = avg()
next(a)
print([a.send(v) for v in (10, 20, 60)])
