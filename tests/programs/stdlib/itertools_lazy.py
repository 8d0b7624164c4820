# itertools: laziness, partial consumption, exhaustion and type identity of the
# iterator types (how far each tool advances its inputs).
import itertools as it


class Src:
    """An iterator that logs every item it hands out."""

    def __init__(self, n, log, name="s"):
        self.i = 0
        self.n = n
        self.log = log
        self.name = name

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            self.log.append(self.name + ":end")
            raise StopIteration
        self.i += 1
        self.log.append(self.name + str(self.i))
        return self.i


def show(label, *xs):
    print(label, *xs)


# ----- islice ------------------------------------------------------------------------
log = []
src = Src(10, log)
s = it.islice(src, 2, 8, 3)
show("islice created", log)
show("islice first", next(s))
show("islice log", log)
show("islice second", next(s))
show("islice rest", list(s), log)
show("islice src after", next(src), log)

log = []
src = Src(10, log)
show("islice stop", list(it.islice(src, 3)), log, next(src))
log = []
src = Src(3, log)
s = it.islice(src, 1, None)
show("islice none-stop", list(s), log)
show("islice after end", list(s), log)
show("islice zero", list(it.islice(Src(5, log), 0)), log)
show("islice big start", list(it.islice(range(5), 10, None)))
show("islice start==stop", list(it.islice(range(5), 3, 3)))
show("islice step", list(it.islice(range(20), 1, 15, 4)), list(it.islice("abcdefg", None, None, 2)))
show("islice Nones", list(it.islice(range(4), None)), list(it.islice(range(4), None, None, None)))


class Idx:
    def __index__(self):
        return 2


show("islice __index__", list(it.islice(range(10), Idx(), 7, Idx())))
show("islice bool", list(it.islice(range(10), True, 4)))
g = (x * x for x in range(6))
s = it.islice(g, 2)
show("islice gen", list(s), list(g))

# ----- takewhile / dropwhile ---------------------------------------------------------
log = []
src = Src(10, log)
tw = it.takewhile(lambda x: x < 4, src)
show("takewhile", list(tw), log)
show("takewhile consumed failing item; next src", next(src))
show("takewhile stays stopped", list(tw))
log = []
src = Src(6, log)
dw = it.dropwhile(lambda x: x < 3, src)
show("dropwhile created", log)
show("dropwhile first", next(dw), log)
show("dropwhile rest", list(dw))
show("dropwhile none", list(it.dropwhile(lambda x: True, range(4))))
show("dropwhile later trues kept", list(it.dropwhile(lambda x: x % 2, [1, 3, 4, 5, 7])))

