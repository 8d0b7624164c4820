# try / except basics.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"
print(safe_div(10, 2), safe_div(1, 0))
try:
    [1, 2, 3][10]
except IndexError as e:
    print("IndexError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".missing_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    raise ValueError("explicit")
except ValueError as e:
    print("raised:", e)
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
try:
    try:
        raise KeyError("inner")
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer caught:", e)
try:
    raise RuntimeError("first")
except ValueError:
    print("not this")
except RuntimeError as e:
    print("second handler:", e)
except Exception:
    print("not this either")
try:
    raise LookupError("lookup")
except Exception as e:
    print("generic:", repr(e))
for exc in [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("group 1:", repr(e))
    except LookupError as e:
        print("group 2:", repr(e))
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("handler name unbound after except:", err)
count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        count += 1
    except ValueError:
        count += 10
print("loop count:", count)
