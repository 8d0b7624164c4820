# Uncaught UnboundLocalError (3.11 message).
x = 10
def f():
    print("inside f")
    x += 1
    return x
f()