# ----- filterfalse / starmap / compress ----------------------------------------------
show("filterfalse None", list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
show("filterfalse bool", list(it.filterfalse(bool, [0, 1, 2, 0])))
show("filterfalse fn", list(it.filterfalse(lambda x: x > 2, range(6))))
show("starmap", list(it.starmap(lambda *a: sum(a), [(1, 2), [3, 4, 5], (), "", range(3)])))
show("starmap str", list(it.starmap(lambda a, b: a + b, ["ab", "cd"])))
log = []
d = Src(6, log, "d")
sel = Src(3, log, "s")
show("compress", list(it.compress(d, sel)), log)
log = []
show("compress short data", list(it.compress(Src(2, log, "d"), Src(5, log, "s"))), log)
show("compress selectors", list(it.compress("abcdef", [0, 1, 1, 0, "x", None])))

# ----- chain -------------------------------------------------------------------------
log = []
c = it.chain(Src(2, log, "a"), [], Src(2, log, "b"))
show("chain created", log)
show("chain first", next(c), log)
show("chain rest", list(c), log)
show("chain empty", list(it.chain()), list(it.chain([], ())))
fi = it.chain.from_iterable(["ab", [1, 2], (), range(2)])
show("from_iterable", list(fi), type(fi).__name__)


def gen_of_iterables(log):
    for i in range(3):
        log.append("made %d" % i)
        yield range(i)


log = []
fi = it.chain.from_iterable(gen_of_iterables(log))
show("from_iterable lazy", log)
show("from_iterable next", next(fi), log)
show("from_iterable rest", list(fi), log)
c = it.chain([1], [2])
show("chain from_iterable via instance", list(c.from_iterable([[5], [6]])))

# ----- cycle / repeat / count --------------------------------------------------------
log = []
cy = it.cycle(Src(3, log))
show("cycle", [next(cy) for _ in range(8)], log)
show("cycle empty", list(it.cycle([])))
cy = it.cycle("ab")
show("cycle str", "".join(next(cy) for _ in range(5)))
r = it.repeat("x", 3)
show("repeat", repr(r), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
r = it.repeat(None)
show("repeat forever", repr(r), [next(r) for _ in range(3)], repr(r))
show("repeat neg", repr(it.repeat(1, -3)), list(it.repeat(1, -3)))
show("repeat kw", list(it.repeat(object="o", times=2)), repr(it.repeat([1, 2], 0)))
show("repeat zip", list(zip("abc", it.repeat(7))))
c = it.count()
show("count", repr(c), next(c), next(c), repr(c))
c = it.count(10, 5)
show("count step", next(c), next(c), repr(c))
c = it.count(1.5, 0.5)
show("count float", repr(c), next(c), next(c), next(c), repr(c))
c = it.count(2 ** 64, -2 ** 63)
show("count big", next(c), next(c), next(c), repr(c))
c = it.count(9223372036854775806)
show("count overflow", repr(c), next(c), next(c), next(c), repr(c))
c = it.count(True)
show("count bool", repr(c), next(c), next(c))
c = it.count(True, 2)
show("count bool step", repr(c), next(c), next(c), repr(c))
show("count misc", repr(it.count(5, 1.0)), repr(it.count(0.0)), repr(it.count(step=-1)), repr(it.count(start=3, step=0)))
c = it.count(3, 0)
show("count zero step", next(c), next(c), repr(c))
show("count + islice", list(it.islice(it.count(7, 3), 4)))
show("in count", 12 in it.count(0, 4), 3 in it.islice(it.count(), 5))

# ----- accumulate --------------------------------------------------------------------
show("accumulate", list(it.accumulate([1, 2, 3, 4, 5])))
show("accumulate str", list(it.accumulate("abc")))
show("accumulate func", list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
show("accumulate initial", list(it.accumulate([1, 2, 3], initial=100)))
show("accumulate empty", list(it.accumulate([])), list(it.accumulate([], initial=5)))
show("accumulate initial None", list(it.accumulate([1, 2], initial=None)))
show("accumulate func None", list(it.accumulate([1, 2, 3], None)))
show("accumulate kw", list(it.accumulate(iterable=[1, 2], func=lambda a, b: a * 10 + b, initial=7)))
log = []
ac = it.accumulate(Src(4, log), initial=0)
show("accumulate lazy", next(ac), log, next(ac), log)
show("accumulate floats", list(it.accumulate([0.5, 0.25, 1])))

# ----- pairwise / zip_longest --------------------------------------------------------
show("pairwise", list(it.pairwise("abcde")), list(it.pairwise([1])), list(it.pairwise([])))
log = []
pw = it.pairwise(Src(4, log))
show("pairwise lazy", next(pw), log)
show("pairwise rest", list(pw), log, list(pw))
show("zip_longest", list(it.zip_longest("abc", [1], range(2))))
show("zip_longest fill", list(it.zip_longest("ab", "wxyz", fillvalue="-")))
show("zip_longest none", list(it.zip_longest()), list(it.zip_longest([])), list(it.zip_longest([], [])))
log = []
zl = it.zip_longest(Src(1, log, "a"), Src(3, log, "b"))
show("zip_longest lazy", next(zl), log)
show("zip_longest rest", list(zl), log)
show("zip_longest after", list(zl), log)

# ----- combinatorics -----------------------------------------------------------------
show("product", list(it.product("ab", range(2), [None])))
show("product repeat", list(it.product([0, 1], repeat=2)), list(it.product("ab", "c", repeat=2)))
show("product empty", list(it.product()), list(it.product([], [1])), list(it.product([1], [])))
show("product repeat 0", list(it.product("abc", repeat=0)))
show("product len", len(list(it.product(range(3), range(4), range(5)))))
g = (i for i in range(3))
p = it.product(g, "x")
show("product eager", list(g), list(p))
show("permutations", list(it.permutations([1, 2, 3])))
show("permutations r", list(it.permutations("abcd", 2)))
show("permutations edge", list(it.permutations([])), list(it.permutations("ab", 0)), list(it.permutations("ab", 3)), list(it.permutations([], 0)))
show("permutations count", len(list(it.permutations(range(6)))), len(list(it.permutations(range(7), 3))))
show("permutations r None", list(it.permutations("ab", None)), list(it.permutations("abc", r=True)))
show("combinations", list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3)))
show("combinations edge", list(it.combinations("ab", 0)), list(it.combinations("ab", 3)), list(it.combinations([], 0)), list(it.combinations("abc", 3)))
show("combinations kw", list(it.combinations(iterable=[1, 2, 3], r=2)))
show("cwr", list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement(range(2), 3)))
show("cwr edge", list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("ab", 0)))
show("cwr count", len(list(it.combinations_with_replacement(range(5), 4))))
p = it.permutations(range(4))
first = [next(p) for _ in range(5)]
show("permutations partial", first, next(p), len(list(p)), list(p))
c = it.combinations(range(6), 4)
show("combinations partial", next(c), next(c), len(list(c)), list(c))

# ----- type identity, protocol -------------------------------------------------------
objs = [it.islice([], 1), it.chain(), it.count(), it.repeat(1), it.cycle([]), it.accumulate([]),
        it.groupby([]), it.starmap(len, []), it.takewhile(len, []), it.dropwhile(len, []),
        it.filterfalse(len, []), it.compress([], []), it.zip_longest(), it.pairwise([]),
        it.product(), it.permutations([]), it.combinations([], 1),
        it.combinations_with_replacement([], 1)]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t is getattr(it, t.__name__), iter(o) is o,
          o.__iter__() is o, isinstance(o, t), hasattr(o, "__next__"))
    try:
        o[0]
    except TypeError as e:
        print("  ", e)
print(it.islice, it.count, it.combinations_with_replacement)
print(type(it.groupby("a").__next__()[1]).__name__, it._grouper)
c = it.count(3)
print(c.__next__(), next(c), str(c), c.__next__())
r = it.repeat(1, 1)
print(r.__next__())
try:
    r.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
for name in ["islice", "chain", "groupby", "product"]:
    print(name, callable(getattr(it, name)), isinstance(getattr(it, name), type))
