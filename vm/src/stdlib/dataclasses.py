"""dataclasses: classes whose special methods are generated from annotated fields
(Tern's stdlib).

Supported (behaving as in CPython 3.11):
- @dataclass and @dataclass(...) with init, repr, eq, order, unsafe_hash, frozen,
  match_args, kw_only, slots and weakref_slot; the KW_ONLY marker.
- Fields from the class's own __annotations__ in definition order, after the fields
  of dataclass bases (a redefined field keeps its base's position); defaults from
  class attributes; field(default=, default_factory=, init=, repr=, hash=,
  compare=, metadata=, kw_only=); ClassVar and InitVar pseudo-fields, written as
  objects (typing.ClassVar[int], InitVar[int]) or as strings (under
  `from __future__ import annotations`, resolved through the class's module the way
  CPython does); __post_init__ receiving the InitVar values.
- The generated methods: __init__ (binds its arguments itself and raises CPython's
  TypeErrors for missing, surplus, duplicate and unknown arguments), __repr__ (with
  the '...' guard against recursion), __eq__, __lt__/__le__/__gt__/__ge__, __hash__
  (CPython's table of when to add it, leave it, set it to None or refuse),
  __setattr__/__delattr__ of frozen classes (FrozenInstanceError), __match_args__,
  and the class __doc__ text signature.
- The class-creation errors: non-default argument after default argument, mutable
  (unhashable) defaults, frozen/non-frozen inheritance, Field without annotation,
  overwriting ordering methods or __hash__, KW_ONLY given twice, ...
- fields(), asdict() and astuple() (recursive; lists, tuples, named tuples and dicts
  are rebuilt, anything else deep-copied), replace(), is_dataclass(),
  make_dataclass(), MISSING, Field (with CPython's repr), FrozenInstanceError.

Differences from CPython:
- Methods are built from closures instead of exec'd source, so the generated
  __init__ has the signature (self, /, *args, **kwargs): its __defaults__,
  __kwdefaults__ and __code__ do not describe the fields (its __annotations__,
  __name__, __qualname__ and __module__ do), and tracebacks show lines of this file
  rather than "<string>".
- Field.metadata is a read-only mapping class of this module whose repr is
  mappingproxy's; Tern has no types.MappingProxyType. Field[T] is Field itself
  (Tern has no types.GenericAlias).
- The class __doc__ built from a user-defined __init__ misses its *args and
  **kwargs while Tern's code objects do not flag them in co_flags.
- Tern has no weak references: weakref_slot=True adds a '__weakref__' slot that
  is an ordinary (unset) slot.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


# ----- sentinels ----------------------------------------------------------------------

class _HAS_DEFAULT_FACTORY_CLASS:
    """The default of an __init__ parameter whose field has a default_factory."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """The type of MISSING: "no default / no factory / not specified"."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: a pseudo-field after which all fields are keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    """The kind of a field: a real field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


# ----- the read-only metadata mapping -------------------------------------------------

class mappingproxy:
    """A read-only view of a mapping (stands in for types.MappingProxyType)."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object attribute '%s' is read-only" % name)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_EMPTY_METADATA = mappingproxy({})


# ----- InitVar, Field, field() --------------------------------------------------------

class InitVar:
    """InitVar[T] annotates an __init__-only pseudo-field, passed to __post_init__."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            inner = self.type.__name__
        else:
            inner = repr(self.type)
        return 'dataclasses.InitVar[%s]' % inner

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns, and what fields() describes each field with."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A Field stands in for its default as a class attribute: pass the
        # notification on to a default that wants it (a descriptor, say).
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return cls


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default or default factory, and whether it takes
    part in __init__, __repr__, comparisons and __hash__."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    """The decorator arguments, kept on the class as __dataclass_params__."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,'
                'frozen=%r)' % (self.init, self.repr, self.eq, self.order,
                                self.unsafe_hash, self.frozen))


# ----- recognising ClassVar / InitVar / KW_ONLY annotations ---------------------------

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is getattr(typing, '_GenericAlias', None)
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_word_char(ch):
    return ch == '_' or ch.isalnum()


def _scan_word(text, i):
    """The end of the run of word characters starting at i."""
    n = len(text)
    while i < n and _is_word_char(text[i]):
        i += 1
    return i


