# Exception objects: args, str, repr.
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), KeyError("k"),
         KeyError(), KeyError(1, 2), IndexError("idx"), TypeError("t", None), RuntimeError(""),
         ZeroDivisionError("zde"), Exception("e", [1, 2]), BaseException(), StopIteration(5),
         AssertionError("msg"), NameError("n"), LookupError(), ArithmeticError("ar"),
         OverflowError("of"), AttributeError("attr"), UnboundLocalError("u"), RecursionError("r"),
         KeyError(""), ValueError(None), Exception(("tuple",)), KeyError("it's")]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args, "|", type(e))
try:
    raise KeyError("quoted")
except KeyError as e:
    print("KeyError str quotes the key:", str(e), e.args[0])
try:
    {}[(1, 2)]
except KeyError as e:
    print("tuple key:", str(e), e.args)
try:
    int("bad")
except ValueError as e:
    print("builtin error args:", e.args)
try:
    [].pop()
except IndexError as e:
    print("pop args:", e.args, repr(e))
e = ValueError("x", 2)
print("f-string:", f"{e}", f"{e!r}", "%s" % e)
print("str of multiple args:", str(Exception(1, "two", 3.0)))
print("exception equality:", ValueError("a") == ValueError("a"))
print("isinstance:", isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, KeyError))
print("type compare:", type(e) == ValueError, type(e) is ValueError)
print("exception as value:", [ValueError, KeyError][1]("made"))
errs = []
for f in (lambda: 1 / 0, lambda: [][0], lambda: {}[0], lambda: int("z")):
    try:
        f()
    except Exception as ex:
        errs.append(repr(ex))
print(errs)
