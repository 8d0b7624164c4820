"""Float: create many small point objects from trigonometric values, normalise
each one, then fold them into a component-wise maximum.

Measures object allocation, attribute load/store on instances, method calls and
boxed float arithmetic (math.sin/cos/sqrt). SIZE is the number of points.
"""
# tern-bench: small=20000,1 default=300000,5

import sys
import time
import math


class Point(object):

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    print(repr(result))


main()
