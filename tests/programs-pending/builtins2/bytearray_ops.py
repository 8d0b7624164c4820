# bytearray: mutation, item/slice assignment and deletion, in-place operators,
# shared methods returning bytearray, and memoryview over bytes and bytearray.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def setitem(o, k, v):
    o[k] = v
    return o


def delitem(o, k):
    del o[k]
    return o


# Construction.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2, 255]), bytearray(range(3)))
print(bytearray("héllo", "utf-8"), bytearray(memoryview(b"mv")), bytearray(bytearray(b"ba")), bytearray(x for x in b"gen"))
attempt("neg", lambda: bytearray(-2))
attempt("str", lambda: bytearray("abc"))
attempt("range", lambda: bytearray([300]))
attempt("float", lambda: bytearray(2.5))
attempt("hash", lambda: hash(bytearray(b"x")))

# Append, extend, insert, pop, remove, reverse, clear, copy.
ba = bytearray()
for i in range(10):
    ba.append(ord("a") + i)
print(ba, len(ba))
ba.extend(b"XYZ")
ba.extend(bytearray(b"!"))
ba.extend([48, 49])
ba.extend(range(50, 52))
ba.extend(x for x in b"@#")
ba.extend(memoryview(b"mv"))
print(ba)
ba.insert(0, 60)
ba.insert(-1, 61)
ba.insert(100, 62)
ba.insert(-100, 63)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba.pop(3), ba)
ba.remove(ord("X"))
ba.remove(ord("a"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(ba), c is ba, type(c).__name__)
attempt("append range", lambda: bytearray().append(256))
attempt("append str", lambda: bytearray().append("a"))
attempt("extend int", lambda: bytearray().extend(5))
attempt("extend bad item", lambda: bytearray().extend([1, -1]))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop range", lambda: bytearray(b"a").pop(5))
attempt("remove missing", lambda: bytearray(b"abc").remove(100))
attempt("insert range", lambda: bytearray(b"abc").insert(0, 999))

# Item assignment and deletion.
ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = 66
print(ba, ba[0], ba[-1], ba[2:4], ba[::-1], ba[::3], type(ba[1:3]).__name__)
attempt("set range", lambda: setitem(bytearray(b"ab"), 0, 256))
attempt("set index", lambda: setitem(bytearray(b"ab"), 2, 1))
attempt("set type", lambda: setitem(bytearray(b"ab"), 0, b"x"))
attempt("get index", lambda: bytearray(b"ab")[5])
attempt("key type", lambda: bytearray(b"ab")["k"])
del ba[0]
del ba[-1]
print(ba)
attempt("del index", lambda: delitem(bytearray(b"ab"), 9))

# Slice assignment and deletion.
ba = bytearray(b"abcdefgh")
ba[1:3] = b"XYZW"
print(ba)
ba[:2] = []
print(ba)
ba[len(ba):] = [33, 34]
print(ba)
ba[::2] = b"1234567"[: len(ba[::2])]
print(ba)
ba[-1:-4:-1] = bytearray(b"xyz")
print(ba)
ba[2:2] = memoryview(b"<>")
print(ba)
ba[:] = ba
print(ba)
ba[3:6] = range(97, 100)
print(ba)
attempt("slice int", lambda: setitem(bytearray(b"abc"), slice(0, 1), 5))
attempt("slice str", lambda: setitem(bytearray(b"abc"), slice(0, 1), "x"))
attempt("slice range", lambda: setitem(bytearray(b"abc"), slice(0, 1), [1, 256]))
attempt("ext slice size", lambda: setitem(bytearray(b"abcdef"), slice(None, None, 2), b"xy"))
print(delitem(bytearray(b"abcdefgh"), slice(2, 5)), delitem(bytearray(b"abcdefgh"), slice(None, None, 2)), delitem(bytearray(b"abcdefgh"), slice(None, None, -3)))
print(delitem(bytearray(b"abc"), slice(None)), delitem(bytearray(b"abc"), slice(5, 10)))

# In-place and binary operators.
a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"e")
a += memoryview(b"f")
print(a, alias is a)
a *= 2
print(a, alias is a)
a *= 0
print(a, alias is a, len(alias))
print(bytearray(b"x") + b"y", b"x" + bytearray(b"y"), bytearray(b"ab") * 3, 2 * bytearray(b"z"), bytearray(b"q") * -1)
attempt("concat str", lambda: bytearray(b"a") + "b")


def iadd_str():
    x = bytearray(b"a")
    x += "b"
    return x


attempt("iadd str", iadd_str)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") != b"abd", bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"a"))
print(b"bc" in bytearray(b"abcd"), 100 in bytearray(b"abcd"), bytearray(b"cd") in bytearray(b"abcd"), b"" in bytearray())
print(bool(bytearray()), bool(bytearray(1)), list(bytearray(b"hi")), sorted(bytearray(b"cab")), max(bytearray(b"az")))
attempt("lt str", lambda: bytearray(b"a") < "b")

# Shared methods return bytearray.
s = bytearray(b"  Hello, World  ")
print(s.strip(), s.lower(), s.upper(), s.split(b","), s.split(), s.replace(b"l", b"L"), s.find(b"o"), s.count(b"l"))
print(s.partition(b","), s.rpartition(b"x"), s.startswith(b"  H"), s.endswith(b"  "), s.center(20, b"*"), s.zfill(18))
print(bytearray(b"-").join([b"a", b"b"]), bytearray(b"abc").hex(), bytearray.fromhex("00 ff"), bytearray(b"x\xc3\xa9").decode())
print(bytearray(b"a b").title(), bytearray(b"123").isdigit(), bytearray(b"%d!") % 5, bytearray(b"abc").translate(None, b"b"))
attempt("descr", lambda: bytearray.upper(b"x"))
attempt("decode", lambda: bytearray(b"\xff").decode())

# Mutation seen by later reads.
buf = bytearray(b"abc")
it_len = len(buf)
for i in range(it_len):
    buf[i] = buf[i] - 32
print(buf, bytes(buf), str(buf), repr(buf))
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b"both ' and \""), bytearray(range(250, 256)))

# memoryview.
m = memoryview(b"abcdef")
print(m[0], m[-1], len(m), m.tobytes(), m.tolist(), bytes(m[1:4]), m[::2].tobytes(), m[::-1].tobytes(), m.hex(), m.readonly, m.nbytes)
print(m == b"abcdef", m == bytearray(b"abcdef"), b"abcdef" == m, m[1:3] == b"bc", m != b"x", list(m[4:]), 98 in m)
attempt("mv index", lambda: m[10])
attempt("mv key", lambda: m["a"])
attempt("mv readonly", lambda: setitem(m, 0, 1))
attempt("mv str", lambda: memoryview("abc"))
backing = bytearray(b"hello")
mv = memoryview(backing)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(backing, mv.readonly, mv.tobytes(), mv.obj is backing, mv.format, mv.itemsize, mv.ndim)
attempt("mv value", lambda: setitem(mv, 0, 256))
attempt("mv size", lambda: setitem(mv, slice(0, 2), b"xyz"))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
attempt("released", lambda: cm.tobytes())
