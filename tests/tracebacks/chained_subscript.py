data = {"k": [1, 2]}
print(data["k"][5])
