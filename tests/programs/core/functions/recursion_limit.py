# RecursionError caught, and sys.setrecursionlimit / getrecursionlimit.
import sys
print("default limit:", sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    d = [0]
    def go():
        d[0] += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return d[0]
first = depth_reached()
print("recovered; depth reasonable:", 900 < first <= 1000)
sys.setrecursionlimit(3000)
print("new limit:", sys.getrecursionlimit())
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print("deep sum:", sum_to(2500))
sys.setrecursionlimit(1000)
try:
    sum_to(2500)
except RecursionError as e:
    print("again:", e)
print("after:", sum_to(100))
print("RecursionError is RuntimeError:", issubclass(RecursionError, RuntimeError))
