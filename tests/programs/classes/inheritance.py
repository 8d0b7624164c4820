# Single inheritance, overriding and super().
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
for x in (a, d, p):
    print(x.speak(), "|", x.kind())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print(Puppy.__bases__, Dog.__base__.__name__, [c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    def __init__(self):
        self.log = ["B only"]
print(B().log)
class C(A):
    pass
print(C().log)
print(super(Puppy, p).speak())
class IntLike(int):
    def double(self):
        return self * 2
il = IntLike(21)
print(il.double(), il + 1, type(il + 1), isinstance(il, int))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
md = MyDict(a=1)
print(md["a"], md["zz"], md)
