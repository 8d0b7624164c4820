# Augmented assignment on names and subscripts.
counts = {}
for w in "a b a c b a".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] -= 7
print(lst)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
grid[1][1] **= 2
print(grid)
d = {"k": [1]}
d["k"] += [2, 3]
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
a = [1]
b = a
a += [2]
print("list += mutates in place:", a, b, a is b)
a = a + [3]
print("list = list + makes new:", a, b, a is b)
tt = (1, 2)
uu = tt
tt += (3,)
print("tuple += rebinds:", tt, uu)
n = 5
n //= 2
n **= 3
n %= 7
print("n:", n)
f = 1.5
f *= 2
f -= 0.5
f /= 2
print("f:", f)
nested = {"a": {"b": [10, 20]}}
nested["a"]["b"][1] += 5
print(nested)
idx = 0
arr = [100, 200]
arr[idx] += arr[idx + 1]
print(arr)
m = {}
for i in range(10):
    m[i % 3] = m.get(i % 3, 0) + i
print(m)
x = 0
for i in range(100):
    x += i
    x -= i // 2
print(x)
