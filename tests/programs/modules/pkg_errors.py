# Import errors around packages; messages are printed without file paths. Ends with
# an uncaught ModuleNotFoundError for a missing submodule.
import sys


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        msg = str(e).split(" (")[0]
        print(label, "->", type(e).__name__ + ":", msg, "| name:", getattr(e, "name", "-"))
    else:
        print(label, "-> no error", r)


def rel_main():
    from . import x
    return x


def rel_main_mod():
    from .mod import x
    return x


def too_far():
    import pkg_broken.too_far


def missing_name():
    from pkg_broken import missing_submodule


def relative_missing_name():
    import pkg_broken.bad_name


def missing_submodule():
    import pkg_broken.nope


def missing_top():
    import no_such_package.sub


def body_raises():
    import pkg_broken.raises


def body_raises_from():
    from pkg_broken import raises


def circular():
    import pkg_broken.circular_a


def deeper():
    import pkg_broken.raises.deeper


attempt("relative in __main__", rel_main)
attempt("relative module in __main__", rel_main_mod)
attempt("beyond top level", too_far)
attempt("missing name from package", missing_name)
attempt("relative missing name", relative_missing_name)
attempt("missing submodule", missing_submodule)
attempt("missing top level", missing_top)
attempt("module body raises", body_raises)
print("failed module not cached:", "pkg_broken.raises" in sys.modules)
attempt("raises again", body_raises_from)
attempt("circular", circular)
print("package cached:", "pkg_broken" in sys.modules, sys.modules["pkg_broken"].STATE)
attempt("submodule of a failing module", deeper)
attempt("empty name", lambda: __import__(""))
attempt("level without package", lambda: __import__("x", globals(), {}, [], 1))
import pkg_broken.does_not_exist
