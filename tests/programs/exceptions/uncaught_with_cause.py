# Uncaught exception with an explicit cause: the traceback shows both, the last line is the outer one.
class ParseError(ValueError):
    def __str__(self):
        return "parse failed: " + self.args[0]
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(s) from e
print(parse("7"))
parse("seven")
