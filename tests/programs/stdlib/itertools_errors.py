# itertools: argument validation and error messages (CPython 3.11's), and what each
# iterator does when its input raises part-way through.
import itertools as it


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise RuntimeError("bad index")


class Num:
    def __float__(self):
        return 1.0


cases = [
    ('it.islice()', lambda: it.islice()),
    ('it.islice([1])', lambda: it.islice([1])),
    ('it.islice([1], 1, 2, 3, 4)', lambda: it.islice([1], 1, 2, 3, 4)),
    ('it.islice([1], stop=3)', lambda: it.islice([1], stop=3)),
    ('it.islice([1], -1)', lambda: it.islice([1], -1)),
    ('it.islice([1], -2)', lambda: it.islice([1], -2)),
    ("it.islice([1], 'a')", lambda: it.islice([1], 'a')),
    ('it.islice([1], 1.5)', lambda: it.islice([1], 1.5)),
    ('it.islice([1], 2**70)', lambda: it.islice([1], 2**70)),
    ("it.islice([1], 'a', 3)", lambda: it.islice([1], 'a', 3)),
    ('it.islice([1], -1, 3)', lambda: it.islice([1], -1, 3)),
    ('it.islice([1], 0, 3, 0)', lambda: it.islice([1], 0, 3, 0)),
    ("it.islice([1], 0, 3, 'x')", lambda: it.islice([1], 0, 3, 'x')),
    ('it.islice([1], 0, -1)', lambda: it.islice([1], 0, -1)),
    ('it.islice([1], 0, -2)', lambda: it.islice([1], 0, -2)),
    ('it.islice(5, 3)', lambda: it.islice(5, 3)),
    ("it.islice([1], 0, 'x', 0)", lambda: it.islice([1], 0, 'x', 0)),
    ('it.islice([1], BadIdx())', lambda: it.islice([1], BadIdx())),
    ('it.islice([1], 0, 2, BadIdx())', lambda: it.islice([1], 0, 2, BadIdx())),
    ('it.islice([1], 2**63 - 1)', lambda: it.islice([1], 2**63 - 1)),
    ('it.islice([1], 2**63)', lambda: it.islice([1], 2**63)),
    ('it.islice([1], Idx(-3))', lambda: it.islice([1], Idx(-3))),
    ('it.islice(5, -1)', lambda: it.islice(5, -1)),
    ('it.chain(a=1)', lambda: it.chain(a=1)),
    ('it.chain(1)', lambda: it.chain(1)),
    ('list(it.chain([1], 1))', lambda: list(it.chain([1], 1))),
    ('it.chain.from_iterable()', lambda: it.chain.from_iterable()),
    ('it.chain.from_iterable(1)', lambda: it.chain.from_iterable(1)),
    ('it.chain.from_iterable([1], 2)', lambda: it.chain.from_iterable([1], 2)),
    ('list(it.chain.from_iterable([1]))', lambda: list(it.chain.from_iterable([1]))),
    ("it.count('a')", lambda: it.count('a')),
    ("it.count(1, 'a')", lambda: it.count(1, 'a')),
    ('it.count(1, 2, 3)', lambda: it.count(1, 2, 3)),
    ('it.count(start=1, stop=2)', lambda: it.count(start=1, stop=2)),
    ('it.count(x=1)', lambda: it.count(x=1)),
    ('it.count(1, start=2)', lambda: it.count(1, start=2)),
    ('it.count(None)', lambda: it.count(None)),
    ('it.count([])', lambda: it.count([])),
    ('it.count(Num())', lambda: it.count(Num())),
    ('it.repeat()', lambda: it.repeat()),
    ("it.repeat(1, 'a')", lambda: it.repeat(1, 'a')),
    ('it.repeat(1, 2, 3)', lambda: it.repeat(1, 2, 3)),
    ('it.repeat(1, times=2.0)', lambda: it.repeat(1, times=2.0)),
    ('it.repeat(x=1)', lambda: it.repeat(x=1)),
    ('it.repeat(1, 2**70)', lambda: it.repeat(1, 2**70)),
    ('it.repeat(1, x=2)', lambda: it.repeat(1, x=2)),
    ('it.repeat(1, Idx(2))', lambda: it.repeat(1, Idx(2))),
    ('it.repeat(1).__length_hint__()', lambda: it.repeat(1).__length_hint__()),
    ('it.repeat(1, 5).__length_hint__()', lambda: it.repeat(1, 5).__length_hint__()),
    ('it.repeat(1).__length_hint__(5)', lambda: it.repeat(1).__length_hint__(5)),
    ('it.repeat.__length_hint__()', lambda: it.repeat.__length_hint__()),
    ('it.count.__next__()', lambda: it.count.__next__()),
    ('it.cycle()', lambda: it.cycle()),
    ('it.cycle(1)', lambda: it.cycle(1)),
    ('it.cycle([1], [2])', lambda: it.cycle([1], [2])),
    ('it.cycle(iterable=[1])', lambda: it.cycle(iterable=[1])),
    ('it.accumulate()', lambda: it.accumulate()),
    ('it.accumulate(1)', lambda: it.accumulate(1)),
    ('it.accumulate([1], None, None)', lambda: it.accumulate([1], None, None)),
    ('it.accumulate([1], None, None, None)', lambda: it.accumulate([1], None, None, None)),
    ('it.accumulate([1], foo=1)', lambda: it.accumulate([1], foo=1)),
    ("list(it.accumulate([1, 'a']))", lambda: list(it.accumulate([1, 'a']))),
    ('list(it.accumulate([1, 2], 5))', lambda: list(it.accumulate([1, 2], 5))),
    ('it.groupby()', lambda: it.groupby()),
    ('it.groupby(1)', lambda: it.groupby(1)),
    ('it.groupby([1], None, 3)', lambda: it.groupby([1], None, 3)),
    ('it.groupby([1], foo=2)', lambda: it.groupby([1], foo=2)),
    ('it.groupby(key=len)', lambda: it.groupby(key=len)),
    ('it.groupby([1], iterable=[2])', lambda: it.groupby([1], iterable=[2])),
    ('list(it.groupby([1, 2], 5))', lambda: list(it.groupby([1, 2], 5))),
    ('it.starmap(len)', lambda: it.starmap(len)),
    ('it.starmap(len, 1)', lambda: it.starmap(len, 1)),
    ('it.starmap(len, [1], 2)', lambda: it.starmap(len, [1], 2)),
    ('it.starmap(function=len, iterable=[1])', lambda: it.starmap(function=len, iterable=[1])),
    ('list(it.starmap(len, [1]))', lambda: list(it.starmap(len, [1]))),
    ('list(it.starmap(5, [(1,)]))', lambda: list(it.starmap(5, [(1,)]))),
    ('list(it.starmap(max, [[]]))', lambda: list(it.starmap(max, [[]]))),
    ('it.takewhile(len)', lambda: it.takewhile(len)),
    ('it.takewhile(len, 1)', lambda: it.takewhile(len, 1)),
    ('it.takewhile(predicate=len, iterable=[1])', lambda: it.takewhile(predicate=len, iterable=[1])),
    ('list(it.takewhile(len, [1]))', lambda: list(it.takewhile(len, [1]))),
    ('it.dropwhile(len)', lambda: it.dropwhile(len)),
    ('it.dropwhile(len, 1)', lambda: it.dropwhile(len, 1)),
    ('list(it.dropwhile(None, [1]))', lambda: list(it.dropwhile(None, [1]))),
    ('it.filterfalse(len)', lambda: it.filterfalse(len)),
    ('it.filterfalse(len, 1)', lambda: it.filterfalse(len, 1)),
    ('it.filterfalse(None, [1], 3)', lambda: it.filterfalse(None, [1], 3)),
    ('list(it.filterfalse(len, [1]))', lambda: list(it.filterfalse(len, [1]))),
    ('it.compress([1])', lambda: it.compress([1])),
    ('it.compress(1, [1])', lambda: it.compress(1, [1])),
    ('it.compress([1], 1)', lambda: it.compress([1], 1)),
    ('it.compress([1], [1], [1])', lambda: it.compress([1], [1], [1])),
    ('it.compress([1], foo=3)', lambda: it.compress([1], foo=3)),
    ('it.compress(data=[1], selectors=[1], x=1)', lambda: it.compress(data=[1], selectors=[1], x=1)),
    ('it.compress([1], data=[2])', lambda: it.compress([1], data=[2])),
    ('it.zip_longest(1)', lambda: it.zip_longest(1)),
    ('it.zip_longest([1], foo=1)', lambda: it.zip_longest([1], foo=1)),
    ('it.zip_longest([1], fillvalue=1, foo=2)', lambda: it.zip_longest([1], fillvalue=1, foo=2)),
    ('it.pairwise()', lambda: it.pairwise()),
    ('it.pairwise(1)', lambda: it.pairwise(1)),
    ('it.pairwise([1], [2])', lambda: it.pairwise([1], [2])),
    ('it.pairwise(iterable=[1])', lambda: it.pairwise(iterable=[1])),
    ('it.product(1)', lambda: it.product(1)),
    ("it.product([1], repeat='a')", lambda: it.product([1], repeat='a')),
    ('it.product([1], repeat=-1)', lambda: it.product([1], repeat=-1)),
    ('it.product([1], foo=2)', lambda: it.product([1], foo=2)),
    ('it.product([1], repeat=2**70)', lambda: it.product([1], repeat=2**70)),
    ('list(it.product(1, repeat=0))', lambda: list(it.product(1, repeat=0))),
    ('it.product([1], repeat=1.0)', lambda: it.product([1], repeat=1.0)),
    ('it.product([1], repeat=1, foo=2)', lambda: it.product([1], repeat=1, foo=2)),
    ("list(it.product('ab', repeat=Idx(2)))", lambda: list(it.product('ab', repeat=Idx(2)))),
    ('it.permutations()', lambda: it.permutations()),
    ('it.permutations(1)', lambda: it.permutations(1)),
    ("it.permutations([1], 'a')", lambda: it.permutations([1], 'a')),
    ('it.permutations([1], -1)', lambda: it.permutations([1], -1)),
    ('it.permutations([1], 1.0)', lambda: it.permutations([1], 1.0)),
    ("it.permutations(1, 'a')", lambda: it.permutations(1, 'a')),
    ('it.permutations([1], 2**70)', lambda: it.permutations([1], 2**70)),
    ('it.permutations([1], 2, 3)', lambda: it.permutations([1], 2, 3)),
    ('it.permutations([1], r=1, x=2)', lambda: it.permutations([1], r=1, x=2)),
    ('it.permutations([1], x=2)', lambda: it.permutations([1], x=2)),
    ('it.permutations([1], Idx(1))', lambda: it.permutations([1], Idx(1))),
    ('it.combinations([1])', lambda: it.combinations([1])),
    ('it.combinations(1, 2)', lambda: it.combinations(1, 2)),
    ("it.combinations([1], 'a')", lambda: it.combinations([1], 'a')),
    ("it.combinations(1, 'a')", lambda: it.combinations(1, 'a')),
    ('it.combinations([1], -1)', lambda: it.combinations([1], -1)),
    ('it.combinations([1], 2**70)', lambda: it.combinations([1], 2**70)),
    ('it.combinations([1], 1, 2)', lambda: it.combinations([1], 1, 2)),
    ('it.combinations(r=1)', lambda: it.combinations(r=1)),
    ("list(it.combinations('abc', Idx(2)))", lambda: list(it.combinations('abc', Idx(2)))),
    ('it.combinations_with_replacement([1])', lambda: it.combinations_with_replacement([1])),
    ('it.combinations_with_replacement([1], -1)', lambda: it.combinations_with_replacement([1], -1)),
    ("it.combinations_with_replacement(1, 'a')", lambda: it.combinations_with_replacement(1, 'a')),
    ('it.combinations_with_replacement([1], 1, x=2)', lambda: it.combinations_with_replacement([1], 1, x=2)),
    ('it.tee(1)', lambda: it.tee(1)),
    ('it.tee([1], -1)', lambda: it.tee([1], -1)),
    ("it.tee([1], 'a')", lambda: it.tee([1], 'a')),
    ('it.tee([1], 0)', lambda: it.tee([1], 0)),
    ('it.islice.__next__(5)', lambda: it.islice.__next__(5)),
    ('it.count.__next__(it.repeat(1))', lambda: it.count.__next__(it.repeat(1))),
    ('it.count(1).__next__(2)', lambda: it.count(1).__next__(2)),
    ('it.count.__iter__(3)', lambda: it.count.__iter__(3)),
    ('it.repeat.__length_hint__(it.count())', lambda: it.repeat.__length_hint__(it.count())),
    ('it._grouper(1, 2)', lambda: it._grouper(1, 2)),
    ('it._grouper(it.groupby([]), 2, 3)', lambda: it._grouper(it.groupby([]), 2, 3)),
    ('it._grouper(it.groupby([]), k=2)', lambda: it._grouper(it.groupby([]), k=2)),
    ('it.islice([1], 1)[0]', lambda: it.islice([1], 1)[0]),
    ("it.count()['a']", lambda: it.count()['a']),
    ('it.islice(1)', lambda: it.islice(1)),
]
for c, f in cases:
    try:
        r = f()
        print(c, "->", repr(r) if " at 0x" not in repr(r) else type(r).__name__)
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

