# List methods.
a = [5, 3, 8]
a.append(1)
print("append:", a)
a.extend([9, 9])
a.extend((7,))
a.extend("ab")
a.extend(range(2))
print("extend:", a)
a.insert(0, "first")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "start")
print("insert:", a)
print("pop:", a.pop(), a.pop(0), a.pop(-2), a)
a.remove(9)
print("remove first 9:", a)
print("index:", a.index(8), a.index(9), a.index(0, 3))
print("count:", a.count(9), a.count("zz"), [1, 1, 2, 1].count(1))
b = [3, 1, 2]
b.reverse()
print("reverse:", b)
b.sort()
print("sort:", b)
c = b.copy()
c.append(99)
print("copy:", b, c)
c.clear()
print("clear:", c, b)
nums = [4, -2, 7, 0, -9]
nums.sort(key=abs)
print("sort key=abs:", nums)
nums.sort(reverse=True)
print("sort reverse:", nums)
print("methods return None:", [].append(1), [3, 1].sort(), [1].reverse(), [1].clear())
s = []
for i in range(5):
    s.append(i * i)
while s:
    s.pop()
print("stack emptied:", s)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    ["a"].index("a", 1)
except ValueError as e:
    print("ValueError:", e)
x = [1, 2, 3]
x.extend(x)
print("extend self:", x)
x += x[:2]
print("iadd:", x)
