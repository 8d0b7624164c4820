# Errors from os and os.path with CPython's messages; ends with an uncaught
# KeyError from os.environ.
import os


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error", r)


attempt("listdir missing", lambda: os.listdir("no_such_dir"))
attempt("listdir file", lambda: os.listdir("os_errors.py"))
attempt("chdir missing", lambda: os.chdir("no_such_dir"))
attempt("rmdir missing", lambda: os.rmdir("no_such_dir"))
attempt("remove missing", lambda: os.remove("no_such_file"))
attempt("remove dir", lambda: os.remove("."))
attempt("mkdir exists", lambda: os.mkdir("."))
attempt("makedirs exists", lambda: os.makedirs("."))
attempt("stat missing", lambda: os.stat("no_such_file"))
attempt("getsize missing", lambda: os.path.getsize("no_such_file"))
attempt("rename missing", lambda: os.rename("no_src", "no_dst"))
attempt("join int", lambda: os.path.join("a", 5))
attempt("join bytes+str", lambda: os.path.join(b"a", "b"))
attempt("join str+bytes", lambda: os.path.join("a", "b", b"c"))
attempt("join first int", lambda: os.path.join(5, "a"))
attempt("join PathLike then int", lambda: os.path.join("a", 2.5))
attempt("basename None", lambda: os.path.basename(None))
attempt("splitext int", lambda: os.path.splitext(3))
attempt("listdir int list", lambda: os.listdir([1]))
attempt("exists int list", lambda: os.path.exists([1]))
attempt("getenv int", lambda: os.getenv(5))
attempt("environ int key", lambda: os.environ.get(5))
attempt("fspath int", lambda: os.fspath(5))
attempt("null byte", lambda: os.stat("a\0b"))
attempt("commonpath mixed", lambda: os.path.commonpath(["/a", "b"]))
attempt("commonpath empty", lambda: os.path.commonpath([]))
print(os.environ["TERN_TEST_SURELY_UNSET_VARIABLE"])
