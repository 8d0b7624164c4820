# Enum basics: members, aliases, iteration, lookup by value and name, name/value.
from enum import Enum, IntEnum, auto


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7
    FIRST = 1  # an alias

    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)


total = 0
for day in Weekday:
    total += day.value
    print(day.name, day.value, day.is_weekend())
print("total", total, len(Weekday), Weekday.FIRST is Weekday.MONDAY)
print(Weekday(3), Weekday["FRIDAY"], Weekday.MONDAY.name, repr(Weekday.SUNDAY))
print(list(Weekday.__members__), Weekday.__members__["FIRST"])
print(sorted([Weekday.FRIDAY, Weekday.MONDAY], key=lambda d: d.value))


class Level(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print([int(l) for l in Level], Level.HIGH > Level.LOW, Level.MEDIUM + 10, max(Level))
print(Level(2), repr(Level(2)), Level.HIGH == 3, 3 in [Level.HIGH], sum(Level))


class Token(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NUM = auto()
    PLUS = auto()
    STAR = auto()


print([t.value for t in Token])


class Op(Enum):
    ADD = "+"
    MUL = "*"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        return a * b


acc = 1
for i in range(1, 200):
    op = Op.ADD if i % 3 else Op.MUL
    acc = op.apply(acc, i) % 1000003
print("acc", acc, Op("*"), Op.ADD.value)
seen = {Op.ADD: 0, Op.MUL: 0}
for i in range(1000):
    seen[Op.ADD if i % 4 else Op.MUL] += 1
print(seen)
print(isinstance(Op.ADD, Op), type(Op.MUL) is Op, Op.ADD == "+", Op.ADD != Op.MUL)