def _scan_space(text, i):
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _split_string_annotation(text):
    """Splits the start of a string annotation into (module name or None, name):
    "ClassVar[int]" -> (None, 'ClassVar'), "typing.ClassVar" -> ('typing',
    'ClassVar'); None when it does not start with an identifier."""
    start = _scan_space(text, 0)
    end = _scan_word(text, start)
    if end == start:
        return None
    first = text[start:end]
    dot = _scan_space(text, end)
    if dot < len(text) and text[dot] == '.':
        start2 = _scan_space(text, dot + 1)
        end2 = _scan_word(text, start2)
        if end2 > start2:
            return first, text[start2:end2]
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string annotation names a_type (a member of a_module), looking
    names up in the namespace of the module that defines cls."""
    parts = _split_string_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    module = sys.modules.get(cls.__module__)
    ns = None
    if module is not None:
        if not module_name:
            # A bare name: assume the module imported it ("from typing import ClassVar").
            ns = module.__dict__
        elif module.__dict__.get(module_name) is a_module:
            ns = module.__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


# ----- collecting the fields of a class -----------------------------------------------

class _SlotProbe:
    __slots__ = ('probe',)


_MemberDescriptorType = type(_SlotProbe.__dict__['probe'])

_UNHASHABLE_BUILTINS = (list, dict, set, bytearray)


def _is_unhashable_class(klass):
    """Whether klass.__hash__ is None, found along the MRO."""
    for k in klass.__mro__:
        if k in _UNHASHABLE_BUILTINS:
            return True
        d = k.__dict__
        if '__hash__' in d:
            return d['__hash__'] is None
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A slot of the class, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if (_is_initvar(a_type, this)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, this, InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and _is_unhashable_class(f.default.__class__):
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), f.name))
    return f


def _set_qualname(cls, fn):
    if type(fn) is _FunctionType:
        fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    """Sets a generated method unless the class body defined one; returns whether
    the class already had it."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _own_function(fn, cls, name):
    """Dresses a generated closure as a method of cls."""
    fn.__name__ = name
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    module = cls.__dict__.get('__module__')
    if module is not None:
        fn.__module__ = module
    return fn


def _f():
    pass


_FunctionType = type(_f)


# ----- argument binding for the generated __init__ ------------------------------------

def _names_text(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-2]) + ', %s, and %s' % (quoted[-2], quoted[-1])


def _missing_error(qualname, kind, names):
    return TypeError('%s() missing %d required %s argument%s: %s'
                     % (qualname, len(names), kind, '' if len(names) == 1 else 's',
                        _names_text(names)))


def _too_many_error(qualname, argcount, defcount, given, kwonly_given):
    # argcount and given count self, as in a method call.
    if defcount:
        plural = True
        sig = 'from %d to %d' % (argcount - defcount, argcount)
    else:
        plural = argcount != 1
        sig = '%d' % argcount
    if kwonly_given:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
    else:
        extra = ''
    verb = 'was' if given == 1 and not kwonly_given else 'were'
    return TypeError('%s() takes %s positional argument%s but %d%s %s given'
                     % (qualname, sig, 's' if plural else '', given, extra, verb))


# Marks a parameter that the call has not supplied (yet) while binding arguments.
_UNBOUND = object()


