"""10**7 iterations of a float multiply-add."""


def run(n):
    x = 0.0
    a = 1.0000001
    b = 0.5
    i = 0
    while i < n:
        x = x * a + b
        i += 1
    return x


print(run(10_000_000))
