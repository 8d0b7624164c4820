# Coroutine objects driven by hand: send(None) until StopIteration, whose .value
# is the coroutine's return value.


async def double(x):
    return x * 2


async def add(a, b):
    x = await double(a)
    y = await double(b)
    return x + y


c = double(21)
print(type(c).__name__)
print(repr(c).startswith("<coroutine object double at 0x"))
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code is double.__code__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

# A coroutine that returns None: StopIteration() with value None.
async def nothing():
    pass


try:
    nothing().send(None)
except StopIteration as e:
    print("nothing", e.value, e.args)

# Awaiting other coroutines without suspending: one send finishes everything.
try:
    add(3, 4).send(None)
except StopIteration as e:
    print("add", e.value)


class Suspend:
    """The simplest suspension point: yields its tag once, returns what is sent."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent


async def counter(n):
    total = 0
    for i in range(n):
        got = await Suspend(i)
        total += got
    return total


c = counter(5)
yielded = []
value = None
while True:
    try:
        y = c.send(value)
    except StopIteration as e:
        print("counter result", e.value)
        break
    yielded.append(y)
    print("suspended", c.cr_running, c.cr_suspended if hasattr(c, "cr_suspended") else "?")
    value = y * 10
print(yielded)

# Methods and the descriptor from the class.
async def answer():
    return 42


c = answer()
try:
    type(c).send(c, None)
except StopIteration as e:
    print("via type", e.value)

# Sending to a finished coroutine is an error; closing it is not.
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

# A closed fresh coroutine cannot be started either.
c = answer()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# Non-None first send.
c = answer()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

# Coroutines are not iterators.
c = answer()
for what in ("iter", "next", "for"):
    try:
        if what == "iter":
            iter(c)
        elif what == "next":
            next(c)
        else:
            for _ in c:
                pass
    except TypeError as e:
        print(what, "TypeError:", e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
c.close()

# __await__() gives an iterator over the coroutine (coroutine_wrapper).
c = counter(3)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(1), w.send(2))
try:
    w.send(3)
except StopIteration as e:
    print("wrapper result", e.value)

# Arguments, defaults, closures, methods.
def make(k):
    async def scaled(x, *rest, factor=2, **kw):
        await Suspend("scaled")
        return (x * factor + k, rest, sorted(kw.items()))
    return scaled


class Account:
    def __init__(self):
        self.balance = 0

    async def deposit(self, amount):
        await Suspend(("deposit", amount))
        self.balance += amount
        return self.balance

    @staticmethod
    async def fee():
        return 1

    @classmethod
    async def kind(cls):
        return cls.__name__


def run(coro):
    """Drive a coroutine to completion, sending back each yielded value."""
    steps = 0
    v = None
    while True:
        try:
            v = coro.send(v)
        except StopIteration as e:
            return e.value, steps
        steps += 1


print(run(make(1)(5, 6, 7, factor=3, z=1, a=2)))
acct = Account()
print(run(acct.deposit(10)), run(acct.deposit(5)), acct.balance)
print(run(Account.fee()), run(Account.kind()))
print(make(0).__name__, make(0)(1).__qualname__)
print(Account.deposit.__qualname__)
