"""Sums and indexes a list of ints for 10**7 steps."""


def run(n):
    data = list(range(1000))
    total = 0
    for i in range(n):
        total += data[i % 1000]
    return total


print(run(10_000_000))
