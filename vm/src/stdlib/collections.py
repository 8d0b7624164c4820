"""collections: container datatypes (Tern's stdlib).

Supported:
- deque: a ring buffer with maxlen; append/appendleft/pop/popleft/extend/
  extendleft/rotate/clear/count/index/remove/insert/reverse/copy, indexing,
  item assignment and deletion, len, iteration (RuntimeError when mutated during
  iteration), reversed, in, comparisons, + * += *=, CPython's reprs and error
  messages.
- defaultdict: dict subclass with default_factory and __missing__, CPython's repr,
  copy, |.
- OrderedDict: dict subclass with move_to_end, popitem(last=), order-sensitive ==
  between OrderedDicts, odict_keys/odict_values/odict_items views, CPython's repr.
- Counter: dict subclass with most_common (count descending, ties in insertion
  order), elements, total, update/subtract from iterables and mappings, missing
  keys count 0, + - & | (binary, unary and in-place), rich comparisons, CPython's
  repr.
- namedtuple: builds a tuple subclass with type(name, (tuple,), namespace) (no
  exec): fields by attribute and index, _fields, _field_defaults, _make, _asdict,
  _replace, defaults=, rename=, module=, CPython's repr and argument errors.
- ChainMap: lookups through a list of mappings, writes to the first one,
  new_child, parents, keys/values/items views, CPython's repr.

Not supported: UserDict, UserList, UserString and the collections.abc submodule;
deque slicing (as in CPython) and weak references. Without sys._getframe a
namedtuple's __module__ defaults to '__main__' unless module= is given. Error
messages that CPython builds from the C type name say 'collections.deque'; here
they say 'deque' where the interpreter builds the message (e.g. unhashable type).
"""

import sys as _sys
from keyword import iskeyword as _iskeyword

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


_repr_running = set()


