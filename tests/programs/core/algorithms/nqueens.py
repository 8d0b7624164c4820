# N-queens by backtracking.
def solve(n):
    cols = set()
    d1 = set()
    d2 = set()
    placement = []
    solutions = []
    def place(r):
        if r == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c)
            d1.add(r - c)
            d2.add(r + c)
            placement.append(c)
            place(r + 1)
            placement.pop()
            cols.discard(c)
            d1.discard(r - c)
            d2.discard(r + c)
    place(0)
    return solutions
for n in range(1, 9):
    s = solve(n)
    print(n, len(s), s[0] if s else None)
first = solve(6)[0]
for c in first:
    print("".join(["Q" if i == c else "." for i in range(6)]))