class _Signature:
    """The parameters of a generated __init__ (after self): names in order, the first
    n_pos positional-or-keyword, the rest keyword-only; defaults[i] is MISSING for a
    required parameter."""

    def __init__(self, names, n_pos, defaults):
        self.names = names
        self.n_pos = n_pos
        self.defaults = defaults
        self.index = {name: i for i, name in enumerate(names)}
        self.n_pos_defaults = sum(1 for d in defaults[:n_pos] if d is not MISSING)
        self.n_required = n_pos - self.n_pos_defaults

    def complete(self, function, args, kwargs):
        """Like bind(), with a quick path for positional calls that leave out
        trailing defaults; function is the __init__ (for its __qualname__)."""
        nargs = len(args)
        if not kwargs and self.n_required <= nargs <= self.n_pos == len(self.names):
            return args + self.defaults[nargs:]
        return self.bind(function.__qualname__, args, kwargs)

    def bind(self, qualname, args, kwargs):
        """The list of parameter values for a call with args and kwargs, defaults
        filled in; raises the TypeError CPython raises for a bad call."""
        names = self.names
        n_pos = self.n_pos
        nargs = len(args)
        values = [_UNBOUND] * len(names)
        values[:min(nargs, n_pos)] = args[:n_pos]
        index = self.index
        for key, value in kwargs.items():
            i = index.get(key)
            if i is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname, key))
            if values[i] is not _UNBOUND:
                raise TypeError("%s() got multiple values for argument '%s'"
                                % (qualname, key))
            values[i] = value
        if nargs > n_pos:
            kwonly_given = 0
            for i in range(n_pos, len(names)):
                if values[i] is not _UNBOUND:
                    kwonly_given += 1
            raise _too_many_error(qualname, n_pos + 1, self.n_pos_defaults,
                                  nargs + 1, kwonly_given)
        defaults = self.defaults
        if nargs < n_pos:
            missing = [names[i] for i in range(nargs, n_pos - self.n_pos_defaults)
                       if values[i] is _UNBOUND]
            if missing:
                raise _missing_error(qualname, 'positional', missing)
            for i in range(n_pos - self.n_pos_defaults, n_pos):
                if values[i] is _UNBOUND:
                    values[i] = defaults[i]
        missing = None
        for i in range(n_pos, len(names)):
            if values[i] is _UNBOUND:
                if defaults[i] is MISSING:
                    if missing is None:
                        missing = []
                    missing.append(names[i])
                else:
                    values[i] = defaults[i]
        if missing:
            raise _missing_error(qualname, 'keyword-only', missing)
        return values


# ----- the generated methods ----------------------------------------------------------

# How the generated __init__ obtains the value of one field.
_FROM_ARG = 0          # the bound parameter
_ARG_OR_FACTORY = 1    # the bound parameter, or default_factory() when not given
_FROM_FACTORY = 2      # default_factory() (init=False)
_FROM_DEFAULT = 3      # the default (init=False in a slots class)


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))

    params = [f for f in std_fields if f.init] + [f for f in kw_only_fields if f.init]
    n_pos = sum(1 for f in std_fields if f.init)
    defaults = []
    for f in params:
        if f.default_factory is not MISSING:
            defaults.append(_HAS_DEFAULT_FACTORY)
        else:
            defaults.append(f.default)
    sig = _Signature(tuple(f.name for f in params), n_pos, tuple(defaults))

    plan = []
    post_init_args = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            post_init_args.append(sig.index[f.name] if f.init else f.name)
            continue
        if f.default_factory is not MISSING:
            if f.init:
                plan.append((f.name, _ARG_OR_FACTORY, sig.index[f.name],
                             f.default_factory))
            else:
                plan.append((f.name, _FROM_FACTORY, None, f.default_factory))
        elif f.init:
            plan.append((f.name, _FROM_ARG, sig.index[f.name], None))
        elif slots and f.default is not MISSING:
            plan.append((f.name, _FROM_DEFAULT, None, f.default))
        # Otherwise the class attribute holding the default does the job.
    plan = tuple(plan)
    post_init_args = tuple(post_init_args)
    n_params = len(sig.names)
    store = object.__setattr__ if frozen else setattr

    simple = (not has_post_init and n_pos == n_params
              and len(plan) == n_params
              and all(kind == _FROM_ARG and i == j for j, (_, kind, i, _) in enumerate(plan)))
    if simple:
        __init__ = _simple_init(sig, store)
    else:
        def __init__(self, /, *args, **kwargs):
            if kwargs or len(args) != n_params:
                args = sig.complete(__init__, args, kwargs)
            for name, kind, i, extra in plan:
                if kind == _FROM_ARG:
                    value = args[i]
                elif kind == _ARG_OR_FACTORY:
                    value = args[i]
                    if value is _HAS_DEFAULT_FACTORY:
                        value = extra()
                elif kind == _FROM_FACTORY:
                    value = extra()
                else:
                    value = extra
                store(self, name, value)
            if has_post_init:
                values = []
                for i in post_init_args:
                    if type(i) is str:
                        raise NameError('name %r is not defined' % (i,))
                    values.append(args[i])
                self.__post_init__(*values)

    _own_function(__init__, cls, '__init__')
    annotations = {f.name: f.type for f in params}
    annotations['return'] = None
    __init__.__annotations__ = annotations
    _generated_signatures[__init__] = _format_params(params, n_pos, None)
    return __init__