class _GenericAlias:
    """What X[int] returns for the classes of this module (a typing aid only)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return a.__module__ + '.' + a.__qualname__
            if a is Ellipsis:
                return '...'
            return repr(a)
        return '%s[%s]' % (name(self.__origin__), ', '.join([name(a) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _class_getitem(cls, *args):
    # Tern workaround: X[item] currently calls a __class_getitem__ classmethod
    # bound to type(X) with (X, item); CPython passes (item,) with cls = X.
    if len(args) == 2:
        cls = args[0]
    return _GenericAlias(cls, args[-1])


# ----- deque --------------------------------------------------------------------------

def _index_value(i):
    if type(i) is int:
        return i
    if isinstance(i, int):
        return int(i)
    try:
        meth = type(i).__index__
    except AttributeError:
        raise TypeError('sequence index must be integer, not %r' % type(i).__name__) from None
    return meth(i)


class deque:
    """Double-ended queue: fast appends and pops at both ends, optional maximum length."""

    __slots__ = ('_buf', '_head', '_len', '_mask', '_maxlen', '_state')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._mask = 7
        self._maxlen = maxlen
        try:
            self._state += 1
        except AttributeError:
            self._state = 0
        self.extend(iterable)

    __class_getitem__ = classmethod(_class_getitem)

    @property
    def maxlen(self):
        """The maximum length, or None for an unbounded deque."""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # -- storage helpers --

    def _grow(self):
        old = self._buf
        n = self._len
        head = self._head
        mask = self._mask
        cap = len(old)
        new = [old[(head + i) & mask] for i in range(n)]
        new.extend([None] * (cap * 2 - n))
        self._buf = new
        self._head = 0
        self._mask = cap * 2 - 1

    def _norm_index(self, i):
        i = _index_value(i)
        n = self._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    # -- the ends --

    def append(self, x):
        """Adds x at the right end."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._len >= maxlen:
            if maxlen == 0:
                return
            self._popleft_raw()
        if self._len > self._mask:
            self._grow()
        self._buf[(self._head + self._len) & self._mask] = x
        self._len += 1

    def appendleft(self, x):
        """Adds x at the left end."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._len >= maxlen:
            if maxlen == 0:
                return
            self._pop_raw()
        if self._len > self._mask:
            self._grow()
        h = (self._head - 1) & self._mask
        self._buf[h] = x
        self._head = h
        self._len += 1

    def _pop_raw(self):
        i = (self._head + self._len - 1) & self._mask
        x = self._buf[i]
        self._buf[i] = None
        self._len -= 1
        return x

    def _popleft_raw(self):
        h = self._head
        x = self._buf[h]
        self._buf[h] = None
        self._head = (h + 1) & self._mask
        self._len -= 1
        return x

    def pop(self):
        """Removes and returns the item at the right end."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_raw()

    def popleft(self):
        """Removes and returns the item at the left end."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft_raw()

    def extend(self, iterable):
        """Appends the items of iterable at the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Appends the items of iterable at the left end, one by one."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Moves the last n items to the front (the first -n to the back when n < 0)."""
        n = _index_value(n)
        self._state += 1
        size = self._len
        if size <= 1:
            return
        n %= size
        if not n:
            return
        if size == len(self._buf):
            # A full ring rotates by moving its head.
            self._head = (self._head - n) & self._mask
            return
        if n <= size - n:
            for _ in range(n):
                self._appendleft_raw(self._pop_raw())
        else:
            for _ in range(size - n):
                self._append_raw(self._popleft_raw())

    def _append_raw(self, x):
        self._buf[(self._head + self._len) & self._mask] = x
        self._len += 1

    def _appendleft_raw(self, x):
        h = (self._head - 1) & self._mask
        self._buf[h] = x
        self._head = h
        self._len += 1

    def clear(self):
        """Removes every item."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._mask = 7

    def copy(self):
        """A shallow copy with the same maxlen."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        if self._maxlen is None:
            return type(self), (), None, iter(self)
        return type(self), ((), self._maxlen), None, iter(self)

    # -- searching --

    def count(self, value):
        """How many items equal value."""
        state = self._state
        n = 0
        for i in range(self._len):
            x = self._buf[(self._head + i) & self._mask]
            eq = x is value or x == value
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if eq:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """The position of the first item equal to value in [start, stop); ValueError if none."""
        size = self._len
        start = _index_value(start)
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop is None:
            stop = size
        else:
            stop = _index_value(stop)
            if stop < 0:
                stop += size
                if stop < 0:
                    stop = 0
        if stop > size:
            stop = size
        state = self._state
        for i in range(start, stop):
            x = self._buf[(self._head + i) & self._mask]
            eq = x is value or x == value
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if eq:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def __contains__(self, value):
        state = self._state
        for i in range(self._len):
            x = self._buf[(self._head + i) & self._mask]
            eq = x is value or x == value
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if eq:
                return True
        return False

    def remove(self, value):
        """Removes the first item equal to value; ValueError if none."""
        state = self._state
        for i in range(self._len):
            x = self._buf[(self._head + i) & self._mask]
            eq = x is value or x == value
            if state != self._state:
                raise IndexError('deque mutated during iteration')
            if eq:
                self._delete(i)
                return
        raise ValueError('%r is not in deque' % (value,))

    # -- positions --

    def _delete(self, i):
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def insert(self, index, value):
        """Inserts value before position index."""
        index = _index_value(index)
        size = self._len
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index >= size:
            return self.append(value)
        if index <= -size or index == 0:
            return self.appendleft(value)
        if index < 0:
            index += size
        self.rotate(-index)
        self.appendleft(value)
        self.rotate(index)

    def reverse(self):
        """Reverses the items in place."""
        n = self._len
        buf = self._buf
        head = self._head
        mask = self._mask
        i = 0
        j = n - 1
        while i < j:
            a = (head + i) & mask
            b = (head + j) & mask
            buf[a], buf[b] = buf[b], buf[a]
            i += 1
            j -= 1

    def __getitem__(self, index):
        i = self._norm_index(index)
        return self._buf[(self._head + i) & self._mask]

    def __setitem__(self, index, value):
        i = self._norm_index(index)
        self._buf[(self._head + i) & self._mask] = value

    def __delitem__(self, index):
        i = self._norm_index(index)
        self._delete(i)

    # -- protocol --

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if i >= self._len:
                return
            yield self._buf[(self._head + i) & self._mask]
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._len - 1
        while True:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            yield self._buf[(self._head + i) & self._mask]
            i -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(list(self))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a = list(self)
        b = list(other)
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, 0)

    def __ne__(self, other):
        return self._compare(other, 1)

    def __lt__(self, other):
        return self._compare(other, 2)

    def __le__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        if not isinstance(n, int):
            try:
                n = type(n).__index__(n)
            except AttributeError:
                raise TypeError("can't multiply sequence by non-int of type '%s'"
                                % type(n).__name__) from None
        size = self._len
        if n <= 0 or size == 0:
            if size:
                self.clear()
            return self
        if n == 1:
            return self
        items = list(self)
        if self._maxlen is not None:
            # Only the last maxlen items survive; a period more than that is enough.
            enough = self._maxlen // size + 2
            if n > enough:
                n = enough
        for _ in range(n - 1):
            for x in items:
                self.append(x)
        return self

    def __mul__(self, n):
        new = self.copy()
        return new.__imul__(n)

    def __rmul__(self, n):
        new = self.copy()
        return new.__imul__(n)


