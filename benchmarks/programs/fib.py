"""Fib: naive doubly-recursive Fibonacci.

Measures the cost of Python-level function calls and returns, argument
passing, a comparison and small-integer addition; nothing else.
SIZE is n in fib(n).
"""
# tern-bench: small=20,1 default=32,5

import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    result = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = fib(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    print("fib(%d) = %d" % (n, result))


main()
