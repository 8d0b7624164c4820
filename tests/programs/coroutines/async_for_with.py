# async for, async with and asynchronous comprehensions, driven without an event
# loop: __aiter__/__anext__ and __aenter__/__aexit__ as CPython calls them.


class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Tick(("countdown", self.n))
        self.n -= 1
        return self.n + 1


class Pairs:
    """__aiter__ returns a separate iterator object."""

    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return PairsIter(self.items)


class PairsIter:
    def __init__(self, items):
        self.items = list(items)

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


class Resource:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await Tick(("enter", self.name))
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        self.log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        await Tick(("exit", self.name))
        return self.suppress


async def loops(log):
    total = 0
    async for n in Countdown(3):
        total += n
        log.append("n=%d" % n)
    else:
        log.append("else ran")
    async for a, b in Pairs([(1, 2), (3, 4)]):
        total += a * b
    async for n in Countdown(10):
        if n == 8:
            continue
        if n == 6:
            log.append("break at 6")
            break
        total += n
    else:
        log.append("not reached")
    for outer in range(2):
        async for n in Countdown(2):
            total += outer * n
    return total


async def contexts(log):
    async with Resource("a", log) as a:
        log.append("body " + a)
    async with Resource("b", log) as b, Resource("c", log) as c:
        log.append("body %s %s" % (b, c))
    async with Resource("quiet", log, suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("loud", log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append("caught %r" % (e,))
    for i in range(3):
        async with Resource("loop%d" % i, log):
            if i == 0:
                continue
            if i == 1:
                break
    return await early_return(log)


async def early_return(log):
    async with Resource("ret", log) as r:
        async for n in Countdown(5):
            if n == 4:
                return (r, n)
    return None


async def comprehensions():
    a = [n async for n in Countdown(3)]
    b = {n: n * n async for n in Countdown(3) if n != 2}
    c = {x + y async for x in Countdown(2) for y in range(2)}
    d = [await Tick(("tick", i)) for i in range(2)]
    e = [(n, m) async for n in Countdown(2) async for m in Countdown(2)]
    return a, b, sorted(c), d, e


def run(coro):
    trace = []
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value, trace
        trace.append(y)
        value = len(trace)


log = []
print(run(loops(log)))
print(log)
log = []
print(run(contexts(log)))
for line in log:
    print(" ", line)
print(run(comprehensions()))


# close() while suspended inside async for (in __anext__): GeneratorExit
# propagates through the awaits and the finally block runs.
async def interrupted(log):
    try:
        async for n in Countdown(5):
            log.append(n)
    finally:
        log.append("finally")


log = []
c = interrupted(log)
c.send(None)
c.send(None)
c.close()
print(log)
