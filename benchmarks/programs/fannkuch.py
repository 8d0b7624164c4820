"""Fannkuch-redux: for every permutation of 0..n-1, count the prefix reversals
("pancake flips") until 0 comes first; report the maximum and a signed checksum.

Measures small integer list manipulation: element swaps, copies, rotations and
while loops with data-dependent trip counts. SIZE is n.
"""
# tern-bench: small=7,1 default=9,3

import sys
import time


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # Advance to the next permutation by rotating prefixes.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result = (0, 0)
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = fannkuch(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    print("%d" % result[0])
    print("Pfannkuchen(%d) = %d" % (n, result[1]))


main()
