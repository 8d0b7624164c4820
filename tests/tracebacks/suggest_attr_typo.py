class P:
    def __init__(self):
        self.length = 3
p = P()
print(p.lenght)
