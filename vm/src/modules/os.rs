//! `posix`: the operating-system calls that `os` and `os.path` (`vm/src/stdlib/os.py`,
//! `posixpath.py`) are built on, and the `OSError` helpers `_io` shares.
//!
//! Invariants:
//! - An OS failure becomes the `OSError` subclass CPython picks for its errno
//!   (`FileNotFoundError` for ENOENT, ...), with `args == (errno, strerror)` and the
//!   attributes `errno`, `strerror`, `filename` and `filename2` set on the instance;
//!   `filename` is the path object the caller passed (not a normalised copy).
//! - Paths are `str` (or objects whose `__fspath__` returns one). Bytes paths and file
//!   descriptors in place of paths raise NotImplementedError naming the function, never
//!   a silently different result.
//! - Buffered writes of open files are flushed before any call here touches the file
//!   system, so `os` sees what the program wrote (as CPython, whose files are flushed
//!   when they are closed by reference counting, mostly does).
//! - `environ` is a snapshot dict of the process environment taken when the module is
//!   created; `os.py` wraps it and mirrors changes through `putenv`/`unsetenv`.

use crate::builtins::args;
use crate::builtins::{add_function, bytes::buffer_bytes};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::function::native_flags::KWARGS;
use crate::object::str::as_str;
use crate::object::typeobj::TypeObj;
use crate::object::{is_kind, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;
use std::ffi::{CStr, CString};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

// ----- OSError construction -------------------------------------------------------------

/// The OSError subclass CPython raises for `errno` (`PyErr_SetFromErrno`'s table).
pub fn errno_class(vm: &Vm, errno: i32) -> *mut TypeObj {
    let t = &vm.types;
    match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => t.blocking_io_error,
        libc::ECHILD => t.child_process_error,
        libc::EPIPE | libc::ESHUTDOWN => t.broken_pipe_error,
        libc::ECONNABORTED => t.connection_aborted_error,
        libc::ECONNREFUSED => t.connection_refused_error,
        libc::ECONNRESET => t.connection_reset_error,
        libc::EEXIST => t.file_exists_error,
        libc::ENOENT => t.file_not_found_error,
        libc::EISDIR => t.is_a_directory_error,
        libc::ENOTDIR => t.not_a_directory_error,
        libc::EINTR => t.interrupted_error,
        libc::EACCES | libc::EPERM => t.permission_error,
        libc::ESRCH => t.process_lookup_error,
        libc::ETIMEDOUT => t.timeout_error,
        _ => t.os_error,
    }
}

/// The C library's message for `errno` ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static (or thread-local)
    // message, copied at once.
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {errno}");
        }
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Sets `errno`, `strerror`, `filename` and `filename2` on an OSError instance.
fn set_os_error_attrs(vm: &mut Vm, e: Value, vals: [Value; 4]) -> PyResult<()> {
    for (name, v) in ["errno", "strerror", "filename", "filename2"]
        .into_iter()
        .zip(vals)
    {
        let k = vm.intern(name);
        vm.set_attr(e, k, v)?;
    }
    Ok(())
}

/// The exception for a failed system call: `[Errno N] message: 'filename'`.
/// `filename`/`filename2` are EMPTY when the call names no file.
pub fn os_error(vm: &mut Vm, errno: i32, filename: Value, filename2: Value) -> PyErr {
    let class = errno_class(vm, errno);
    let msg = vm.new_str(&strerror(errno));
    let e = vm.new_exception_args(class, &[Value::small_int(errno as i64), msg]);
    let none_if_empty = |v: Value| if v.is_empty() { Value::NONE } else { v };
    let vals = [
        Value::small_int(errno as i64),
        msg,
        none_if_empty(filename),
        none_if_empty(filename2),
    ];
    match set_os_error_attrs(vm, e.0, vals) {
        Ok(()) => e,
        Err(err) => err,
    }
}

