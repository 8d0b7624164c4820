"""Enumerations, as CPython 3.11's enum module behaves for the parts Tern supports.

Supported: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto(), unique,
EnumType (alias EnumMeta), member aliases, lookup by value (``Color(1)``, with the
``_missing_`` hook) and by name (``Color['RED']``), iteration in definition order,
``len``, ``in``, ``__members__``, members whose value is passed to ``__init__``
(``Planet(mass, radius)``), mixin types (``class N(int, Enum)``), the functional API
``Enum('Name', 'A B C')`` (names as a string, a list or a list of pairs, or a mapping),
and Flag arithmetic (``|``, ``&``, ``^``, ``~``, iteration over the set bits).

Not supported: ``_ignore_``, ``_order_`` checks, ``boundary=`` for Flag (STRICT,
CONFORM, EJECT, KEEP: Flag behaves as the 3.11 default), ``verify()``, pickling
support, ``global_enum``, ``property``/``member``/``nonmember`` helpers. Using them
raises NotImplementedError.

How it works: the metaclass collects the member definitions from the class body
(names that are neither dunder nor sunder names nor descriptors), creates the class
without them, then creates one instance per distinct value and stores it as a class
attribute; values seen before become aliases of the first member with that value.
"""

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

_auto_null = object()


class _MemberProperty:
    """``name`` and ``value`` of members: read-only, with CPython's message."""

    def __init__(self, name, slot):
        self.name = name
        self.slot = slot

    def __get__(self, member, owner=None):
        if member is None:
            raise AttributeError('%r has no attribute %r' % (owner, self.name))
        return getattr(member, self.slot)

    def __set__(self, member, value):
        raise AttributeError('<enum %r> cannot set attribute %r' % ('Enum', self.name))

    def __delete__(self, member):
        raise AttributeError('<enum %r> cannot delete attribute %r' % ('Enum', self.name))


