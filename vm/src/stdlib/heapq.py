"""heapq: the heap queue algorithm on plain lists (Tern's stdlib).

Supported: heappush, heappop, heapify, heapreplace, heappushpop, nlargest,
nsmallest (with key), merge (with key and reverse), and the private max-heap
helpers _heapify_max, _heappop_max, _heapreplace_max.

The sift routines follow CPython's C implementation step for step (the
"bottom-up" siftup that moves the smaller child up to a leaf and then sifts the
new item back down), so every operation leaves exactly the same list layout as
CPython and calls __lt__ on the same pairs. As in CPython, a heap must be a list
(or list subclass), and changing the list's size from a comparison raises
RuntimeError.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, only_arg):
    if not isinstance(heap, list):
        raise TypeError('%s() argument %smust be list, not %s'
                        % (fname, '' if only_arg else '1 ', type(heap).__name__))


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        smaller = newitem < parent
        if size != len(heap):
            raise RuntimeError('list changed size during iteration')
        if not smaller:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup(heap, pos):
    # Move the smaller child up until reaching a leaf, then sift heap[pos] down.
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            left_smaller = heap[childpos] < heap[childpos + 1]
            if endpos != len(heap):
                raise RuntimeError('list changed size during iteration')
            if not left_smaller:
                childpos += 1
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        larger = parent < newitem
        if size != len(heap):
            raise RuntimeError('list changed size during iteration')
        if not larger:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            right_smaller = heap[childpos + 1] < heap[childpos]
            if endpos != len(heap):
                raise RuntimeError('list changed size during iteration')
            if not right_smaller:
                childpos += 1
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item, /):
    """Adds item to the heap."""
    _check_list(heap, 'heappush', False)
    list.append(heap, item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Removes and returns the smallest item of the heap."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = list.pop(heap)
    if not heap:
        return last
    result = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return result


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap keeps its size)."""
    _check_list(heap, 'heapreplace', False)
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return result


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check_list(heap, 'heappushpop', False)
    if not heap:
        return item
    top = heap[0]
    if not (top < item):
        return item
    result = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return result


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list(heap, '_heapify_max', True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _check_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = list.pop(heap)
    if not heap:
        return last
    result = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return result


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list(heap, '_heapreplace_max', False)
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    Equal items come out in the order of the inputs they came from.
    """
    if reverse:
        heapify_ = _heapify_max
        replace_ = _heapreplace_max
        pop_ = _heappop_max
        step = -1
    else:
        heapify_ = heapify
        replace_ = heapreplace
        pop_ = heappop
        step = 1
    entries = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            if key is None:
                entries.append([value, order * step, it])
            else:
                entries.append([key(value), order * step, value, it])
            break
        order += 1
    heapify_(entries)
    if key is None:
        while len(entries) > 1:
            while True:
                entry = entries[0]
                yield entry[0]
                try:
                    entry[0] = next(entry[2])
                except StopIteration:
                    pop_(entries)
                    break
                replace_(entries, entry)
        if entries:
            entry = entries[0]
            yield entry[0]
            yield from entry[2]
    else:
        while len(entries) > 1:
            while True:
                entry = entries[0]
                yield entry[2]
                try:
                    value = next(entry[3])
                except StopIteration:
                    pop_(entries)
                    break
                entry[0] = key(value)
                entry[2] = value
                replace_(entries, entry)
        if entries:
            entry = entries[0]
            yield entry[2]
            yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; the same list as
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        sentinel = object()
        if key is None:
            r = min(iterable, default=sentinel)
        else:
            r = min(iterable, default=sentinel, key=key)
        return [] if r is sentinel else [r]
    try:
        size = len(iterable)
    except TypeError:
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A max-heap of the n best so far, decorated with the arrival order so that
    # ties keep their original order and items are never compared to orders.
    if key is None:
        best = []
        for i in range(n):
            for elem in it:
                best.append((elem, i))
                break
            else:
                break
        if not best:
            return best
        _heapify_max(best)
        top = best[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(best, (elem, order))
                top = best[0][0]
                order += 1
        best.sort()
        return [e[0] for e in best]
    best = []
    for i in range(n):
        for elem in it:
            best.append((key(elem), i, elem))
            break
        else:
            break
    if not best:
        return best
    _heapify_max(best)
    top = best[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(best, (k, order, elem))
            top = best[0][0]
            order += 1
    best.sort()
    return [e[2] for e in best]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; the same list as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        sentinel = object()
        if key is None:
            r = max(iterable, default=sentinel)
        else:
            r = max(iterable, default=sentinel, key=key)
        return [] if r is sentinel else [r]
    try:
        size = len(iterable)
    except TypeError:
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A min-heap of the n best so far; the order decreases so that, among equal
    # items, the earlier one ranks higher.
    if key is None:
        best = []
        for i in range(0, -n, -1):
            for elem in it:
                best.append((elem, i))
                break
            else:
                break
        if not best:
            return best
        heapify(best)
        top = best[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(best, (elem, order))
                top = best[0][0]
                order -= 1
        best.sort(reverse=True)
        return [e[0] for e in best]
    best = []
    for i in range(0, -n, -1):
        for elem in it:
            best.append((key(elem), i, elem))
            break
        else:
            break
    if not best:
        return best
    heapify(best)
    top = best[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(best, (k, order, elem))
            top = best[0][0]
            order -= 1
    best.sort(reverse=True)
    return [e[2] for e in best]
