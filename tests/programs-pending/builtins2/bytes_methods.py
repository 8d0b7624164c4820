# bytes: construction, indexing, slicing, comparisons, hashing, codecs and methods.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# Construction.
print(bytes(), bytes(0), bytes(4), bytes([0, 127, 128, 255]), bytes((1, 2)))
print(bytes(range(65, 70)), bytes(x * 2 for x in range(5)), bytes(b"copy"))
print(bytes("héllo wörld", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"))
print(bytes(bytearray(b"from ba")), bytes(memoryview(b"from mv")))
print("añb€".encode(), "abc".encode("ascii"), "x".encode("utf-8"), "".encode())


class WithBytes:
    def __bytes__(self):
        return b"custom"


class WithIndex:
    def __index__(self):
        return 2


print(bytes(WithBytes()), bytes(WithIndex()), bytes(True))
attempt("str no enc", lambda: bytes("abc"))
attempt("neg", lambda: bytes(-1))
attempt("float", lambda: bytes(1.5))
attempt("None", lambda: bytes(None))
attempt("range", lambda: bytes([1, 256]))
attempt("item type", lambda: bytes(["a"]))
attempt("enc no str", lambda: bytes(b"x", "utf-8"))
attempt("bad enc", lambda: bytes("x", "no-such-codec"))
attempt("ascii enc", lambda: "é".encode("ascii"))

# Every byte value's repr, and quote selection.
print(bytes(range(0, 64)))
print(bytes(range(64, 128)))
print(bytes(range(128, 192)))
print(bytes(range(192, 256)))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"a'b"), str(b'q"q'))

# Indexing and slicing.
b = b"abcdefghij"
print(b[0], b[-1], b[3], b[-10], type(b[0]).__name__)
print(b[2:5], b[:3], b[7:], b[-3:], b[:-7], b[::2], b[1::3], b[::-1], b[8:2:-2], b[100:], b[-100:2])
print(b[5:2], b[::-3], b[-1:-4:-1], b[slice(1, None, 4)])
attempt("idx", lambda: b[10])
attempt("idx neg", lambda: b[-11])
attempt("idx type", lambda: b["x"])
attempt("step 0", lambda: b[::0])
attempt("assign", lambda: b.__setitem__(0, 1))

# Operators.
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"!"), b"xy" * 3, 2 * b"z", b"q" * 0, b"q" * -2)
print(b"c" in b, 99 in b, b"cde" in b, b"" in b, b"ca" in b, 0 in b, bytearray(b"ij") in b)
attempt("in str", lambda: "a" in b)
attempt("in range", lambda: 256 in b)
attempt("concat", lambda: b"a" + "b")
attempt("rconcat", lambda: "a" + b"b")
attempt("mul float", lambda: b"a" * 1.5)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"abc" != "abc", b"1" == 1, b"abc" >= bytearray(b"abb"))
attempt("lt str", lambda: b"a" < "b")
print(sorted([b"b", b"a", b"ab", b"", b"\xff", b"B"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(bytes([97, 98, 99])), hash(b""))
d = {b"k": 1, b"j": 2}
d[bytes([107])] += 10
print(d, {b"x", b"x", b"y"} == {b"y", b"x"}, len({b"a", bytes(b"a")}))
print(len(b), bool(b""), bool(b"\x00"), list(b"hi"), tuple(b"\x00\xff"), list(reversed(b"abc")))

# Searching.
s = b"abracadabra"
print(s.find(b"bra"), s.find(b"bra", 2), s.find(b"bra", 2, 8), s.find(b"zz"), s.find(97, 1), s.find(b""), s.find(b"", 11), s.find(b"", 12))
print(s.rfind(b"bra"), s.rfind(b"bra", 0, 8), s.rfind(b"a", -3), s.rfind(100), s.rfind(b"x"))
print(s.index(b"cad"), s.rindex(b"a"), s.index(b"a", -4, -1), s.count(b"a"), s.count(b"bra"), s.count(b""), s.count(b"a", 3, 8), s.count(114))
print(s.startswith(b"abr"), s.startswith(b"bra", 1), s.startswith((b"x", b"ab")), s.startswith(b"", 11), s.startswith(b"", 12))
print(s.endswith(b"bra"), s.endswith(b"cad", 0, 7), s.endswith((b"q", b"ra")), s.endswith(b"a", 5, 4))
attempt("index missing", lambda: s.index(b"zz"))
attempt("rindex missing", lambda: s.rindex(b"zz"))
attempt("find str", lambda: s.find("a"))
attempt("find range", lambda: s.find(256))
attempt("startswith str", lambda: s.startswith("a"))
attempt("slice idx", lambda: s.count(b"a", "x"))

# Splitting and joining.
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"a,b".split(sep=b",", maxsplit=0))
print(b"  one two\tthree\n ".split(), b"  one two  three ".split(None, 1), b"  one two  three ".rsplit(None, 1), b"".split(), b"".split(b"x"))
print(b"a--b--c".split(b"--"), b"a--b--c".rsplit(b"--", maxsplit=1), b"xx".split(b"x"))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"".splitlines(), b"\n".splitlines(keepends=True))
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join(x for x in [b"1", b"2"]))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
attempt("split empty", lambda: b"abc".split(b""))
attempt("split str", lambda: b"abc".split("b"))
attempt("join str", lambda: b"-".join([b"a", "b"]))
attempt("join int", lambda: b"-".join(5))
attempt("partition empty", lambda: b"abc".partition(b""))