class auto:
    """A value to be filled in by ``_generate_next_value_``."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or type(obj).__name__ in ('function', 'builtin_function_or_method'))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _mixin_and_base(bases):
    """The data type members are made of (object, int, str, ...) and the first enum
    base, from the bases of a new enum class."""
    if not bases:
        return object, Enum
    base = None
    for b in bases:
        if isinstance(b, EnumType):
            base = b
    data_type = object
    for b in bases:
        for c in b.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                if c._member_type_ is not object:
                    data_type = c._member_type_
                    break
                continue
            if '__new__' in c.__dict__ or c in (int, str, float, bytes, tuple):
                data_type = c
                break
        if data_type is not object:
            break
    return data_type, base if base is not None else Enum


# The _sunder_ names an enum class body may define.
_ENUM_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                      '_ignore_', '_iter_member_', '_iter_member_by_value_',
                      '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum class body: refuses to redefine a member name and to
    define ``_generate_next_value_`` after members, as CPython's does."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ENUM_SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_' and self._member_names:
                raise TypeError('_generate_next_value_ must be defined before members')
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif _is_descriptor(value) and not isinstance(value, auto):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_names.append(key)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls_name, bases, **kwds):
        # The module's own classes (Enum, Flag, ...) define internal _sunder_ names.
        if not _enum_ready:
            return {}
        return _EnumDict(cls_name)

    def __new__(metacls, cls_name, bases, classdict, **kwds):
        if kwds.get('boundary') is not None:
            raise NotImplementedError('enum boundary= is not supported by Tern')
        if '_ignore_' in classdict or '_order_' in classdict:
            raise NotImplementedError('enum _ignore_ and _order_ are not supported by Tern')
        # Before Enum itself exists, classes are created plainly.
        if not _enum_ready:
            return super().__new__(metacls, cls_name, bases, classdict, **kwds)
        member_type, first_enum = _mixin_and_base(bases)
        if first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls_name, first_enum))
        gen_next = classdict.get('_generate_next_value_')
        if gen_next is None:
            for b in bases:
                for c in b.__mro__:
                    if '_generate_next_value_' in c.__dict__:
                        gen_next = c.__dict__['_generate_next_value_']
                        break
                if gen_next is not None:
                    break
        if isinstance(gen_next, staticmethod):
            gen_next = gen_next.__func__
        # Collect the member definitions, in order.
        members = []
        for key in list(classdict):
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key):
                continue
            value = classdict[key]
            if _is_descriptor(value) and not isinstance(value, auto):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    last = [v for _, v in members]
                    value.value = gen_next(key, 1, len(members), last)
                value = value.value
            members.append((key, value))
        for key, _ in members:
            del classdict[key]
        dict.__setitem__(classdict, '_member_names_', [])
        dict.__setitem__(classdict, '_member_map_', {})
        dict.__setitem__(classdict, '_value2member_map_', {})
        dict.__setitem__(classdict, '_member_type_', member_type)
        # A __new__ written in the class creates members; lookups by value use
        # Enum.__new__ (as in CPython, it is kept as __new_member__).
        own_new = classdict.pop('__new__', None)
        if own_new is not None:
            if isinstance(own_new, staticmethod):
                own_new = own_new.__func__
            classdict['__new_member__'] = own_new
        enum_class = super().__new__(metacls, cls_name, bases, classdict, **kwds)
        # Flags mixed with a data type (IntFlag) keep Flag's operators, not int's.
        if _enum_ready and Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        # Enum's repr/str/format win over those of the mixed-in data type.
        for name in ('__repr__', '__str__', '__format__'):
            if name in classdict:
                continue
            found = getattr(enum_class, name)
            if found is getattr(member_type, name) or found is getattr(object, name):
                for c in first_enum.__mro__:
                    if isinstance(c, EnumType) and name in c.__dict__:
                        type.__setattr__(enum_class, name, c.__dict__[name])
                        break
        for key, value in members:
            enum_class._add_member_(key, value)
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        custom_new = cls.__dict__.get('__new_member__') or cls._find_new_()
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is not None:
            member = custom_new(cls, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value
        else:
            if member_type is object:
                member = object.__new__(cls)
            else:
                member = member_type.__new__(cls, *args)
            member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        member._name_ = name
        init = cls._find_init_()
        if init is not None:
            init(member, *args)
        # An alias: a value seen before maps to the first member.
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                member = existing
                break
        else:
            cls._member_names_.append(name)
        type.__setattr__(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    def _find_new_(cls):
        for c in cls.__mro__[1:]:
            if isinstance(c, EnumType):
                n = c.__dict__.get('__new_member__', c.__dict__.get('__new__'))
                if n is not None and n is not Enum.__dict__['__new__']:
                    return n
        return None

    def _find_init_(cls):
        for c in cls.__mro__:
            if c is Enum or c is object or c is cls._member_type_:
                return None
            if '__init__' in c.__dict__:
                return c.__dict__['__init__']
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if boundary is not None:
            raise NotImplementedError('enum boundary= is not supported by Tern')
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for name, value in items:
            classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType(class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            # 3.11 (with a DeprecationWarning that Tern does not print).
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
_enum_ready = False
Flag = None


class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it to define members."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _member_type_ = object

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _MemberProperty('name', '_name_')
    value = _MemberProperty('value', '_value_')


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(n):
    """The powers of two in n, highest first."""
    out = []
    while n:
        b = n & -n
        out.append(b)
        n ^= b
    return out[::-1]


class Flag(Enum):
    """Enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > high:
                high = v
        return 1 << high.bit_length() if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0:
            value = all_bits & value
        if value & ~all_bits:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits_(value)]
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_bits_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value:
                yield m

    def __iter__(self):
        return iter(list(type(self)._iter_bits_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    def __hash__(self):
        return hash(self._value_) if self._name_ is None else hash(self._name_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    @classmethod
    def _missing_(cls, value):
        pseudo = int.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits_(value)]
        extra = value
        for m in cls._iter_bits_(value):
            extra &= ~m._value_
        if extra:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        return pseudo

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)


_enum_ready = True


def unique(enumeration):
    """Class decorator: ValueError if any member is an alias of another."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class FlagBoundary(StrEnum):
    """The values of Flag's ``boundary=`` (named so that programs can refer to them;
    passing any of them raises NotImplementedError)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _not_supported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError('enum.%s() is not supported by Tern' % name)
    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


verify = _not_supported('verify')
member = _not_supported('member')
nonmember = _not_supported('nonmember')
global_enum = _not_supported('global_enum')
