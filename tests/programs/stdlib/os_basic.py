# os: getcwd, chdir, environ.get and friends, listdir (printed sorted), mkdir,
# makedirs, rmdir, remove, rename, walk, stat sizes.
import os

print("getcwd is absolute:", os.path.isabs(os.getcwd()), os.path.basename(os.getcwd()))
print("listdir has me:", "os_basic.py" in os.listdir("."), "os_basic.py" in os.listdir())

# environ behaves like a dict of str
print("environ.get missing:", os.environ.get("TERN_TEST_SURELY_UNSET"))
print("environ.get default:", os.environ.get("TERN_TEST_SURELY_UNSET", "fallback"))
print("getenv default:", os.getenv("TERN_TEST_SURELY_UNSET", "dflt"))
print("'PATH' in environ:", "PATH" in os.environ, type(os.environ.get("PATH")).__name__)
os.environ["TERN_TEST_VAR"] = "value 1"
print("after set:", os.environ.get("TERN_TEST_VAR"), os.getenv("TERN_TEST_VAR"),
      os.environ["TERN_TEST_VAR"])
os.environ.setdefault("TERN_TEST_VAR", "ignored")
os.environ.setdefault("TERN_TEST_VAR2", "set by setdefault")
print("setdefault:", os.environ["TERN_TEST_VAR"], os.environ["TERN_TEST_VAR2"])
print("pop:", os.environ.pop("TERN_TEST_VAR"), os.environ.get("TERN_TEST_VAR"))
del os.environ["TERN_TEST_VAR2"]
print("after del:", "TERN_TEST_VAR2" in os.environ)
print("keys are str:", all(isinstance(k, str) for k in os.environ))
try:
    os.environ["X"] = 5
except TypeError as e:
    print("TypeError:", e)

# A private directory tree under /tmp (pid in the name; never printed).
base = "/tmp/tern_os_basic_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
print("chdir worked:", os.getcwd() == base)
os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
for name in ["zeta.txt", "alpha.txt", "Mid.txt", "a/one.py", "a/b/two.py", "a/b/c/three.py"]:
    with open(name, "w") as f:
        f.write(name * 2)
print("listdir sorted:", sorted(os.listdir(".")))
print("listdir a:", sorted(os.listdir("a")))
for root, dirs, files in os.walk("."):
    dirs.sort()
    print("walk:", root, sorted(dirs), sorted(files))
os.rename("zeta.txt", "omega.txt")
print("after rename:", sorted(os.listdir(".")))
st = os.stat("omega.txt")
print("stat size:", st.st_size, os.path.getsize("a/b/two.py"))
print("scandir:", sorted((e.name, e.is_dir()) for e in os.scandir(".")))

# Clean up, deepest first.
for root, dirs, files in os.walk(".", topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
print("empty:", os.listdir("."))
os.chdir("/")
os.rmdir(base)
print("removed:", os.path.exists(base))
