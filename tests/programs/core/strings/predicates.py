# Character-class predicates.
tests = ["123", "12.3", "abc", "ABC", "aBc", "abc123", "", " \t\n", "a b", "Hello World",
         "hello world", "HELLO 1", "_ident", "9ident", "ident9", "é", "ÀB", "²", "½", "x_y_z", "def"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(),
          t.islower(), t.isnumeric(), t.isdecimal(), t.isidentifier(), t.istitle())
print("mixed:", "Abc Def".istitle(), "ABC Def".istitle(), "1A".isupper(), "1a".islower())
print("latin-1:", "ñ".isalpha(), "Ñ".isupper(), "ß".islower(), "\u00a0".isspace(), "µ".isalpha())
print("digits:", [c for c in "a1b2c3" if c.isdigit()])
