# if / elif / else and truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 42, 1000, 10 ** 30, -0.5, 9.99):
    print(n, classify(n))
for v in (0, 1, "", "x", [], [0], {}, {0: 0}, None, 0.0, (), (None,), range(0), set()):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x > 6:
        print("nested: > 6")
    else:
        print("nested: 6")
if not x == 3:
    print("not x == 3")
if x:
    pass
else:
    print("unreachable")
if x == 7: print("one-line if")
y = 0
if y:
    print("y truthy")
elif not y and x:
    print("elif with and")
fizz = []
for i in range(1, 16):
    if i % 15 == 0:
        fizz.append("FizzBuzz")
    elif i % 3 == 0:
        fizz.append("Fizz")
    elif i % 5 == 0:
        fizz.append("Buzz")
    else:
        fizz.append(str(i))
print(" ".join(fizz))
