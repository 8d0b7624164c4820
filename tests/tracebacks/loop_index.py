l = [1, 2]
for i in range(5):
    print(l[i])
