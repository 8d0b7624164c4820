# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%f %e %g %E %G" % (3.14159, 31415.9, 0.00001234, 1e-10, 1.5e20))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%c%c %c" % (72, 105, "!"))
print("100%% sure, %d%%" % 50)
print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|" % (42, 42, 42, 42, 42, 42, 42))
print("%8.3f|%-8.2f|%08.2f|%+.1f|% .2f|" % (3.14159, 2.5, -1.5, 2.25, 7.0))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10s|%-10s|%.2s|%5.1s|" % ("hi", "hi", "hello", "xyz"))
print("%r %r %r" % (None, [1, "a"], 1.0))
print("%s %s" % (True, None), "%d" % True, "%s" % 3.0)
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%(x)05.1f|%(y)-4s|" % {"x": 2.345, "y": "v"})
print("%s" % "single", "%s" % (("tuple", "inside"),), "%s" % [1, 2])
print("%d items" % 3, "%s-%s" % ("a", "b"))
print("%x %o" % (-255, -8), "%d" % -0, "%.3d" % 7, "%5.3d|" % 7)
print("%d" % 3.99, "%i" % -3.99, "%d" % 2 ** 70, "%x" % 2 ** 70)
print("%e" % 0, "%g" % 100000, "%g" % 1000000, "%g" % 1e-4, "%g" % 1e-5, "%.3g" % 1234.5)
print("%#g %#.3g" % (1.0, 2.0), "%g" % 2.5, "%.10g" % (1 / 3))
print("%s %s %s" % (float("inf"), float("-inf"), float("nan")), "%f" % float("inf"), "%5.1f|" % float("nan"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % "日本", "%5s|" % "é", "%c" % "日")
print("%.2f%%" % 99.5)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%c" % 1114112)
except OverflowError as e:
    print("OverflowError:", e)
