def deco(f):
    def wrapper(*args):
        return f(*args) * 2
    return wrapper
@deco
def half(x):
    return x / 0
print(half(4))
