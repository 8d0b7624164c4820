# dataclasses: the basic generated methods (__init__, __repr__, __eq__) and attributes.
from dataclasses import dataclass, field, fields, is_dataclass
import dataclasses
from typing import List, Optional, Dict, Tuple, Any


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(x=4), Point(y=5, x=6), Point(7, y=8))
print(p.x, p.y, Point.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
p.x = 10
print(p)
print(Point.__init__.__name__, Point.__init__.__qualname__, Point.__repr__.__qualname__,
      Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__dataclass_params__)
print(list(Point.__dataclass_fields__))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty))


@dataclass
class Inventory:
    """An inventory item."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = Inventory('widget', 3.0, 10)
print(item, item.total_cost(), Inventory.__doc__)


# typing-module annotations
@dataclass
class Record:
    tags: List[str]
    parent: Optional['Record'] = None
    attrs: Dict[str, int] = field(default_factory=dict)
    pair: Tuple[int, str] = (0, '')
    anything: Any = None


r = Record(['a', 'b'])
r2 = Record(['c'], r, {'k': 1}, (1, 'x'), 3.5)
print(r)
print(r2)
print(Record.__doc__)
print([(f.name, f.type) for f in fields(Record)])

# nested and recursive reprs
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
loop = Node(0)
loop.children.append(loop)
print(loop)
pair = [Node(5), Node(6)]
pair[0].children.append(pair[1])
pair[1].children.append(pair[0])
print(pair)

# equality only between instances of the very same class
@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), Point3(1, 2) == Point(1, 2), Point(1, 2) == Point3(1, 2))
print(Point3.__doc__, [f.name for f in fields(Point3)])

# eq compares field tuples (identity first, as tuples do)
nan = float('nan')
print(Point(nan, 1) == Point(nan, 1), Point(nan, 1) == Point(1, nan))

# user-defined methods are kept
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom<%d>' % self.a

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

# repr=False / eq=False / init=False at the decorator
@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(type(repr(pl)).__name__, pl == Plain(1), pl == pl, Plain.__hash__ is object.__hash__)


@dataclass(init=False)
class NoInit:
    a: int = 5


ni = NoInit()
print(ni, ni.a)

# instances keep a __dict__; extra attributes are allowed
p.extra = 'e'
print(p.extra, sorted(vars(p)))

# class attribute defaults are visible on the class
@dataclass
class Config:
    debug: bool = False
    level: int = 3
    name: str = 'cfg'


print(Config.debug, Config.level, Config(), Config(True, name='x'))
print(Config.__doc__)

# dataclass decorators stack with other decorators and nest
class Outer:
    @dataclass
    class Inner:
        v: int = 1


print(Outer.Inner(), Outer.Inner.__qualname__, Outer.Inner.__init__.__qualname__)
