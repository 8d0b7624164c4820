# while loops with break, continue and else.
i = 0
while i < 5:
    print("i =", i)
    i += 1
print("after loop i =", i)
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
i = 0
while i < 10:
    if i == 4:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of never-running loop")
outer = 0
found = None
while outer < 5:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    if found:
        break
    outer += 1
print("found:", found)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print("fibs:", fibs)
count = 0
x = 1000000
while x:
    x //= 3
    count += 1
print("digits base 3:", count)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
