"""itertools: iterator building blocks (Tern's stdlib).

The iterator types are native (the `_itertools` module, implemented in Rust):
count, cycle, repeat, accumulate (func, initial=), chain and chain.from_iterable,
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
zip_longest, product (repeat=), permutations, combinations,
combinations_with_replacement. Their type names, reprs, argument validation and
error messages, laziness (which arguments are consumed eagerly, how far the
underlying iterators are advanced, what happens after exhaustion or an error)
follow CPython 3.11. tee is written in Python below.

Not supported: pickling/copying of iterator state (except copying tee objects),
subclassing the iterator types, and itertools.batched (added in 3.12).
"""

from _itertools import (
    _grouper, accumulate, chain, combinations, combinations_with_replacement,
    compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
    permutations, product, repeat, starmap, takewhile, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _index(x):
    """x.__index__() for an integer-like x; raises TypeError otherwise."""
    if isinstance(x, int):
        return int(x) if type(x) is not int else x
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


# ----- tee ----------------------------------------------------------------------------

class _tee:
    """One of the independent iterators returned by tee()."""

    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        # _link is the last link this iterator returned: [value, next_link]; the
        # shared chain grows as the most advanced copy fetches new values.
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            value = next(self._it)
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """n independent iterators over the items of iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        first = _tee(it, [None, None])
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