/// The exception for a failed `std` file-system call.
pub fn io_error(vm: &mut Vm, err: &std::io::Error, filename: Value, filename2: Value) -> PyErr {
    match err.raw_os_error() {
        Some(n) => os_error(vm, n, filename, filename2),
        None => vm.os_error(err.to_string()),
    }
}

/// The current `errno` as an exception.
pub fn last_os_error(vm: &mut Vm, filename: Value) -> PyErr {
    let n = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    os_error(vm, n, filename, Value::EMPTY)
}

/// `str()` of an OSError instance as CPython formats it: `[Errno 2] No such file or
/// directory: 'x.txt'`, with ` -> 'y'` when there is a second file name. None when the
/// exception carries no errno and strerror (then `str()` is BaseException's).
///
/// Reads the attributes `os_error`, `OSError.__new__`/`__init__` set (the class has
/// None defaults for all four), so assignments to them show, as in CPython.
pub fn os_error_str(vm: &mut Vm, e: Value) -> PyResult<Option<String>> {
    if !vm.isinstance(e, vm.types.os_error) {
        return Ok(None);
    }
    let mut vals = [Value::NONE; 4];
    for (i, name) in ["errno", "strerror", "filename", "filename2"]
        .into_iter()
        .enumerate()
    {
        let k = vm.intern(name);
        if let Some(v) = vm.get_attr_opt(e, k)? {
            vals[i] = v;
        }
    }
    let vals = RootedVec::from_slice(&vals);
    let (errno, strerror, filename, filename2) = (vals[0], vals[1], vals[2], vals[3]);
    if !filename.is_none() {
        let en = vm.str_string(errno)?;
        let sn = vm.str_string(strerror)?;
        let f1 = vm.repr_string(filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr_string(filename2)?;
            return Ok(Some(format!("[Errno {en}] {sn}: {f1} -> {f2}")));
        }
        return Ok(Some(format!("[Errno {en}] {sn}: {f1}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let en = vm.str_string(errno)?;
        let sn = vm.str_string(strerror)?;
        return Ok(Some(format!("[Errno {en}] {sn}")));
    }
    Ok(None)
}

/// Parses OSError constructor arguments into the instance `e`, as CPython's
/// `oserror_init`: two to five arguments set `errno`, `strerror`, `filename` (the third)
/// and `filename2` (the fifth), and a file name other than None is dropped from `args`.
/// Other argument counts leave the attributes None and `args` as given.
fn os_error_parse(vm: &mut Vm, e: Value, pos: &[Value]) -> PyResult<()> {
    let pos = RootedVec::from_slice(pos);
    let mut vals = [Value::NONE; 4];
    let mut nargs = pos.len();
    if (2..=5).contains(&pos.len()) {
        vals[0] = pos[0];
        vals[1] = pos[1];
        if pos.len() >= 3 {
            vals[2] = pos[2];
            if !pos[2].is_none() {
                nargs = 2;
            }
        }
        if pos.len() == 5 {
            vals[3] = pos[4];
        }
    }
    let t = vm.new_tuple(&pos[..nargs]);
    if let Some(d) = crate::interp::unwind::exc_data(e) {
        d.args = t;
    }
    if vals.iter().any(|v| !v.is_none()) {
        set_os_error_attrs(vm, e, vals)?;
    }
    Ok(())
}

/// The class `OSError(errno, ...)` instantiates: `OSError(2, 'msg')` is a
/// FileNotFoundError (only OSError itself is remapped, never a subclass).
fn os_error_class(vm: &Vm, t: *mut TypeObj, pos: &[Value]) -> *mut TypeObj {
    if t == vm.types.os_error && (2..=5).contains(&pos.len()) {
        if let Some(n) = pos[0].small_int_value() {
            return errno_class(vm, n as i32);
        }
    }
    t
}

/// `OSError(*args)` for a builtin OSError class, as CPython builds it (see
/// `os_error_parse`). None when `t` is not OSError or a subclass.
///
/// This is the hook `call_type` takes for builtin exception classes (which do not go
/// through `__new__`/`__init__`); it takes positional arguments only.
pub fn os_error_new(vm: &mut Vm, t: *mut TypeObj, pos: &[Value]) -> PyResult<Option<Value>> {
    if !vm.is_subtype(t, vm.types.os_error) {
        return Ok(None);
    }
    let pos = RootedVec::from_slice(pos);
    let class = os_error_class(vm, t, &pos);
    let e = vm.new_exception_args(class, &pos).0;
    os_error_parse(vm, e, &pos)?;
    Ok(Some(e))
}

/// Whether `OSError.__init__` (rather than `__new__`) parses the arguments for
/// instances of `t`: CPython's `oserror_use_init`, true when a subclass overrides
/// `__init__` but not `__new__`, so that `super().__init__(errno, msg)` is what counts.
fn os_error_uses_init(vm: &mut Vm, t: *mut TypeObj) -> bool {
    let os = vm.types.os_error;
    let (ki, kn) = (vm.intern("__init__"), vm.intern("__new__"));
    let own_init = vm.type_lookup(os, ki);
    let own_new = vm.type_lookup(os, kn);
    let init = vm.type_lookup(t, ki);
    let new = vm.type_lookup(t, kn);
    init != own_init && new == own_new
}

/// `OSError.__new__(cls, *args)`.
fn os_error_dunder_new(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let pos = args::positional(a, kw);
    let Some(&cls) = pos.first() else {
        return Err(vm.type_error("OSError.__new__(): not enough arguments"));
    };
    if !is_kind(cls, Kind::Type) || !vm.is_subtype(cls.as_ptr(), vm.types.os_error) {
        let tn = vm.repr_string(cls)?;
        return Err(vm.type_error(format!(
            "OSError.__new__({tn}): {tn} is not a subtype of OSError"
        )));
    }
    let t = cls.as_ptr::<TypeObj>();
    let uses_init = os_error_uses_init(vm, t);
    if !uses_init && args::nkw(kw) > 0 {
        // SAFETY: live type.
        let tn = unsafe { (*t).name_str().to_owned() };
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    let rest = RootedVec::from_slice(&pos[1..]);
    // SAFETY: live type.
    if unsafe { !(*t).has_flag(crate::object::typeobj::flags::HEAPTYPE) } {
        let class = os_error_class(vm, t, &rest);
        let e = vm.new_exception_args(class, &rest).0;
        os_error_parse(vm, e, &rest)?;
        return Ok(e);
    }
    // alloc_instance parses the arguments (os_error_init_instance).
    vm.alloc_instance(t, &rest, Value::EMPTY)
}

/// Completes a fresh instance of a user subclass of OSError: parses the constructor
/// arguments unless the class leaves that to `__init__` (`os_error_uses_init`).
pub fn os_error_init_instance(vm: &mut Vm, e: Value, pos: &[Value]) -> PyResult<()> {
    let t = vm.type_of(e);
    if os_error_uses_init(vm, t) {
        return Ok(());
    }
    let pos = RootedVec::from_slice(pos);
    os_error_parse(vm, e, &pos)
}

/// `OSError.__init__(self, *args)`: parses only for classes that `os_error_uses_init`.
fn os_error_dunder_init(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let pos = args::positional(a, kw);
    let Some(&e) = pos.first() else {
        return Err(vm.type_error("OSError.__init__(): not enough arguments"));
    };
    let t = vm.type_of(e);
    if os_error_uses_init(vm, t) {
        if args::nkw(kw) > 0 {
            // SAFETY: live type.
            let tn = unsafe { (*t).name_str().to_owned() };
            return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
        }
        let rest = RootedVec::from_slice(&pos[1..]);
        os_error_parse(vm, e, &rest)?;
    }
    Ok(Value::NONE)
}

/// `OSError.__str__(self)`.
fn os_error_dunder_str(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__str__", a, 1, 1)?;
    match os_error_str(vm, a[0])? {
        Some(s) => Ok(vm.new_str(&s)),
        None => {
            let be = vm.types.base_exception;
            let k = vm.intern("__str__");
            let f = vm
                .type_lookup(be, k)
                .expect("BaseException defines __str__");
            vm.call(f, &[a[0]])
        }
    }
}

/// Gives the builtin OSError class CPython's constructor, `__str__` and the attributes
/// `errno`, `strerror`, `filename`, `filename2` (None unless the arguments set them).
/// Called once when the builtin classes are set up.
pub fn install_os_error(vm: &mut Vm) {
    let t = vm.types.os_error;
    crate::builtins::add_methods(
        vm,
        t,
        &[
            (
                "__new__",
                os_error_dunder_new,
                KWARGS | crate::object::function::native_flags::STATIC,
            ),
            ("__init__", os_error_dunder_init, KWARGS),
            ("__str__", os_error_dunder_str, 0),
        ],
    );
    // SAFETY: live builtin type.
    let d = unsafe { (*t).dict };
    for name in ["errno", "strerror", "filename", "filename2"] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, Value::NONE);
    }
}

// ----- path arguments -------------------------------------------------------------------

/// A path argument of `fname` as a Rust string: a str, or the str an object's
/// `__fspath__` returns. `allow_fd` picks CPython's wording for functions that also
/// take a file descriptor (which Tern does not support).
pub fn path_arg(vm: &mut Vm, v: Value, fname: &str, allow_fd: bool) -> PyResult<String> {
    path_arg_or(vm, v, fname, allow_fd, false)
}

/// `path_arg` for functions that also take None (their error message says so).
fn path_arg_or(
    vm: &mut Vm,
    v: Value,
    fname: &str,
    allow_fd: bool,
    allow_none: bool,
) -> PyResult<String> {
    let mut p = v;
    if !is_kind(p, Kind::Str) && !is_kind(p, Kind::Bytes) && !p.is_small_int() {
        let k = vm.intern("__fspath__");
        let t = vm.type_of(p);
        if let Some(m) = vm.type_lookup(t, k) {
            let f = vm.bind_descriptor(m, p)?;
            p = vm.call(f, &[])?;
            if !is_kind(p, Kind::Str) && !is_kind(p, Kind::Bytes) {
                let tn = vm.type_name(v);
                let rn = vm.type_name(p);
                return Err(vm.type_error(format!(
                    "expected {tn}.__fspath__() to return str or bytes, not {rn}"
                )));
            }
        }
    }
    if is_kind(p, Kind::Str) {
        // SAFETY: kind checked.
        let s = unsafe { as_str(p) };
        if s.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok(s.to_owned());
    }
    if is_kind(p, Kind::Bytes) {
        return Err(vm.not_implemented_error(format!(
            "os.{fname}(): bytes paths are not supported by Tern"
        )));
    }
    if allow_fd && crate::object::int::int_view(p).is_some() {
        return Err(vm.not_implemented_error(format!(
            "os.{fname}(): file descriptors in place of paths are not supported by Tern"
        )));
    }
    let tn = vm.type_name(v);
    let what = match (allow_fd, allow_none) {
        (true, true) => "string, bytes, os.PathLike, integer or None",
        (true, false) => "string, bytes, os.PathLike or integer",
        (false, _) => "string, bytes or os.PathLike",
    };
    Err(vm.type_error(format!("{fname}: path should be {what}, not {tn}")))
}

/// A C string for a path already checked by `path_arg` (no NUL inside).
fn c_path(p: &str) -> CString {
    CString::new(p).expect("path_arg rejects NUL characters")
}

/// An int argument (`'float' object cannot be interpreted as an integer`).
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// A str argument of `fname`.
fn str_arg(vm: &mut Vm, v: Value, fname: &str, what: &str) -> PyResult<String> {
    if is_kind(v, Kind::Str) {
        // SAFETY: kind checked.
        return Ok(unsafe { as_str(v) }.to_owned());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("{fname}() argument {what} must be str, not {tn}")))
}

// ----- the module -----------------------------------------------------------------------

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("posix");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let fns: &[(&str, crate::object::function::NativeFn, u32)] = &[
        ("getcwd", getcwd, 0),
        ("chdir", chdir, 0),
        ("listdir", listdir, 0),
        ("mkdir", mkdir, KWARGS),
        ("rmdir", rmdir, 0),
        ("remove", remove, 0),
        ("unlink", remove, 0),
        ("rename", rename, 0),
        ("replace", rename, 0),
        ("_stat", stat, 0),
        ("getpid", getpid, 0),
        ("getppid", getppid, 0),
        ("getuid", getuid, 0),
        ("geteuid", geteuid, 0),
        ("getgid", getgid, 0),
        ("getegid", getegid, 0),
        ("seteuid", seteuid, 0),
        ("setegid", setegid, 0),
        ("putenv", putenv, 0),
        ("unsetenv", unsetenv, 0),
        ("urandom", urandom, 0),
        ("cpu_count", cpu_count, 0),
        ("readlink", readlink, 0),
        ("access", access, 0),
        ("chmod", chmod, 0),
        ("strerror", strerror_fn, 0),
        ("isatty", isatty, 0),
        ("open", os_open, KWARGS),
        ("read", os_read, 0),
        ("write", os_write, 0),
        ("close", os_close, 0),
        ("lseek", os_lseek, 0),
        ("_exit", os_exit, 0),
        ("umask", umask, 0),
    ];
    for &(name, f, flags) in fns {
        add_function(vm, d, name, f, flags);
    }
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ];
    for &(name, v) in consts {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, Value::small_int(v));
    }
    let env = vm.new_dict();
    let k = vm.intern("environ");
    vm.dict_set_str(d, k, env);
    for (key, val) in std::env::vars_os() {
        let (Some(key), Some(val)) = (key.to_str(), val.to_str()) else {
            continue;
        };
        let kv = vm.new_str(key);
        let vv = vm.new_str(val);
        vm.dict_set(env, kv, vv)?;
    }
    Ok(m)
}

