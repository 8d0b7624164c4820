# and / or return one of their operands; short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0)
print([] and "x", [1] and "x", "" or [] or {} or "last")
print(0 or 0.0 or None, 5 and 6 and 7, 5 and 0 and 7)
print(not 0, not 1, not None, not [], not "a")
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) and t(1)
print("and short:", r, calls)
calls.clear()
r = t(1) or t(2)
print("or short:", r, calls)
calls.clear()
r = t(0) or t("") or t("found") or t("never")
print("or chain:", repr(r), calls)
calls.clear()
r = t(1) and t(2) and t(0) and t(3)
print("and chain:", r, calls)
calls.clear()
r = (t(0) or t(5)) and t(6)
print("mixed:", r, calls)
print("precedence:", True or False and False, (True or False) and False)
print("not precedence:", not 1 == 2, not (1 and 0))
x = None
name = x or "anonymous"
print("default idiom:", name)
lst = []
print("guard:", lst and lst[0])
print("types:", type(1 and 2.5), type(0 or ""))
v = 5
print("range check:", v > 0 and v < 10, v < 0 or v > 3)
print("bools:", True and True, True and False, False or True, False or False)
print("in condition:", "yes" if 0 or [] else "no", "yes" if 1 and "s" else "no")
