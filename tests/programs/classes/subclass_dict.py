# class D(dict): __missing__, overridden __getitem__/__setitem__, super() into dict,
# which builtin methods call the overrides, and isinstance.


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] = self[key] + n
        return self


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.items()), c["dog"], "dog" in c, len(c))
print("get does not call __missing__:", c.get("dog"), c.get("dog", -1))
print("isinstance:", isinstance(c, dict), type(c).__name__, issubclass(Counter, dict))
print("equality with dict:", Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print("copy is a dict:", type(c.copy()).__name__, "fromkeys keeps class:",
      type(Counter.fromkeys("ab", 0)).__name__, Counter.fromkeys("ab", 0))


class Lower(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v


d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], d["B"], "c" in d, "C" in d, "D" in d)
print("dict.get bypasses __getitem__:", d.get("A"), d.get("a"))
print("keys/values/items:", list(d.keys()), list(d.values()), list(d.items()))
dict.__setitem__(d, "RAW", 9)
print("raw setitem:", d)
print("repr/str:", repr(d), str(d))


class Registry(dict):
    count = 0

    def __setitem__(self, key, value):
        Registry.count += 1
        super().__setitem__(key, value)

    def __repr__(self):
        return f"Registry({len(self)} entries)"


r = Registry(x=1)          # dict.__init__ does not call __setitem__
r["y"] = 2
r.update(z=3)              # nor does dict.update
r.setdefault("w", 4)       # nor setdefault
print(r, Registry.count, sorted(r), r.pop("x"), r.popitem())
print("bool:", bool(Registry()), bool(r), "len:", len(r))
print("| keeps dict:", type(r | {"q": 0}).__name__)


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


a = Attr(one=1)
a.two = 2
print(a.one, a.two, a, hasattr(a, "three"), a.__dict__ if hasattr(a, "__dict__") else None)
print("json-like nesting:", {"outer": Attr(inner=Counter(k=1))})
