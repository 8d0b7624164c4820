# str.format: positional, indexed, named, indexing, escapes.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
print("{0[2]}".format("abcdef"))
print("{{literal}} {}".format("x"), "{{}}".format())
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"))
print("{0:5d}|{0:<5d}|{0:05d}|{0:+d}".format(42))
print("{:.3f} {:.2e} {:g} {:%}".format(3.14159, 12345.678, 0.00001, 0.25))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 1234567.891))
print("{!r} {!s}".format("q", "q"))
print("{0!r:>10}".format("hi"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{:{}}|".format("x", 5))
print("{0}{1}{0}".format("-", "+"))
print("{} {}".format(None, True), "{}".format([1, 2]), "{}".format((1, "a")))
print("{:10}|{:<10}|".format(12, 12))
print("{:10}|".format("s"), "{:>10}|".format(1.5))
print("{a}{b}".format(a=1, b=2))
try:
    print("{} {}".format())
except IndexError as e:
    print("IndexError:", e)
try:
    print("{} {}".format("only"))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:d}".format("s"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{".format())
except ValueError as e:
    print("ValueError:", e)
