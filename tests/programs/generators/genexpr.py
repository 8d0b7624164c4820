# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(",".join(str(i) for i in range(5)), sorted((c for c in "hello"), reverse=True))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(dict((k, len(k)) for k in ["one", "three"]), set(x % 3 for x in range(10)))
print(tuple(i for i in range(3)), min((abs(x) for x in [-5, 3, -1])))
nested = (sum(row) for row in [[1, 2], [3, 4]])
print(list(nested))
x = 10
gen = (x + i for i in range(3))
x = 20
print("outer var read lazily:", list(gen))
src = [1, 2, 3]
gen = (v * 10 for v in src)
src = [7, 8, 9]
print("first iterable bound early:", list(gen))
def consume(it):
    return [v for v in it]
print(consume(c.upper() for c in "abc"))
evens = (n for n in range(20) if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
try:
    list(1 // (i - 2) for i in range(5))
except ZeroDivisionError as e:
    print("lazy error:", e)
