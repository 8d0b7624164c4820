"""os: operating-system interfaces (Tern's stdlib), built on the native `posix`.

What works as in CPython 3.11 (str paths, or path-like objects whose __fspath__
returns str): getcwd, chdir, listdir, scandir, walk, mkdir, makedirs, rmdir,
removedirs, remove/unlink, rename/replace/renames, stat/lstat (os.stat_result),
access, chmod, readlink, umask, getpid/getppid, getuid/geteuid/getgid/getegid,
seteuid/setegid, environ/getenv/putenv/unsetenv,
urandom, cpu_count, strerror, fspath, the low-level fd calls open/read/write/
close/lseek/isatty, _exit, and the constants (sep, linesep, name, ...). os.path
is posixpath.

Not supported, each raising NotImplementedError that names the function: bytes
paths, file descriptors or dir_fd in place of paths, and processes, pipes, users
and the other calls listed in _UNSUPPORTED below.
"""

import sys
import abc as _abc
import stat as _stat
import posix as _posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink,
                   rename, replace, getpid, getppid, getuid, geteuid,
                   getgid, getegid, seteuid, setegid, putenv, unsetenv,
                   urandom, cpu_count, readlink, access, chmod, strerror,
                   isatty, open, read, write, close, lseek, _exit, umask,
                   O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC,
                   O_APPEND, O_CLOEXEC, F_OK, R_OK, W_OK, X_OK, SEEK_SET,
                   SEEK_CUR, SEEK_END)

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError
supports_bytes_environ = True

import posixpath as path
sys.modules["os.path"] = path


def fspath(path):
    """The file-system form of a path: str and bytes as they are, else the result
    of the object's __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    try:
        method = cls.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + cls.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {cls.__name__}.__fspath__() to return str or "
                    f"bytes, not {type(result).__name__}")


class PathLike(_abc.ABC):
    """The protocol of objects with a file-system path (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError


# ----- stat ---------------------------------------------------------------------------

_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                "st_size", "st_atime", "st_mtime", "st_ctime")


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple (times as whole seconds) whose
    attributes also give float times, nanoseconds and the block fields."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, raw):
        (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
         atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev) = raw
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size,
                                   atime, mtime, ctime))
        self.st_mode = mode
        self.st_ino = ino
        self.st_dev = dev
        self.st_nlink = nlink
        self.st_uid = uid
        self.st_gid = gid
        self.st_size = size
        self.st_atime = atime + atime_ns * 1e-9
        self.st_mtime = mtime + mtime_ns * 1e-9
        self.st_ctime = ctime + ctime_ns * 1e-9
        self.st_atime_ns = atime * 1000000000 + atime_ns
        self.st_mtime_ns = mtime * 1000000000 + mtime_ns
        self.st_ctime_ns = ctime * 1000000000 + ctime_ns
        self.st_blksize = blksize
        self.st_blocks = blocks
        self.st_rdev = rdev
        return self

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(_STAT_FIELDS, self))
        return f"os.stat_result({fields})"


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Information about a file (following symbolic links by default)."""
    if dir_fd is not None:
        raise NotImplementedError("os.stat(): dir_fd is not supported by Tern")
    return stat_result(_posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Information about a file, not following a final symbolic link."""
    if dir_fd is not None:
        raise NotImplementedError("os.lstat(): dir_fd is not supported by Tern")
    return stat_result(_posix._stat(path, False))


# ----- environ ------------------------------------------------------------------------

def _env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of the process environment. Setting or deleting a
    variable also changes the environment (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _env_str(key)
        value = _env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        name = _env_str(key)
        unsetenv(name)
        try:
            del self._data[name]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _env_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def get(self, key, default=None):
        return self._data.get(_env_str(key), default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): environ is empty")

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """The environment variable `key`, or `default` when it is not set."""
    return environ.get(key, default)


# ----- directories ----------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: creates a directory and the missing directories above it.
    FileExistsError when it exists already, unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # created meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that became empty (stopping quietly at
    the first one that cannot be removed)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename() that creates the directories `new` needs and removes those `old`
    leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of os.scandir(): its name and path, with cached stat results."""

    def __init__(self, dirpath, name, joined):
        self.name = name
        self.path = joined
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _test(self, check, follow_symlinks):
        try:
            return check(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_stat.S_ISREG, follow_symlinks)

    def is_symlink(self):
        return self._test(_stat.S_ISLNK, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._entries):
            raise StopIteration
        entry = self._entries[self._pos]
        self._pos += 1
        return entry

    def close(self):
        self._pos = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    top = "." if path is None else fspath(path)
    if isinstance(top, bytes):
        raise NotImplementedError("os.scandir(): bytes paths are not supported by Tern")
    names = listdir(top)
    prefix = top if top.endswith("/") else top + "/"
    return _ScandirIterator([DirEntry(top, n, prefix + n) for n in names])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory of the tree under
    `top`, parents first (topdown) or last. With topdown, changing dirnames in place
    prunes the walk."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    later = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            files.append(entry.name)
        if not topdown and is_dir:
            try:
                into = followlinks or not entry.is_symlink()
            except OSError:
                into = False
            if into:
                later.append(entry.path)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for sub in later:
            yield from walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


def get_exec_path(env=None):
    """The directories searched for executables (from PATH)."""
    if env is None:
        env = environ
    p = env.get("PATH")
    if p is None:
        p = defpath
    return p.split(pathsep)


# ----- not supported --------------------------------------------------------------------

def _unsupported(fname):
    def f(*args, **kwargs):
        raise NotImplementedError(f"os.{fname}() is not supported by Tern")
    f.__name__ = fname
    f.__qualname__ = fname
    return f


_UNSUPPORTED = (
    "system", "popen", "fork", "forkpty", "execv", "execve", "execl", "execle",
    "execlp", "execlpe", "execvp", "execvpe", "spawnv", "spawnve", "spawnl",
    "spawnle", "spawnlp", "spawnvp", "kill", "killpg", "wait", "waitpid",
    "wait3", "wait4", "waitstatus_to_exitcode", "pipe", "pipe2", "dup", "dup2",
    "symlink", "link", "chown", "lchown", "fchown", "fchmod", "lchmod",
    "utime", "truncate", "ftruncate", "fstat", "fsync", "fdatasync", "mkfifo",
    "mknod", "statvfs", "fstatvfs", "getgroups", "getlogin", "setuid", "setgid", "setsid", "getpgrp", "setpgrp",
    "getpgid", "getsid", "nice", "times", "uname", "get_terminal_size",
    "get_inheritable", "set_inheritable", "get_blocking", "set_blocking",
    "sendfile", "openpty", "ttyname", "chroot", "sync", "getloadavg",
    "register_at_fork", "add_dll_directory", "fwalk", "listxattr", "getxattr",
    "setxattr", "removexattr", "sched_getaffinity", "abort",
)

for _name in _UNSUPPORTED:
    globals()[_name] = _unsupported(_name)
del _name
