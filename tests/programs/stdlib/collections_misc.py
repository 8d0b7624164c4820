# defaultdict, namedtuple, OrderedDict, Counter, ChainMap.
from collections import defaultdict, namedtuple, OrderedDict, Counter, ChainMap
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(nested["x"]["y"], dict(nested["x"]))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, tuple(p), p == (3, 4))
x, y = p
print(x + y, Point._make([5, 6]), Point(y=1, x=2))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()))
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1])
print(sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c)
print(Counter([1, 2, 2, 3]) + Counter([2, 3, 3]), Counter("ab") - Counter("b"), Counter("aab") & Counter("abb"), Counter("ab") | Counter("bbc"))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
