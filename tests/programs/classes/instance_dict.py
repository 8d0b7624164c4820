# obj.__dict__ and vars(obj) are live: writes through them are attributes.
class C:
    def __init__(self):
        self.a = 1
    def m(self): return "method"
c = C()
for i in range(3):
    print(c.a, c.m())
d = c.__dict__
d["b"] = 2
d["m"] = str.upper
for i in range(3):
    print(c.a, c.b, c.m("shadow"))
c.z = 5
print(d, vars(c) is d)
del c.a
print(d)
try:
    del c.a
except AttributeError as e:
    print(e)
c.__dict__ = {"q": 1}
print(c.q, hasattr(c, "z"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
print(sorted(k for k in dir(c) if not k.startswith("__")))
