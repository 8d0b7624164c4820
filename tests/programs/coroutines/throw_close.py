# throw() and close() on coroutines: exceptions reach the innermost awaited
# iterator, GeneratorExit runs finally blocks, handled exceptions stay per coroutine.
import sys


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        try:
            sent = yield self.tag
        except KeyError as e:
            # The innermost awaitable may handle a thrown exception and resume.
            print("  Suspend", self.tag, "handled", repr(e))
            sent = "recovered"
        finally:
            print("  Suspend", self.tag, "finally")
        return sent


async def inner(log):
    try:
        log.append("inner start")
        v = await Suspend("inner-1")
        log.append("inner got %r" % (v,))
        v = await Suspend("inner-2")
        log.append("inner got %r" % (v,))
        return "inner done"
    finally:
        log.append("inner finally")


async def outer(log):
    try:
        r = await inner(log)
        log.append("outer got %r" % (r,))
        return r
    except ValueError as e:
        log.append("outer caught %r" % (e,))
        await Suspend("after-catch")
        return "outer recovered"
    finally:
        log.append("outer finally")


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except StopIteration as e:
        print(label, "-> StopIteration", repr(e.value))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


# 1. throw() a ValueError: inner's finally runs, outer catches and suspends again.
log = []
c = outer(log)
show("send", lambda: c.send(None))
show("throw ValueError", lambda: c.throw(ValueError("boom")))
show("send", lambda: c.send("x"))
print(log)

# 2. throw() a KeyError that the innermost awaitable handles: the chain resumes.
log = []
c = outer(log)
show("send", lambda: c.send(None))
show("throw KeyError", lambda: c.throw(KeyError("k")))
show("send", lambda: c.send("last"))
print(log)

# 3. throw() something nobody handles: it propagates out, everything finalised.
log = []
c = outer(log)
show("send", lambda: c.send(None))
show("throw TypeError", lambda: c.throw(TypeError("t")))
show("send after", lambda: c.send(None))
print(log)

# 4. The legacy signature throw(type, value).
log = []
c = outer(log)
c.send(None)
show("throw(type, value)", lambda: c.throw(ValueError, "legacy"))
c.close()
print(log)

# 5. close(): GeneratorExit runs every finally, inner to outer.
log = []
c = outer(log)
c.send(None)
show("close", lambda: c.close())
print(log, c.cr_suspended)
show("close again", lambda: c.close())

# 6. throw() into a coroutine that has not started: raised at its first line.
log = []
c = outer(log)
show("throw fresh", lambda: c.throw(ValueError("early")))
print(log)


# 7. A coroutine that ignores GeneratorExit (and stops when told to).
async def stubborn():
    while True:
        try:
            cmd = await Suspend("stubborn")
        except GeneratorExit:
            print("  ignoring GeneratorExit")
            continue
        if cmd == "stop":
            return "stopped"


c = stubborn()
c.send(None)
show("close stubborn", lambda: c.close())
show("still alive", lambda: c.send("again"))
show("stop", lambda: c.send("stop"))


# 8. A coroutine that returns a value while handling GeneratorExit: close() is fine.
async def polite():
    try:
        await Suspend("polite")
    except GeneratorExit:
        print("  polite cleanup")
        raise


c = polite()
c.send(None)
show("close polite", lambda: c.close())


# 9. An exception raised while handling GeneratorExit replaces it.
async def grumpy():
    try:
        await Suspend("grumpy")
    finally:
        raise OSError("cleanup failed")


c = grumpy()
c.send(None)
show("close grumpy", lambda: c.close())


# 10. Handled exceptions are per coroutine: sys.exc_info() inside and outside.
async def handler_task(name):
    try:
        raise ValueError(name)
    except ValueError:
        await Suspend(name)
        print("  in", name, repr(sys.exc_info()[1]))
        await Suspend(name)
        print("  in", name, repr(sys.exc_info()[1]))
    print("  after", name, repr(sys.exc_info()[1]))
    return name


a, b = handler_task("a"), handler_task("b")
a.send(None)
b.send(None)
print("outside", repr(sys.exc_info()[1]))
try:
    raise KeyError("main")
except KeyError:
    a.send(None)
    print("main handler", repr(sys.exc_info()[1]))
    b.send(None)
show("a", lambda: a.send(None))
show("b", lambda: b.send(None))
print("outside", repr(sys.exc_info()[1]))


# 11. Exception chaining across awaits, and re-raise from an except block.
async def fails():
    await Suspend("fails")
    raise ValueError("first")


async def wraps():
    try:
        await fails()
    except ValueError as e:
        await Suspend("wraps")
        raise RuntimeError("second") from e


c = wraps()
c.send(None)
c.send(None)
try:
    c.send(None)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))


# 12. throw() with an exception instance carries its traceback and args.
async def echo():
    try:
        await Suspend("echo")
    except Exception as e:
        return ("caught", type(e).__name__, e.args)


c = echo()
c.send(None)
show("throw instance", lambda: c.throw(LookupError("a", 1)))

# 13. throw() through a coroutine_wrapper reaches the coroutine.
c = echo()
w = c.__await__()
next(w)
show("wrapper throw", lambda: w.throw(IndexError("via wrapper")))
c = stubborn()
w = c.__await__()
next(w)
show("wrapper close", lambda: w.close())
show("wrapper stop", lambda: w.send("stop"))
