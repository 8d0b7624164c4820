# Lambdas and functions as values.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=3: a + b)(1))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 3, ["a", "abcd", "xyz", "hello"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, ops[op](6, 3))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
funcs = [len, str.upper, abs]
print(funcs[0]("four"), funcs[1]("up"), funcs[2](-3))
print(max(["apple", "fig", "banana"], key=len), min([3, -5, 2], key=abs))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
def returns_function(kind):
    if kind == "sq":
        return lambda x: x ** 2
    return lambda x: x ** 3
print(returns_function("sq")(3), returns_function("cube")(3))
print(callable(sq), callable(3), callable(len))
