"""Chaos: the chaos game for a nonlinear iterated function system (a small
"fractal flame"). Each step picks a weighted random map, applies an affine
transform followed by a nonlinear variation built from closures, and bins the
point into a density grid.

Measures closures and higher-order functions, small immutable objects, float
math (sin, cos, atan2, sqrt), random.random, bisect, and list-of-lists
indexing. SIZE is the number of chaos-game steps.
"""
# tern-bench: small=20000,1 default=200000,4

import sys
import time
import math
import random
import bisect

GRID = 96


class Vec2(object):

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        return Vec2(self.x * k, self.y * k)

    def plus(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def radius_sq(self):
        return self.x * self.x + self.y * self.y


def make_affine(a, b, c, d, e, f):
    def affine(p):
        return Vec2(a * p.x + b * p.y + c, d * p.x + e * p.y + f)
    return affine


def linear(p):
    return p


def sinusoidal(p):
    return Vec2(math.sin(p.x), math.sin(p.y))


def spherical(p):
    r2 = p.radius_sq() + 1e-9
    return p.scaled(1.0 / r2)


def swirl(p):
    r2 = p.radius_sq()
    s = math.sin(r2)
    c = math.cos(r2)
    return Vec2(p.x * s - p.y * c, p.x * c + p.y * s)


def horseshoe(p):
    r = math.sqrt(p.radius_sq()) + 1e-9
    return Vec2((p.x - p.y) * (p.x + p.y) / r, 2.0 * p.x * p.y / r)


def polar(p):
    r = math.sqrt(p.radius_sq())
    theta = math.atan2(p.x, p.y)
    return Vec2(theta / math.pi, r - 1.0)


def blend(f, g, w):
    """A variation that mixes two others: w*f(p) + (1-w)*g(p)."""
    def mixed(p):
        return f(p).scaled(w).plus(g(p).scaled(1.0 - w))
    return mixed


def compose(outer, inner):
    def composed(p):
        return outer(inner(p))
    return composed


class FlameSystem(object):

    def __init__(self, maps, weights, lo, hi):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for w in weights:
            total += w
            self.cumulative.append(total)
        self.total = total
        self.lo = lo
        self.hi = hi

    def pick(self, rng):
        u = rng.random() * self.total
        i = bisect.bisect_right(self.cumulative, u)
        if i >= len(self.maps):
            i = len(self.maps) - 1
        return i

    def run(self, steps, seed):
        rng = random.Random(seed)
        grid = [[0] * GRID for _ in range(GRID)]
        shade = [[0.0] * GRID for _ in range(GRID)]
        p = Vec2(rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0))
        c = 0.5
        span = self.hi - self.lo
        nmaps = len(self.maps)
        escaped = 0
        for step in range(steps + 20):
            i = self.pick(rng)
            p = self.maps[i](p)
            c = (c + i / (nmaps - 1.0)) * 0.5
            if step < 20:
                continue
            gx = int((p.x - self.lo) / span * GRID)
            gy = int((p.y - self.lo) / span * GRID)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy][gx] += 1
                shade[gy][gx] += c
            else:
                escaped += 1
                if p.radius_sq() > 1e6:
                    p = Vec2(rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0))
        return grid, shade, escaped


def build_system():
    maps = [
        compose(blend(linear, sinusoidal, 0.6), make_affine(0.56, -0.31, 0.12, 0.29, 0.51, -0.22)),
        compose(spherical, make_affine(-0.42, 0.37, 0.35, 0.21, 0.64, 0.18)),
        compose(swirl, make_affine(0.38, 0.11, -0.47, -0.27, 0.42, 0.31)),
        compose(blend(horseshoe, linear, 0.5), make_affine(0.63, 0.05, 0.0, -0.09, 0.61, 0.4)),
        compose(polar, make_affine(0.3, -0.5, 0.1, 0.5, 0.3, -0.1)),
    ]
    weights = [0.3, 0.2, 0.25, 0.15, 0.1]
    return FlameSystem(maps, weights, -2.0, 2.0)


def run(steps):
    system = build_system()
    grid, shade, escaped = system.run(steps, 1234)
    hits = 0
    filled = 0
    peak = 0
    checksum = 0
    for y in range(GRID):
        row = grid[y]
        srow = shade[y]
        for x in range(GRID):
            n = row[x]
            if n:
                filled += 1
                hits += n
                if n > peak:
                    peak = n
                level = int(srow[x] / n * 15.0)
                checksum = (checksum * 131 + n * 16 + level) % 1000000007
    return hits, filled, peak, escaped, checksum


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(steps)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    print("hits=%d filled=%d peak=%d escaped=%d" % result[:4])
    print("checksum=%d" % result[4])


main()
