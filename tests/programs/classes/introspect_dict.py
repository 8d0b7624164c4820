# obj.__dict__ as a live view that stays right while instances of one class take
# different shapes (attributes added in other orders, deleted, added through the
# dict), vars(obj), and __dict__.update(...).


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, -i) for i in range(4)]
pts[1].z = "extra"                  # a new shape
pts[2].__dict__["w"] = "via dict"   # added through the dict
del pts[3].x                        # removed: shape without x
pts[0].__dict__.update(y=100, label="origin")
for p in pts:
    print(vars(p), p.__dict__ is vars(p), sorted(p.__dict__))
print("attr reads:", pts[2].w, pts[0].label, pts[0].y, hasattr(pts[3], "x"), pts[1].z)

# The view is live in both directions.
p = Point(1, 2)
d = p.__dict__
p.color = "red"
print("after setattr:", d)
d["x"] = 10
print("after dict write:", p.x)
d.pop("y")
print("after pop:", hasattr(p, "y"), d)
d.clear()
print("after clear:", d, hasattr(p, "x"), p.kind)
d.update({"x": 5, "y": 6}, extra=7)
print("after update:", p.x, p.y, p.extra, list(d))
d.setdefault("x", 99)
d.setdefault("new", [])
p.new.append(1)
print("setdefault:", p.x, p.new, "len:", len(d), "in:", "new" in d, "kind" in d)
print("items:", sorted(d.items()), "copy is a dict:", type(d.copy()).__name__, d.copy() == d)
del p.new
print("after del attr:", "new" in d, list(d.keys()))

# Class attributes are not in the instance dict; shadowing puts them there.
q = Point(0, 0)
print("kind in instance dict:", "kind" in q.__dict__, q.kind)
q.kind = "special"
print("shadowed:", q.__dict__["kind"], Point.kind, q.kind)
del q.kind
print("unshadowed:", q.kind, "kind" in q.__dict__)

# Many instances, many shapes, in a loop (exercises attribute caches).
objs = []
for i in range(30):
    o = Point(i, i * 2)
    if i % 3 == 0:
        o.a = i
    if i % 5 == 0:
        o.__dict__["b"] = -i
    if i % 7 == 0:
        del o.y
    objs.append(o)
print("shapes:", sorted(set(tuple(o.__dict__) for o in objs)))
print("sum of a:", sum(o.__dict__.get("a", 0) for o in objs),
      "sum of y:", sum(getattr(o, "y", 0) for o in objs))

# Replacing __dict__ wholesale.
r = Point(1, 1)
r.__dict__ = {"only": "this"}
print("replaced:", vars(r), hasattr(r, "x"), r.only)
r.more = 1
print("then setattr:", r.__dict__)


class Empty:
    pass


e = Empty()
print("empty:", e.__dict__, vars(e) == {})
e.__dict__.update(a=1, b=2)
e.__dict__.update([("c", 3)])
print("updated empty:", e.a, e.b, e.c, vars(e))
# The dict of a class is a read-only mapping of its namespace.
print("class dict:", sorted(k for k in vars(Point) if not k.startswith("__")),
      Point.__dict__["kind"], type(Point.__dict__).__name__)
cd = Point.__dict__
Point.added_later = 5
print("class dict is live:", cd["added_later"], "added_later" in cd, cd.get("missing", "-"))
try:
    cd["x"] = 1
except TypeError as exc:
    print("TypeError:", exc)
print("class dict equals its copy:", cd == dict(cd), type(cd.copy()).__name__,
      str(Point.__dict__) == str(dict(Point.__dict__)))
print("repr starts:", repr(Point.__dict__)[:14])
