"""typing: type-hint names usable at run time (Tern's stdlib).

Supported:
- The special forms and generic aliases of CPython 3.11's typing module (Any,
  Union, Optional, Callable, Literal, ClassVar, Final, Annotated, TypeGuard,
  NoReturn, Never, Self, LiteralString, List, Dict, Set, FrozenSet, Tuple, Type,
  Iterable, Iterator, Sequence, Mapping, Generator, DefaultDict, Deque, Counter,
  ...). Subscripting them works at run time and gives objects that print like
  CPython's (`typing.List[int]`, `typing.Optional[int]`,
  `typing.Callable[[int], str]`), compare equal when CPython's do (Unions ignore
  order and duplicates), and answer get_origin() / get_args().
- TypeVar, ParamSpec, TypeVarTuple, ForwardRef, NewType, Generic, Protocol,
  cast, overload (+ get_overloads, clear_overloads), final, no_type_check,
  runtime_checkable, get_type_hints, get_origin, get_args, is_typeddict,
  assert_never, assert_type, reveal_type, dataclass_transform, TYPE_CHECKING,
  Text, AnyStr.
- NamedTuple, both the class syntax (fields from the class annotations, defaults
  from class attributes, methods allowed) and the functional form.
- TypedDict, class syntax (with total=) and functional form; calling a TypedDict
  class returns a plain dict, as in CPython.

isinstance()/issubclass() work against Union/Optional (of classes) and unsubscripted
aliases of concrete classes (List, Dict, ...); subscripted generics and special forms
raise CPython's TypeError.

Not supported (Tern has no custom metaclasses or __mro_entries__):
- isinstance()/issubclass() against the collections.abc aliases (Iterable,
  Sequence, ...): NotImplementedError, since their classes are placeholders.
- Generic[T] and Protocol[T] evaluate to Generic / Protocol themselves, and
  a user generic class subscripted (Stack[int]) evaluates to the class itself, so
  those print as classes.
- A class-syntax NamedTuple has NamedTuple in its bases and instances have a
  __dict__; get_type_hints() does not evaluate string annotations.
"""

import collections as _collections
import sys as _sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
    'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _f():
    pass


_FunctionType = type(_f)


def _type_repr(obj):
    """How typing prints one argument of a generic alias."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _convert_arg(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A forward reference: a type named by a string."""

    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('ForwardRef', self.__forward_arg__))

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


# ----- generic aliases ----------------------------------------------------------------

