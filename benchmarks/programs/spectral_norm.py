"""Spectral norm: power iteration on the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1).

Measures nested loops of integer index arithmetic mixed with float multiply-add,
list indexing and a small function call in the innermost loop. SIZE is the
matrix dimension.
"""
# tern-bench: small=60,1 default=280,3

import sys
import time
import math


def eval_a(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def mul_av(n, u, out):
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += eval_a(i, j) * u[j]
        out[i] = acc


def mul_atv(n, u, out):
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += eval_a(j, i) * u[j]
        out[i] = acc


def mul_atav(n, u, out, tmp):
    mul_av(n, u, tmp)
    mul_atv(n, tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(n, u, v, tmp)
        mul_atav(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 280
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result = 0.0
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = spectral_norm(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    print("%.9f" % result)


main()
