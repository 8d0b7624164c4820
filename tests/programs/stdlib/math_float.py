# math: the float function set.
import math
xs = [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10]
for x in xs:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x), math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [0.5, 1.0, 2.0, 100.0, 1e300]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 3), math.asinh(x), math.cosh(x) if x < 700 else "big")
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x), math.tanh(x), math.sinh(x), math.atanh(x * 0.9))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(-7, 2), math.fmod(7, -2), -7 % 2)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.frexp(0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.degrees(math.pi), math.radians(180), math.pow(2, 0.5), math.pow(2, 10))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5))
print(math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.cbrt(27.0), math.exp2(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.exp(1000)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
