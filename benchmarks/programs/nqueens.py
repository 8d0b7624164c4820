"""N-queens: enumerate every placement of n non-attacking queens with a
recursive generator, using sets for the occupied columns and diagonals.

Measures generators (yield / yield from through deep recursion), set
membership/add/remove, tuple building and small integer arithmetic. SIZE is n.
"""
# tern-bench: small=8,1 default=11,6

import sys
import time


def solutions(n, row, placed, cols, diag1, diag2):
    """Yield every completion of `placed` (queens in rows 0..row-1) as a tuple."""
    if row == n:
        yield tuple(placed)
        return
    for col in range(n):
        if col in cols:
            continue
        d1 = row + col
        if d1 in diag1:
            continue
        d2 = row - col
        if d2 in diag2:
            continue
        cols.add(col)
        diag1.add(d1)
        diag2.add(d2)
        placed.append(col)
        yield from solutions(n, row + 1, placed, cols, diag1, diag2)
        placed.pop()
        cols.remove(col)
        diag1.remove(d1)
        diag2.remove(d2)


def is_valid(board):
    n = len(board)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            c1 = board[r1]
            c2 = board[r2]
            if c1 == c2 or abs(c1 - c2) == r2 - r1:
                return False
    return True


def run(n):
    count = 0
    checksum = 0
    first = None
    last = None
    for board in solutions(n, 0, [], set(), set(), set()):
        count += 1
        # Order-dependent fold over the board, so the enumeration order matters.
        h = 0
        for c in board:
            h = (h * 31 + c) % 1000003
        checksum = (checksum * 7 + h) % 1000000007
        if first is None:
            first = board
        last = board
    if first is not None and not (is_valid(first) and is_valid(last)):
        raise AssertionError("invalid board")
    return count, checksum, first, last


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    count, checksum, first, last = result
    print("solutions(%d) = %d" % (n, count))
    print("checksum = %d" % checksum)
    print("first = %s" % (list(first) if first is not None else None,))
    print("last = %s" % (list(last) if last is not None else None,))


main()