/// Flushes what open files have buffered before the file system is looked at.
fn sync_files() {
    super::io_file::flush_pending();
}

fn getcwd(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "getcwd", a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => match p.to_str() {
            Some(s) => Ok(vm.new_str(s)),
            None => Err(vm.not_implemented_error(
                "os.getcwd(): a non-UTF-8 working directory is not supported by Tern",
            )),
        },
        Err(e) => Err(io_error(vm, &e, Value::EMPTY, Value::EMPTY)),
    }
}

fn chdir(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "chdir", a, 1, 1)?;
    let p = path_arg(vm, a[0], "chdir", true)?;
    sync_files();
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(io_error(vm, &e, a[0], Value::EMPTY)),
    }
}

fn listdir(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "listdir", a, 0, 1)?;
    let (p, fname) = match a.first() {
        Some(&v) if !v.is_none() => (path_arg_or(vm, v, "listdir", true, true)?, v),
        _ => (".".to_string(), Value::EMPTY),
    };
    sync_files();
    let fname = if fname.is_empty() {
        vm.new_str(".")
    } else {
        fname
    };
    let rd = match std::fs::read_dir(&p) {
        Ok(rd) => rd,
        Err(e) => return Err(io_error(vm, &e, fname, Value::EMPTY)),
    };
    let mut names = RootedVec::new();
    for ent in rd {
        let ent = match ent {
            Ok(ent) => ent,
            Err(e) => return Err(io_error(vm, &e, fname, Value::EMPTY)),
        };
        let name = ent.file_name();
        let Some(s) = name.to_str() else {
            return Err(vm.not_implemented_error(
                "os.listdir(): non-UTF-8 file names are not supported by Tern",
            ));
        };
        let v = vm.new_str(s);
        names.push(v);
    }
    Ok(vm.new_list(&names))
}

