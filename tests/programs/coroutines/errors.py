# The errors of coroutines and await, with CPython's exception types and messages.


class Suspend:
    def __await__(self):
        return (yield "suspended")


def check(label, f):
    try:
        r = f()
    except StopIteration as e:
        print(label, "-> StopIteration", repr(e.value))
    except Exception as e:
        cause = e.__cause__
        extra = " (cause: %s: %s)" % (type(cause).__name__, cause) if cause else ""
        print(label, "->", type(e).__name__ + ":", str(e) + extra)
    else:
        print(label, "->", repr(r))


async def await_value(v):
    return await v


check("await int", lambda: await_value(5).send(None))
check("await None", lambda: await_value(None).send(None))
check("await list", lambda: await_value([1]).send(None))


class NoAwait:
    pass


check("await instance", lambda: await_value(NoAwait()).send(None))


class AwaitReturnsInt:
    def __await__(self):
        return 5


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


async def some():
    return 1


class AwaitReturnsCoroutine:
    def __await__(self):
        return some()


class AwaitRaises:
    def __await__(self):
        raise LookupError("from __await__")


check("__await__ int", lambda: await_value(AwaitReturnsInt()).send(None))
check("__await__ list", lambda: await_value(AwaitReturnsList()).send(None))
check("__await__ coroutine", lambda: await_value(AwaitReturnsCoroutine()).send(None))
check("__await__ raises", lambda: await_value(AwaitRaises()).send(None))

# Awaiting a coroutine_wrapper is not allowed either.
check("await wrapper", lambda: await_value(some().__await__()).send(None))


# Reusing a coroutine.
async def reuse():
    c = some()
    first = await c
    second = await c
    return first, second


check("await twice", lambda: reuse().send(None))

# A coroutine awaited by two others.
shared = None


async def waits_on_shared():
    return await shared


async def slow():
    await Suspend()
    return "slow"


shared = slow()
a = waits_on_shared()
b = waits_on_shared()
print(a.send(None))
check("awaited already", lambda: b.send(None))
check("first finishes", lambda: a.send(None))
a.close()
b.close()


# A coroutine awaiting itself / sending to itself while running.
async def selfish():
    return await me


me = selfish()
check("await itself", lambda: me.send(None))


async def self_send():
    return me2.send(None)


me2 = self_send()
check("send to itself", lambda: me2.send(None))


# StopIteration raised inside a coroutine.
async def raises_stop():
    raise StopIteration("nope")


check("raise StopIteration", lambda: raises_stop().send(None))


async def next_on_empty():
    return next(iter([]))


check("next() in coroutine", lambda: next_on_empty().send(None))

# Starting with a non-None value; GeneratorExit ignored.
check("send 1 first", lambda: some().send(1))


async def ignores_exit():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            pass
        else:
            return "done"


c = ignores_exit()
c.send(None)
check("close ignoring", lambda: c.close())
check("finish it", lambda: c.send(1))

# throw() argument errors.
c = slow()
c.send(None)
check("throw non-exception", lambda: c.throw(5))
check("throw instance and value", lambda: c.throw(ValueError("x"), 1))
check("throw class", lambda: c.throw(KeyError))
check("throw after end", lambda: c.throw(KeyError))


# async for / async with misuse.
async def af(obj):
    async for x in obj:
        pass


class AiterNoAnext:
    def __aiter__(self):
        return 5


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class SyncIterOnly:
    def __iter__(self):
        return iter([])


check("async for int", lambda: af(5).send(None))
check("async for sync iterable", lambda: af(SyncIterOnly()).send(None))
check("__aiter__ without __anext__", lambda: af(AiterNoAnext()).send(None))
check("__anext__ not awaitable", lambda: af(AnextNotAwaitable()).send(None))


async def aw(obj):
    async with obj:
        return "inside"


class SyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterOnly:
    async def __aenter__(self):
        return self


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 1


check("async with sync cm", lambda: aw(SyncCM()).send(None))
check("async with no __aexit__", lambda: aw(EnterOnly()).send(None))
check("__aenter__ not awaitable", lambda: aw(BadEnter()).send(None))
check("__aexit__ not awaitable", lambda: aw(BadExit()).send(None))

# Methods called on the wrong object.
check("coroutine.send on generator", lambda: type(some()).__await__(iter([])))
