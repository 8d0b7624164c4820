# Exceptions mixed with loops and accumulation.
def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
print(parse_all(["1", "x", "3", "4.5", " 7 ", ""]))
def safe_get(lst, i):
    try:
        return lst[i]
    except IndexError:
        return None
    except TypeError:
        return "bad index"
print([safe_get([10, 20, 30], i) for i in [0, 2, 3, -1, -4]], safe_get([1], "0"))
def first_error(funcs):
    for i, f in enumerate(funcs):
        try:
            f()
        except Exception as e:
            return i, repr(e)
    return None
print(first_error([lambda: 1, lambda: [][0], lambda: 1 / 0]))
print(first_error([lambda: 1]))
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 4:
            raise RuntimeError("retry")
        break
    except RuntimeError:
        continue
print("attempts:", attempts)
counts = {}
for i in range(20):
    try:
        if i % 3 == 0:
            raise ValueError
        if i % 5 == 0:
            raise KeyError
        counts["ok"] = counts.get("ok", 0) + 1
    except ValueError:
        counts["value"] = counts.get("value", 0) + 1
    except KeyError:
        counts["key"] = counts.get("key", 0) + 1
print(counts)
total = 0
for i in range(10000):
    try:
        total += 10 // (i % 7)
    except ZeroDivisionError:
        total -= 1
print("total:", total)
