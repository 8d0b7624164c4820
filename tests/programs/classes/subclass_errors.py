# Errors through builtin subclasses: messages name the builtin behaviour; the program
# ends with an uncaught IndexError raised by super().__getitem__.


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error", r)


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class S(str):
    pass


attempt("L index", lambda: L([1])[5])
attempt("L remove", lambda: L([1]).remove(9))
attempt("L pop empty", lambda: L().pop())
attempt("D key", lambda: D(a=1)["b"])
attempt("D popitem", lambda: D().popitem())
attempt("I from str", lambda: I("x"))
attempt("I base", lambda: I("z", 10))
attempt("I div zero", lambda: I(1) // 0)
attempt("S int add", lambda: S("a") + 1)
attempt("S index", lambda: S("abc").index("z"))
attempt("L hash", lambda: hash(L()))
attempt("D hash", lambda: hash(D()))
print("I hash works:", hash(I(5)) == 5, "S hashable:", hash(S("k")) == hash("k"))
attempt("super outside method", lambda: super().append(1))
attempt("list.append on str subclass", lambda: list.append(S("x"), 1))
attempt("str kwargs to a subclass", lambda: S("x", tag=1))


class Strict(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        super().__setitem__(key, value)


st = Strict()
st["a"] = 1
attempt("Strict setitem", lambda: st.__setitem__(1, 2))
print("Strict after:", st)


class Row(list):
    def __getitem__(self, i):
        return super().__getitem__(i)


r = Row([1, 2, 3])
print("Row:", r[2], r[-1])
r[10]
