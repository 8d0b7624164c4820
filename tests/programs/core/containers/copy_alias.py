# Aliasing, shallow copies and mutation.
a = [1, [2, 3], {"k": 4}]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[1].append(99)
print("a:", a)
print("b alias:", b, b is a)
print("c slice copy:", c, c is a, c[1] is a[1])
print("d list():", d)
print("e copy():", e)
m = {"x": [1], "y": 2}
n = dict(m)
o = m.copy()
m["x"].append(2)
m["z"] = 3
print("dict copies:", m, n, o)
s = {1, 2}
t = set(s)
s.add(3)
print("set copy:", s, t)
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
orig = [0]
mutate(orig)
r = rebind(orig)
print("param semantics:", orig, r)
tup = ([1], [2])
tup[0].extend([3, 4])
print("tuple holding list:", tup)
row = [0] * 3
board = [row] * 3
board[1][1] = "X"
print("shared rows:", board)
board = [row[:] for _ in range(3)]
board[1][1] = "O"
print("independent rows:", board, row)
deep = [[1, 2], [3, 4]]
deep_copy = [r[:] for r in deep]
deep_copy[0][0] = 100
print("manual deep copy:", deep, deep_copy)
x = [1, 2, 3]
y = x
x = x + [4]
print("rebinding:", x, y)
x = [1, 2, 3]
y = x
x += [4]
print("in place:", x, y)
print("is checks:", [] is [], () == (), None is None)
