# An exception raised inside an except handler (implicit chaining). The last line is the new one.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse " + repr(s))
print(parse("12"))
print(parse("twelve"))
