from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__)
print(repr(Color), str(Color), Color['GREEN'], Color(3))
for f in [lambda: Color(9), lambda: Color['X'], lambda: setattr(Color, 'RED', 5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
try:
    class More(Color): X = 9
except TypeError as e: print(e)
class N(IntEnum):
    A = auto()
    B = auto()
print(repr(N.A), str(N.A), f"{N.B}", N.A + 1, N.A == 1, N.B < 3, hash(N.A) == hash(1), list(N))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P.R | P.W), str(P.R | P.W), P.R in (P.R | P.W), list(P.R | P.W), repr(~P.R), repr(P(0)), bool(P(0)))
class S(StrEnum):
    A = auto()
    B = "bee"
print(repr(S.A), str(S.A), S.B.upper())
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return self.mass / self.radius ** 2
print(Planet.EARTH.mass, round(Planet.EARTH.g, 3), Planet.EARTH.value)
print(Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color), Color.RED == 1, hash(Color.RED) == hash("RED"))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
print(Color.RED in Color)
class IP(IntFlag):
    A = 1
    B = 2
print(repr(IP.A | IP.B), str(IP.A|IP.B), IP.A | 4, repr(IP.A | 4), repr(IP(0)), repr(~IP.A))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self):
        return self.name.lower() + " with " + str(self.value)
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda s: s.value)
print(Shape.SQUARE.describe(), Shape.biggest(), sorted(Shape, key=lambda s: -s.value))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], Color.RED != Color.GREEN, Color.RED is Color(1))
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "active":
            return cls.ACTIVE
print(Status("ACTIVE"), [m.name for m in reversed(Color)])
import copy
print(copy.deepcopy(Color.RED) is Color.RED)
