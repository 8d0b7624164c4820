# global and nonlocal inside functions; name resolution.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print("global counter:", counter)
def make_global():
    global created_later
    created_later = "made in function"
make_global()
print(created_later)
x = "global x"
def reads_global():
    return x
def shadows():
    x = "local x"
    return x
print(reads_global(), shadows(), x)
def nested_nonlocal():
    a = 1
    def level1():
        nonlocal a
        a += 10
        def level2():
            nonlocal a
            a *= 2
        level2()
    level1()
    return a
print("nonlocal through levels:", nested_nonlocal())
def nonlocal_vs_global():
    counter = 100
    def inner():
        nonlocal counter
        counter += 1
        return counter
    inner()
    return counter
print("nonlocal shadows global:", nonlocal_vs_global(), counter)
len_orig = len([1, 2])
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print("shadowed builtin:", shadow_builtin(), len("abc"), len_orig)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print("loop var:", loop_var_leak())
def comprehension_scope():
    i = "outer i"
    squares = [i * i for i in range(4)]
    return i, squares
print("comprehension has own scope:", comprehension_scope())
def param_shadow(x):
    x = x + 1
    return x
print(param_shadow(1), x)
def global_list_mutation():
    data.append(4)
data = [1, 2, 3]
global_list_mutation()
print(data)
def conditional_def(flag):
    if flag:
        def h():
            return "first"
    else:
        def h():
            return "second"
    return h()
print(conditional_def(True), conditional_def(False))
