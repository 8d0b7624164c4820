# A coroutine chain whose innermost await is invalid: the TypeError propagates out
# of send() uncaught, and the traceback's last line is CPython's.


class Suspend:
    def __await__(self):
        return (yield "tick")


async def lookup(table, key):
    await Suspend()
    return await table[key]


async def handler(table):
    results = []
    for key in ("ok", "also ok", "broken"):
        print("awaiting", key)
        results.append(await lookup(table, key))
        print("got", results[-1])
    return results


async def value(v):
    return v


table = {"ok": value(1), "also ok": value(2), "broken": 3}
coro = handler(table)
value_sent = None
while True:
    print("step ->", coro.send(value_sent))
