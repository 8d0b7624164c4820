# PermissionError from open(), deterministic whoever runs the test: the suite runs as
# root, where a mode-000 file is still readable, so the program drops its effective
# uid to 65534 ("nobody") while it opens the file and takes root back afterwards.
# Run as a normal user, mode 000 alone refuses access. The program ends with the
# uncaught PermissionError (CPython's message names the file as given).
import os

base = "/tmp/tern_files_perm_%d" % os.getpid()
os.mkdir(base)
os.chmod(base, 0o755)
os.chdir(base)
with open("secret.txt", "w") as f:
    f.write("classified\n")
os.chmod("secret.txt", 0)
was_root = os.geteuid() == 0


def as_other_user(fn):
    if was_root:
        os.seteuid(65534)
    try:
        return fn()
    finally:
        if was_root:
            os.seteuid(0)


for mode in ["r", "rb", "w", "a", "r+"]:
    try:
        as_other_user(lambda: open("secret.txt", mode))
    except PermissionError as e:
        print(mode, type(e).__name__, e.errno, e.strerror, e.filename)
        print("  str:", e)
        print("  isinstance OSError:", isinstance(e, OSError), e.args)
try:
    as_other_user(lambda: os.listdir("."))
    print("listdir allowed")
except PermissionError as e:
    print("listdir:", e)

# OSError(EACCES, ...) is a PermissionError too.
e = OSError(13, "Permission denied", "secret.txt")
print(type(e).__name__, e, e.args)

saved = None
try:
    as_other_user(lambda: open("secret.txt"))
except PermissionError as e:
    saved = e
os.chmod("secret.txt", 0o644)
os.remove("secret.txt")
os.chdir("/")
os.rmdir(base)
print("cleaned up:", not os.path.exists(base))
raise saved
