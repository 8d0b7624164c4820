# class I(int) and class S(str): arithmetic and methods return plain builtins,
# overrides, super() into the builtin, __new__, hashing, formatting, isinstance.


class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    def __str__(self):
        return "%d.%02d %s" % (self // 100, self % 100, self.currency)

    def __repr__(self):
        return "Money(%d)" % int(self)


m = Money(1250) + Money(199)
print(m, repr(m), type(m).__name__, m.currency)
print("inherited ops return int:", type(m * 2).__name__, m * 2, m - 1, -m, m // 7, m % 7)
print("radd falls back to int:", type(5 + m).__name__, 5 + m)
print("int() and index:", int(m), [10, 20, 30][Money(1)], hex(Money(255)), bin(Money(5)))
print("compare/hash:", m == 1449, m < 2000, hash(m) == hash(1449), {m: "v"}[1449])
print("isinstance:", isinstance(m, int), isinstance(m, Money), issubclass(Money, int))
print("format:", format(m, "d"), f"{m:>8}", "%d" % m, "{:,}".format(Money(1234567)))
print("bit methods:", m.bit_length(), Money(10).to_bytes(2, "big"), m.real, m.numerator)


class Flag(int):
    def __bool__(self):
        return int(self) > 100


print("bool override:", bool(Flag(5)), bool(Flag(500)), "yes" if Flag(0) else "no")


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)


print("Even:", Even(4), Even(-2) + 1)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def upper(self):
        return "<" + super().upper() + ">"

    def __len__(self):
        return super().__len__() * 2


n = Name("ada")
print(n, repr(n), n.shout(), len(n), n.title(), type(n.title()).__name__)
print("concat/slice are str:", type(n + "x").__name__, type(n[1:]).__name__, n[0], n * 2)
print("methods:", n.replace("a", "o"), n.split("d"), n.startswith("a"), "d" in n, n.find("a", 1))
print("str ops:", "-".join([n, Name("bob")]), n == "ada", "ada" == n, hash(n) == hash("ada"),
      {n: 1}["ada"], sorted([Name("b"), Name("a")]))
print("format:", f"[{n:>6}]", "%s|%r" % (n, n), "{}".format(n), str(n), type(str(n)).__name__)
print("isinstance:", isinstance(n, str), type(n).__name__)


class Path(str):
    def __new__(cls, *parts):
        return super().__new__(cls, "/".join(parts))

    def __truediv__(self, other):
        return Path(self, other)

    @property
    def name(self):
        return self.rsplit("/", 1)[-1]


p = Path("usr", "lib") / "python3"
print(p, p.name, type(p).__name__, p.upper(), len(p))


class Tagged(str):
    def __new__(cls, value, tag="t"):
        return super().__new__(cls, value)

    def __init__(self, value, tag="t"):
        self.tag = tag


t = Tagged("hello", tag="greeting")
print(t, t.tag, t.__dict__, t.capitalize())
