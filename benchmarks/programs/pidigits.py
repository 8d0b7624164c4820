"""Pidigits: stream the decimal digits of pi with an unbounded spigot
(a linear fractional transformation kept as three big integers).

Measures arbitrary-precision integer arithmetic: multiplication by small and
large values, floor division of multi-thousand-digit numbers, comparisons, and
str() of digits. SIZE is the number of digits.
"""
# tern-bench: small=300,1 default=5000,2

import sys
import time


def pi_digits(count):
    """Return the first `count` decimal digits of pi as a list of ints."""
    digits = []
    numer = 1
    accum = 0
    denom = 1
    k = 0
    while len(digits) < count:
        k += 1
        # Compose with the next term of the series.
        odd = 2 * k + 1
        accum = (accum + 2 * numer) * odd
        denom = denom * odd
        numer = numer * k
        if numer > accum:
            continue
        # The digit is safe once both ends of the interval agree.
        low = (3 * numer + accum) // denom
        high = (4 * numer + accum) // denom
        if low != high:
            continue
        digits.append(low)
        # Shift the emitted digit out.
        accum = (accum - denom * low) * 10
        numer = numer * 10
    return digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    digits = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        digits = pi_digits(count)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    text = "".join([str(d) for d in digits])
    for start in range(0, len(text), 50):
        chunk = text[start:start + 50]
        print("%s :%d" % (chunk, start + len(chunk)))
    print("digit sum = %d" % sum(digits))


main()
