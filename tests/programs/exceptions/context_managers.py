# with statements and the context manager protocol.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress
with CM("a") as v:
    print("  body", v)
with CM("outer") as o, CM("inner") as i:
    print("  nested body", o, i)
with CM("sup", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("nosup"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with CM("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class Resource:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("open")
        return self
    def __exit__(self, *a):
        self.log.append("close")
r = Resource()
with r as same:
    print(same is r)
print(r.log)
with CM("no-as"):
    pass
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print("exit exception wins:", e, "| context:", repr(e.__context__))
