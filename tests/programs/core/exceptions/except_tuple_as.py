# except (A, B) as e, and exception hierarchy matching.
def trigger(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "value":
        return int("v")
    if kind == "type":
        return len(5)
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "assert":
        assert False, "boom"
    if kind == "stop":
        return next(iter([]))
    return "no error"

for kind in ["zero", "index", "key", "value", "type", "overflow", "assert", "stop", "none"]:
    try:
        result = trigger(kind)
        print(kind, "->", result)
    except (ZeroDivisionError, OverflowError) as e:
        print(kind, "-> arithmetic:", type(e), isinstance(e, ArithmeticError))
    except (IndexError, KeyError) as e:
        print(kind, "-> lookup:", type(e), isinstance(e, LookupError))
    except (ValueError, TypeError) as e:
        print(kind, "-> value/type:", type(e), e)
    except Exception as e:
        print(kind, "-> other:", type(e), repr(e))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(StopIteration, Exception))
print(issubclass(ValueError, Exception), issubclass(KeyError, ValueError))
print(isinstance(KeyError("x"), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
try:
    raise UnboundLocalError("custom ule")
except NameError as e:
    print("caught by base:", repr(e))
try:
    raise RecursionError("fake")
except RuntimeError as e:
    print("caught by base:", repr(e))
handlers = (KeyError, IndexError)
try:
    [1][5]
except handlers as e:
    print("tuple in variable:", e)
try:
    raise BaseException("base")
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException:", repr(e))
