# __getattr__ fallback, getattr/setattr/hasattr/delattr, __setattr__/__delattr__.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("  __getattr__(%s)" % name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1), p.target is p.__dict__["target"])
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError("no attribute " + repr(name))
d = Dyn()
print(d.get_value(), hasattr(d, "get_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Rec:
    pass
r = Rec()
setattr(r, "a", 1)
setattr(r, "with space", 2)
print(getattr(r, "a"), getattr(r, "with space"), getattr(r, "b", "default"), hasattr(r, "a"))
delattr(r, "a")
print(hasattr(r, "a"), sorted(vars(r)))
try:
    getattr(r, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "zz")
except AttributeError as e:
    print("AttributeError:", e)
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        print("  set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)
g = Guarded()
g.x = 5
try:
    g._y = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.x
print(hasattr(g, "x"))
class Tracer:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
t = Tracer()
t.secret = "real"
t.other = "visible"
print(t.secret, t.other)
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(1, "nope"))
