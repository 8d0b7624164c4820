# The enum class body's namespace (EnumType.__prepare__): redefining a member, defining
# _generate_next_value_ after members and unknown _sunder_ names are errors; private
# names, methods and descriptors are not members.
from enum import Enum, auto


def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", list(cls))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def twice():
    class T(Enum):
        A = 1
        A = 2
    return T


def late_generator():
    class T(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last):
            return 1
    return T


def method_over_member():
    class T(Enum):
        A = 1

        def A(self):
            pass
    return T


def sunder():
    class T(Enum):
        A = 1
        _hidden_ = 5
    return T


def fine():
    class T(Enum):
        __secret = 3
        A = 1
        B = 2

        def double(self):
            return self.value * 2

        @property
        def label(self):
            return self.name.lower()
    return T


for label, make in [("twice", twice), ("late generator", late_generator),
                    ("method over member", method_over_member),
                    ("sunder", sunder)]:
    attempt(label, make)
T = fine()
print(list(T), T.A.double(), T.B.label, T._T__secret)


class Broken(Enum):
    X = 1
    Y = 2
    X = 3
