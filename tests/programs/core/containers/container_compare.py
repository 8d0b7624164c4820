# Equality and ordering of containers.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2, 4], [1, 2] < [1, 2, 3], [3] > [2, 9, 9])
print((1, [2, 3]) == (1, [2, 3]), [(1, 2)] == [(1, 2)], [[1]] < [[2]], [[1, 2]] > [[1]])
print({"a": [1]} == {"a": [1]}, {"a": 1} != {"a": 2}, {1: 2} == {1.0: 2.0})
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {(1, 2)} == {(1, 2)})
print([] == (), [1] == (1,), list((1,)) == [1], "a" == ["a"])
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(None == [], 0 == [], [] == [], [None] == [None])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "a"), (1, "b"), (1, "a")]))
print(sorted([[2, 1], [1, 2], [1], [2]]))
nan = float("nan")
lst = [nan]
# Two NaNs made separately are distinct objects in CPython but the same immediate in
# Tern (README, "Bounded semantics"), so only same-object NaN identity is tested.
print("nan identity in list:", lst == lst, [nan] == [nan])
print("deep:", [[[1]]] == [[[1]]], [[[1]]] < [[[2]]])
print("dict order ignored for eq:", {"a": 1, "b": 2} == {"b": 2, "a": 1})
print("list order matters:", [1, 2] == [2, 1])
try:
    print({"a": 1} < {"b": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1])
print((1, 2, 3) > (1, 2), (1,) < (1, 0), () < (0,))
