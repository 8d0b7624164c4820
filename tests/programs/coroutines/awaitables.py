# Awaitables other than coroutines: objects whose __await__ is a generator function,
# returns an iterator, or delegates to a coroutine's __await__(); a hand-written
# Future; await chains mixing all of them.


class GenAwait:
    """__await__ is a generator function."""

    def __init__(self, *steps):
        self.steps = steps

    def __await__(self):
        total = 0
        for s in self.steps:
            got = yield s
            total += got if got is not None else 0
        return total


class IterAwait:
    """__await__ returns a plain iterator: each item is yielded, the result is None."""

    def __init__(self, items):
        self.items = items

    def __await__(self):
        return iter(self.items)


class Delegate:
    """__await__ returns another coroutine's __await__() (a coroutine_wrapper)."""

    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


class YieldFromAwait:
    """__await__ delegates with yield from to another awaitable's __await__()."""

    def __init__(self, inner):
        self.inner = inner

    def __await__(self):
        r = yield from self.inner.__await__()
        return ("wrapped", r)


class ManualIter:
    """An iterator class used as what __await__ returns."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("manual result")
        self.i += 1
        return ("manual", self.i)


class ManualAwait:
    def __await__(self):
        return ManualIter(2)


class Future:
    """A minimal future: awaiting it suspends until someone sets its result."""

    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        while not self.done:
            yield self
        return self.result


async def leaf(x):
    got = await GenAwait("leaf-a", "leaf-b")
    return x + got


async def middle(x):
    a = await leaf(x)
    b = await Delegate(leaf(x * 10))
    c = await YieldFromAwait(GenAwait("yf"))
    d = await IterAwait(["it-1", "it-2"])
    e = await ManualAwait()
    return (a, b, c, d, e)


def drive(coro, reply=lambda y: 1):
    trace = []
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value, trace
        trace.append(y)
        v = reply(y)


def reply(y):
    # Plain iterators have no send(): they must be resumed with None.
    if isinstance(y, tuple) or y.startswith("it-"):
        return None
    return 1


result, trace = drive(middle(5), reply)
print(result)
print(trace)

# Awaiting the same awaitable object twice re-calls __await__.
g = GenAwait("twice")


async def twice():
    return (await g, await g)


print(drive(twice(), lambda y: 7))


# Futures resolved by a tiny loop.
pending = []


async def wait_for(fut, label):
    value = await fut
    return "%s=%s" % (label, value)


async def gather_two():
    f1, f2 = Future(), Future()
    pending.extend([f1, f2])
    r2 = await wait_for(f2, "second")
    r1 = await wait_for(f1, "first")
    return [r1, r2]


c = gather_two()
y = c.send(None)
print(type(y).__name__, y is pending[1])
pending[0].set_result("A")
y = c.send(None)
print(y is pending[1])
pending[1].set_result("B")
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


# Await inside expressions and statements of every kind.
async def one(v):
    await GenAwait("one")
    return v


async def expressions():
    out = []
    out.append(await one(1) + await one(2))
    out.append([await one(i) for i in range(3)])
    out.append({"k": await one("v")})
    out.append(await one(3) if await one(True) else None)
    x = 0
    while await one(x) < 3:
        x += 1
    out.append(x)
    out.append(f"{await one('f')}-{await one('string')}")
    out.append((lambda a: a * 2)(await one(21)))
    d = {"n": 0}
    d["n"] += await one(5)
    out.append(d)
    out.append(not await one(False))
    for item in await one([10, 20]):
        out.append(item + await one(1))
    try:
        await one(None)
        raise ValueError(await one("err"))
    except ValueError as e:
        out.append(("caught", e.args, await one("in handler")))
    finally:
        out.append(await one("finally"))
    return out


print(drive(expressions())[0])


# Awaiting an already-finished coroutine's result value via a class attribute.
class Cache:
    async def get(self, key):
        await GenAwait(key)
        return key.upper()

    def __await__(self):
        return self.get("self").__await__()


async def use_cache():
    c = Cache()
    return await c, await c.get("k")


print(drive(use_cache()))
