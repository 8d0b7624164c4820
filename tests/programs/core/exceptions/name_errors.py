# NameError and UnboundLocalError (caught).
try:
    print(no_such_name)
except NameError as e:
    print("NameError:", e)
def uses_before_assign():
    print(x)
    x = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
x = "global"
def shadowed_global():
    y = x
    x = 2
    return y
try:
    shadowed_global()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("unexpected NameError:", e)
def conditional(flag):
    if flag:
        val = "set"
    return val
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
    z = 5
print(free_var())
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_function(1, 2)
except NameError as e:
    print("NameError call:", e)
try:
    del never_defined
except NameError as e:
    print("NameError del:", e)
print("isinstance check:", isinstance(UnboundLocalError("x"), NameError))
