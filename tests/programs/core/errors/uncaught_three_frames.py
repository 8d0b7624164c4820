# An exception propagating through three frames, uncaught: exit 1.
def inner(values):
    print("inner got", values)
    return values[0] / values[1]
def middle(values):
    print("middle")
    return inner(values) * 2
def outer():
    print("outer")
    result = middle([1, 2])
    print("first result:", result)
    return middle([3, 0])
outer()
print("not reached")
