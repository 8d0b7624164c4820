def gen(items):
    for x in items:
        yield 10 // x
def total(items):
    return sum(v for v in gen(items))
print(total([1, 2, 0]))
