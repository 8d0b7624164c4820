# Conditional expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
print("even" if x % 2 == 0 else "odd")
print([("big" if i > 2 else "small") for i in range(5)])
print(abs(x) if x < 0 else -x)
f = lambda a: a * 2 if a else "none"
print(f(3), f(0))
calls = []
def side(v):
    calls.append(v)
    return v
r = side("a") if side(True) else side("b")
print(r, calls)
calls.clear()
r = side("a") if side(0) else side("b")
print(r, calls)
y = (1 if x else 2) + (10 if not x else 20)
print(y)
print(max(3, 7) if x > 3 else min(3, 7))
s = "" if x > 10 else "small"
print(repr(s))
print(1 if [] else 2 if {} else 3 if None else 4)
