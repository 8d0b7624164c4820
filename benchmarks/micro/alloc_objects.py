"""Allocation-heavy micro benchmark: 10^6 small objects (instances with two
attributes, tuples and short lists), most of which die young, with a few
thousand kept alive in a ring so that the collector has live data to trace.
"""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    ring = [None] * 4096
    total = 0
    for i in range(1_000_000):
        p = Point(i, i + 1)
        t = (p, i)
        small = [i, i]
        ring[i & 4095] = t
        total += t[0].y - small[1]
    print(total, len(ring))


main()
