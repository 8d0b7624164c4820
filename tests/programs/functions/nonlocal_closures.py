# Closures with nonlocal state, cell sharing and introspection.
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(100)
print(dep(50), wd(30), get())
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e, get())
def gen_ids():
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return "id%03d" % n
    return next_id
a, b = gen_ids(), gen_ids()
print(a(), a(), b(), a())
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())
def closure_cells():
    a = 1
    b = "two"
    def f():
        return a, b
    return f
cf = closure_cells()
print(cf(), [c.cell_contents for c in cf.__closure__], cf.__code__.co_freevars)
def loop_closures():
    out = []
    for i in range(3):
        def f(i=i):
            return i * i
        out.append(f)
    return [f() for f in out]
print(loop_closures())
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size())