class _GenericAlias:
    """X[args] for a typing generic: keeps the origin class and the arguments."""

    def __init__(self, origin, args, name=None, special=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special
        params = []
        for a in args:
            if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)) and a not in params:
                params.append(a)
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = 'typing.' + self._name
        if self._name == 'Callable' and len(self.__args__) >= 1:
            args = self.__args__
            if len(args) == 2 and args[0] is Ellipsis:
                return '%s[..., %s]' % (head, _type_repr(args[1]))
            params = ', '.join([_type_repr(a) for a in args[:-1]])
            return '%s[[%s], %s]' % (head, params, _type_repr(args[-1]))
        if not self.__args__:
            return '%s[()]' % head
        return '%s[%s]' % (head, ', '.join([_type_repr(a) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._special:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # Substitute type variables: List[T][int] -> List[int].
        if not isinstance(params, tuple):
            params = (params,)
        mapping = dict(zip(self.__parameters__, [_convert_arg(p) for p in params]))
        new_args = tuple([_subst(a, mapping) for a in self.__args__])
        return _GenericAlias(self.__origin__, new_args, self._name, self._special)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")


def _subst(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple([mapping.get(p, p) for p in arg.__parameters__])]
    return arg


class _SpecialGenericAlias:
    """An unsubscripted typing generic such as List or Dict."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_convert_arg(p) for p in params])
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, not self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self.__origin__ in _ABC_PLACEHOLDERS:
            raise NotImplementedError(
                f"isinstance()/issubclass() against {self!r} is not supported by Tern")
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', True)
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([p if p is Ellipsis else _convert_arg(p) for p in params])
        return _GenericAlias(tuple, params, 'Tuple', True)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is Ellipsis:
            flat = (Ellipsis, _convert_arg(result))
        else:
            if not isinstance(args, (list, tuple)):
                raise TypeError('Callable[args, result]: args must be a list. Got %s'
                                % _type_repr(args))
            flat = tuple([_convert_arg(a) for a in args]) + (_convert_arg(result),)
        return _GenericAlias(self.__origin__, flat, 'Callable', False)


_ABC_PLACEHOLDERS = []


def _abc_class(name, module='collections.abc'):
    """A stand-in for a collections.abc class (Tern has no collections.abc)."""
    cls = type(name, (), {'__module__': module})
    _ABC_PLACEHOLDERS.append(cls)
    return cls


# ----- special forms ------------------------------------------------------------------

class _SpecialForm:
    """A typing construct such as Any, Union or ClassVar."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        if doc is not None:
            self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _UnionAlias(_GenericAlias):
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join([_type_repr(a) for a in args])

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _type_check(arg, msg):
    """CPython's check of one type argument (3.11: no callable() test)."""
    arg = _convert_arg(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, ClassVar,
                                                                Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _GenericAlias(self, (_convert_arg(parameters),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal')


def _annotated_getitem(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _convert_arg(parameters[0])
    alias = _GenericAlias(self, (origin,) + tuple(parameters[1:]), 'Annotated')
    alias.__metadata__ = tuple(parameters[1:])
    return alias


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, tuple([_convert_arg(p) for p in parameters]), 'Concatenate')


class _AnyForm(_SpecialForm):
    """Any: in 3.11 a class whose metaclass refuses isinstance() but whose
    issubclass() is type's (False for every other class)."""

    def __subclasscheck__(self, cls):
        return cls is self


Any = _AnyForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
Unpack = _SpecialForm('Unpack', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# ----- type variables -----------------------------------------------------------------

class TypeVar:
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple([_convert_arg(c) for c in constraints])
        self.__bound__ = _convert_arg(bound) if bound is not None else None
        self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec:
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _convert_arg(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class TypeVarTuple:
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
Text = str


# ----- Generic and Protocol -----------------------------------------------------------

class Generic:
    """Base class for generic classes: class Stack(Generic[T]): ..."""

    __slots__ = ()

    def __class_getitem__(cls, *args):
        # Tern: without __mro_entries__, Generic[T] must itself be a class.
        # Tern workaround: X[item] currently calls this classmethod bound to
        # type(X) with (X, item); CPython passes (item,) with cls = X.
        if len(args) == 2:
            cls = args[0]
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural types)."""

    __slots__ = ()


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (no effect here)."""
    cls._is_runtime_protocol = True
    return cls


# ----- simple functions ---------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm val has type typ (returns val)."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def final(f):
    """Decorator marking final methods and classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator indicating that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like decorator or base class (no effect here)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods (records func, returns a stub)."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The overloads recorded for func."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Forget all recorded overloads."""
    _overload_registry.clear()


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _UnionAlias):
        return Union
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Annotated':
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, ParamSpecArgs) or isinstance(tp, ParamSpecKwargs):
        return tp.__origin__
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (None becomes
    NoneType; string annotations are returned as ForwardRef-free strings)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                hints[name] = _hint(value)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: _hint(value) for name, value in ann.items()}


def _hint(value):
    if value is None:
        return _NoneType
    return value


# ----- NewType ------------------------------------------------------------------------

class NewType:
    """NewType('UserId', int) creates a callable that returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ----- NamedTuple ---------------------------------------------------------------------

_NT_COPIED = ('__new__', '_make', '_replace', '__repr__', '__str__', '_asdict',
              '__getnewargs__', '_fields', '_field_defaults', '__match_args__')


def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    nt = _collections.namedtuple(name, names, defaults=defaults, module=module)
    nt.__annotations__ = {n: t for n, t in fields}
    return nt


class NamedTuple(tuple):
    """Base class for typed named tuples (class syntax with annotated fields)
    and NamedTuple('Name', [(field, type), ...])."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            raise TypeError('%s has no fields' % cls.__name__)
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to '
                            'NamedTuple, not both')
        return _make_nmtuple(typename, list(fields), '__main__')

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        if NamedTuple not in cls.__bases__:
            return
        ns = cls.__dict__
        types = ns.get('__annotations__', {})
        names = list(types)
        defaults = []
        default_names = []
        for field in names:
            if field in ns:
                defaults.append(ns[field])
                default_names.append(field)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        template = _make_nmtuple(cls.__name__, [(n, types[n]) for n in names],
                                 cls.__module__, defaults)
        tns = template.__dict__
        for key in _NT_COPIED:
            setattr(cls, key, tns[key])
        for field in names:
            setattr(cls, field, tns[field])


# ----- TypedDict ----------------------------------------------------------------------

def _typeddict_new(cls, *args, **kwargs):
    # Instances of TypedDict classes are plain dicts.
    return dict(*args, **kwargs)


class TypedDict(dict):
    """A dict with a fixed set of typed keys (class syntax or
    TypedDict('Name', {'key': type}, total=True))."""

    def __new__(cls, typename=None, fields=None, /, *, total=True, **kwargs):
        if cls is not TypedDict:
            return dict(*(() if typename is None else (typename,)), **kwargs)
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': '__main__'}
        td = type(typename, (TypedDict,), ns)
        _setup_typeddict(td, total)
        return td

    def __init_subclass__(cls, /, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        _setup_typeddict(cls, total)


def _setup_typeddict(cls, total):
    own = cls.__dict__.get('__annotations__', {})
    annotations = {}
    required = set()
    optional = set()
    for base in cls.__mro__[1:]:
        if base is TypedDict or base is dict or base is object:
            continue
        annotations.update(base.__dict__.get('__annotations__', {}))
        required.update(getattr(base, '__required_keys__', ()))
        optional.update(getattr(base, '__optional_keys__', ()))
    for name, tp in own.items():
        annotations[name] = tp
        origin = tp.__origin__ if isinstance(tp, _GenericAlias) else None
        if origin is Required:
            required.add(name)
        elif origin is NotRequired:
            optional.add(name)
        elif total:
            required.add(name)
        else:
            optional.add(name)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = bool(total)
    cls.__new__ = staticmethod(_typeddict_new)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


# ----- the generic aliases ------------------------------------------------------------

Hashable = _SpecialGenericAlias(_abc_class('Hashable'), 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc_class('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc_class('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc_class('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc_class('AsyncIterator'), 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc_class('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc_class('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc_class('Reversible'), 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc_class('Sized'), 0, 'Sized')
Container = _SpecialGenericAlias(_abc_class('Container'), 1, 'Container')
Collection = _SpecialGenericAlias(_abc_class('Collection'), 1, 'Collection')
Callable = _CallableAlias(_abc_class('Callable'), 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc_class('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc_class('MutableSet'), 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc_class('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc_class('MutableMapping'), 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc_class('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc_class('MutableSequence'), 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc_class('ByteString'), 0, 'ByteString')
Tuple = _TupleAlias(tuple, -1, 'Tuple', False)
List = _SpecialGenericAlias(list, 1, 'List', False)
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set', False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', False)
MappingView = _SpecialGenericAlias(_abc_class('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc_class('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc_class('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc_class('ValuesView'), 1, 'ValuesView')
ContextManager = _SpecialGenericAlias(_abc_class('AbstractContextManager', 'contextlib'), 1,
                                      'ContextManager')
AsyncContextManager = _SpecialGenericAlias(
    _abc_class('AbstractAsyncContextManager', 'contextlib'), 1, 'AsyncContextManager')
Dict = _SpecialGenericAlias(dict, 2, 'Dict', False)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')
Generator = _SpecialGenericAlias(_abc_class('Generator'), 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc_class('AsyncGenerator'), 2, 'AsyncGenerator')
Type = _SpecialGenericAlias(type, 1, 'Type', False)
Pattern = _SpecialGenericAlias(_abc_class('Pattern', 're'), 1, 'Pattern')
Match = _SpecialGenericAlias(_abc_class('Match', 're'), 1, 'Match')


class SupportsInt(Protocol):
    """Protocol: has __int__."""
    __slots__ = ()


class SupportsFloat(Protocol):
    """Protocol: has __float__."""
    __slots__ = ()


class SupportsComplex(Protocol):
    """Protocol: has __complex__."""
    __slots__ = ()


class SupportsBytes(Protocol):
    """Protocol: has __bytes__."""
    __slots__ = ()


class SupportsIndex(Protocol):
    """Protocol: has __index__."""
    __slots__ = ()


class SupportsAbs(Protocol):
    """Protocol: has __abs__."""
    __slots__ = ()


class SupportsRound(Protocol):
    """Protocol: has __round__."""
    __slots__ = ()


class IO(Generic):
    """Generic base class for TextIO and BinaryIO (a placeholder here)."""
    __slots__ = ()


class BinaryIO(IO):
    """Placeholder for binary file objects."""
    __slots__ = ()


class TextIO(IO):
    """Placeholder for text file objects."""
    __slots__ = ()
