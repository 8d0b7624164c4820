# __eq__/__hash__ interplay: defining __eq__ alone makes a class unhashable.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % (self.k,)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), {a: 1}[a], a in {a})
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
s = {Collide(1), Collide(2), Collide(1)}
print(len(s), sorted(c.v for c in s))
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash%d" % self.v)
        return self.v
    def __eq__(self, o):
        calls.append("eq%d%d" % (self.v, o.v))
        return self.v == o.v
t = {Tracked(1): "a"}
t[Tracked(1)] = "b"
print(list(t.values()), calls)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "not int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()), hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