fn mkdir(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let b = args::bind(vm, "mkdir", a, kw, &["path", "mode", "*dir_fd"], 1)?;
    if !b[2].is_empty() && !b[2].is_none() {
        return Err(vm.not_implemented_error("os.mkdir(): dir_fd is not supported by Tern"));
    }
    let p = path_arg(vm, b[0], "mkdir", false)?;
    let mode = if b[1].is_empty() {
        0o777
    } else {
        int_arg(vm, b[1])?
    };
    sync_files();
    match std::fs::DirBuilder::new().mode(mode as u32).create(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(io_error(vm, &e, b[0], Value::EMPTY)),
    }
}

fn rmdir(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "rmdir", a, 1, 1)?;
    let p = path_arg(vm, a[0], "rmdir", false)?;
    sync_files();
    match std::fs::remove_dir(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(io_error(vm, &e, a[0], Value::EMPTY)),
    }
}

fn remove(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "remove", a, 1, 1)?;
    let p = path_arg(vm, a[0], "remove", false)?;
    sync_files();
    // unlink(2) itself, so a directory gives EISDIR as in CPython.
    let c = c_path(&p);
    // SAFETY: `c` is a valid NUL-terminated path.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(last_os_error(vm, a[0]));
    }
    Ok(Value::NONE)
}

