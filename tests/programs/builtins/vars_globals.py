# vars(), globals(), locals(), dir().
x = 10
y = "global y"
def show():
    a = 1
    b = [2]
    return sorted(locals().items())
print(show())
g = globals()
print(g["x"], g["y"], "show" in g, g["__name__"])
g["z"] = "created via globals()"
print(z)
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
vars(c)["c"] = 3
print(c.c)
print(sorted(k for k in dir(c) if not k.startswith("__")))
print([k for k in dir() if not k.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def nested():
    v = 5
    def inner():
        return sorted(locals())
    return inner()
print(nested())