# Stripping, replacing, padding.
print(b"  \t pad \n".strip(), b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"xy"), b"xyhiyx".rstrip(b"yx"), b"abc".strip(b""), b"   ".strip())
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b".", 2), b"abc".replace(b"x", b"y"))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"hello".removeprefix(b"x"))
print(b"ab".center(7, b"*"), b"ab".center(6), b"abc".center(6, b"-"), b"ab".ljust(5, b"."), b"ab".rjust(5), b"long".center(2))
print(b"42".zfill(5), b"-42".zfill(6), b"+7".zfill(4), b"".zfill(3), b"abc".zfill(2))
print(b"a\tbc\td\n\te".expandtabs(), b"a\tb".expandtabs(4), b"\t".expandtabs(tabsize=0))
attempt("center fill", lambda: b"a".center(5, b"xy"))
attempt("ljust fill str", lambda: b"a".ljust(5, "x"))
attempt("strip str", lambda: b"a".strip("a"))

# Case and classification.
print(b"Hello World 123".upper(), b"Hello World 123".lower(), b"hELLO wORLD".swapcase(), b"hello world".capitalize(), b"they're bill's x1y".title())
print(b"abc".isalpha(), b"ab1".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"12.3".isdigit(), b" \t\n".isspace(), b"".isspace())
print(b"ABC".isupper(), b"AbC".isupper(), b"abc1".islower(), b"123".islower(), b"Title Case".istitle(), b"Not title".istitle(), b"\x80".isascii(), b"".isascii())
print(b"\xe9".upper(), b"\xc9".lower())

# Translation.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, delete=b"b"))
attempt("maketrans", lambda: bytes.maketrans(b"ab", b"x"))
attempt("translate len", lambda: b"a".translate(b"short"))

# hex and fromhex.
print(b"\x00\x0f\xf0\xff".hex(), b"hello".hex(":"), b"hello".hex("-", 2), b"hello".hex(b"_", -2), b"".hex(), b"ab".hex(":", 5))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(" 01\t02\n"), bytes.fromhex(""), bytes.fromhex("ABcd"))
attempt("fromhex bad", lambda: bytes.fromhex("zz"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex split", lambda: bytes.fromhex("a b"))
attempt("fromhex bytes", lambda: bytes.fromhex(b"ab"))
attempt("hex sep", lambda: b"ab".hex("::"))

# Decoding.
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), str(b"x\xc3\xa9", "utf-8"))
print(b"a\xffb\xe6\x97".decode("utf-8", "replace"), b"a\xffb\xe6\x97".decode("utf-8", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
print(b"a\x80b".decode("ascii", "replace"), b"a\x80b".decode("ascii", "ignore"))
for bad in [b"\xff", b"ab\xe6", b"\xe6\x97", b"\xe6\x41", b"\xf0\x90\x41", b"\xed\xa0\x80", b"\xc0\x80", b"ok\x80"]:
    attempt("decode " + repr(bad), lambda: bad.decode())
attempt("ascii decode", lambda: b"ok\xfe".decode("ascii"))
attempt("bad handler", lambda: b"\xff".decode("utf-8", "bogus"))
attempt("bad codec", lambda: b"x".decode("nope"))
attempt("enc type", lambda: b"x".decode(5))
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)

# printf-style formatting.
print(b"%s and %b" % (b"x", bytearray(b"y")), b"%d|%5d|%-5d|%05d" % (1, 2, 3, -4), b"%x %X %o %#x" % (255, 255, 8, 255))
print(b"%.2f %e %g %%" % (3.14159, 1500.0, 0.5), b"%r %a" % (b"q", "é"), b"%c%c" % (72, b"i"), b"%5s|%-4s|%.1s" % (b"ab", b"c", b"xyz"))
print(b"%(name)s=%(val)d" % {b"name": b"n", b"val": 5}, b"no args" % (), b"%s" % memoryview(b"mv"))
attempt("fmt str", lambda: b"%s" % "text")
attempt("fmt few", lambda: b"%s %s" % (b"a",))
attempt("fmt many", lambda: b"%s" % (b"a", b"b"))
attempt("fmt c", lambda: b"%c" % 300)
attempt("fmt d", lambda: b"%d" % b"1")

# Methods called through the type, and subclass receivers.
print(bytes.upper(b"abc"), bytes.split(b"a b"), bytes.__len__(b"four"), bytes.__getitem__(b"xyz", 1), bytes.__contains__(b"xyz", b"y"))
attempt("descr", lambda: bytes.upper(bytearray(b"x")))


class MyBytes(bytes):
    pass


mb = MyBytes(b"sub")
print(mb, mb.upper(), len(mb), mb[0], mb + b"!", isinstance(mb, bytes), mb == b"sub")
