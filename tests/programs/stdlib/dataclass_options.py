# dataclasses: decorator options order, frozen, unsafe_hash, eq, kw_only, slots, match_args.
from dataclasses import dataclass, field, fields, KW_ONLY, FrozenInstanceError
import dataclasses


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(0, 9), Version(1, 0, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 9),
      Version(1) >= Version(1, 1), Version(1, 2, 'x') == Version(1, 2, 'y'))
print(max(vs), min(vs))
for op in ['<', '<=', '>', '>=']:
    try:
        if op == '<':
            Version(1) < (1, 0)
        elif op == '<=':
            Version(1) <= 5
        elif op == '>':
            Version(1) > 'a'
        else:
            Version(1) >= None
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0


try:
    Version(1) < Other(1)
except TypeError as e:
    print("TypeError:", e)
print(Version(1) == Other(1), Version.__lt__.__qualname__)

# frozen instances
@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(1, 2, 3)
print(c, hash(c) == hash((1, 2, 3)), hash(Color(1, 2, 3)) == hash(c))
for action in ['set', 'set-new', 'del', 'del-new']:
    try:
        if action == 'set':
            c.r = 5
        elif action == 'set-new':
            c.alpha = 0.5
        elif action == 'del':
            del c.g
        else:
            del c.alpha
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(c)
print({c: 'red', Color(1, 2, 3): 'again'})
print(Color.__setattr__.__qualname__, Color.__delattr__.__qualname__)


# a subclass of a frozen dataclass (itself a dataclass) is frozen too
@dataclass(frozen=True)
class Color4(Color):
    a: int = 255


c4 = Color4(1, 2, 3, 4)
print(c4, hash(c4) == hash((1, 2, 3, 4)))
try:
    c4.a = 0
except FrozenInstanceError as e:
    print(e)

# a plain subclass of a frozen dataclass may add attributes that are not fields
class Tagged(Color):
    pass


t = Tagged(0, 0)
t.tag = 'x'
print(t, t.tag)
try:
    t.r = 1
except FrozenInstanceError as e:
    print(e)

# __hash__ rules
@dataclass
class EqOnly:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


@dataclass(frozen=True)
class FrozenExplicitHash:
    a: int

    def __hash__(self):
        return 7


print(EqOnly.__hash__, NoEq.__hash__ is object.__hash__, FrozenNoEq.__hash__ is object.__hash__)
u = Unsafe(1, [1, 2], 3, 4)
print(hash(u) == hash((1, 4)), Unsafe.__hash__.__qualname__)
print(hash(ExplicitHash(1)), hash(FrozenExplicitHash(1)))


class HashBase:
    def __hash__(self):
        return 99


@dataclass
class InheritsHash(HashBase):
    a: int


print(InheritsHash.__hash__)


@dataclass(eq=False)
class KeepsInherited(HashBase):
    a: int


print(hash(KeepsInherited(1)))

# eq=True with __eq__ and __hash__ = None in the body counts as no explicit hash
@dataclass(frozen=True)
class HashNoneBody:
    a: int
    __hash__ = None

    def __eq__(self, other):
        return False


print(hash(HashNoneBody(5)) == hash((5,)))

# kw_only
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int
    name: str = 'x'


o = Options(depth=3)
print(o, Options.__doc__, Options.__match_args__)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True)
    c: int = 1
    _: KW_ONLY
    d: int
    e: int = 5


m = Mixed(1, b=2, d=4)
print(m, Mixed.__doc__, Mixed.__match_args__)
print(Mixed(10, 11, b=12, d=13, e=14))
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class MixedChild(Mixed):
    f: int = 0
    g: int = field(default=1, kw_only=True)


print(MixedChild(1, 2, 3, b=4, d=5), MixedChild.__doc__)

# match_args=False
@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))

# slots
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
    z: list = field(default_factory=list)


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), Slotted.__qualname__, Slotted.__init__.__qualname__)
try:
    s.other = 3
except AttributeError as e:
    print("AttributeError")
s.y = 20
print(s, s == Slotted(1, 20), fields(Slotted)[2].name)


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    x: int
    y: int = field(default=0, init=False)


fs = FrozenSlotted(5)
print(fs, fs.y, hash(fs) == hash((5, 0)))
try:
    fs.x = 6
except FrozenInstanceError as e:
    print(e)


@dataclass(slots=True)
class SlottedChild(Slotted):
    w: int = 0


sc = SlottedChild(1, 2, [3], 4)
print(sc, SlottedChild.__slots__)

# order on an empty dataclass
@dataclass(order=True)
class Nothing:
    pass


print(Nothing() < Nothing(), Nothing() <= Nothing(), Nothing() == Nothing())
