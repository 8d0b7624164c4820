# StopIteration from next() and iterator exhaustion.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.args)
print("default:", next(it, "default"), next(iter(""), None))
it = iter(range(3))
total = 0
while True:
    try:
        total += next(it)
    except StopIteration:
        break
print("manual loop total:", total)
d = {"a": 1}
it = iter(d)
print(next(it), next(it, "end"))
try:
    raise StopIteration("custom", 1)
except StopIteration as e:
    print("custom:", e.args)
print("is Exception:", isinstance(StopIteration(), Exception))
z = zip([1, 2], "ab")
print(next(z), next(z), next(z, "zip done"))
m = map(str, [1])
print(next(m), next(m, "map done"))
e = enumerate("x")
print(next(e), next(e, "enum done"))
r = reversed([1, 2])
print(next(r), next(r), next(r, "reversed done"))
try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)
