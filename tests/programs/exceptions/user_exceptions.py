# User-defined exception classes.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "config %r: %s" % (self.key, self.reason)
class NetworkError(AppError):
    code = 500
for exc in (AppError("generic"), ConfigError("db.host"), ConfigError("port", "not an int"), NetworkError()):
    try:
        raise exc
    except ConfigError as e:
        print("config:", e, "|", repr(e), "|", e.args, e.key)
    except AppError as e:
        print("app:", type(e).__name__, repr(e), str(e), getattr(e, "code", None))
print(issubclass(ConfigError, AppError), issubclass(AppError, Exception), ConfigError.__mro__[1:3])
class WithRepr(ValueError):
    def __repr__(self):
        return "<WithRepr %s>" % (self.args,)
try:
    raise WithRepr(1, 2)
except ValueError as e:
    print(repr(e), str(e), e)
class NoArgs(Exception):
    def __init__(self):
        super().__init__()
print(repr(NoArgs()), str(NoArgs()) == "")
class Forgetful(Exception):
    def __init__(self, x):
        self.x = x
f = Forgetful(5)
print(f.args, str(f), repr(f))
class KeyLike(KeyError):
    pass
try:
    raise KeyLike("k")
except LookupError as e:
    print("KeyLike:", e, type(e).__name__)
try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
e = ConfigError("x")
e.add_note("note 1") if hasattr(e, "add_note") else None
print(getattr(e, "__notes__", None))
