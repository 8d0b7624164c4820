"""Allocation churn for the collector: lists of 1000 ints, small instances, tuples
and cyclic garbage, with only a small ring of recent lists kept alive.

Usage: gc_churn.py ITERATIONS. Each iteration allocates about 9 KB, so 1,800,000
iterations allocate about 16 GB in total while under 3 MB stays reachable.
"""
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None


def churn(iterations):
    ring = [None] * 256
    checksum = 0
    for i in range(iterations):
        base = i % 1000
        numbers = list(range(base, base + 1000))
        ring[i % 256] = numbers
        a = Node(i)
        b = Node(base)
        a.partner = b
        b.partner = a
        record = (i, a, b, numbers[-1])
        checksum = (checksum + record[3] + a.partner.value) % 1000000007
    return checksum


print(churn(int(sys.argv[1])))
