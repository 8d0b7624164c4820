# Indexing and slicing strings (by code point).
s = "abcdefghij"
print("s[0], s[-1], s[5]:", s[0], s[-1], s[5])
print("s[2:5]:", s[2:5], "s[:3]:", s[:3], "s[7:]:", s[7:], "s[:]:", s[:])
print("s[::2]:", s[::2], "s[1::3]:", s[1::3])
print("s[::-1]:", s[::-1], "s[::-2]:", s[::-2])
print("s[8:2:-1]:", s[8:2:-1], "s[8:2:-3]:", s[8:2:-3])
print("s[-3:]:", s[-3:], "s[:-3]:", s[:-3], "s[-5:-2]:", s[-5:-2])
print("out of range:", repr(s[5:100]), repr(s[100:]), repr(s[-100:3]), repr(s[7:3]))
print("neg step out of range:", s[100::-1], repr(s[-100::-1]), s[:-100:-1])
print("neg step bounds:", s[5::-1], s[:5:-1], s[-1:-4:-1])
print("slice obj:", s[slice(1, 8, 2)], s[slice(None, None, -3)], s[slice(3)])
sl = slice(2, 9, 3)
print("slice attrs:", sl.start, sl.stop, sl.step, sl)
print("slice repr:", repr(slice(None)), slice(1, 2), slice(-1, None, -1))
u = "héllo wörld"
print("unicode:", u[1], u[7], len(u), u[::-1], u[1:4], u[-5:])
j = "日本語テキスト"
print("cjk:", j[0], j[-1], len(j), j[2:5], j[::-1], j[::2])
mixed = "a日b本c"
print("mixed:", mixed[1], mixed[3], mixed[1::2], mixed[::-2])
e = ""
print("empty:", repr(e[:]), repr(e[::-1]), repr(e[0:10]))
print("single:", "x"[0], "x"[-1], "x"[::-1])
try:
    print(s[10])
except IndexError as err:
    print("IndexError:", err)
try:
    print(s[-11])
except IndexError as err:
    print("IndexError:", err)
try:
    print(s[::0])
except ValueError as err:
    print("ValueError:", err)
try:
    s[0] = "z"
except TypeError as err:
    print("TypeError:", err)
try:
    print(s["a"])
except TypeError as err:
    print("TypeError:", err)
try:
    print(s[1.5])
except TypeError as err:
    print("TypeError:", err)
print("bool index:", s[True], s[False])
print("big index slice:", s[:2 ** 70], s[-2 ** 70:2])
