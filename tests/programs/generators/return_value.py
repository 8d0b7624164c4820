# Generator return values and StopIteration semantics.
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(it)
except StopIteration as e:
    print("second time value:", e.value)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("implicit return value:", e.value)
def leaks_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    list(next_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_list():
    return [1, 2]
    yield
print(list(returns_list()))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
gen = gen_finally()
for x in gen:
    print("got", x)
    break
print("after break (cleanup not yet run: no reliance on refcounting)")
gen.close()
print("after close")
print("list comprehension unaffected:", [x for x in gen_finally()])
