# itertools.groupby: the groupers share the groupby's state as in CPython (advancing
# the groupby invalidates older groupers; a grouper consumes items the groupby then
# skips), plus key functions, input logging and tee on top of native iterators.
import itertools as it


class Logged:
    def __init__(self, items, log):
        self.items = list(items)
        self.i = 0
        self.log = log

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            self.log.append("end")
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        self.log.append(x)
        return x


print([(k, list(g)) for k, g in it.groupby("aaabccddde")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7, 9, 6], key=lambda x: x % 2)])
print([k for k, g in it.groupby("aabbbc")])
print([(k, list(g)) for k, g in it.groupby([])])
print([(k, list(g)) for k, g in it.groupby([1.0, 1, True, 2, 2.0])])
print([(k, "".join(g)) for k, g in it.groupby("AaBbbC", key=str.lower)])
print([(k, list(g)) for k, g in it.groupby(iterable=[1, 1, 2], key=None)])

# Older groupers are dead once the groupby moves on.
g = it.groupby("aaabbbcc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
k3, g3 = next(g)
print(k3, next(g3), list(g2), list(g3), list(g3))
print(list(g))

# A partly consumed grouper: the groupby skips the rest of its group.
log = []
g = it.groupby(Logged("xxxyyz", log))
k, grp = next(g)
print(k, next(grp), log)
k, grp2 = next(g)
print(k, log, list(grp), list(grp2), log)
print([(k, list(v)) for k, v in g], log)

# Consuming a grouper fully, then asking it again.
g = it.groupby("ppq")
k, grp = next(g)
print(list(grp), list(grp), next(g)[0])

# The grouper made last is the live one even after the groupby ends.
g = it.groupby("rrs")
pairs = list(g)
print([(k, list(v)) for k, v in pairs])

# Key function calls: exactly one per item.
calls = []


def key(x):
    calls.append(x)
    return x // 10


g = it.groupby([1, 5, 12, 18, 25, 31], key=key)
out = []
for k, grp in g:
    out.append((k, next(grp)))
print(out, calls)

# Keys compared with ==, target against current.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v // 2 == other.v // 2

    def __repr__(self):
        return "K(%d)" % self.v


print([(k, len(list(g))) for k, g in it.groupby([K(0), K(1), K(2), K(5), K(4)])])

# The _grouper constructor (CPython exposes it).
g = it.groupby("aab")
first = next(g)
manual = it._grouper(g, "a")
print(list(first[1]), list(manual))
g = it.groupby("ccd")
k, grp = next(g)
manual = it._grouper(g, "c")
print(list(grp), list(manual), next(g)[0])

# Re-entrancy: a key function that advances the same groupby.
outer = None


def reentrant(x):
    if x == 3 and outer is not None:
        try:
            print("inner", next(outer)[0])
        except StopIteration:
            print("inner stop")
    return x


outer = it.groupby([1, 1, 2, 3, 3, 4], key=reentrant)
print([k for k, _ in outer])

# tee stays in Python, on top of the native iterators.
a, b = it.tee(it.islice(it.count(), 5))
print(next(a), next(a), list(b), list(a))
a, b, c = it.tee(it.groupby("xxy"), 3)
print([k for k, _ in a], [k for k, _ in b], len(list(c)))
x, = it.tee(it.chain("ab", "c"), 1)
print(list(x), it.tee([1], 0))

# groupby over other native iterators, and nested pipelines.
data = it.islice(it.cycle("aab"), 10)
print([(k, len(list(g))) for k, g in it.groupby(data)])
runs = it.groupby(it.accumulate(it.repeat(1, 12)), key=lambda v: v // 5)
print([(k, list(g)) for k, g in runs])
print(list(it.starmap(lambda k, g: (k, sum(g)), it.groupby(sorted([3, 1, 2, 3, 1, 1])))))
word_runs = it.chain.from_iterable((k * 2 for k, _ in it.groupby(w)) for w in ["aab", "bbc"])
print("".join(word_runs))
