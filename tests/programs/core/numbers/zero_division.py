# ZeroDivisionError messages (caught).
def attempt(label, f):
    try:
        print(label, "->", f())
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)

attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1.0//0", lambda: 1.0 // 0)
attempt("1.0%0", lambda: 1.0 % 0)
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("divmod(1.0,0)", lambda: divmod(1.0, 0))
attempt("0**-1", lambda: 0 ** -1)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("big/0", lambda: 2 ** 100 / 0)
attempt("big//0", lambda: 2 ** 100 // 0)
attempt("big%0", lambda: 2 ** 100 % 0)
attempt("0/0", lambda: 0 / 0)
attempt("True/False", lambda: True / False)
attempt("1/-0.0", lambda: 1 / -0.0)
attempt("pow(0,-2)", lambda: pow(0, -2))
attempt("5/1", lambda: 5 / 1)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented /=:", e, x)
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented //=:", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented %=:", e, x)
try:
    print(1 / 0)
except ArithmeticError as e:
    print("caught as ArithmeticError:", repr(e), e.args)
