"""Unpack sequence: tuple and list unpacking in tight loops -- fixed-size
unpacking of tuples and lists, swaps and rotations through tuple assignment,
nested and starred targets, for-loop targets and multiple return values.

Measures UNPACK_SEQUENCE / UNPACK_EX style bytecodes, BUILD_TUPLE, small tuple
allocation, and the integer arithmetic that consumes the unpacked values.
SIZE is the number of outer loop rounds.
"""
# tern-bench: small=3000,1 default=160000,3

import sys
import time


def divmod_pair(a, b):
    return a // b, a % b


def min_max_sum(a, b, c):
    if a > b:
        a, b = b, a
    if b > c:
        b, c = c, b
    if a > b:
        a, b = b, a
    return a, c, a + b + c


def unpack_tuples(t10, rounds):
    acc = 0
    for _ in range(rounds):
        a, b, c, d, e, f, g, h, i, j = t10
        acc += a + j
        a, b, c, d, e, f, g, h, i, j = t10
        acc += b - i
        a, b, c, d, e, f, g, h, i, j = t10
        acc += c * h
        a, b, c, d, e, f, g, h, i, j = t10
        acc += d ^ g
        a, b, c, d, e, f, g, h, i, j = t10
        acc += e | f
    return acc


def unpack_lists(l10, rounds):
    acc = 0
    for _ in range(rounds):
        a, b, c, d, e, f, g, h, i, j = l10
        acc += a + j
        a, b, c, d, e, f, g, h, i, j = l10
        acc += b - i
        a, b, c, d, e, f, g, h, i, j = l10
        acc += c * h
        a, b, c, d, e, f, g, h, i, j = l10
        acc += d ^ g
        a, b, c, d, e, f, g, h, i, j = l10
        acc += e | f
    return acc


def swaps(rounds):
    a, b, c, d = 1, 2, 3, 4
    acc = 0
    for k in range(rounds):
        a, b = b, a
        a, b, c = c, a, b
        a, b, c, d = d, c, b, a
        b, d = d + k % 3, b
        acc += a * 1 + b * 2 + c * 3 + d * 4
        acc %= 1000000007
    return acc, (a, b, c, d)


def nested_and_starred(rows):
    acc = 0
    for ((x, y), (dx, dy), *rest) in rows:
        acc += x * dx + y * dy + len(rest)
        first, *middle, last = rest
        acc += first - last + len(middle)
        head, *tail = middle
        acc += head + sum(tail)
    return acc


def returns(rounds):
    acc = 0
    for k in range(1, rounds + 1):
        q, r = divmod_pair(k * 7919, 97)
        lo, hi, total = min_max_sum(q, r, k % 13)
        acc += q - r + lo * hi + total
    return acc


def enumerate_pairs(pairs):
    acc = 0
    for i, (a, b) in enumerate(pairs):
        acc += i * a - b
    for (a, b), (c, d) in zip(pairs, pairs[1:]):
        acc += a * d - b * c
    return acc % 1000000007


def run(rounds):
    t10 = tuple(range(3, 13))
    l10 = list(range(5, 15))
    rows = []
    for k in range(64):
        rows.append(((k, k + 1), (k % 5, k % 7), k, k * 2, k * 3, k * 4, k * 5))
    pairs = [(k % 17, k % 23) for k in range(200)]
    results = []
    results.append(unpack_tuples(t10, rounds))
    results.append(unpack_lists(l10, rounds))
    results.append(swaps(rounds * 4))
    acc = 0
    for _ in range(rounds // 16):
        acc += nested_and_starred(rows)
    results.append(acc)
    results.append(returns(rounds * 2))
    acc = 0
    for _ in range(rounds // 50):
        acc += enumerate_pairs(pairs)
    results.append(acc)
    return results


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 160000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(rounds)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    for i, value in enumerate(result):
        print("part %d: %r" % (i, value))


main()
