# Closures and nested functions.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print("late binding:", late_binding())
def early_binding():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print("default binding:", early_binding())
def factory_binding():
    def make(i):
        return lambda: i * 10
    return [make(i)() for i in range(3)]
print("factory binding:", factory_binding())
def shared_cell():
    v = 1
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = shared_cell()
print(get())
set_(42)
print(get())
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(10))
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
def curry(a):
    def b_(b):
        def c_(c):
            return a * 100 + b * 10 + c
        return c_
    return b_
print(curry(1)(2)(3))
def rebinding_after():
    x = 1
    f = lambda: x
    x = 2
    return f()
print("sees latest value:", rebinding_after())
