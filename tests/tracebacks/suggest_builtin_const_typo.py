def g(n):
    if n:
        return g(n - 1)
    return Tru
g(3)
