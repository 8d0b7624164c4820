# Rich comparisons, sorting objects, reflected comparisons.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("2") > Version("1.9"))
print(Version("1") >= Version("1"), Version("1") == "1", len(set(vs)))
log = []
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        log.append("lt(%d,%d)" % (self.n, o.n))
        return self.n < o.n
    def __gt__(self, o):
        log.append("gt(%d,%d)" % (self.n, o.n))
        return self.n > o.n
    def __eq__(self, o):
        log.append("eq(%d,%d)" % (self.n, o.n))
        return NotImplemented
print(Loud(1) > Loud(2), Loud(1) < Loud(2), log)
log.clear()
print(Loud(1) == Loud(1), log)
a = Loud(3)
print(a == a, a != Loud(3))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", o)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(5) == 5, 5 == OnlyEq(5))
print(OnlyEq(1) in [OnlyEq(0), OnlyEq(1)], [OnlyEq(2)].index(2))
try:
    sorted([OnlyEq(2), OnlyEq(1)])
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2)