def _simple_init(sig, store):
    """The __init__ of a class whose fields are all plain positional-or-keyword
    parameters stored in order (no factories, no InitVars, no __post_init__). Small
    arities are unrolled: this is the common case and worth being quick."""
    names = sig.names
    n = len(names)
    if n == 0:
        def __init__(self, /, *args, **kwargs):
            if kwargs or args:
                sig.complete(__init__, args, kwargs)
    elif n == 1:
        n0, = names

        def __init__(self, /, *args, **kwargs):
            if kwargs or len(args) != 1:
                args = sig.complete(__init__, args, kwargs)
            store(self, n0, args[0])
    elif n == 2:
        n0, n1 = names

        def __init__(self, /, *args, **kwargs):
            if kwargs or len(args) != 2:
                args = sig.complete(__init__, args, kwargs)
            a0, a1 = args
            store(self, n0, a0)
            store(self, n1, a1)
    elif n == 3:
        n0, n1, n2 = names

        def __init__(self, /, *args, **kwargs):
            if kwargs or len(args) != 3:
                args = sig.complete(__init__, args, kwargs)
            a0, a1, a2 = args
            store(self, n0, a0)
            store(self, n1, a1)
            store(self, n2, a2)
    elif n == 4:
        n0, n1, n2, n3 = names

        def __init__(self, /, *args, **kwargs):
            if kwargs or len(args) != 4:
                args = sig.complete(__init__, args, kwargs)
            a0, a1, a2, a3 = args
            store(self, n0, a0)
            store(self, n1, a1)
            store(self, n2, a2)
            store(self, n3, a3)
    else:
        def __init__(self, /, *args, **kwargs):
            if kwargs or len(args) != n:
                args = sig.complete(__init__, args, kwargs)
            for name, value in zip(names, args):
                store(self, name, value)
    return __init__


def _repr_fn(cls, flds):
    names = tuple(f.name for f in flds)

    def __repr__(self):
        prefix = self.__class__.__qualname__
        parts = ['%s=%r' % (name, getattr(self, name)) for name in names]
        return '%s(%s)' % (prefix, ', '.join(parts))

    # CPython's exec'd function carries this name; the guard wraps it.
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'
    module = cls.__dict__.get('__module__')
    if module is not None:
        __repr__.__module__ = module
    return _own_function(_recursive_repr(__repr__), cls, '__repr__')


