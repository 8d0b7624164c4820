"""types: names for the interpreter's own types, and the run-time type-hint objects.

Supported: the type names real programs test against (FunctionType, LambdaType,
MethodType, BuiltinFunctionType, BuiltinMethodType, ModuleType, GeneratorType,
CoroutineType, CodeType, NoneType, EllipsisType, NotImplementedType), SimpleNamespace, and the two
objects that annotations evaluate to:

- ``GenericAlias``: what ``list[int]``, ``dict[str, int]`` or ``tuple[int, ...]``
  give (the VM subscripts builtin classes through ``_class_getitem``). It prints as
  CPython's (``dict[str, list[int]]``), compares by origin and arguments, is callable
  (``list[int]([1])`` makes a list), and refuses to be isinstance()'s second argument.
- ``UnionType``: what ``int | str`` or ``int | None`` give (the VM's ``|`` on two
  classes calls ``_union``). Arguments are flattened and deduplicated in order, it
  compares and hashes as a set of arguments, and isinstance()/issubclass() accept it.

Invariants: ``__args__`` is always a tuple; a UnionType never has fewer than two
arguments (``int | int`` is ``int``); None in a union is stored as ``type(None)``.

MappingProxyType is the native read-only view that ``C.__dict__`` returns.

Not supported: TracebackType and FrameType as real types,
``new_class``/``prepare_class``, the ``coroutine`` decorator, DynamicClassAttribute.
"""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
ModuleType = type(_sys)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MappingProxyType = type(type.__dict__)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)


def _g():
    yield 1


GeneratorType = type(_g())


async def _co():
    pass


_coro = _co()
CoroutineType = type(_coro)
_coro.close()
del _f, _g, _C, _co, _coro


class SimpleNamespace:
    """Attribute access to keyword arguments, printed as ``namespace(a=1, b=2)``."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def _type_repr(obj):
    """How a type-hint argument prints: classes by (qualified) name, ``...`` and None
    as themselves, anything else by repr."""
    if obj is Ellipsis:
        return '...'
    if obj is NoneType or obj is None:
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    return repr(obj)


def _is_union_operand(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


class GenericAlias:
    """A parameterised builtin class, such as ``list[int]``."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        return ()

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return '%s[%s]' % (_type_repr(self.__origin__), args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        if not _is_union_operand(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _is_union_operand(other):
            return NotImplemented
        return _union(other, self)


class UnionType:
    """``X | Y`` of classes: isinstance() and issubclass() accept it."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)

    def __or__(self, other):
        if not _is_union_operand(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _is_union_operand(other):
            return NotImplemented
        return _union(other, self)


def _union(a, b):
    """``a | b`` for classes, None, generic aliases and unions (called by the VM for
    ``type | type``)."""
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            if p is None:
                p = NoneType
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _class_getitem(cls, args):
    """``cls[args]`` for builtin classes (called by the VM)."""
    return GenericAlias(cls, args)
