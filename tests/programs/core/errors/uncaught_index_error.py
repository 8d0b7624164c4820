# Uncaught IndexError.
items = [10, 20, 30]
for i in range(len(items)):
    print("item", i, items[i])
print(items[len(items)])
