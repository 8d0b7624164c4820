# contextlib helpers.
import contextlib
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)
with tag("p") as t:
    print("  inside", t)
try:
    with tag("div"):
        raise ValueError("inside div")
except ValueError as e:
    print("caught", e)
@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", repr(e))
with swallow(KeyError):
    {}["x"]
print("continued")
with contextlib.suppress(ZeroDivisionError, IndexError):
    1 / 0
print("suppress ok")
with contextlib.ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    print("  all entered")
class Closable:
    def close(self):
        print("closed")
with contextlib.closing(Closable()):
    print("using closable")
with contextlib.nullcontext(42) as v:
    print("nullcontext:", v)
