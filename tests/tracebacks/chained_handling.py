def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + s) from e
def load(items):
    return [parse(x) for x in items]
try:
    load(["1", "x"])
except RuntimeError:
    d = {}
    d["key"] += 1
