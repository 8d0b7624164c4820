# Memoised fibonacci with a dict, and other dynamic programming.
memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print([fib(i) for i in range(20)])
print("fib(100):", fib(100))
print("fib(500):", fib(500))
print("memo size:", len(memo))
def count_paths(rows, cols):
    table = {}
    def go(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key not in table:
            table[key] = go(r - 1, c) + go(r, c - 1)
        return table[key]
    return go(rows, cols)
print("lattice paths 20x20:", count_paths(20, 20))
def coin_change(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print("coin change 200:", coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200))
def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
print("lcs:", lcs("AGGTAB", "GXTXAYB"), lcs("kitten", "sitting"), lcs("", "abc"))
def edit_distance(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    return d[-1][-1]
print("edit distance:", edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("héllo", "hello"))
partitions = {}
def p(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in partitions:
        partitions[key] = p(n - k, k) + p(n, k - 1)
    return partitions[key]
print("partitions:", [p(n, n) for n in range(15)], p(100, 100))
