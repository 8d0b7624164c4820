def down(n):
    if n == 0:
        return [][1]
    return down(n - 1) + 1
down(20)
