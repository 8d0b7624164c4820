# Bare raise, raise X from Y, exception context (caught).
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", repr(e))
def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
try:
    convert()
except RuntimeError as e:
    print("from:", repr(e))
def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    reraise_other()
except ZeroDivisionError as e:
    print("raise saved instance:", e)
def raise_in_handler():
    try:
        [][1]
    except IndexError:
        raise ValueError("during handling")
try:
    raise_in_handler()
except ValueError as e:
    print("new exception from handler:", e)
def reraise_after_cleanup(n):
    try:
        if n:
            raise KeyError(n)
        return "fine"
    except KeyError:
        print("cleanup for", n)
        raise
for n in (0, 5):
    try:
        print(reraise_after_cleanup(n))
    except KeyError as e:
        print("propagated:", repr(e))
try:
    raise TypeError("suppressed context") from None
except TypeError as e:
    print("from None:", e)
exc = ValueError("reused", 42)
for i in range(2):
    try:
        raise exc
    except ValueError as e:
        print("same object each time:", e is exc, e.args)
def nested_reraise():
    try:
        try:
            raise IndexError("deep")
        except IndexError:
            raise
    except LookupError:
        raise
try:
    nested_reraise()
except IndexError as e:
    print("through two handlers:", e)
