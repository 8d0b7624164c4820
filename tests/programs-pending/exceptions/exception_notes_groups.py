# 3.11: add_note, ExceptionGroup and except*.
try:
    e = ValueError("with note")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err, err.__notes__)
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