# ----- defaultdict --------------------------------------------------------------------

class defaultdict(dict):
    """A dict that calls default_factory() to create the value of a missing key
    (when default_factory is not None)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    __class_getitem__ = classmethod(_class_getitem)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    # Tern workaround: str() of a dict subclass with only __repr__ overflows the stack.
    def __str__(self):
        return type(self).__repr__(self)

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ----- OrderedDict --------------------------------------------------------------------

def _reversed_keys(d):
    return reversed(dict.keys(d))


class _OrderedView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))



class _SetOps:
    """Set operations of keys and items views."""

    def __and__(self, other):
        return set(self) & set(other)

    def __rand__(self, other):
        return set(other) & set(self)

    def __or__(self, other):
        return set(self) | set(other)

    def __ror__(self, other):
        return set(other) | set(self)

    def __sub__(self, other):
        return set(self) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def __rxor__(self, other):
        return set(other) ^ set(self)

    def __eq__(self, other):
        try:
            return set(self) == set(other)
        except TypeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def isdisjoint(self, other):
        for x in other:
            if x in self:
                return False
        return True

    __hash__ = None


class odict_keys(_OrderedView, _SetOps):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return _reversed_keys(self._mapping)

    def __contains__(self, key):
        return key in dict.keys(self._mapping)


class odict_values(_OrderedView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        m = self._mapping
        return iter([dict.__getitem__(m, k) for k in _reversed_keys(m)])


class odict_items(_OrderedView, _SetOps):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        m = self._mapping
        return iter([(k, dict.__getitem__(m, k)) for k in _reversed_keys(m)])

    def __contains__(self, item):
        return item in dict.items(self._mapping)


class OrderedDict(dict):
    """A dict with order-aware equality, move_to_end and popitem(last=)."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    __class_getitem__ = classmethod(_class_getitem)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Moves key to the end (to the front when last is false); KeyError if absent."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Removes and returns the last (key, value) pair, or the first when last is false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __reversed__(self):
        return _reversed_keys(self)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        name = type(self).__name__
        if not dict.__len__(self):
            return '%s()' % (name,)
        _repr_running.add(key)
        try:
            return '%s(%r)' % (name, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    # Tern workaround: str() of a dict subclass with only __repr__ overflows the stack.
    def __str__(self):
        return type(self).__repr__(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict mapping each key of iterable to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        """The value of key, after inserting default for an absent key."""
        if dict.__contains__(self, key):
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ----- Counter ------------------------------------------------------------------------

def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap)) or (
        hasattr(obj, 'keys') and hasattr(obj, 'items') and hasattr(obj, '__getitem__'))


# `mapping[elem] = mapping.get(elem, 0) + 1` for each element, natively (as in
# CPython's _collections).
from _tern import count_elements as _count_elements


