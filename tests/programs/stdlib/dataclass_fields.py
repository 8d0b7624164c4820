# dataclasses: field(), default_factory, ClassVar / InitVar pseudo-fields, __post_init__,
# inheritance of fields, metadata and the Field repr.
from dataclasses import dataclass, field, fields, InitVar, Field, MISSING
import dataclasses
import typing
from typing import ClassVar, List


def no_addr(text):
    # Field reprs show MISSING as <dataclasses._MISSING_TYPE object at 0x...>.
    out = []
    for i, part in enumerate(text.split(' at 0x')):
        if i:
            j = 0
            while j < len(part) and part[j] in '0123456789abcdef':
                j += 1
            part = part[j:]
        out.append(part)
    return ' at ADDR'.join(out)


counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    ident: int = field(default_factory=next_id)
    tags: list = field(default_factory=list)
    secret: str = field(default='s3', repr=False)
    cached: int = field(default=0, init=False, compare=False)
    total: ClassVar[int] = 0
    kind: typing.ClassVar[str] = 'item'


a = Item('a')
b = Item('b', tags=['x'])
c = Item('c', 99)
print(a, b, c)
print(a.secret, a.cached, Item.total, Item.kind, counter)
a.tags.append('shared?')
print(b.tags, Item('d').tags)
print(Item('z', 1) == Item('z', 1), Item('z', 1, secret='other') == Item('z', 1))
print([f.name for f in fields(Item)], list(Item.__dataclass_fields__))
print(Item.__doc__)
print('ident' in Item.__dict__, 'tags' in Item.__dict__, Item.secret, Item.cached)

f = fields(Item)[0]
print(type(f).__name__, isinstance(f, Field), f.name, f.type, f.init, f.repr, f.hash,
      f.compare, f.kw_only, f.default is MISSING, f.default_factory is MISSING)
print(no_addr(repr(f)))
print(no_addr(repr(fields(Item)[3])))
print(no_addr(repr(Item.__dataclass_fields__['total'])))
print(no_addr(repr(field())))
print(no_addr(repr(field(default=3, metadata={'unit': 'cm'}, kw_only=True))))

# metadata is a read-only mapping
@dataclass
class Measured:
    length: float = field(default=0.0, metadata={'unit': 'm', 'min': 0})
    width: float = 1.0


mf = fields(Measured)
print(mf[0].metadata, mf[0].metadata['unit'], len(mf[0].metadata), sorted(mf[0].metadata))
print(mf[1].metadata, len(mf[1].metadata), 'unit' in mf[0].metadata, mf[0].metadata.get('max', '-'))
try:
    mf[0].metadata['unit'] = 'cm'
except TypeError as e:
    print("TypeError:", e)

# InitVar and __post_init__
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    opening_fee: InitVar[float] = 5.0
    history: List[float] = field(default_factory=list, init=False)

    def __post_init__(self, opening_fee):
        self.balance -= opening_fee
        self.history.append(-opening_fee)


acct = Account('ann', 100.0)
print(acct, acct.history, Account('bob', 10.0, 1.0), Account('cy', opening_fee=0.0))
print([f.name for f in fields(Account)], list(Account.__dataclass_fields__))
print(Account.__dataclass_fields__['opening_fee']._field_type, Account.__doc__)
print(InitVar[float], InitVar[List[int]], Account.__dataclass_fields__['opening_fee'].type)
print(Account.__init__.__annotations__)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


print(Rect(2, 3), Rect(2, 3, 10), Rect(1, 1, scale=2))


# __post_init__ without InitVars, and inherited __post_init__
@dataclass
class Base:
    x: int
    log: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.log.append('base post_init x=%d' % self.x)


@dataclass
class Derived(Base):
    y: int = 0
    z: int = field(default=7)


d = Derived(1, [], 2)
print(d, d.log, [f.name for f in fields(Derived)])
print(Derived.__doc__)


@dataclass
class Derived2(Derived):
    x: int = 100      # redefined: keeps its position, gets a default
    w: str = 'w'

    def __post_init__(self):
        super().__post_init__()
        self.log.append('derived2')


d2 = Derived2()
print(d2, d2.log, Derived2.__doc__)

# non-dataclass bases in between are skipped; their annotations are not fields
class Mixin:
    note: str = 'mixin'

    def describe(self):
        return 'I am %r' % (self,)


@dataclass
class WithMixin(Mixin, Base):
    extra: int = 3


print(WithMixin(5).describe(), [f.name for f in fields(WithMixin)])

# a field whose default is a descriptor-less class attribute set later
@dataclass
class Counter:
    count: int = 0

    def inc(self):
        self.count += 1
        return self


print(Counter().inc().inc(), Counter.count)

# default_factory with a lambda and a class
@dataclass
class Holder:
    data: dict = field(default_factory=lambda: {'k': [1]})
    items: set = field(default_factory=set)
    inner: Counter = field(default_factory=Counter)


h1, h2 = Holder(), Holder()
h1.data['k'].append(2)
print(h1, h2, h1.inner is h2.inner)

# unhashable defaults that are not list/dict/set are refused too; hashable ones are fine
@dataclass
class Defaults:
    t: tuple = (1, [2])
    fs: frozenset = frozenset({1})
    n: type(None) = None


print(Defaults())

# a Field object is replaced by its default on the class
@dataclass
class Replaced:
    a: int = field(default=4)
    b: list = field(default_factory=list)


print(Replaced.a, hasattr(Replaced, 'b'))

# the field name 'self'
@dataclass
class Weird:
    self: int
    other: int = 2


print(Weird(1), Weird(self=5, other=6), Weird.__doc__)
