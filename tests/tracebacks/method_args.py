x = [1]
x.append(1, 2)
