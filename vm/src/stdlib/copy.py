"""copy: shallow and deep copy operations (Tern's stdlib).

Supported: copy(x) and deepcopy(x, memo=None), Error (= error).
- Immutable atoms (None, numbers, str, bytes, functions, classes, ranges, ...) are
  returned as they are; copy() returns tuples and frozensets themselves, and
  deepcopy() returns a tuple itself unless an element's copy differs, as in
  CPython (a frozenset is always rebuilt).
- list, dict, set, bytearray are copied directly; deepcopy keeps shared and
  cyclic references through the memo dict (memo[id(x)] = copy, plus CPython's
  keep-alive list under memo[id(memo)]).
- Classes may define __copy__(self) and __deepcopy__(self, memo); they may also
  define __reduce_ex__(protocol) / __reduce__() returning CPython's reduce tuple
  (callable, args[, state[, listitems[, dictitems]]]), and __getstate__ /
  __setstate__ / __getnewargs__ / __getnewargs_ex__.
- Other instances are rebuilt as CPython's default object.__reduce_ex__(4) does:
  cls.__new__(cls, *newargs), then the instance __dict__ and __slots__ values,
  then list items (list subclasses) and dict items (dict subclasses).

Not supported: copyreg.dispatch_table registrations. Other objects of builtin
types (generators, iterators, modules, ...) raise TypeError("cannot pickle 'X'
object"), as CPython does for generators; CPython can copy some builtin
iterators (list_iterator, ...), this module cannot.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _f():
    pass


class _C:
    def _m(self):
        pass


_function_type = type(_f)
_builtin_function_type = type(len)
_method_type = type(_C()._m)

_atomic_deep = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                bytes, str, type, range, _builtin_function_type, _function_type,
                property}
try:
    _atomic_deep.add(complex)
except NameError:
    pass
try:
    _bytearray = bytearray
except NameError:
    _bytearray = list  # Tern has no bytearray yet; list is handled the same way.
_atomic_shallow = set(_atomic_deep)
_atomic_shallow.update((tuple, frozenset, slice))


# ----- copy ---------------------------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_shallow:
        return x
    if cls is list or cls is dict or cls is set or cls is _bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# ----- deepcopy -----------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic_deep:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is _method_type:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple reached again through a cycle has been copied already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo (the memo is keyed by id)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ----- the reduce protocol ------------------------------------------------------------

def _user_hook(cls, name):
    """The class attribute `name` if a Python-level class defines it, else None."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            if klass is object or getattr(klass, '__module__', None) == 'builtins':
                return None
            return getattr(cls, name)
    return None


class _TupleProbe(tuple):
    __slots__ = ()


def _builtin_new_works():
    try:
        return len(tuple.__new__(_TupleProbe, (1, 2))) == 2
    except Exception:
        return False


_BUILTIN_NEW_OK = _builtin_new_works()
_IMMUTABLE_BASES = (int, float, str, bytes, tuple, frozenset)


def _newobj(cls, *args):
    if (not _BUILTIN_NEW_OK and args and issubclass(cls, _IMMUTABLE_BASES)
            and _user_hook(cls, '__new__') is None):
        # Tern workaround: object.__new__ / tuple.__new__(cls, value) currently
        # ignore the value for subclasses of immutable builtins. Calling cls(value)
        # with __new__ and __init__ shadowed builds the value instead.
        d = cls.__dict__
        had_new = '__new__' in d
        had_init = '__init__' in d
        saved_new = d['__new__'] if had_new else None
        saved_init = d['__init__'] if had_init else None
        cls.__new__ = None
        cls.__init__ = object.__init__
        try:
            return cls(*args)
        finally:
            if had_new:
                cls.__new__ = saved_new
            else:
                del cls.__new__
            if had_init:
                cls.__init__ = saved_init
            else:
                del cls.__init__
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                mangled = '_%s%s' % (stripped, name)
                # (Tern does not mangle private names yet: use what the class has.)
                if stripped and (mangled in klass.__dict__ or name not in klass.__dict__):
                    name = mangled
            names.append(name)
    return names


def _default_state(x):
    cls = type(x)
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = d if d else None
    names = _slot_names(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce(x):
    cls = type(x)
    hook = _user_hook(cls, '__reduce_ex__')
    if hook is not None:
        return hook(x, 4)
    hook = _user_hook(cls, '__reduce__')
    if hook is not None:
        return hook(x)
    # Builtin types with their own reduce in CPython.
    if cls is set or cls is frozenset:
        return cls, (list(x),), None
    if cls is slice:
        return slice, (x.start, x.stop, x.step)
    if cls is _method_type:
        return getattr, (x.__self__, x.__func__.__name__)
    if getattr(cls, '__module__', None) == 'builtins' and cls not in (object, list, dict):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if cls is object:
        return _newobj, (cls,), None
    # object.__reduce_ex__(4) for instances of Python classes.
    kwargs = None
    getnewargs_ex = _user_hook(cls, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
    else:
        getnewargs = _user_hook(cls, '__getnewargs__')
        if getnewargs is not None:
            args = getnewargs(x)
        else:
            args = _builtin_newargs(x)
    getstate = _user_hook(cls, '__getstate__')
    if getstate is not None:
        state = getstate(x)
    else:
        state = _default_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, tuple(args), kwargs), state, listitems, dictitems
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _builtin_newargs(x):
    # What the immutable builtin bases' __getnewargs__ return in CPython.
    if isinstance(x, tuple):
        return (tuple(x),)
    if isinstance(x, bool):
        return (bool(x),)
    if isinstance(x, int):
        return (int.__index__(x),)
    if isinstance(x, float):
        return (float.__float__(x),) if hasattr(float, '__float__') else (float(x),)
    if isinstance(x, str):
        return (str.__str__(x),) if hasattr(str, '__str__') else (str(x),)
    if isinstance(x, bytes):
        return (bytes(x),)
    if isinstance(x, frozenset):
        return (list(x),)
    return ()


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
