"""bisect: binary search in sorted sequences (Tern's stdlib).

Supported: bisect_left, bisect_right (= bisect), insort_left, insort_right
(= insort), each with lo, hi and the keyword-only key argument of Python 3.10+.
Comparisons are made in the same order and with the same operator (<) as
CPython's C implementation, so user-defined __lt__ sees the same calls.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

# The search loop without a key function runs natively (as CPython's _bisect does).
from _tern import bisect as _search


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item of a that is <= x (a is sorted)."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is None:
        return _search(a, x, lo, hi, True)
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item of a that is >= x (a is sorted)."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is None:
        return _search(a, x, lo, hi, False)
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, after any items equal to it."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, before any items equal to it."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