fn rename(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "rename", a, 2, 2)?;
    let src = path_arg(vm, a[0], "rename", false)?;
    let dst = path_arg(vm, a[1], "rename", false)?;
    sync_files();
    match std::fs::rename(&src, &dst) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(io_error(vm, &e, a[0], a[1])),
    }
}

/// `_stat(path, follow_symlinks)`: the raw fields `os.stat_result` is built from:
/// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_nsec,
/// mtime_nsec, ctime_nsec, blksize, blocks, rdev).
fn stat(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "stat", a, 2, 2)?;
    let follow = vm.is_true(a[1])?;
    let fname = if follow { "stat" } else { "lstat" };
    let p = path_arg(vm, a[0], fname, true)?;
    sync_files();
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    let md = match md {
        Ok(md) => md,
        Err(e) => return Err(io_error(vm, &e, a[0], Value::EMPTY)),
    };
    let fields: [i64; 16] = [
        md.mode() as i64,
        md.ino() as i64,
        md.dev() as i64,
        md.nlink() as i64,
        md.uid() as i64,
        md.gid() as i64,
        md.size() as i64,
        md.atime(),
        md.mtime(),
        md.ctime(),
        md.atime_nsec(),
        md.mtime_nsec(),
        md.ctime_nsec(),
        md.blksize() as i64,
        md.blocks() as i64,
        md.rdev() as i64,
    ];
    let mut vals = RootedVec::with_capacity(fields.len());
    for f in fields {
        let v = vm.new_int(f);
        vals.push(v);
    }
    Ok(vm.new_tuple(&vals))
}

