# Class attributes vs instance attributes, mutation after instances exist, monkeypatching.
class Config:
    level = 1
    tags = []
    def show(self):
        return "level=%d" % self.level
a, b = Config(), Config()
print(a.level, b.level, a.show())
Config.level = 2
print("class mutated:", a.level, b.level, b.show())
a.level = 99
print("instance shadows:", a.level, b.level, Config.level, a.show())
del a.level
print("after del instance attr:", a.level)
a.tags.append("shared!")
print("mutable class attr shared:", b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags)
def new_show(self):
    return "patched level=%d" % self.level
Config.show = new_show
print("monkeypatched method:", a.show(), b.show())
b.show = lambda: "instance-level function"
print(b.show(), a.show())
Config.added = lambda self, n: n * self.level
print("method added later:", a.added(5))
class Sub(Config):
    pass
s = Sub()
print(s.level, s.show())
Config.level = 7
print("inherited change:", s.level)
Sub.level = 8
print(s.level, Config.level)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
class Counter:
    instances = 0
    def __init__(self):
        self.instances += 1
c1 = Counter()
c2 = Counter()
print("self.x += creates instance attr:", c1.instances, Counter.instances)
class Method:
    def m(self):
        return "m"
obj = Method()
bound = obj.m
Method.m = lambda self: "replaced"
print(bound(), obj.m())
