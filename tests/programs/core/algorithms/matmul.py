# Matrix multiplication with lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(matmul(B, A))
print(matmul(A, identity(3)) == A)
print(transpose(A))
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
fibm = matpow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix:", fibm[0][1])
print("fib(200) via matrix:", matpow([[1, 1], [1, 0]], 200)[0][1])
F = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(F, F))
N = 12
M = [[(i * N + j) % 7 - 3 for j in range(N)] for i in range(N)]
P = matmul(M, M)
print("trace:", sum([P[i][i] for i in range(N)]), "corner:", P[0][0], P[N - 1][N - 1])
print("row sums:", [sum(r) for r in P])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print("det:", det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
