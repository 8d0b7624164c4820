# assert statements (caught failures).
assert True
assert 1 == 1, "never shown"
print("passing asserts ok")
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message:", e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args)
x = 5
try:
    assert x < 0, f"x={x} must be negative"
except AssertionError as e:
    print("f-string message:", e)
def check(v):
    assert isinstance(v, int), "need int, got " + repr(v)
    return v * 2
for val in (3, "3", 4.0):
    try:
        print("check:", check(val))
    except AssertionError as e:
        print("check failed:", e)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated when passing:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print("evaluated on failure:", e, calls)
print("AssertionError is Exception:", isinstance(AssertionError(), Exception))
