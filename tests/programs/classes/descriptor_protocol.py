# User descriptors: __set__/__delete__ through obj.x, object.__setattr__ and del; function __get__.
class D:
    def __get__(self, o, t=None): return "got"
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("deleted")
class C:
    d = D()
    def m(self): return "m"
c = C()
c.d = 1
object.__setattr__(c, "d", 2)
del c.d
print(c.d, C.m.__get__(c, C)(), C.m.__get__(None, C) is C.m)
