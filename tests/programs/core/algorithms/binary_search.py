# Binary search variants.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
data = [i * 3 for i in range(1000)]
for target in (0, 3, 1500, 2997, 2998, -5, 4000, 1501):
    print("search", target, bsearch(data, target))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in (0, 1, 2, 4, 5, 8, 9):
    lb, ub = lower_bound(dups, x), upper_bound(dups, x)
    print("bounds", x, lb, ub, "count", ub - lb)
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print("isqrt:", [isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 6, 2 ** 100)], isqrt(10 ** 40 + 12345))
def fsqrt(x):
    lo, hi = 0.0, max(1.0, x)
    for _ in range(100):
        mid = (lo + hi) / 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo
print("float sqrt:", fsqrt(2.0), fsqrt(9.0), fsqrt(0.25))
words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, [lower_bound(words, w) for w in ("dog", "cat", "the", "zebra")])
