# Errors from run-time type hints: unions with non-classes, generics as isinstance's
# second argument, and a bad __mro_entries__.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except TypeError as e:
        print(label, "TypeError", e)

attempt("int | 3", lambda: int | 3)
attempt("3 | int", lambda: 3 | int)
attempt("None | None", lambda: None | None)
attempt("isinstance generic", lambda: isinstance([], list[int]))
attempt("issubclass generic", lambda: issubclass(list, list[int]))
attempt("union with generic", lambda: isinstance([], int | list[int]))
attempt("union ok", lambda: issubclass(bool, int | str))
attempt("int | 'str'", lambda: int | "str")

class Bad:
    def __mro_entries__(self, bases):
        return [object]

class C(Bad()):
    pass
