# dataclasses: the exceptions raised by generated methods, by class creation and by
# the helper functions; ends with an uncaught FrozenInstanceError.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, InitVar,
                         KW_ONLY, FrozenInstanceError, make_dataclass)
from typing import ClassVar


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s: ok %r' % (label, result))


@dataclass
class P:
    x: int
    y: int
    z: int = 0


@dataclass
class Empty:
    pass


@dataclass
class One:
    a: int


@dataclass
class K:
    a: int
    b: int = 1
    _: KW_ONLY
    c: int
    d: int = 2
    e: int = field(default_factory=int)


# __init__ argument errors, as for a function with these parameters
attempt('P()', lambda: P())
attempt('P(1)', lambda: P(1))
attempt('P(y=1)', lambda: P(y=1))
attempt('P(1,2,3,4)', lambda: P(1, 2, 3, 4))
attempt('P(1,2,3,4,5)', lambda: P(1, 2, 3, 4, 5))
attempt('P(1,2,q=3)', lambda: P(1, 2, q=3))
attempt('P(1,x=2)', lambda: P(1, x=2))
attempt('P(1,2,z=3,x=4)', lambda: P(1, 2, z=3, x=4))
attempt('P(1,2,3,4,q=1)', lambda: P(1, 2, 3, 4, q=1))
attempt('P(1,2,3,4,x=1)', lambda: P(1, 2, 3, 4, x=1))
attempt('P(**{})', lambda: P(*[1], **{'y': 5}))
attempt('Empty(1)', lambda: Empty(1))
attempt('Empty(1,2)', lambda: Empty(1, 2))
attempt('Empty(a=1)', lambda: Empty(a=1))
attempt('One()', lambda: One())
attempt('One(1,2)', lambda: One(1, 2))
attempt('K()', lambda: K())
attempt('K(1)', lambda: K(1))
attempt('K(1,2,3)', lambda: K(1, 2, 3))
attempt('K(1,2,3,c=4)', lambda: K(1, 2, 3, c=4))
attempt('K(1,2,3,c=4,d=5)', lambda: K(1, 2, 3, c=4, d=5))
attempt('K(1,2,3,4,5,c=4,d=5,e=6)', lambda: K(1, 2, 3, 4, 5, c=4, d=5, e=6))
attempt('K(b=2)', lambda: K(b=2))
attempt('K(c=1)', lambda: K(c=1))
attempt('K(1,c=1,b=2,a=3)', lambda: K(1, c=1, b=2, a=3))
attempt('K(1,c=1,f=2)', lambda: K(1, c=1, f=2))
attempt('K(1,c=3)', lambda: K(1, c=3))


@dataclass
class Many:
    a: int
    b: int
    c: int
    d: int
    e: int = 0
    _: KW_ONLY
    f: int
    g: int
    h: int


attempt('Many()', lambda: Many())
attempt('Many(1,2)', lambda: Many(1, 2))
attempt('Many(1,2,3,4)', lambda: Many(1, 2, 3, 4))
attempt('Many(1,2,3,4,g=0)', lambda: Many(1, 2, 3, 4, g=0))
attempt('Many(1,b=1,c=1)', lambda: Many(1, b=1, c=1))


# class-creation errors
def define(label, make):
    try:
        cls = make()
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s: defined %s' % (label, cls.__name__))


def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int
    return Bad


def non_default_after_default_inherited():
    @dataclass
    class Base:
        x: int = 0

    @dataclass
    class Bad(Base):
        y: int
    return Bad


def non_default_after_factory():
    @dataclass
    class Bad:
        x: list = field(default_factory=list)
        y: int
    return Bad


def default_then_kw_only():
    @dataclass
    class Fine:
        x: int = 0
        y: int = field(kw_only=True)
        z: int = field(default=0, init=False)
        w: int = field(init=False)
    return Fine


def mutable(kind):
    def make():
        @dataclass
        class Bad:
            items: kind = kind()
        return Bad
    return make


class Unhashable:
    def __eq__(self, other):
        return self is other


def custom_unhashable():
    @dataclass
    class Bad:
        thing: Unhashable = Unhashable()
    return Bad


def both_defaults():
    @dataclass
    class Bad:
        x: int = field(default=1, default_factory=int)
    return Bad


def classvar_factory():
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
    return Bad


def initvar_factory():
    @dataclass
    class Bad:
        x: InitVar[list] = field(default_factory=list)
    return Bad


