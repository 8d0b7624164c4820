"""Hexiom: solve "hexiom" tile puzzles by backtracking search with constraint
checks. On a hexagonal board every tile shows how many of its (up to six)
neighbouring cells are occupied; given the multiset of tiles and a few cells
that are already fixed, place the rest so every tile tells the truth. The
puzzles are generated from seeded random boards and all solutions are counted;
the search always branches on the cell with the fewest remaining options.

Measures recursion, integer list bookkeeping with undo, nested loops over
small adjacency lists, tuples, dicts keyed by coordinates and sorted().
SIZE is the number of puzzles (each on a board of side 4, 37 cells).
"""
# tern-bench: small=3,1 default=24,2

import sys
import time
import random

SIDE = 4
UNDECIDED = -2
HOLE = -1
FIXED = 12
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class HexBoard(object):
    """Cells of a hexagon in axial coordinates, with neighbour lists."""

    def __init__(self, side):
        self.side = side
        coords = []
        for r in range(-side + 1, side):
            for q in range(-side + 1, side):
                if abs(q + r) <= side - 1:
                    coords.append((q, r))
        # Solve from the centre outwards: cells close together are decided
        # close together, so contradictions show up early.
        coords.sort(key=lambda c: (max(abs(c[0]), abs(c[1]), abs(c[0] + c[1])), c[1], c[0]))
        self.coords = coords
        index = {}
        for i, c in enumerate(coords):
            index[c] = i
        self.index = index
        self.neighbors = []
        for (q, r) in coords:
            adj = []
            for (dq, dr) in DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    adj.append(j)
            adj.sort()
            self.neighbors.append(adj)

    def render(self, values):
        lines = []
        side = self.side
        for r in range(-side + 1, side):
            cells = []
            for q in range(-side + 1, side):
                if abs(q + r) <= side - 1:
                    v = values[self.index[(q, r)]]
                    cells.append("." if v == HOLE else str(v))
            lines.append(" " * abs(r) + " ".join(cells))
        return "\n".join(lines)


class Puzzle(object):

    def __init__(self, board, tiles, fixed):
        self.board = board
        self.tiles = tiles    # tiles[v] = how many tiles show v (fixed ones excluded)
        self.fixed = fixed    # cell -> value (HOLE or a tile value)


def generate(board, rng):
    n = len(board.coords)
    occupied = [rng.random() < 0.62 for _ in range(n)]
    values = []
    for i in range(n):
        if occupied[i]:
            values.append(sum(1 for j in board.neighbors[i] if occupied[j]))
        else:
            values.append(HOLE)
    cells = list(range(n))
    rng.shuffle(cells)
    fixed = {}
    for i in cells[:FIXED]:
        fixed[i] = values[i]
    tiles = [0] * 7
    for i in range(n):
        if i not in fixed and values[i] != HOLE:
            tiles[values[i]] += 1
    return Puzzle(board, tiles, fixed)


class Solver(object):

    def __init__(self, puzzle):
        self.board = puzzle.board
        self.neighbors = puzzle.board.neighbors
        n = len(self.neighbors)
        self.n = n
        self.tiles = list(puzzle.tiles)
        self.holes = n - len(puzzle.fixed) - sum(self.tiles)
        self.value = [UNDECIDED] * n
        self.occupied = [0] * n     # neighbours known to hold a tile
        self.undecided = [len(self.neighbors[i]) for i in range(n)]
        self.order = []
        self.nodes = 0
        self.solutions = 0
        self.first = None
        self.checksum = 0
        for i in range(n):
            if i in puzzle.fixed:
                self.assign(i, puzzle.fixed[i])
            else:
                self.order.append(i)

    def assign(self, i, v):
        self.value[i] = v
        for j in self.neighbors[i]:
            self.undecided[j] -= 1
            if v != HOLE:
                self.occupied[j] += 1

    def unassign(self, i):
        v = self.value[i]
        self.value[i] = UNDECIDED
        for j in self.neighbors[i]:
            self.undecided[j] += 1
            if v != HOLE:
                self.occupied[j] -= 1

    def consistent_at(self, i):
        v = self.value[i]
        if v < 0:
            return True
        occ = self.occupied[i]
        return occ <= v <= occ + self.undecided[i]

    def consistent_around(self, i):
        if not self.consistent_at(i):
            return False
        for j in self.neighbors[i]:
            if not self.consistent_at(j):
                return False
        return True

    def options(self, j):
        """Choices left for undecided cell j: HOLE and/or the tile values that fit."""
        value = self.value
        occupied = self.occupied
        undecided = self.undecided
        hole_ok = self.holes > 0
        tile_ok = True
        for c in self.neighbors[j]:
            v = value[c]
            if v >= 0:
                if occupied[c] + undecided[c] - 1 < v:
                    hole_ok = False
                if occupied[c] + 1 > v:
                    tile_ok = False
        result = []
        if hole_ok:
            result.append(HOLE)
        if tile_ok:
            lo = occupied[j]
            hi = lo + undecided[j]
            tiles = self.tiles
            for v in range(lo, min(hi, 6) + 1):
                if tiles[v] > 0:
                    result.append(v)
        return result

    def pick_cell(self):
        """The undecided cell with the fewest options and those options (empty: dead end)."""
        best = -1
        best_options = None
        value = self.value
        for i in self.order:
            if value[i] == UNDECIDED:
                opts = self.options(i)
                if best_options is None or len(opts) < len(best_options):
                    best = i
                    best_options = opts
                    if len(opts) <= 1:
                        break
        return best, best_options

    def initial_ok(self):
        for i in range(self.n):
            if not self.consistent_at(i):
                return False
        return True

    def record(self):
        self.solutions += 1
        h = 0
        for v in self.value:
            h = (h * 11 + v + 1) % 1000000007
        self.checksum = (self.checksum + h) % 1000000007
        if self.first is None:
            self.first = list(self.value)

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.record()
            return
        i, opts = self.pick_cell()
        tiles = self.tiles
        for v in opts:
            if v == HOLE:
                self.holes -= 1
            else:
                tiles[v] -= 1
            self.assign(i, v)
            if self.consistent_around(i):
                self.search(k + 1)
            self.unassign(i)
            if v == HOLE:
                self.holes += 1
            else:
                tiles[v] += 1

    def solve(self):
        if self.initial_ok():
            self.search(0)
        return self.solutions


def run(count):
    board = HexBoard(SIDE)
    rng = random.Random(31337)
    results = []
    first_board = None
    for _ in range(count):
        puzzle = generate(board, rng)
        solver = Solver(puzzle)
        solver.solve()
        results.append((solver.solutions, solver.nodes, solver.checksum))
        if first_board is None:
            first_board = solver.first
    return board, results, first_board


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(count)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    board, results, first = result
    total_solutions = 0
    total_nodes = 0
    checksum = 0
    for (solutions, nodes, h) in results:
        total_solutions += solutions
        total_nodes += nodes
        checksum = (checksum * 7 + h) % 1000000007
    print("puzzles=%d solutions=%d nodes=%d checksum=%d"
          % (len(results), total_solutions, total_nodes, checksum))
    print("most solutions: %d" % max(s for (s, _, _) in results))
    print(board.render(first))


main()
