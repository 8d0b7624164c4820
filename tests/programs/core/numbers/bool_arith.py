# bool is a subclass of int.
print(True + True, True * 10, False - True, -True, ~True)
print(True / 2, True // 2, True % 2, True ** 10)
print(True == 1, False == 0, True is True, True is not False)
print(type(True), type(True + 0), type(True and 1))
print(isinstance(True, int), isinstance(1, bool))
print(sum([True, True, False, True]))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("a"))
print(bool([]), bool([0]), bool(()), bool({}), bool(None), bool(range(0)), bool(range(1)))
print(not True, not 0, not "", not [1])
print(str(True), repr(False), int(True), float(False))
print(True < 2, max(True, 0), min(False, True), abs(True))
print([1, 2, 3][True], "ab"[False])
print(True & True, True | False, True ^ True, type(True ^ False))
print(hex(True), bin(True), divmod(True, True))
counts = {True: 0, False: 0}
for i in range(10):
    counts[i % 3 == 0] += 1
print(counts)
print({1: "one", True: "true"})
print(True + 0.5, 3 * False)
print("f-string:", f"{True} {False!r} {True:d} {True:5}")
print("%d %s %r" % (True, True, False))