def _recursive_repr(user_function):
    """Wraps a __repr__ so that an object that contains itself prints as '...'."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result

    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


def _cmp_fn(cls, name, op, names):
    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '==':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    return _own_function(method, cls, name)


def _hash_fn(cls, flds):
    names = tuple(f.name for f in flds)

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return _own_function(__hash__, cls, '__hash__')


def _frozen_get_del_attr(cls, field_list):
    names = tuple(f.name for f in field_list)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)

    return (_own_function(__setattr__, cls, '__setattr__'),
            _own_function(__delattr__, cls, '__delattr__'))


# __hash__ handling, keyed by (unsafe_hash, eq, frozen, class body defines __hash__):
# leave it, set it to None, add one, or refuse.
_HASH_LEAVE, _HASH_NONE, _HASH_ADD, _HASH_REFUSE = range(4)


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return _HASH_REFUSE if has_explicit_hash else _HASH_ADD
    if not eq or has_explicit_hash:
        return _HASH_LEAVE
    return _HASH_ADD if frozen else _HASH_NONE


# ----- the class __doc__ text signature -----------------------------------------------

# The parameter text of every generated __init__ (used for the __doc__ of
# subclasses that inherit it).
_generated_signatures = {}


def _strip_typing_prefixes(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if _is_word_char(ch) or ch == '.':
            j = i
            while j < n and (_is_word_char(text[j]) or text[j] == '.'):
                j += 1
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[7:]
            out.append(word)
            i = j
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefixes(repr(annotation))
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _format_param(name, annotation, default):
    text = name
    if annotation is not MISSING:
        text += ': ' + _format_annotation(annotation)
        if default is not MISSING:
            text += ' = ' + repr(default)
    elif default is not MISSING:
        text += '=' + repr(default)
    return text


def _format_params(params, n_pos, return_annotation):
    parts = []
    for i, f in enumerate(params):
        if i == n_pos:
            parts.append('*')
        default = _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default
        parts.append(_format_param(f.name, f.type, default))
    return '(%s)' % ', '.join(parts)


def _format_function(fn, skip_first):
    """inspect.signature text of a Python function, minus its first parameter."""
    code = fn.__code__
    names = code.co_varnames
    n_args = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    has_varargs = bool(code.co_flags & 0x04)
    has_varkw = bool(code.co_flags & 0x08)
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    annotations = getattr(fn, '__annotations__', None) or {}
    first_default = n_args - len(defaults)
    parts = []
    start = 1 if skip_first else 0
    for i in range(start, n_args):
        name = names[i]
        default = defaults[i - first_default] if i >= first_default else MISSING
        parts.append(_format_param(name, annotations.get(name, MISSING), default))
        if i == n_posonly - 1:
            parts.append('/')
    pos = n_args + n_kwonly
    if has_varargs:
        name = names[pos]
        text = '*' + name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
        parts.append(text)
        pos += 1
    elif n_kwonly:
        parts.append('*')
    for i in range(n_args, n_args + n_kwonly):
        name = names[i]
        parts.append(_format_param(name, annotations.get(name, MISSING),
                                   kwdefaults.get(name, MISSING)))
    if has_varkw:
        name = names[pos]
        text = '**' + name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
        parts.append(text)
    text = '(%s)' % ', '.join(parts)
    if 'return' in annotations:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def _lookup_user_method(cls, name):
    for k in cls.__mro__:
        value = k.__dict__.get(name)
        if value is not None:
            if name == '__new__' and isinstance(value, staticmethod):
                value = value.__func__
            if type(value) is _FunctionType and value.__module__ != 'abc':
                return value
            return None
    return None


def _text_signature(cls):
    """The text that inspect.signature(cls) gives, for the class __doc__."""
    new = _lookup_user_method(cls, '__new__')
    init = _lookup_user_method(cls, '__init__')
    if '__new__' in cls.__dict__ and new is not None:
        method = new
    elif '__init__' in cls.__dict__ and init is not None:
        method = init
    elif new is not None:
        method = new
    else:
        method = init
    if method is None:
        return '()'
    text = _generated_signatures.get(method)
    if text is None:
        try:
            text = _format_function(method, True)
        except (AttributeError, TypeError, IndexError):
            return ''
    return text


# ----- the decorator ------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases come first, most basic base first.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    this = sys.modules[__name__]
    cls_fields = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        if (_is_kw_only(a_type, this)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, this, KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A Field object as class attribute gives way to the plain default.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen, has_post_init, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn(cls, [f for f in field_list if f.repr]))

    if eq:
        names = tuple(f.name for f in field_list if f.compare)
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', names))

    if order:
        names = tuple(f.name for f in field_list if f.compare)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == _HASH_NONE:
        cls.__hash__ = None
    elif action == _HASH_ADD:
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(cls, hashed)
    elif action == _HASH_REFUSE:
        raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                        % (cls.__name__,))

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(cls).replace(' -> None', '')

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = sys.modules.get('abc')
    if abc is not None:
        abc.update_abstractmethods(cls)
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))
    return tuple(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only takes effect when a class is created: build a new class.
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ and friends to a class, generated from the
    fields named by its annotations. Usable as @dataclass or @dataclass(...)."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ----- helpers ------------------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (without ClassVar and InitVar
    pseudo-fields), in order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (recursing into dataclasses,
    lists, tuples and dicts; other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple: its constructor takes the items as separate arguments.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def _deepcopy(obj):
    # copy is imported on first use: most programs never need it.
    from copy import deepcopy
    return deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (recursing like
    asdict())."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the same field values except changes."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Creates a dataclass named cls_name; fields is a list of names, (name, type)
    or (name, type, Field) items."""
    from keyword import iskeyword
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = {'__module__': 'types', '__qualname__': cls_name}
    ns.update(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
