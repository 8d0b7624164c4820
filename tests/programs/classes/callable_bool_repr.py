# __call__, __bool__, __len__ truthiness, __repr__/__str__/__format__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return x + self.n + sum(rest)
add3 = Adder(3)
print(add3(1), add3(1, 10, 100), callable(add3), callable(Adder), list(map(add3, [0, 1])))
class Flag:
    def __init__(self, on):
        self.on = bool(on)
    def __bool__(self):
        print("  __bool__ called")
        return self.on
print(bool(Flag(True)), not Flag(False))
if Flag(False) or Flag(True):
    print("or picked the truthy one")
print([x.on for x in [Flag(0), Flag(1)] if x])
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return "Temp(%r)" % self.c
    def __str__(self):
        return "%.1f°C" % self.c
    def __format__(self, spec):
        if spec == "f":
            return "%.1f°F" % (self.c * 9 / 5 + 32)
        return format(str(self), spec)
t = Temp(21.5)
print(t, repr(t), str(t), [t], f"{t}", f"{t!r}", f"{t:f}", f"{t:>10}|", "{}".format(t), "%s %r" % (t, t))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class NoRepr:
    pass
nr = NoRepr()  # one object: separate ones only share an address under refcounting
print(repr(nr).startswith("<__main__.NoRepr object at"), str(nr) == repr(nr) or "differs")
