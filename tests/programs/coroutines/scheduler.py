# A hand-written round-robin scheduler (no event loop library): tasks are coroutines
# that await small awaitables; the trampoline drives them with send() for hundreds
# of steps, with await chains several coroutines deep.
from collections import deque


class Sleep:
    """Suspend the current task for `ticks` scheduler rounds."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Spawn:
    def __init__(self, coro, name):
        self.coro = coro
        self.name = name

    def __await__(self):
        tid = yield ("spawn", self.coro, self.name)
        return tid


class Join:
    def __init__(self, tid):
        self.tid = tid

    def __await__(self):
        result = yield ("join", self.tid)
        return result


class Channel:
    def __init__(self):
        self.items = deque()
        self.waiting = deque()

    def put(self, item):
        self.items.append(item)

    async def get(self):
        while not self.items:
            await Sleep(1)
        return self.items.popleft()


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.results = {}
        self.joiners = {}
        self.next_id = 0
        self.clock = 0
        self.steps = 0
        self.log = []

    def spawn(self, coro, name):
        tid = self.next_id
        self.next_id += 1
        self.ready.append((tid, name, coro, None))
        return tid

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock += 1
                still = []
                for wake, entry in self.sleeping:
                    if wake <= self.clock:
                        self.ready.append(entry)
                    else:
                        still.append((wake, entry))
                self.sleeping = still
                continue
            tid, name, coro, value = self.ready.popleft()
            self.steps += 1
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.results[tid] = e.value
                self.log.append((self.clock, name, "done", e.value))
                for waiter in self.joiners.pop(tid, []):
                    self.ready.append(waiter[:3] + (e.value,))
                continue
            except Exception as e:
                self.results[tid] = e
                self.log.append((self.clock, name, "failed", repr(e)))
                for waiter in self.joiners.pop(tid, []):
                    self.ready.append(waiter[:3] + (None,))
                continue
            kind = request[0]
            if kind == "sleep":
                self.sleeping.append((self.clock + request[1], (tid, name, coro, None)))
            elif kind == "spawn":
                child = self.spawn(request[1], request[2])
                self.ready.append((tid, name, coro, child))
            elif kind == "join":
                target = request[1]
                if target in self.results:
                    self.ready.append((tid, name, coro, self.results[target]))
                else:
                    self.joiners.setdefault(target, []).append((tid, name, coro))
            else:
                raise ValueError("bad request %r" % (request,))


# ----- tasks -----------------------------------------------------------------------


async def fib_slowly(n):
    # An await chain as deep as n: each level suspends once.
    if n < 2:
        await Sleep(0)
        return n
    a = await fib_slowly(n - 1)
    b = await fib_slowly(n - 2)
    return a + b


async def deep(n):
    if n == 0:
        await Sleep(1)
        return 0
    return 1 + await deep(n - 1)


async def producer(ch, count, period):
    for i in range(count):
        ch.put(i * i)
        await Sleep(period)
    ch.put(None)
    return "produced %d" % count


async def consumer(ch):
    total = 0
    seen = 0
    while True:
        item = await ch.get()
        if item is None:
            break
        total += item
        seen += 1
    return (seen, total)


async def worker(name, n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        if i % 7 == 3:
            await Sleep(1)
        else:
            await Sleep(0)
    return (name, acc)


async def supervisor():
    ids = []
    for k in range(6):
        tid = await Spawn(worker("w%d" % k, 30 + 10 * k), "w%d" % k)
        ids.append(tid)
    results = []
    for tid in ids:
        results.append(await Join(tid))
    fib = await Join(await Spawn(fib_slowly(10), "fib"))
    d = await deep(150)
    return results, fib, d


async def flaky(n):
    await Sleep(n)
    if n % 2:
        raise ValueError("odd %d" % n)
    return n


async def guarded():
    outcomes = []
    for n in range(5):
        try:
            outcomes.append(await flaky(n))
        except ValueError as e:
            outcomes.append(str(e))
    return outcomes


sched = Scheduler()
ch = Channel()
sched.spawn(producer(ch, 12, 2), "producer")
sched.spawn(consumer(ch), "consumer")
sup = sched.spawn(supervisor(), "supervisor")
sched.spawn(guarded(), "guarded")
sched.spawn(flaky(3), "flaky3")
sched.run()
for entry in sched.log:
    print(entry)
print("steps", sched.steps, "clock", sched.clock)
print(sched.results[sup])
print(len(sched.results))
print(sched.steps > 400)


# ----- a bare trampoline: round robin over plain coroutines, one step each -------


class Yield:
    def __await__(self):
        yield


async def countdown(name, n, out):
    while n:
        out.append((name, n))
        n -= 1
        await Yield()
    return name


def round_robin(coros):
    queue = deque(coros)
    finished = []
    steps = 0
    while queue:
        c = queue.popleft()
        steps += 1
        try:
            c.send(None)
        except StopIteration as e:
            finished.append(e.value)
        else:
            queue.append(c)
    return finished, steps


out = []
print(round_robin([countdown("a", 3, out), countdown("b", 5, out), countdown("c", 1, out)]))
print(out)
print(round_robin([countdown(i, 100 + i, []) for i in range(5)]))
