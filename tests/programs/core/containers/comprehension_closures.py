# Nested comprehensions with closures over loop variables.
fs = [lambda: i for i in range(3)]
print("late bound:", [f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print("default bound:", [f() for f in fs])
fs = [(lambda j: lambda: j * 10)(i) for i in range(3)]
print("factory bound:", [f() for f in fs])
grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print("nested late:", [[f() for f in row] for row in grid])
grid = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print("nested default:", [[f() for f in row] for row in grid])
def make(n):
    return [lambda x: x + k for k in range(n)]
print("in function:", [f(100) for f in make(3)])
def outer(m):
    return [[m * a + b for b in range(3)] for a in range(2)]
print("uses enclosing param:", outer(10))
def counter_list():
    base = 5
    return {k: (lambda: base + k) for k in range(3)}
d = counter_list()
print("dict of closures:", [d[k]() for k in sorted(d)])
def scale_all(rows, factor):
    return [[v * factor for v in row] for row in rows]
print("nested uses outer arg:", scale_all([[1, 2], [3]], 3))
adders = {name: (lambda x, n=n: x + n) for name, n in [("one", 1), ("ten", 10)]}
print("named adders:", adders["one"](5), adders["ten"](5))
total = 100
print("reads global:", [total + i for i in range(3)])
def shadow():
    i = "kept"
    vals = [i for i in range(3)]
    inner = [[i for i in range(j)] for j in range(3)]
    return i, vals, inner
print("shadowing:", shadow())
def closure_in_loop():
    funcs = []
    for i in range(3):
        funcs.append([lambda: i * j for j in range(2)])
    return [[f() for f in fl] for fl in funcs]
print("loop+comprehension:", closure_in_loop())
pairs = [(x, y) for x in range(4) for y in range(x)]
print("dependent inner range:", pairs)
print("set of closures results:", {(lambda: k)() for k in range(4)})
