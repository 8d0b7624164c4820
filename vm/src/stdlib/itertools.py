"""itertools: iterator building blocks (Tern's stdlib).

Supported: count, cycle, repeat, accumulate (func, initial=), chain and
chain.from_iterable, compress, dropwhile, filterfalse, groupby, islice, pairwise,
starmap, takewhile, tee, zip_longest, product (repeat=), permutations,
combinations, combinations_with_replacement.

Results, laziness (which arguments are consumed eagerly, when the underlying
iterators are advanced, what happens after exhaustion) and the messages of errors
for bad arguments follow CPython 3.11. Most tools are generator functions that
validate their arguments before returning a generator, so their type names and
reprs differ from CPython's; count and repeat are classes with CPython's reprs.

Not supported: pickling/copying of iterator state (except copying tee objects),
and itertools.batched (added in 3.12).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


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


def _ssize(x):
    """Like CPython's PyNumber_AsSsize_t: the int value, or None on any error."""
    try:
        v = _index(x)
    except Exception:
        return None
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return None
    return v


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    for name in ('__index__', '__int__', '__float__', '__complex__'):
        if hasattr(t, name):
            return True
    return False


# ----- infinite iterators -------------------------------------------------------------

class count:
    """start, start + step, start + 2*step, ... (each value is the previous one plus step)."""

    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._n,)
        return type(self), (self._n, self._step)


def cycle(iterable, /):
    """The items of iterable, then the same items again, forever."""
    it = iter(iterable)
    return _cycle(it)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


_NO_TIMES = object()


class repeat:
    """object, times times (forever when times is not given)."""

    __slots__ = ('_obj', '_left')

    def __init__(self, object=_NO_TIMES, times=_NO_TIMES):
        if object is _NO_TIMES:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is _NO_TIMES:
            self._left = None
        else:
            times = _index(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._left)

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._left)


# ----- iterators terminating on the shortest input ------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals of iterable (or running results of func), starting with
    initial when given."""
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain_gen(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """The items of each iterable in turn."""
    return _chain_gen(iterables)


def _from_iterable(iterable, /):
    """Like chain(*iterables) for an iterable of iterables, read lazily."""
    return _chain_gen(iter(iterable))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    d = iter(data)
    s = iter(selectors)
    return _compress(d, s)


def _compress(d, s):
    for datum in d:
        for selector in s:
            break
        else:
            return
        if selector:
            yield datum


def dropwhile(predicate, iterable, /):
    """The items of iterable from the first one for which predicate is false."""
    it = iter(iterable)
    return _dropwhile(predicate, it)


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable, /):
    """The items of iterable up to (not including) the first one for which
    predicate is false."""
    it = iter(iterable)
    return _takewhile(predicate, it)


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def filterfalse(function, iterable, /):
    """The items of iterable for which function(item) is false (the false
    items when function is None)."""
    it = iter(iterable)
    return _filterfalse(function, it)


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def starmap(function, iterable, /):
    """function(*args) for each args of iterable."""
    it = iter(iterable)
    return _starmap(function, it)


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def pairwise(iterable, /):
    """Overlapping pairs of consecutive items: (s0, s1), (s1, s2), ..."""
    it = iter(iterable)
    return _pairwise(it)


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def zip_longest(*iterables, **kwargs):
    """Tuples of the i-th items of the iterables, padding exhausted ones with
    fillvalue until all are exhausted."""
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs['fillvalue']
    its = [iter(x) for x in iterables]
    return _zip_longest(its, fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    n = len(its)
    while True:
        values = []
        for i in range(n):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            for v in it:
                values.append(v)
                break
            else:
                active -= 1
                if not active:
                    return
                its[i] = None
                values.append(fillvalue)
        yield tuple(values)


# ----- islice -------------------------------------------------------------------------

_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items of iterable at positions start, start + step, ... below stop."""
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    nargs = len(args)
    if nargs < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % nargs)
    if nargs > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % nargs)
    seq = args[0]
    start = 0
    stop = -1
    step = 1
    if nargs == 2:
        a1 = args[1]
        if a1 is not None:
            stop = _ssize(a1)
            if stop is None or stop == -1:
                raise ValueError(_STOP_MSG)
    else:
        a1 = args[1]
        a2 = args[2]
        if a1 is not None:
            start = _ssize(a1)
            if start is None:
                start = -1
        if a2 is not None:
            stop = _ssize(a2)
            if stop is None or stop == -1:
                raise ValueError(_STOP_MSG)
    if start < 0 or stop < -1:
        raise ValueError(_INDEX_MSG)
    if nargs == 4 and args[3] is not None:
        step = _ssize(args[3])
        if step is None:
            step = -1
    if step < 1:
        raise ValueError(_STEP_MSG)
    it = iter(seq)
    return _islice(it, start, stop, step)


def _islice(it, start, stop, step):
    # Mirrors CPython: skip to the next wanted position, stop at `stop`, and never
    # advance the underlying iterator beyond what is needed.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        old = nxt
        nxt += step
        if nxt < old or (stop != -1 and nxt > stop):
            nxt = stop
        yield item


# ----- groupby ------------------------------------------------------------------------

_NULL = object()


class groupby:
    """Pairs (key, group) for each run of consecutive items of iterable with the
    same key (the item itself when key is None)."""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        if not (self._tgtkey == gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        gbo._currkey = _NULL
        return r


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


# ----- combinatorics ------------------------------------------------------------------

def product(*iterables, **kwargs):
    """The cartesian product of the iterables (each taken repeat times), as
    tuples, the rightmost element changing fastest."""
    repeat = 1
    for k in kwargs:
        if k != 'repeat':
            raise TypeError("'%s' is an invalid keyword argument for product()" % k)
        repeat = kwargs[k]
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        # Advance the rightmost index that can move; reset the ones after it.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[k][indices[k]] for k in range(n)])


def permutations(iterable, r=None):
    """The r-length orderings of the items of iterable (r defaults to all), in
    lexicographic order of positions."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = int(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    # idx[:r] is the current permutation (as indices); idx[r:] holds the unused
    # indices in ascending order. Each step produces the lexicographic successor.
    idx = list(range(n))
    yield tuple([pool[i] for i in idx[:r]])
    if r == 0:
        return
    while True:
        # Reversing the unused tail makes the whole list's suffix descending, so
        # the next full permutation of idx is the next r-prefix.
        idx[r:] = idx[r:][::-1]
        i = n - 2
        while i >= 0 and idx[i] > idx[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while idx[j] < idx[i]:
            j -= 1
        idx[i], idx[j] = idx[j], idx[i]
        idx[i + 1:] = idx[i + 1:][::-1]
        yield tuple([pool[k] for k in idx[:r]])


_NO_R = object()


def combinations(iterable, r=_NO_R):
    """The r-length sorted-by-position selections of the items of iterable."""
    if r is _NO_R:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    r = _index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[k] for k in idx])


def combinations_with_replacement(iterable, r=_NO_R):
    """Like combinations, but an item may be selected more than once."""
    if r is _NO_R:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    r = _index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[k] for k in idx])
