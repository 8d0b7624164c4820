# Uncaught NameError.
def compute():
    return x * 2
print("calling compute")
compute()