try:
    it.count()[0] = 1
except TypeError as e:
    print("setitem", e)
try:
    del it.repeat(1)[0]
except TypeError as e:
    print("delitem", e)


# ----- errors raised by the inputs part-way through --------------------------------
class Boom:
    """Yields 1, 2, then raises ValueError once, then yields 3, then ends."""

    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("boom")
        if self.i > 4:
            raise StopIteration
        return self.i if self.i < 3 else 3


class BadEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        raise ValueError("eq")


def drain(label, obj, n=6):
    out = []
    for _ in range(n):
        try:
            x = next(obj)
            if type(x) is tuple and len(x) == 2 and type(x[1]).__name__ == "_grouper":
                x = ("group", x[0] if type(x[0]) is not BadEq else x[0].v)
            elif type(x) is BadEq:
                x = ("BadEq", x.v)
            out.append(x)
        except StopIteration:
            out.append("stop")
        except ValueError as e:
            out.append("err:" + str(e))
    print(label, out)


drain("islice", it.islice(Boom(), None))
drain("islice skip", it.islice(Boom(), 3, None))
drain("chain", it.chain(Boom(), [9]))
drain("chain.from_iterable", it.chain.from_iterable([Boom(), [9]]))
drain("cycle", it.cycle(Boom()), 8)
drain("accumulate", it.accumulate(Boom()))
drain("starmap", it.starmap(lambda x: -x, ((v,) for v in [1, 2])))
drain("takewhile", it.takewhile(lambda x: True, Boom()))
drain("dropwhile", it.dropwhile(lambda x: x < 2, Boom()))
drain("filterfalse", it.filterfalse(lambda x: False, Boom()))
drain("compress data", it.compress(Boom(), it.repeat(1)))
drain("compress sel", it.compress(it.count(), Boom()))
drain("zip_longest", it.zip_longest(Boom(), "abcdef"))
drain("pairwise", it.pairwise(Boom()))
drain("pairwise first", it.pairwise(it.islice(Boom(), 2, None)))
drain("groupby", it.groupby(Boom()))


def bad_pred(x):
    if x == 2:
        raise ValueError("pred")
    return True


drain("takewhile pred", it.takewhile(bad_pred, [1, 2, 3, 4]))
drain("dropwhile pred", it.dropwhile(bad_pred, [1, 2, 3, 4]))
drain("filterfalse pred", it.filterfalse(lambda x: bad_pred(x) and False, [1, 2, 3]))
drain("starmap fn", it.starmap(bad_pred, [(1,), (2,), (3,)]))
drain("accumulate fn", it.accumulate([1, 2, 3, 4], lambda a, b: bad_pred(b) and a + b))
drain("groupby key", it.groupby([1, 2, 3], key=bad_pred))


drain("groupby eq", it.groupby([BadEq(1), BadEq(2)]))
g = it.groupby([BadEq(1), BadEq(2)])
k, grp = next(g)
drain("grouper eq", grp)

# count with objects that do not add
c = it.count(1.0, 2)
print(next(c), next(c))
c = it.count(0, Num())
print(repr(c)[:8])
try:
    next(c)
except TypeError as e:
    print("count add", e)
try:
    next(c)
except TypeError as e:
    print("count add again", e)
print(repr(c)[:8])
