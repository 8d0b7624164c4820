# An exception propagating through three frames and caught at the top.
trace = []
def level3(x):
    trace.append("level3 start")
    result = 100 // x
    trace.append("level3 end")
    return result
def level2(x):
    trace.append("level2 start")
    r = level3(x) + 1
    trace.append("level2 end")
    return r
def level1(x):
    trace.append("level1 start")
    try:
        return level2(x) * 2
    finally:
        trace.append("level1 finally")
print(level1(5), trace)
trace.clear()
try:
    level1(0)
except ZeroDivisionError as e:
    print("caught at top:", e)
print("frames unwound:", trace)
def catcher():
    try:
        level2(0)
    except ZeroDivisionError:
        return "caught in middle"
print(catcher())
def deep(n):
    if n == 0:
        raise ValueError("bottom reached")
    return deep(n - 1)
try:
    deep(50)
except ValueError as e:
    print("deep recursion error:", e)
def partial_handlers(n):
    try:
        deep(n)
    except KeyError:
        return "wrong"
try:
    partial_handlers(3)
except ValueError as e:
    print("passed through non-matching handler:", e)
results = []
for v in [1, 0, 2, 0]:
    try:
        results.append(level3(v))
    except ZeroDivisionError:
        results.append(None)
print(results)
