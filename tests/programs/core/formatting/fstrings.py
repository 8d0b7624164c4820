# f-strings: conversions, expressions, nested specs, = specifier.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{name!r} {name!s} {'quoted'!r} {n!r}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}")
w, p = 12, 4
print(f"{pi:{w}.{p}f}|")
print(f"{pi:>{w}}|{name:^{w}}|")
print(f"{n=}")
print(f"{n = }")
print(f"{pi=:.3f}")
print(f"{name=}", f"{name=!s}", f"{name=:>8}|")
print(f"{n + 1=}")
print(f"{{braces}} {{{n}}}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)} {None} {True}")
print(f"{'nested ' + 'expr'} {len('abc')} {'x' * 3}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:#b}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_}")
print(f"{0.25:%} {0.25:.1%} {1/3:.3g}")
items = ["a", "b"]
print(f"{items[0]}{items[-1]} {len(items)} {items!r}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{'yes' if n > 10 else 'no'}")
print(f"{n:{'>' if n else '<'}8}|")
print(f"{'multi'}" f"{'part'}" "plain")
print(f"""{n}
{name}""")
x = 3.0
print(f"{x} {x!s} {x!r} {x:g} {x:.0f}")
print(f"{-0.0} {float('inf')} {float('nan'):f} {1e20:f}")
print(f"{'é':*^5} {'日本':>4}|")
print(f"{2**100:,}")
print(f"{65:c}{97:c}{0x263a:c}")
print(f"{3 > 2!s:>6}|{None!r}")