fn getpid(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "getpid", a, 0, 0)?;
    Ok(Value::small_int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "getppid", a, 0, 0)?;
    // SAFETY: getppid has no preconditions.
    Ok(Value::small_int(unsafe { libc::getppid() } as i64))
}

/// `getuid()`, `geteuid()`, `getgid()`, `getegid()`: the ids of the process.
macro_rules! id_getter {
    ($name:ident, $call:ident) => {
        fn $name(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
            args::arity(vm, stringify!($name), a, 0, 0)?;
            // SAFETY: the id getters have no preconditions and cannot fail.
            Ok(Value::small_int(unsafe { libc::$call() } as i64))
        }
    };
}
id_getter!(getuid, getuid);
id_getter!(geteuid, geteuid);
id_getter!(getgid, getgid);
id_getter!(getegid, getegid);

/// An id argument of `seteuid`/`setegid` (CPython: "uid should be integer, not str").
fn id_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<u32> {
    let Some(n) = vm.index_of(v)? else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("{what} should be integer, not {tn}")));
    };
    if n < 0 || n > u32::MAX as i64 {
        return Err(vm.overflow_error(format!("{what} is greater than maximum")));
    }
    Ok(n as u32)
}

/// `seteuid(uid)`: sets the effective user id (tests drop root this way to see a
/// real PermissionError, and take it back).
fn seteuid(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "seteuid", a, 1, 1)?;
    let id = id_arg(vm, a[0], "uid")?;
    // SAFETY: plain system call.
    if unsafe { libc::seteuid(id) } != 0 {
        return Err(last_os_error(vm, Value::EMPTY));
    }
    Ok(Value::NONE)
}

