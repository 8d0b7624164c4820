# os.path: join, dirname, basename, split, splitext, exists, isfile, isdir, isabs,
# abspath, normpath, relpath, commonpath, expanduser-free helpers.
import os
import os.path
from os.path import join, dirname, basename, splitext

print("join:", join("a", "b", "c.txt"), join("/root", "x"), join("a/", "b"), join("a", "/abs", "c"))
print("join empty:", repr(join("a", "")), repr(join("", "b")), repr(join("", "")))
for p in ["/usr/lib/python3.11/os.py", "rel/dir/file.tar.gz", "file", "/", "dir/",
          "", ".hidden", "a/.bashrc", "trailing.", "x/y.z/w", "//double//slash"]:
    print(repr(p), "dirname", repr(dirname(p)), "basename", repr(basename(p)),
          "split", os.path.split(p), "splitext", splitext(p))
print("isabs:", os.path.isabs("/a"), os.path.isabs("a/b"), os.path.isabs(""))
print("normpath:", os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x/"),
      os.path.normpath(""), os.path.normpath("./"), os.path.normpath("a/b/../../.."))
print("relpath:", os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print("commonpath:", os.path.commonpath(["/usr/lib", "/usr/local/lib", "/usr/lib/x"]))
print("commonprefix:", os.path.commonprefix(["interstate", "internal", "interval"]))
print("sep:", os.sep, os.path.sep, "curdir:", os.curdir, "pardir:", os.pardir, "extsep:", os.extsep)

# Paths relative to the program's directory (the harness runs it from there).
here = os.getcwd()
print("cwd basename:", basename(here), "parent basename:", basename(dirname(here)))
print("abspath of name:", os.path.abspath("os_path.py") == join(here, "os_path.py"))
print("abspath normalises:", os.path.abspath("x/../os_path.py") == join(here, "os_path.py"))
print("abspath of absolute:", os.path.abspath("/tmp/../usr//bin/"))
print("exists:", os.path.exists("os_path.py"), os.path.exists("no_such_file.py"),
      os.path.exists("."), os.path.exists(""))
print("isfile:", os.path.isfile("os_path.py"), os.path.isfile("."), os.path.isfile("nope"))
print("isdir:", os.path.isdir("."), os.path.isdir("os_path.py"), os.path.isdir(".."))
print("getsize > 0:", os.path.getsize("os_path.py") > 0)
print("splitext keeps dots:", splitext("archive.tar.gz"), splitext("..."), splitext("a.b/c"))


class Place:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print("fspath objects:", join(Place("base"), "leaf"), basename(Place("/x/y.py")),
      os.fspath(Place("z")), os.path.exists(Place("os_path.py")))
