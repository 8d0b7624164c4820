# bytes basics.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]), type(b[1:2]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), "日本".encode())
print(b + b" world", b * 2, b"l" in b, 108 in b, b.find(b"l"), b.count(b"l"))
print(b.upper(), b.split(b"l"), b"-".join([b"a", b"b"]), b.replace(b"l", b"L"), b.startswith(b"he"))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b.hex(), bytes.fromhex("deadbeef"), list(b"ab"))
print(repr(b"\x00\x01\xff'\""), repr(b"it's"), b"\t\n", str(b"x"))
print(b == b"hello", b < b"help", b"abc" != "abc", hash(b"abc") == hash(b"abc"))
print(b"%d-%s" % (5, b"x"), b"abc".isalpha(), b"  x ".strip(), b"a,b".partition(b","))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(sorted(b"hello"), max(b"abc"), sum(b"\x01\x02"))