class Counter(dict):
    """A dict that counts hashable items: counter[item] is how many times item was
    seen (0 for an item never seen)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    __class_getitem__ = classmethod(_class_getitem)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (item, count) pairs with the highest counts first (ties in insertion
        order); only the first n when n is given."""
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Each item repeated as many times as its count (items with counts < 1 are skipped)."""
        for elem, count in self.items():
            for _ in _repeat_count(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds counts from a mapping of counts or counts the items of an iterable."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts from a mapping of counts or one per item of an iterable."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Removes elem if present (a missing element is not an error)."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Tern workaround: str() of a dict subclass with only __repr__ overflows the stack.
    def __str__(self):
        return type(self).__repr__(self)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not (self[e] == other[e]):
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not (self[e] <= other[e]):
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not (self[e] >= other[e]):
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


def _repeat_count(count):
    # Like itertools.repeat(None, count): a negative count repeats nothing, and a
    # count that is not an integer is an error.
    if not isinstance(count, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(count).__name__)
    return range(count)


# ----- namedtuple ---------------------------------------------------------------------

class _P(tuple):
    __slots__ = ()


def _tuple_new_works():
    try:
        return len(tuple.__new__(_P, (1, 2))) == 2
    except Exception:
        return False


if _tuple_new_works():
    _tuple_new = tuple.__new__
else:
    _object_init = object.__init__

    def _tuple_new(cls, iterable):
        # Tern workaround: tuple.__new__(cls, iterable) currently ignores the
        # iterable for tuple subclasses. Calling cls(iterable) with no __new__ and
        # __init__ of its own builds the tuple from the iterable instead, so shadow
        # them on cls for the duration of the call.
        d = cls.__dict__
        had_new = '__new__' in d
        had_init = '__init__' in d
        saved_new = d['__new__'] if had_new else None
        saved_init = d['__init__'] if had_init else None
        cls.__new__ = None
        cls.__init__ = _object_init
        try:
            return cls(iterable)
        finally:
            if had_new:
                cls.__new__ = saved_new
            else:
                del cls.__new__
            if had_init:
                cls.__init__ = saved_init
            else:
                del cls.__init__


class _tuplegetter:
    # Read-only access to one field of a named tuple (its __doc__ is a slot).

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _bind_args(typename, fields, defaults, args, kwargs):
    """Matches __new__'s arguments to the fields, raising CPython's errors."""
    nfields = len(fields)
    nargs = len(args)
    values = list(args[:nfields])
    values.extend([_MISSING] * (nfields - len(values)))
    for k, v in kwargs.items():
        try:
            i = fields.index(k)
        except ValueError:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (typename, k)) from None
        if i < nargs:
            raise TypeError("%s.__new__() got multiple values for argument '%s'"
                            % (typename, k))
        values[i] = v
    if nargs > nfields:
        ndef = len(defaults)
        if ndef:
            takes = 'from %d to %d positional arguments' % (nfields + 1 - ndef, nfields + 1)
        else:
            takes = _plural(nfields + 1, 'positional argument')
        given = nargs + 1
        raise TypeError('%s.__new__() takes %s but %d %s given'
                        % (typename, takes, given, 'was' if given == 1 else 'were'))
    first_default = nfields - len(defaults)
    missing = []
    for i in range(nfields):
        if values[i] is _MISSING:
            if i >= first_default:
                values[i] = defaults[i - first_default]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                        % (typename, len(missing), '' if len(missing) == 1 else 's',
                           _name_list(missing)))
    return values


_MISSING = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Creates a tuple subclass called typename whose items are also readable as
    attributes: Point = namedtuple('Point', 'x y'); Point(1, y=2).y == 2."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename)) if hasattr(_sys, 'intern') else str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or _iskeyword(name)
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    else:
        defaults = ()

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    tuple_new = _tuple_new

    def __new__(_cls, *args, **kwargs):
        if kwargs or len(args) != num_fields:
            args = _bind_args(typename, field_names, defaults, args, kwargs)
        return tuple_new(_cls, args)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = typename + '.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(field_names, self):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        result = self._make(values)
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        parts = []
        for name, value in zip(field_names, self):
            parts.append('%s=%r' % (name, value))
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    # Tern workaround: str() of a tuple subclass with only __repr__ overflows the stack.
    def __str__(self):
        return type(self).__repr__(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__repr__, _asdict, __getnewargs__, __str__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '__str__': __str__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    if module is None:
        getframe = getattr(_sys, '_getframe', None)
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = None
        if module is None:
            module = '__main__'
    class_namespace['__module__'] = module
    result = type(typename, (tuple,), class_namespace)
    return result


# ----- ChainMap -----------------------------------------------------------------------

class _MappingView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)



class KeysView(_MappingView, _SetOps):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_MappingView, _SetOps):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class ChainMap:
    """A mapping that looks keys up in a list of mappings, first to last, and
    writes to the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    __class_getitem__ = classmethod(_class_getitem)

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one dict mapping each key of iterable to the value."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap with a copy of maps[0] followed by the other maps themselves."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (or a new dict holding kwargs) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Removes and returns a pair of maps[0]; KeyError when it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Removes key from maps[0] and returns its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empties maps[0]."""
        self.maps[0].clear()

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)