def classvar_kw_only():
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default=1, kw_only=True)
    return Bad


def no_annotation():
    @dataclass
    class Bad:
        x: int
        y = field(default=2)
    return Bad


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
    return Bad


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
    return Bad


def overwrite_setattr():
    @dataclass(frozen=True)
    class Bad:
        x: int

        def __setattr__(self, name, value):
            pass
    return Bad


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int

        def __hash__(self):
            return 0
    return Bad


def frozen_from_plain():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class Bad(Base):
        y: int
    return Bad


def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        x: int

    @dataclass
    class Bad(Base):
        y: int
    return Bad


def kw_only_twice():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
    return Bad


def slots_twice():
    @dataclass(slots=True)
    class Bad:
        __slots__ = ('x',)
        x: int
    return Bad


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class Bad:
        x: int
    return Bad


for label, make in [('non-default', non_default_after_default),
                    ('non-default inherited', non_default_after_default_inherited),
                    ('non-default after factory', non_default_after_factory),
                    ('kw_only after default', default_then_kw_only),
                    ('mutable list', mutable(list)), ('mutable dict', mutable(dict)),
                    ('mutable set', mutable(set)), ('mutable bytearray', mutable(bytearray)),
                    ('custom unhashable', custom_unhashable),
                    ('both defaults', both_defaults), ('classvar factory', classvar_factory),
                    ('initvar factory', initvar_factory), ('classvar kw_only', classvar_kw_only),
                    ('no annotation', no_annotation), ('order without eq', order_without_eq),
                    ('overwrite __lt__', overwrite_lt), ('overwrite __setattr__', overwrite_setattr),
                    ('unsafe_hash + __hash__', unsafe_hash_explicit),
                    ('frozen from plain', frozen_from_plain), ('plain from frozen', plain_from_frozen),
                    ('KW_ONLY twice', kw_only_twice), ('slots twice', slots_twice),
                    ('weakref_slot', weakref_without_slots)]:
    define(label, make)

attempt('field(default=1, default_factory=list)', lambda: field(default=1, default_factory=list))

# helper errors
p = P(1, 2)
attempt('fields(3)', lambda: fields(3))
attempt('fields(object)', lambda: fields(object))
attempt('asdict(P)', lambda: asdict(P))
attempt('asdict(3)', lambda: asdict(3))
attempt('astuple([])', lambda: astuple([]))
attempt('replace(P)', lambda: replace(P, x=1))
attempt('replace(p, w=1)', lambda: replace(p, w=1))
attempt('fields(p)', lambda: [f.name for f in fields(p)])


@dataclass
class WithInit:
    a: int
    b: int = field(default=0, init=False)
    c: InitVar[int] = None
    d: InitVar[int] = field(default=None)
    e: InitVar[int] = field(default=4)

    def __post_init__(self, c, d, e):
        self.b = (c or 0) + (d or 0) + e


class NeedsInitVar:
    pass


@dataclass
class Required:
    a: int
    seed: InitVar[int]

    def __post_init__(self, seed):
        self.a += seed


w = WithInit(1, 2)
attempt('replace(w, a=5)', lambda: replace(w, a=5))
attempt('replace(w, b=5)', lambda: replace(w, b=5))
attempt('replace(Required)', lambda: replace(Required(1, 2), a=3))
attempt('replace(Required seed)', lambda: replace(Required(1, 2), seed=10))

# make_dataclass errors
attempt('bad identifier', lambda: make_dataclass('C', ['a b']))
attempt('keyword', lambda: make_dataclass('C', ['for']))
attempt('duplicate', lambda: make_dataclass('C', ['a', ('a', int)]))
attempt('invalid field', lambda: make_dataclass('C', [('a', int, 1, 2)]))
attempt('non-str name', lambda: make_dataclass('C', [(1, int)]))


# __post_init__ whose signature does not match the InitVars
@dataclass
class BadPost:
    a: int
    b: InitVar[int] = 0

    def __post_init__(self):
        pass


attempt('BadPost(1)', lambda: BadPost(1))


# errors raised inside __post_init__ and default factories propagate
def failing_factory():
    raise RuntimeError('factory failed')


@dataclass
class Failing:
    a: list = field(default_factory=failing_factory)


attempt('Failing()', lambda: Failing())
attempt('Failing([1])', lambda: Failing([1]))


@dataclass(frozen=True)
class Frozen:
    x: int


fz = Frozen(3)
print('about to assign')
fz.x = 4
