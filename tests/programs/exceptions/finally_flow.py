# finally with return / break / continue; continue inside finally (3.8+).
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally")
def f2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    return i
def f3():
    out = []
    for i in range(4):
        try:
            raise ValueError(i)
        except ValueError:
            out.append("except %d" % i)
            continue
        finally:
            out.append("finally %d" % i)
    return out
def f4():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
def f5():
    try:
        try:
            raise KeyError("inner")
        finally:
            return "finally return swallows"
    except KeyError:
        return "not reached"
def f6():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return "returned at %d" % i
        finally:
            print("  f6 finally", i)
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
def f7():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in f7():
    print("gen", v)
