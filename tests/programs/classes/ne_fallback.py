# a != b falls back to the inverse of __eq__ when no __ne__ is defined.
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
class M(N):
    def __ne__(self, o): return "custom"
class Q:
    def __eq__(self, o): return NotImplemented
print(N(1) != N(1), N(1) != N(2), N(1) != 3, 3 != N(1), M(1) != N(1), N(1) != M(1), Q() != Q())
q = Q(); print(q != q, q == q)
