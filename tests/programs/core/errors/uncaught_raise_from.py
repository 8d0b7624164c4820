# raise ... from ... uncaught: the last line is the outer exception.
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("config key missing: " + k) from e
print(load({"a": 1}, "a"))
load({"a": 1}, "b")