/// `setegid(gid)`: sets the effective group id.
fn setegid(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "setegid", a, 1, 1)?;
    let id = id_arg(vm, a[0], "gid")?;
    // SAFETY: plain system call.
    if unsafe { libc::setegid(id) } != 0 {
        return Err(last_os_error(vm, Value::EMPTY));
    }
    Ok(Value::NONE)
}

/// An environment variable name or value: a str without NUL (and without `=` in names).
fn env_str(vm: &mut Vm, v: Value, fname: &str, what: &str, name: bool) -> PyResult<String> {
    let s = str_arg(vm, v, fname, what)?;
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if name && (s.is_empty() || s.contains('=')) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(s)
}

fn putenv(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "putenv", a, 2, 2)?;
    let k = env_str(vm, a[0], "putenv", "1", true)?;
    let v = env_str(vm, a[1], "putenv", "2", false)?;
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "unsetenv", a, 1, 1)?;
    let k = env_str(vm, a[0], "unsetenv", "1", true)?;
    std::env::remove_var(k);
    Ok(Value::NONE)
}

fn urandom(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "urandom", a, 1, 1)?;
    let n = int_arg(vm, a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the pointer and length describe the unfilled tail of `buf`.
        let r = unsafe {
            libc::getrandom(
                buf[filled..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - filled,
                0,
            )
        };
        if r < 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(io_error(vm, &err, Value::EMPTY, Value::EMPTY));
        }
        filled += r as usize;
    }
    Ok(vm.new_bytes(&buf))
}

fn cpu_count(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "cpu_count", a, 0, 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::NONE
    } else {
        Value::small_int(n as i64)
    })
}

fn readlink(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "readlink", a, 1, 1)?;
    let p = path_arg(vm, a[0], "readlink", false)?;
    sync_files();
    match std::fs::read_link(&p) {
        Ok(t) => match t.to_str() {
            Some(s) => Ok(vm.new_str(s)),
            None => Err(vm.not_implemented_error(
                "os.readlink(): non-UTF-8 link targets are not supported by Tern",
            )),
        },
        Err(e) => Err(io_error(vm, &e, a[0], Value::EMPTY)),
    }
}

fn access(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "access", a, 2, 2)?;
    let p = path_arg(vm, a[0], "access", true)?;
    let mode = int_arg(vm, a[1])?;
    sync_files();
    let c = c_path(&p);
    // SAFETY: `c` is a valid NUL-terminated path.
    let r = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
    Ok(Value::from_bool(r == 0))
}

fn chmod(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "chmod", a, 2, 2)?;
    let p = path_arg(vm, a[0], "chmod", true)?;
    let mode = int_arg(vm, a[1])?;
    sync_files();
    let perms = std::fs::Permissions::from_mode(mode as u32);
    match std::fs::set_permissions(&p, perms) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(io_error(vm, &e, a[0], Value::EMPTY)),
    }
}

fn strerror_fn(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "strerror", a, 1, 1)?;
    let n = int_arg(vm, a[0])?;
    Ok(vm.new_str(&strerror(n as i32)))
}

fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

