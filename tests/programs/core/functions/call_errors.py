# TypeError messages for bad calls.
def two(a, b):
    return a + b
def kwo(a, *, k):
    return a
def defaults(a, b=1):
    return a
def noargs():
    return 0
five = 5
text = "abc"
nothing = None
tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(),
    lambda: two(1, c=3),
    lambda: two(1, a=2),
    lambda: kwo(1),
    lambda: kwo(1, 2),
    lambda: defaults(),
    lambda: defaults(1, 2, 3),
    lambda: noargs(1),
    lambda: noargs(x=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: abs("x"),
    lambda: [].append(),
    lambda: {}.get(),
]
for i in range(len(tests)):
    try:
        print(i, tests[i]())
    except TypeError as e:
        print(i, "TypeError:", e)
print(two(b=1, a=2), kwo(1, k=2), defaults(5))
