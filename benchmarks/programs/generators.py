"""Generators: lazy pipelines built from generator functions and expressions.
Walks a binary search tree with recursive `yield from`, chains filters and
maps, drives a coroutine with send(), uses try/finally inside generators, and
feeds everything through itertools (islice, chain, accumulate, groupby).

Measures generator creation, resumption and suspension, yield from
delegation, send(), generator close/finally, generator expressions and the
itertools glue around them. SIZE is the number of keys in the tree.
"""
# tern-bench: small=3000,1 default=20000,3

import sys
import time
import itertools


class Node(object):

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def pseudo_random_keys(n, seed):
    """A linear congruential sequence, as a generator."""
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x % (n * 10)


def take_even(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs, k):
    for x in xs:
        yield x * k


def pairwise_diffs(xs):
    it = iter(xs)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield x - prev
        prev = x


def averager():
    """Coroutine: receives numbers through send(), yields the running mean * 1000."""
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total * 1000 // count


class Tracker(object):

    def __init__(self):
        self.closed = 0


def guarded(xs, tracker):
    try:
        for x in xs:
            yield x
    finally:
        tracker.closed += 1


def primes():
    """Incremental sieve: an unbounded generator of primes."""
    yield 2
    composites = {}
    n = 3
    while True:
        step = composites.pop(n, None)
        if step is None:
            composites[n * n] = 2 * n
            yield n
        else:
            m = n + step
            while m in composites:
                m += step
            composites[m] = step
        n += 2


def run(n):
    root = None
    for key in pseudo_random_keys(n, 42):
        root = insert(root, key)

    sorted_keys = list(in_order(root))
    ok = all(a <= b for a, b in zip(sorted_keys, itertools.islice(sorted_keys, 1, None)))

    pipeline = scaled(take_even(in_order(root)), 3)
    checksum = 0
    for v in pipeline:
        checksum = (checksum * 31 + v) % 1000000007

    diffs = sum(d for d in pairwise_diffs(in_order(root)) if d > 5)

    avg = averager()
    next(avg)
    mean = 0
    for key in itertools.islice(in_order(root), 0, None, 7):
        mean = avg.send(key)
    avg.close()

    tracker = Tracker()
    early = 0
    for start in range(0, n, max(1, n // 50)):
        g = guarded(itertools.islice(in_order(root), start, None), tracker)
        for i, key in enumerate(g):
            early += key
            if i == 3:
                break
        g.close()

    runs = 0
    longest = 0
    for _, group in itertools.groupby(in_order(root), key=lambda k: k // 100):
        size = sum(1 for _ in group)
        runs += 1
        if size > longest:
            longest = size

    prefix = list(itertools.accumulate(itertools.islice(in_order(root), 0, 1000)))
    prime_sum = sum(itertools.islice(primes(), n // 10 + 1))
    merged = sum(x for x in itertools.chain(take_even(sorted_keys), (k + 1 for k in sorted_keys if k % 3 == 0)))

    return (len(sorted_keys), ok, checksum, diffs, mean, tracker.closed, early,
            runs, longest, prefix[-1], prime_sum, merged)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    names = ("keys", "sorted", "checksum", "diffs", "mean", "closed", "early",
             "runs", "longest", "prefix", "primes", "merged")
    for name, value in zip(names, result):
        print("%s = %s" % (name, value))


main()
