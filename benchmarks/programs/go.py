"""Go: a Monte-Carlo tree search (UCT) player for 9x9 Go playing the first
few moves of a game against itself. Each search runs many random playouts with
captures, suicide and simple-ko rules, and area scoring.

Measures a mix typical of game engines: classes, list-heavy board state,
flood fills with explicit stacks, exceptions for illegal moves, while/else,
random.Random (randrange, shuffle), math.log/sqrt in the selection rule.
SIZE is the number of playouts per move.
"""
# tern-bench: small=12,1 default=150,3

import sys
import time
import math
import random

EMPTY = 0
BLACK = 1
WHITE = 2
BOARD = 9
KOMI = 7.5
PASS = -1
MOVES_PER_GAME = 3
UCT_C = 1.1
COLUMNS = "ABCDEFGHJKLMNOPQRST"


def build_neighbors(size):
    table = []
    for p in range(size * size):
        x = p % size
        y = p // size
        adj = []
        if y > 0:
            adj.append(p - size)
        if x > 0:
            adj.append(p - 1)
        if x < size - 1:
            adj.append(p + 1)
        if y < size - 1:
            adj.append(p + size)
        table.append(adj)
    return table


NEIGHBORS = build_neighbors(BOARD)


def other(color):
    return 3 - color


def move_name(p):
    if p == PASS:
        return "pass"
    return "%s%d" % (COLUMNS[p % BOARD], BOARD - p // BOARD)


class Marks(object):
    """Visited marks for flood fills; bumping `generation` clears them all."""

    def __init__(self, n):
        self.seen = [0] * n
        self.generation = 0


MARKS = Marks(BOARD * BOARD)


class IllegalMove(Exception):
    pass


class Board(object):

    def __init__(self):
        self.color = [EMPTY] * (BOARD * BOARD)
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.color = self.color[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def has_liberty(self, start):
        """True if the group containing `start` touches an empty point."""
        color = self.color
        for q in NEIGHBORS[start]:
            if color[q] == EMPTY:
                return True
        mine = color[start]
        MARKS.generation += 1
        gen = MARKS.generation
        seen = MARKS.seen
        seen[start] = gen
        stack = [start]
        while stack:
            p = stack.pop()
            for q in NEIGHBORS[p]:
                c = color[q]
                if c == EMPTY:
                    return True
                if c == mine and seen[q] != gen:
                    seen[q] = gen
                    stack.append(q)
        return False

    def remove_group(self, start):
        color = self.color
        mine = color[start]
        stack = [start]
        color[start] = EMPTY
        removed = [start]
        while stack:
            p = stack.pop()
            for q in NEIGHBORS[p]:
                if color[q] == mine:
                    color[q] = EMPTY
                    removed.append(q)
                    stack.append(q)
        return removed

    def is_own_eye(self, p, who):
        for q in NEIGHBORS[p]:
            if self.color[q] != who:
                return False
        return True

    def play(self, p):
        """Play `p` for the side to move, or raise IllegalMove and leave the board unchanged."""
        if p == PASS:
            self.passes += 1
            self.ko = PASS
            self.to_move = other(self.to_move)
            self.moves += 1
            return
        color = self.color
        if color[p] != EMPTY:
            raise IllegalMove("occupied")
        if p == self.ko:
            raise IllegalMove("ko")
        who = self.to_move
        enemy = other(who)
        color[p] = who
        captured = []
        for q in NEIGHBORS[p]:
            if color[q] == enemy and not self.has_liberty(q):
                captured.extend(self.remove_group(q))
        if not captured and not self.has_liberty(p):
            color[p] = EMPTY
            raise IllegalMove("suicide")
        self.ko = PASS
        if len(captured) == 1:
            # Recapturing at once would repeat the position: a single stone
            # that took a single stone and has that point as its only liberty.
            lone = True
            for q in NEIGHBORS[p]:
                if color[q] == who or (color[q] == EMPTY and q != captured[0]):
                    lone = False
                    break
            if lone:
                self.ko = captured[0]
        self.passes = 0
        self.to_move = enemy
        self.moves += 1

    def try_play(self, p):
        try:
            self.play(p)
        except IllegalMove:
            return False
        return True

    def candidate_moves(self):
        """Empty points that are not an eye of the side to move."""
        who = self.to_move
        result = []
        for p in range(BOARD * BOARD):
            if self.color[p] == EMPTY and not self.is_own_eye(p, who):
                result.append(p)
        return result

    def random_move(self, rng):
        # Cheap guesses first; scan the whole board only when they all fail.
        color = self.color
        who = self.to_move
        for _ in range(6):
            p = rng.randrange(BOARD * BOARD)
            if color[p] == EMPTY and not self.is_own_eye(p, who) and self.try_play(p):
                return p
        candidates = self.candidate_moves()
        while candidates:
            i = rng.randrange(len(candidates))
            p = candidates[i]
            if self.try_play(p):
                return p
            candidates[i] = candidates[-1]
            candidates.pop()
        else:
            self.play(PASS)
            return PASS

    def score(self):
        """Area score from black's point of view (komi included)."""
        black = 0
        white = 0
        for p in range(BOARD * BOARD):
            c = self.color[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                owner = EMPTY
                for q in NEIGHBORS[p]:
                    cq = self.color[q]
                    if owner == EMPTY:
                        owner = cq
                    elif cq != owner:
                        owner = PASS
                        break
                if owner == BLACK:
                    black += 1
                elif owner == WHITE:
                    white += 1
        return black - white - KOMI

    def render(self):
        chars = ".XO"
        lines = []
        for y in range(BOARD):
            row = self.color[y * BOARD:(y + 1) * BOARD]
            lines.append(" ".join(chars[c] for c in row))
        return "\n".join(lines)


def playout(board, rng):
    limit = BOARD * BOARD * 3
    while board.passes < 2 and board.moves < limit:
        board.random_move(rng)
    if board.score() > 0:
        return BLACK
    return WHITE


class Node(object):

    def __init__(self, move, parent, player):
        self.move = move
        self.parent = parent
        self.player = player  # who played `move` to reach this node
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0

    def select(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + UCT_C * math.sqrt(log_n / child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


def search(root_board, playouts, rng):
    root = Node(PASS, None, other(root_board.to_move))
    for _ in range(playouts):
        board = root_board.copy()
        node = root
        while node.untried is not None and not node.untried and node.children:
            node = node.select()
            board.play(node.move)
        if node.untried is None:
            moves = board.candidate_moves()
            rng.shuffle(moves)
            node.untried = moves
        while node.untried:
            move = node.untried.pop()
            mover = board.to_move
            if board.try_play(move):
                child = Node(move, node, mover)
                node.children.append(child)
                node = child
                break
        winner = playout(board, rng)
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    best = None
    for child in root.children:
        if best is None or child.visits > best.visits:
            best = child
    return root, best


def run(playouts):
    rng = random.Random(2024)
    board = Board()
    record = []
    for _ in range(MOVES_PER_GAME):
        root, best = search(board, playouts, rng)
        if best is None:
            board.play(PASS)
            record.append(("pass", 0, 0, root.visits))
            continue
        board.play(best.move)
        record.append((move_name(best.move), best.wins, best.visits, len(root.children)))
    return record, board


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(playouts)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    record, board = result
    for name, wins, visits, children in record:
        print("%s wins=%d visits=%d children=%d" % (name, wins, visits, children))
    print(board.render())


main()
