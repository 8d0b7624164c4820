"""posixpath: path operations on POSIX paths; what os.path is (Tern's stdlib).

The functions behave as CPython 3.11's for str paths and path-like objects whose
__fspath__ returns str. Bytes paths raise NotImplementedError naming the function.
expanduser('~user') needs the password database and raises NotImplementedError.
"""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _text(p, fname):
    """`p` as a str path: str as is, else through os.fspath()."""
    if type(p) is str:
        return p
    p = os.fspath(p)
    if isinstance(p, bytes):
        raise NotImplementedError(
            f"os.path.{fname}() with bytes paths is not supported by Tern")
    return p


def normcase(s):
    """Case normalisation: nothing to do on POSIX."""
    return _text(s, "normcase")


def isabs(s):
    """True when the path starts at the root."""
    return _text(s, "isabs").startswith("/")


def _check_arg_types(funcname, *args):
    """CPython's genericpath check, run when a path function got a bad argument."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def join(a, *p):
    """Joins path components; an absolute component discards what came before."""
    path = a if type(a) is str else os.fspath(a)
    parts = []
    anybytes = isinstance(path, bytes)
    for part in p:
        try:
            part = os.fspath(part)
        except TypeError:
            _check_arg_types("join", path, *p)
            raise
        anybytes = anybytes or isinstance(part, bytes)
        parts.append(part)
    if anybytes:
        _check_arg_types("join", path, *parts)
        _text(b"", "join")
    for part in parts:
        if part.startswith("/"):
            path = part
        elif not path or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return path


def split(p):
    """(head, tail): tail is what follows the last slash; head keeps no trailing
    slashes unless it is all slashes."""
    p = _text(p, "split")
    cut = p.rfind("/") + 1
    head, tail = p[:cut], p[cut:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the final component,
    unless that component is all leading dots."""
    p = _text(p, "splitext")
    dot = p.rfind(".")
    slash = p.rfind("/")
    if dot > slash:
        # A dot counts only if some non-dot character precedes it in the name.
        for i in range(slash + 1, dot):
            if p[i] != ".":
                return p[:dot], p[dot:]
    return p, ""


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = _text(p, "splitdrive")
    return "", p


def basename(p):
    """The final component of a path."""
    p = _text(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    """Everything before the final component."""
    p = _text(p, "dirname")
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def _mode(path, follow):
    """The st_mode of a path, or None when it cannot be stat'ed."""
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    """True when the path names an existing file (broken symlinks do not)."""
    return _mode(path, True) is not None


def lexists(path):
    """True when the path exists, following no symlink."""
    return _mode(path, False) is not None


def isfile(path):
    mode = _mode(path, True)
    return mode is not None and _stat.S_ISREG(mode)


def isdir(s):
    mode = _mode(s, True)
    return mode is not None and _stat.S_ISDIR(mode)


def islink(path):
    mode = _mode(path, False)
    return mode is not None and _stat.S_ISLNK(mode)


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    raise NotImplementedError("os.path.sameopenfile() is not supported by Tern")


def ismount(path):
    """True when the path is a mount point: its parent is on another device, or is
    the same directory (the root)."""
    path = _text(path, "ismount")
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(st.st_mode):
        return False
    parent = realpath(join(path, ".."))
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def commonprefix(m):
    """The longest common leading part of a list of paths, compared character by
    character (so it may end inside a component)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    """The longest common sub-path of the given paths, by whole components."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(_text(p, "commonpath") for p in paths)
    kinds = set(p[:1] == "/" for p in paths)
    if len(kinds) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    absolute = kinds.pop()
    parts = [[c for c in p.split("/") if c and c != "."] for p in paths]
    lo = min(parts)
    hi = max(parts)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ("/" if absolute else "") + "/".join(common)


def expanduser(path):
    """Replaces a leading ~ by $HOME."""
    path = _text(path, "expanduser")
    if not path.startswith("~"):
        return path
    end = path.find("/", 1)
    if end < 0:
        end = len(path)
    if end != 1:
        raise NotImplementedError(
            "os.path.expanduser('~user') is not supported by Tern")
    if "HOME" not in os.environ:
        raise NotImplementedError(
            "os.path.expanduser() without $HOME is not supported by Tern")
    home = os.environ["HOME"].rstrip("/")
    return (home + path[end:]) or "/"


def _is_word(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")


def expandvars(path):
    """Replaces $name and ${name} by environment variables that exist; others stay."""
    path = _text(path, "expandvars")
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            close = path.find("}", i + 2)
            if close < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:close]
            end = close + 1
        else:
            end = i + 1
            while end < n and _is_word(path[end]):
                end += 1
            if end == i + 1:
                out.append(c)
                i += 1
                continue
            name = path[i + 1:end]
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def normpath(path):
    """Collapses redundant separators and . and .. components (lexically)."""
    path = _text(path, "normpath")
    if not path:
        return "."
    lead = 0
    if path.startswith("/"):
        # POSIX keeps exactly two leading slashes, and folds three or more into one.
        lead = 2 if path.startswith("//") and not path.startswith("///") else 1
    kept = []
    for part in path.split("/"):
        if not part or part == ".":
            continue
        if part == "..":
            if kept and kept[-1] != "..":
                kept.pop()
                continue
            if lead:
                continue
        kept.append(part)
    result = "/" * lead + "/".join(kept)
    return result or "."


def abspath(path):
    """The absolute, normalised form of a path."""
    path = _text(path, "abspath")
    if not path.startswith("/"):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, . and .. removed."""
    filename = _text(filename, "realpath")
    path, _ = _resolve("", filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Appends the components of `rest` to the resolved `path`, following links.
    `seen` maps each link met to its resolution (None while it is being resolved, so
    a loop is noticed). Returns (path, ok); ok is False when a loop stopped it."""
    if rest.startswith("/"):
        rest = rest[1:]
        path = "/"
    while rest:
        name, _, rest = rest.partition("/")
        if not name or name == ".":
            continue
        if name == "..":
            if path:
                path, last = split(path)
                if last == "..":
                    path = join(path, "..", "..")
            else:
                path = ".."
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            link = False
        else:
            link = _stat.S_ISLNK(st.st_mode)
        if not link:
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            if strict:
                os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _text(path, "relpath")
    start = curdir if start is None else _text(start, "relpath")
    from_parts = [x for x in abspath(start).split("/") if x]
    to_parts = [x for x in abspath(path).split("/") if x]
    shared = len(commonprefix([from_parts, to_parts]))
    parts = [pardir] * (len(from_parts) - shared) + to_parts[shared:]
    if not parts:
        return curdir
    return join(*parts)
