value = 3
print(valeu)
