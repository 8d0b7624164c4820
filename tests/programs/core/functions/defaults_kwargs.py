# Default values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet("Ed", "Hey", "."))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def make_range(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    out = []
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        out.append(i)
        i += step
    return out
print(make_range(5), make_range(2, 6), make_range(10, 0, -3))
K = 10
def uses_default(x=K * 2):
    return x
K = 99
print("default captured at def time:", uses_default())
def none_default(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items
print(none_default(), none_default(), none_default([7]))
def all_defaults(a=1, b=2, c=3):
    return (a, b, c)
print(all_defaults(), all_defaults(c=30), all_defaults(10, c=30), all_defaults(b=None))
def returns_nothing():
    pass
def returns_bare():
    return
print(returns_nothing(), returns_bare())
def multi_return(x):
    return x, x * 2, x * 3
print(multi_return(4))
a, b, c = multi_return(5)
print(a + b + c)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(50), early(0))
