# __cause__, __context__, __suppress_context__ and __traceback__ presence.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def g():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
try:
    g()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def h():
    try:
        [][0]
    except IndexError:
        raise TypeError("suppressed") from None
try:
    h()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__traceback__ is not None)
def chain3():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
try:
    chain3()
except ValueError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__ + ":" + str(c))
        c = c.__context__
    print(" <- ".join(names))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
