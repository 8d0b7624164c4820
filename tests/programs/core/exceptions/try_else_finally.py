# else and finally clauses.
def run(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        log.append("try end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(1))
print(run(0))
def nested(x):
    out = []
    try:
        try:
            if x:
                raise KeyError(x)
            out.append("inner ok")
        finally:
            out.append("inner finally")
    except KeyError as e:
        out.append("outer caught " + str(e))
    finally:
        out.append("outer finally")
    return out
print(nested(0))
print(nested("k"))
def finally_order():
    out = []
    for i in range(3):
        try:
            out.append("t%d" % i)
            if i == 1:
                continue
            out.append("body%d" % i)
        finally:
            out.append("f%d" % i)
    return out
print(finally_order())
try:
    try:
        raise IndexError("propagates")
    finally:
        print("finally runs before propagation")
except IndexError as e:
    print("then caught:", e)
def else_exception():
    try:
        pass
    except ValueError:
        return "except"
    else:
        raise TypeError("from else")
try:
    else_exception()
except TypeError as e:
    print("else can raise:", e)
def finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    finally_replaces()
except KeyError as e:
    print("finally exception wins:", repr(e))
except ValueError:
    print("not reached")
x = 0
try:
    x = 1
finally:
    x += 10
print("x:", x)
