"""functools: higher-order functions and operations on callables (Tern's stdlib).

Supported: reduce; partial (func/args/keywords read-only attributes, flattening of
nested partials, CPython's repr); partialmethod (basic); update_wrapper, wraps,
WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES; lru_cache (maxsize None / int, typed,
`@lru_cache` and `@lru_cache(...)` forms, cache_info() returning a CacheInfo
named tuple, cache_clear(), cache_parameters(), __wrapped__; the same hit/miss
accounting and eviction order as CPython's C implementation); cache;
cmp_to_key; total_ordering; singledispatch (dispatch on the MRO of the first
argument's class; register(cls, func), register(cls) as a decorator, and plain
@register on a function whose first parameter is annotated with a class);
singledispatchmethod (basic); cached_property.

Not supported: singledispatch does not consult abstract base classes (Tern has
no ABC registration) and register() does not accept union types; the lru_cache
wrapper is an ordinary function object (its repr is a function's repr).
"""

from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ----- update_wrapper / wraps -----------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copies the identity of wrapped (name, doc, ...) onto wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last so that a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ----- reduce -------------------------------------------------------------------------

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """Combines the items of iterable from left to right with a two-argument
    function (starting from initial when given)."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ----- partial ------------------------------------------------------------------------

class _ReadOnly:
    """A data descriptor exposing a private slot as a read-only attribute."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.slot)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


_repr_running = set()


class partial:
    """A callable that calls func with some positional and keyword arguments
    fixed in advance."""

    __slots__ = ('_p_func', '_p_args', '_p_keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func._p_args + args
            merged = dict(func._p_keywords)
            merged.update(keywords)
            keywords = merged
            func = func._p_func
        self = object.__new__(cls)
        self._p_func = func
        self._p_args = tuple(args)
        self._p_keywords = keywords
        return self

    func = _ReadOnly('_p_func')
    args = _ReadOnly('_p_args')
    keywords = _ReadOnly('_p_keywords')

    def __call__(self, /, *args, **keywords):
        if self._p_keywords:
            kw = dict(self._p_keywords)
            kw.update(keywords)
            keywords = kw
        return self._p_func(*self._p_args, *args, **keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._p_func)]
            for a in self._p_args:
                parts.append(repr(a))
            for k, v in self._p_keywords.items():
                parts.append('%s=%r' % (k, v))
        finally:
            _repr_running.discard(key)
        t = type(self)
        name = 'functools.partial' if t is partial else t.__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._p_func,),
                (self._p_func, self._p_args, self._p_keywords or None,
                 getattr(self, '__dict__', None) or None))

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        self._p_func = func
        self._p_args = tuple(args)
        self._p_keywords = dict(kwds) if kwds else {}
        if namespace:
            for k, v in namespace.items():
                setattr(self, k, v)


class partialmethod:
    """Like partial, but binds as a method when read from an instance."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            self.keywords = kw
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend([repr(a) for a in self.args])
        parts.extend(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None and not isinstance(self.func, partial):
            bound = get(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        if obj is None:
            func, args, keywords = self.func, self.args, self.keywords

            def unbound(cls_or_self, /, *a, **k):
                kw = dict(keywords)
                kw.update(k)
                return func(cls_or_self, *args, *a, **kw)
            return unbound
        return partial(self.func, obj, *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ----- total_ordering -----------------------------------------------------------------

def _ne(a, b):
    # Tern workaround: `a != b` does not yet fall back to the inverse of a
    # user-defined __eq__ when the class defines no __ne__; object.__ne__ does.
    r = type(a).__ne__(a, b)
    if r is NotImplemented:
        r = type(b).__ne__(b, a)
        if r is NotImplemented:
            return a is not b
    return r


def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and _ne(self, other)

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and _ne(self, other)

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and _ne(self, other)

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and _ne(self, other)

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: derives the missing <, <=, >, >= from one of them and ==."""
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _derived[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ----- cmp_to_key ---------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Wraps an old-style cmp(a, b) function into a key= function."""

    class KeyWrapper:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return KeyWrapper


# ----- lru_cache ----------------------------------------------------------------------

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                       module='functools')
_CacheInfo = CacheInfo

_kwd_mark = object()


def _make_key(args, kwds, typed):
    # Keys compare like CPython's: positional args, then a marker and the keyword
    # items in call order, then (when typed) the argument types.
    if not kwds and not typed and len(args) == 1:
        a = args[0]
        t = type(a)
        if t is int or t is str:
            return a
    key = args
    if kwds:
        flat = [_kwd_mark]
        for k, v in kwds.items():
            flat.append(k)
            flat.append(v)
        key = args + tuple(flat)
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoizing decorator that keeps the maxsize most recently used results
    (all of them when maxsize is None); typed=True caches 1 and 1.0 apart."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        user_function = maxsize
        maxsize = 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    sentinel = object()
    make_key = _make_key
    cache = {}
    stats = [0, 0]  # hits, misses
    # Doubly linked circular list of [prev, next, key, result]; root.next is the
    # least recently used entry, root.prev the most recently used.
    root = []
    root[:] = [root, root, None, None]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            link = cache.get(key)
            if link is not None:
                # Move the link to the most recently used position.
                prev, nxt = link[0], link[1]
                prev[1] = nxt
                nxt[0] = prev
                last = root[0]
                last[1] = link
                root[0] = link
                link[0] = last
                link[1] = root
                stats[0] += 1
                return link[3]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The same key was cached by a recursive call while computing.
                return result
            if len(cache) >= maxsize:
                # Evict the least recently used entry.
                oldest = root[1]
                del cache[oldest[2]]
                nxt = oldest[1]
                root[1] = nxt
                nxt[0] = root
            last = root[0]
            link = [last, root, key, result]
            last[1] = link
            root[0] = link
            cache[key] = link
            return result

    def cache_info():
        """Hits, misses, maxsize and current size of the cache."""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Empties the cache and resets its statistics."""
        cache.clear()
        root[:] = [root, root, None, None]
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """An unbounded lru_cache (maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ----- singledispatch -----------------------------------------------------------------

def _find_impl(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return None


def singledispatch(func):
    """Turns func into a generic function that picks an implementation from the
    class of its first argument."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation that would be used for an argument of class cls."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Adds func as the implementation for cls (also usable as a decorator)."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname = None
            cls = None
            for argname, cls in ann.items():
                break
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class.")
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _bind(f, obj, cls):
    get = getattr(type(f), '__get__', None)
    if get is not None:
        return get(f, obj, cls)
    # Tern workaround: function objects have no __get__ yet; bind by hand.
    if obj is None:
        return f

    def bound(*args, **kwargs):
        return f(obj, *args, **kwargs)
    return bound


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{getattr(func, "__name__", "method")} requires at least 1 '
                                f'positional argument')
            method = dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ----- cached_property ----------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f"does not support item assignment for caching {self.attrname!r} property.")
                raise TypeError(msg) from None
        return val
