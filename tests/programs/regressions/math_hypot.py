# math.hypot and math.dist round as CPython 3.11's vector_norm does, also for two
# coordinates (found by tern-difftest: Tern called libm's hypot, which printed
# math.hypot(0.3, -0.5) as 0.58309518948453 instead of 0.5830951894845301).
import math

print(math.hypot(0.3, -0.5), math.hypot(3, 4), math.hypot(), math.hypot(-2.5))
print(math.hypot(1e300, 1e300), math.hypot(1.7976931348623157e308, 1.0))
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 2e-320))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1.0))
print(math.dist((1.0, 2.0, 3.0), (0.1, -0.2, 0.3)), math.dist([0.3], [-0.5]))
seed = 12345
def rand():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64 * 2 - 1
acc = 0
for i in range(3000):
    n = 2 + i % 3
    xs = [rand() * 10.0 ** (i % 7 - 3) for _ in range(n)]
    h = math.hypot(*xs)
    acc = (acc * 31 + int(h.hex()[4:16], 16)) % 1000000007
    if i % 500 == 0:
        print(i, xs, h, math.dist(xs, [0.25] * n))
print(acc)
