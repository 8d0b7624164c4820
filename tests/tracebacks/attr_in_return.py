def f(x):
    return x.nope
print(f(3))