fn isatty(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "isatty", a, 1, 1)?;
    let fd = fd_arg(vm, a[0])?;
    // SAFETY: isatty accepts any integer.
    Ok(Value::from_bool(unsafe { libc::isatty(fd) } == 1))
}

/// `os.open(path, flags, mode=0o777)`: a raw file descriptor (close-on-exec, as
/// CPython's are).
fn os_open(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let b = args::bind(vm, "open", a, kw, &["path", "flags", "mode", "*dir_fd"], 2)?;
    if !b[3].is_empty() && !b[3].is_none() {
        return Err(vm.not_implemented_error("os.open(): dir_fd is not supported by Tern"));
    }
    let p = path_arg(vm, b[0], "open", false)?;
    let flags = int_arg(vm, b[1])?;
    let mode = if b[2].is_empty() {
        0o777
    } else {
        int_arg(vm, b[2])?
    };
    sync_files();
    let c = c_path(&p);
    loop {
        // SAFETY: `c` is a valid NUL-terminated path.
        let fd = unsafe {
            libc::open(
                c.as_ptr(),
                flags as libc::c_int | libc::O_CLOEXEC,
                mode as libc::c_uint,
            )
        };
        if fd >= 0 {
            return Ok(Value::small_int(fd as i64));
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(last_os_error(vm, b[0]));
        }
    }
}

fn os_read(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "read", a, 2, 2)?;
    let fd = fd_arg(vm, a[0])?;
    let n = int_arg(vm, a[1])?;
    if n < 0 {
        return Err(vm.os_error_errno(libc::EINVAL));
    }
    sync_files();
    let mut buf = vec![0u8; n as usize];
    loop {
        // SAFETY: `buf` has room for `n` bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(vm.new_bytes(&buf));
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(last_os_error(vm, Value::EMPTY));
        }
    }
}

fn os_write(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "write", a, 2, 2)?;
    let fd = fd_arg(vm, a[0])?;
    let Some(data) = buffer_bytes(a[1]) else {
        let tn = vm.type_name(a[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    sync_files();
    // What print() buffered comes first, as it would on an unbuffered CPython stdout.
    if fd == 1 || fd == 2 {
        vm.out.flush();
    }
    loop {
        // SAFETY: `data` is a live buffer of `data.len()` bytes.
        let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if r >= 0 {
            return Ok(Value::small_int(r as i64));
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(last_os_error(vm, Value::EMPTY));
        }
    }
}

fn os_close(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "close", a, 1, 1)?;
    let fd = fd_arg(vm, a[0])?;
    sync_files();
    // SAFETY: closing a descriptor the program names; Tern's own files check their
    // descriptor's validity on each use (EBADF), as CPython's do.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_os_error(vm, Value::EMPTY));
    }
    Ok(Value::NONE)
}

fn os_lseek(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "lseek", a, 3, 3)?;
    let fd = fd_arg(vm, a[0])?;
    let pos = int_arg(vm, a[1])?;
    let how = int_arg(vm, a[2])?;
    sync_files();
    // SAFETY: lseek accepts any arguments and reports errors through errno.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how as libc::c_int) };
    if r < 0 {
        return Err(last_os_error(vm, Value::EMPTY));
    }
    Ok(vm.new_int(r as i64))
}

fn os_exit(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "_exit", a, 1, 1)?;
    let n = int_arg(vm, a[0])?;
    // SAFETY: `_exit` ends the process at once, without flushing anything (as
    // CPython's os._exit does).
    unsafe { libc::_exit(n as libc::c_int) }
}

fn umask(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "umask", a, 1, 1)?;
    let m = int_arg(vm, a[0])?;
    // SAFETY: umask has no preconditions.
    let old = unsafe { libc::umask(m as libc::mode_t) };
    Ok(Value::small_int(old as i64))
}

impl Vm {
    /// `OSError(errno, strerror)` without a file name.
    pub fn os_error_errno(&mut self, errno: i32) -> PyErr {
        os_error(self, errno, Value::EMPTY, Value::EMPTY)
    }
}
