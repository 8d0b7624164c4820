# PEP 678 notes: add_note, __notes__, and notes in tracebacks.
try:
    e = ValueError("with note")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err, err.__notes__)

e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)


def parse(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(int(row))
        except ValueError as err:
            err.add_note(f"while parsing row {i}")
            raise
    return out


print(parse(["1", "2"]))
try:
    parse(["1", "x"])
except ValueError as err:
    print(repr(err), err.__notes__)
parse(["3", "4", "five"])
