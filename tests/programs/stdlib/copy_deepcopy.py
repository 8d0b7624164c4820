# copy.copy and copy.deepcopy.
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
a.append("top")
print(a)
print(s)
print(d)
print(s[1] is a[1], d[1] is a[1])
shared = [1]
outer = [shared, shared]
dc = copy.deepcopy(outer)
print(dc[0] is dc[1], dc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec)
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
n = Node(1, [Node(2), Node(3)])
n2 = copy.deepcopy(n)
n2.children[0].v = 20
print(n.children[0].v, n2.children[0].v, copy.copy(n).children is n.children)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep copied"]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy([Custom()])[0].log)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1])
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}))
