# dataclasses: fields(), asdict(), astuple(), replace(), is_dataclass(), make_dataclass().
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, Field)
import dataclasses
from collections import namedtuple, OrderedDict, defaultdict
from typing import List, Dict, NamedTuple

Pair = namedtuple('Pair', 'left right')


class Span(NamedTuple):
    start: int
    end: int


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Shape:
    name: str
    points: List[Point] = field(default_factory=list)
    meta: Dict[str, object] = field(default_factory=dict)
    pair: object = None
    span: object = None
    tup: tuple = ()


s = Shape('tri', [Point(0, 0), Point(1, 0), Point(0, 1)], {'color': 'red', 'origin': Point(5, 5),
          'nested': [Point(7), (Point(8), 'x')]}, Pair(Point(1), [Point(2)]), Span(3, 4),
          (Point(9), {'k': Point(10)}))
d = asdict(s)
print(d)
print(type(d['points']).__name__, type(d['pair']).__name__, d['pair'].left, type(d['span']).__name__,
      type(d['tup']).__name__)
t = astuple(s)
print(t)
print(type(t[3]).__name__, t[3].left, t[4])

# results are copies: mutating them leaves the instance alone
d['points'].append('new')
d['meta']['color'] = 'blue'
print(len(s.points), s.meta['color'])
inner = {'deep': [1, [2, 3]]}
holder = Shape('h', meta=inner)
hd = asdict(holder)
hd['meta']['deep'][1].append(4)
print(inner, hd['meta'])
print(asdict(holder)['meta']['deep'] is inner['deep'])

# dict_factory / tuple_factory
print(asdict(Point(1, 2), dict_factory=OrderedDict))
print(asdict(Point(1, 2), dict_factory=lambda items: [k for k, v in items]))
print(astuple(Point(1, 2), tuple_factory=list))
print(astuple(Shape('q', [Point(1, 1)]), tuple_factory=list))

# dict subclasses keep their type (CPython 3.11 cannot rebuild a defaultdict this way)
dd = defaultdict(list, {'a': [Point(1)]})
try:
    print(asdict(Shape('dd', meta=dd))['meta'])
except TypeError as e:
    print('TypeError:', e)
od = OrderedDict([('z', 1), ('a', Point(2))])
print(asdict(Shape('od', meta=od))['meta'])

# InitVar and ClassVar fields are not part of asdict / astuple / fields


@dataclass
class WithPseudo:
    a: int
    b: InitVar[int] = 0
    c: int = field(default=0, init=False)

    def __post_init__(self, b):
        self.c = self.a + b


wp = WithPseudo(1, 2)
print(wp, asdict(wp), astuple(wp), [f.name for f in fields(wp)], [f.name for f in fields(WithPseudo)])

# replace
p = Point(1, 2)
p2 = replace(p, y=5)
print(p, p2, p2 is p, replace(p), replace(p) == p, replace(p) is p)
print(replace(wp, b=10), replace(s, name='square').name)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


f1 = Frozen(1, (2,))
print(replace(f1, a=2), replace(f1, b=(3, 4)))


# replace calls __init__ and __post_init__ again
@dataclass
class Logged:
    v: int
    calls: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.calls.append(self.v)


lg = Logged(1)
lg2 = replace(lg, v=2)
print(lg.calls, lg2.calls, lg.calls is lg2.calls)

# fields() on classes and instances
print([(f.name, f.type, f.default is dataclasses.MISSING) for f in fields(Point)])
print(fields(p) == fields(Point), type(fields(p)).__name__, all(isinstance(f, Field) for f in fields(p)))

# is_dataclass
print(is_dataclass(Point), is_dataclass(p), is_dataclass(Pair), is_dataclass(Pair(1, 2)),
      is_dataclass(None), is_dataclass(type), is_dataclass(dataclasses))


class NotDecorated(Point):
    pass


print(is_dataclass(NotDecorated), NotDecorated(3), fields(NotDecorated)[0].name)

# make_dataclass
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list)),
                         ('d', int, 4)])
c = C(1, 2)
print(c, C.__name__, C.__qualname__, [(f.name, f.type) for f in fields(C)], C.__doc__)
print(C.__module__, C(1, 2) == C(1, 2), C(1, 2, [3], 5))
Base = make_dataclass('Base', [('x', int)], frozen=True)
Derived = make_dataclass('Derived', [('y', int, 0)], bases=(Base,), frozen=True,
                         namespace={'total': lambda self: self.x + self.y})
dv = Derived(3, 4)
print(dv, dv.total(), hash(dv) == hash((3, 4)), isinstance(dv, Base))
O = make_dataclass('O', [('k', int)], order=True, kw_only=True)
print(sorted([O(k=3), O(k=1), O(k=2)]), O.__doc__)
E = make_dataclass('E', [])
print(E(), E.__doc__)
