# sys module bits that are deterministic.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2] >= (3, 9), sys.version_info.major)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.byteorder, sys.int_info.bits_per_digit in (15, 30))
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_bits.py"))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.width)
print(callable(sys.exit), sys.stdout.write("written via sys.stdout\n"))
print(sys.maxunicode, "sys" in sys.modules, sys.platform.startswith("linux"))
print(sys.getsizeof(0) > 0, sys.intern("abc") == "abc")
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code:", e.code)
