# string module constants and helpers.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
print(string.Formatter().format("{0}-{x}", 1, x=2))
