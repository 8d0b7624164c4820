# Generator objects: gi_running/gi_frame-free state checks, re-entrancy, and generators in classes.
def g():
    yield 1
gen = g()
print(type(gen).__name__, gen.__name__, gen.__qualname__)
import inspect
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
next(gen, None)
print(inspect.getgeneratorstate(gen))
def reenter():
    yield me_gen.__next__()
me_gen = reenter()
try:
    next(me_gen)
except ValueError as e:
    print("ValueError:", e)
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), list(t.depth_first()))
print(sum(t), max(t), 4 in t)
