//! File objects: what `open()` returns. One native layout (`FileObj`) serves the
//! five classes, which differ in their layer: `FileIO` (raw, `buffering=0`),
//! `BufferedReader` / `BufferedWriter` / `BufferedRandom` (binary) and
//! `TextIOWrapper` (text: decoding, encoding and newline translation).
//!
//! Invariants:
//! - A `FileObj` owns one OS file descriptor (unless `closefd=False`) and one boxed
//!   `FileState`. `close()` flushes and closes the descriptor; the finalizer does the
//!   same for files the program dropped without closing (Tern has no `__del__`), then
//!   frees the state. The state is freed nowhere else.
//! - Reads go through `rbuf[rpos..]`, bytes read from the descriptor but not yet
//!   consumed, so the logical position is `lseek(fd, 0, SEEK_CUR) - (rbuf.len() - rpos)`.
//!   Text-mode `tell()` returns that byte offset, which is what CPython's opaque cookie
//!   is for a decoder without pending state; `seek(tell())` and `seek(0)` round-trip.
//! - Writes are buffered in `wbuf`. A file with buffered bytes is listed in the
//!   thread's `PENDING` registry, and every pending buffer is written out before
//!   anything observes the file system: `open()`, the `posix` calls, reads from any
//!   descriptor, and at the end of the VM thread. So data written through a file
//!   object the program has dropped (`open(p, 'w').write(s)`, which CPython's reference
//!   counting closes at once) is visible exactly when CPython would show it; data of a
//!   still-open, unflushed file is visible earlier than in CPython (documented).
//! - A `FileState` is only touched through short-lived `&mut` borrows taken after
//!   every call that may run Python code (argument conversion, iteration), so
//!   re-entrant use of the same file from Python code cannot alias a live borrow.
//! - Text files decode with the codecs of `builtins::bytes` (utf-8, ascii, latin-1).
//!   Newline handling works on bytes, which is exact for these ASCII-compatible codecs.
//! - Error messages and the order of checks (closed file, unsupported operation,
//!   argument types) follow CPython 3.11's `_io` module per class.

use super::io::{self, closed_error, int_arg, size_arg, unsupported, IoTypes};
use super::os::os_error;
use crate::builtins::add_methods;
use crate::builtins::args;
use crate::builtins::bytes::{buffer_bytes, decode_bytes, lookup_codec, Codec};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::function::native_flags::KWARGS;
use crate::object::function::NativeFn;
use crate::object::native::{vtable_of, NativeObjHeader, NativeOps, NativeVTable};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::ffi::CString;

/// Write buffers are written out when they reach this size.
const WRITE_LIMIT: usize = 1 << 16;

// ----- layout ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Layer {
    Raw,
    Buffered,
    Text,
}

/// The `newline` argument of a text file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// `''`: any of them ends a line, returned untranslated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

struct FileState {
    fd: i32,
    closed: bool,
    closefd: bool,
    layer: Layer,
    readable: bool,
    writable: bool,
    seekable: Option<bool>,
    codec: Codec,
    errors: String,
    newline: Newline,
    line_buffering: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// Listed in `PENDING` (wbuf is non-empty).
    pending: bool,
    /// Set by `__next__` on text files until the end is reached or a seek happens.
    telling_disabled: bool,
    /// Text files: trailing bytes of `rbuf` that start a character not yet complete
    /// (validated with the next chunk).
    carry: usize,
    /// Text files: the kinds of newline read so far (`NL_*` bits), and whether the
    /// last chunk ended in `\r`.
    seennl: u8,
    pending_cr: bool,
}

const NL_LF: u8 = 1;
const NL_CR: u8 = 2;
const NL_CRLF: u8 = 4;

#[repr(C)]
struct FileObj {
    hdr: NativeObjHeader,
    /// The `name` attribute: the path as given (after `__fspath__`) or the fd.
    name: Value,
    /// The `mode` attribute.
    mode: Value,
    /// Text files: `encoding` and `errors` (str); NONE otherwise.
    encoding: Value,
    errors: Value,
    /// Owned; freed by `finalize` only.
    state: *mut FileState,
}

fn trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live FileObjs.
    let f = unsafe { &*(o as *const FileObj) };
    visit(f.name);
    visit(f.mode);
    visit(f.encoding);
    visit(f.errors);
}

fn finalize(o: *mut ObjHeader) {
    // SAFETY: the collector finalises each dead FileObj once; its state pointer was set
    // at creation (objects are made complete before anything can collect them).
    unsafe {
        let f = &mut *(o as *mut FileObj);
        if f.state.is_null() {
            return;
        }
        let st = &mut *f.state;
        let _ = write_out(st);
        unregister(st);
        if !st.closed && st.closefd {
            libc::close(st.fd);
        }
        drop(Box::from_raw(f.state));
        f.state = std::ptr::null_mut();
    }
}

static FILE_VTABLE: NativeVTable = NativeVTable {
    name: "file",
    trace,
    finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: Some(file_iter_hook),
        next: Some(file_next_hook),
        len: None,
        repr: Some(file_repr),
        contains: None,
    },
};

fn is_file(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &FILE_VTABLE)
}

/// The state of a file object.
fn state<'a>(o: Value) -> &'a mut FileState {
    debug_assert!(is_file(o), "state() of a non-file");
    // SAFETY: `o` is a live FileObj (checked by `this`); its state lives until the
    // object is finalised, which cannot happen while `o` is reachable from the caller.
    unsafe { &mut *(*o.as_ptr::<FileObj>()).state }
}

fn obj<'a>(o: Value) -> &'a FileObj {
    // SAFETY: as for `state`.
    unsafe { &*o.as_ptr::<FileObj>() }
}

/// The receiver of a file method.
fn this(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    match a.first() {
        Some(&o) if is_file(o) => Ok(o),
        Some(&o) => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor '{meth}' requires a file object but received a '{tn}'"
            )))
        }
        None => Err(vm.type_error(format!("descriptor '{meth}' needs an argument"))),
    }
}

/// The class name of a file, for messages.
fn class_name(vm: &Vm, o: Value) -> String {
    vm.type_name(o)
}

// ----- the pending-write registry -------------------------------------------------------

struct Pending(Vec<*mut FileState>);

impl Drop for Pending {
    fn drop(&mut self) {
        // The VM thread is ending: write out what files still buffer. The states are
        // alive: a finalised file unregisters itself first.
        for &p in &self.0 {
            // SAFETY: registered states are live (see above).
            unsafe {
                let _ = write_out(&mut *p);
                (*p).pending = false;
            }
        }
    }
}

thread_local! {
    static PENDING: RefCell<Pending> = const { RefCell::new(Pending(Vec::new())) };
}

fn register(st: &mut FileState) {
    if !st.pending {
        st.pending = true;
        let p = st as *mut FileState;
        PENDING.with(|r| r.borrow_mut().0.push(p));
    }
}

fn unregister(st: &mut FileState) {
    if st.pending {
        st.pending = false;
        let p = st as *mut FileState;
        let _ = PENDING.try_with(|r| r.borrow_mut().0.retain(|&q| q != p));
    }
}

/// Writes out every file's buffered bytes (errors are reported by the file's next
/// `flush()`/`close()` only in CPython; here they are dropped, as at exit).
pub fn flush_pending() {
    let list = PENDING
        .try_with(|r| std::mem::take(&mut r.borrow_mut().0))
        .unwrap_or_default();
    for p in list {
        // SAFETY: registered states are live; each is borrowed only here, briefly.
        unsafe {
            let _ = write_out(&mut *p);
            (*p).pending = false;
        }
    }
}

// ----- system calls ---------------------------------------------------------------------

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// read(2), retried on EINTR.
fn sys_read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: `buf` is writable for its length.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// write(2) of all of `data`, retried on EINTR and short writes.
fn sys_write_all(fd: i32, mut data: &[u8]) -> Result<(), i32> {
    while !data.is_empty() {
        // SAFETY: `data` is readable for its length.
        let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if r < 0 {
            let e = errno();
            if e == libc::EINTR {
                continue;
            }
            return Err(e);
        }
        data = &data[r as usize..];
    }
    Ok(())
}

fn sys_lseek(fd: i32, off: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: lseek accepts any arguments and reports errors through errno.
    let r = unsafe { libc::lseek(fd, off as libc::off_t, whence) };
    if r < 0 {
        Err(errno())
    } else {
        Ok(r as i64)
    }
}

/// Writes the write buffer out (and empties it, also on failure).
fn write_out(st: &mut FileState) -> Result<(), i32> {
    if st.wbuf.is_empty() || st.closed {
        st.wbuf.clear();
        return Ok(());
    }
    let r = sys_write_all(st.fd, &st.wbuf);
    st.wbuf.clear();
    r
}

fn errno_error(vm: &mut Vm, e: i32) -> PyErr {
    os_error(vm, e, Value::EMPTY, Value::EMPTY)
}

/// Flushes this file's write buffer, raising on failure.
fn flush_writes(vm: &mut Vm, o: Value) -> PyResult<()> {
    let st = state(o);
    let r = write_out(st);
    unregister(st);
    r.map_err(|e| errno_error(vm, e))
}

/// Before reading: other files' pending writes are made visible, this file's own
/// buffered writes go out first.
fn prepare_read(vm: &mut Vm, o: Value) -> PyResult<()> {
    flush_pending();
    flush_writes(vm, o)
}

/// Before writing: bytes read ahead are given back to the descriptor's position.
fn prepare_write(vm: &mut Vm, o: Value) -> PyResult<()> {
    let st = state(o);
    let unread = st.rbuf.len() - st.rpos;
    if unread > 0 && is_seekable(st) {
        if let Err(e) = sys_lseek(st.fd, -(unread as i64), libc::SEEK_CUR) {
            return Err(errno_error(vm, e));
        }
    }
    st.rbuf.clear();
    st.rpos = 0;
    st.carry = 0;
    st.pending_cr = false;
    Ok(())
}

fn is_seekable(st: &mut FileState) -> bool {
    if let Some(s) = st.seekable {
        return s;
    }
    let s = sys_lseek(st.fd, 0, libc::SEEK_CUR).is_ok();
    st.seekable = Some(s);
    s
}

/// Reads more bytes into the read buffer (at least `want` are asked for); returns how
/// many arrived (0 at the end of the file).
fn fill(vm: &mut Vm, o: Value, want: usize) -> PyResult<usize> {
    let st = state(o);
    if st.rpos > 0 {
        st.rbuf.drain(..st.rpos);
        st.rpos = 0;
    }
    let old = st.rbuf.len();
    let ask = want.max(io::DEFAULT_BUFFER_SIZE);
    st.rbuf.resize(old + ask, 0);
    let r = sys_read(st.fd, &mut st.rbuf[old..]);
    match r {
        Ok(n) => {
            st.rbuf.truncate(old + n);
            if st.layer == Layer::Text {
                note_newlines(st, old, n == 0);
                check_chunk(vm, o, old, n == 0)?;
            }
            Ok(n)
        }
        Err(e) => {
            st.rbuf.truncate(old);
            Err(errno_error(vm, e))
        }
    }
}

/// Records the kinds of newline in the bytes a text file just read (`rbuf[from..]`),
/// for the `newlines` attribute. A `\r` at the end waits for the next chunk.
fn note_newlines(st: &mut FileState, from: usize, eof: bool) {
    if !matches!(st.newline, Newline::Universal | Newline::Untranslated) {
        return;
    }
    let buf = &st.rbuf[from..];
    let mut i = 0;
    if st.pending_cr && !buf.is_empty() {
        st.pending_cr = false;
        if buf[0] == b'\n' {
            st.seennl |= NL_CRLF;
            i = 1;
        } else {
            st.seennl |= NL_CR;
        }
    }
    while let Some(j) = buf[i..].iter().position(|&b| b == b'\r' || b == b'\n') {
        let k = i + j;
        if buf[k] == b'\n' {
            st.seennl |= NL_LF;
            i = k + 1;
        } else if k + 1 == buf.len() {
            st.pending_cr = true;
            i = k + 1;
        } else if buf[k + 1] == b'\n' {
            st.seennl |= NL_CRLF;
            i = k + 2;
        } else {
            st.seennl |= NL_CR;
            i = k + 1;
        }
    }
    if eof && st.pending_cr {
        st.pending_cr = false;
        st.seennl |= NL_CR;
    }
}

/// Validates the bytes a text file just read (`rbuf[from..]`, after any incomplete
/// character carried from the previous chunk) as CPython's incremental decoder does
/// chunk by chunk, so a strict decoding error surfaces when its chunk is read, with
/// its position counted from the chunk's start.
fn check_chunk(vm: &mut Vm, o: Value, from: usize, eof: bool) -> PyResult<()> {
    let st = state(o);
    if st.errors != "strict" || st.codec == Codec::Latin1 {
        return Ok(());
    }
    let start = from - st.carry;
    let chunk = &st.rbuf[start..];
    let bad = match st.codec {
        Codec::Utf8 => match std::str::from_utf8(chunk) {
            Ok(_) => None,
            Err(e) => {
                let at = e.valid_up_to();
                match e.error_len() {
                    None if !eof => {
                        st.carry = chunk.len() - at;
                        return Ok(());
                    }
                    None => Some((at, chunk.len(), "unexpected end of data")),
                    Some(n) => {
                        let c = chunk[at];
                        let reason = if (0x80..0xc2).contains(&c) || c >= 0xf5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        Some((at, at + n, reason))
                    }
                }
            }
        },
        _ => chunk
            .iter()
            .position(|&b| b >= 0x80)
            .map(|i| (i, i + 1, "ordinal not in range(128)")),
    };
    st.carry = 0;
    match bad {
        None => Ok(()),
        Some((a, b, reason)) => {
            let codec = st.codec;
            let data = chunk.to_vec();
            Err(decode_error(vm, codec, &data, (a, b), 0, reason))
        }
    }
}

/// Reads until the end of the file; the read buffer then holds the rest.
fn fill_to_end(vm: &mut Vm, o: Value) -> PyResult<()> {
    // Size the reads by the file's remaining length when it is known.
    let st = state(o);
    let mut hint = io::DEFAULT_BUFFER_SIZE;
    // SAFETY: fstat writes into `sb`.
    let mut sb: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(st.fd, &mut sb) } == 0 {
        if let Ok(pos) = sys_lseek(st.fd, 0, libc::SEEK_CUR) {
            let left = sb.st_size as i64 - pos;
            if left > 0 {
                hint = left as usize + 1;
            }
        }
    }
    while fill(vm, o, hint)? > 0 {}
    Ok(())
}

// ----- checks ---------------------------------------------------------------------------

/// The operations whose checks differ between the classes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Read1,
    Peek,
    Readinto,
    Readline,
    Readlines,
    Next,
    Write,
    Writelines,
    Truncate,
    Seek,
    Tell,
    Flush,
    Info,
    Enter,
}

/// `ValueError` for an operation on a closed file, worded as CPython's class does.
fn closed_for(vm: &mut Vm, o: Value, op: Op) -> PyErr {
    let layer = state(o).layer;
    let writer = state(o).writable;
    let period = matches!(op, Op::Readlines | Op::Writelines | Op::Enter);
    match layer {
        Layer::Text => closed_error(vm, op != Op::Info),
        Layer::Raw => closed_error(vm, period || op == Op::Flush),
        Layer::Buffered => {
            let msg = match op {
                Op::Read | Op::Read1 => "read of closed file",
                Op::Readline | Op::Next => "readline of closed file",
                Op::Write => "write to closed file",
                Op::Truncate => "truncate of closed file",
                Op::Seek => "seek of closed file",
                Op::Peek => "peek of closed file",
                Op::Readinto => "readinto of closed file",
                Op::Flush if writer => "flush of closed file",
                Op::Flush | Op::Readlines | Op::Writelines | Op::Enter => {
                    return closed_error(vm, true)
                }
                Op::Tell | Op::Info => return closed_error(vm, false),
            };
            vm.value_error(msg)
        }
    }
}

/// Checks that `o` is open and supports reading, in CPython's order for its class.
fn check_readable(vm: &mut Vm, o: Value, op: Op, name: &str) -> PyResult<()> {
    let st = state(o);
    let (layer, closed, readable) = (st.layer, st.closed, st.readable);
    // BufferedWriter has no read methods at all: that wins over being closed.
    if layer == Layer::Buffered && !readable && op != Op::Readlines {
        return Err(unsupported(vm, name));
    }
    if closed {
        return Err(closed_for(vm, o, op));
    }
    if !readable {
        return Err(match layer {
            Layer::Text => unsupported(vm, "not readable"),
            Layer::Raw => unsupported(vm, "File not open for reading"),
            Layer::Buffered => unsupported(vm, "read"),
        });
    }
    Ok(())
}

/// Checks that `o` is open and supports writing (`truncate` too).
fn check_writable(vm: &mut Vm, o: Value, op: Op) -> PyResult<()> {
    let st = state(o);
    let (layer, closed, writable) = (st.layer, st.closed, st.writable);
    if layer == Layer::Buffered && !writable && op == Op::Write {
        return Err(unsupported(vm, "write"));
    }
    if closed {
        return Err(closed_for(vm, o, op));
    }
    if !writable {
        return Err(match (layer, op) {
            (Layer::Raw, _) => unsupported(vm, "File not open for writing"),
            (_, Op::Truncate) => unsupported(vm, "truncate"),
            (Layer::Text, _) => unsupported(vm, "not writable"),
            (Layer::Buffered, _) => unsupported(vm, "write"),
        });
    }
    Ok(())
}

fn check_open(vm: &mut Vm, o: Value, op: Op) -> PyResult<()> {
    if state(o).closed {
        return Err(closed_for(vm, o, op));
    }
    Ok(())
}

// ----- codecs ---------------------------------------------------------------------------

/// Encoding names CPython knows that Tern does not implement.
fn known_unsupported_encoding(name: &str) -> bool {
    let n = name.trim().to_ascii_lowercase().replace('_', "-");
    [
        "utf-16",
        "utf16",
        "utf-32",
        "utf32",
        "utf-8-sig",
        "utf8-sig",
        "utf-7",
        "cp",
        "windows-",
        "iso-8859-",
        "iso8859-",
        "koi8",
        "mac-",
        "shift",
        "euc",
        "gb",
        "big5",
        "idna",
    ]
    .iter()
    .any(|p| n.starts_with(p))
}

/// The encoding text files use by default: CPython's locale encoding, which is
/// `utf-8` in UTF-8 mode (C/POSIX locale or PYTHONUTF8=1) and the locale's `UTF-8`
/// otherwise (Tern assumes a UTF-8 locale).
fn default_encoding() -> &'static str {
    if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
        return "utf-8";
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    match locale.as_deref() {
        None | Some("C") | Some("POSIX") => "utf-8",
        Some(_) => "UTF-8",
    }
}

/// `UnicodeDecodeError` for `data[start..end]`, positions counted from `base`.
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    pos: (usize, usize),
    base: usize,
    reason: &str,
) -> PyErr {
    let (start, end) = pos;
    let enc = codec.name();
    let (s, e) = (start + base, end + base);
    let msg = if end - start == 1 {
        format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {s}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{enc}' codec can't decode bytes in position {s}-{}: {reason}",
            e - 1
        )
    };
    let err = vm.new_exception_msg(vm.types.unicode_decode_error, &msg);
    let attrs = [
        ("encoding", vm.new_str(enc)),
        ("object", vm.new_bytes(data)),
        ("start", Value::small_int(start as i64)),
        ("end", Value::small_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    for (name, v) in attrs {
        let n = vm.intern(name);
        if let Err(x) = vm.set_attr(err.0, n, v) {
            return x;
        }
    }
    err
}

/// Decodes bytes just read from text file `o` (`raw_len` bytes of the file, before
/// newline translation). Error positions count from the file offset of those bytes.
fn decode(vm: &mut Vm, o: Value, data: &[u8], raw_len: usize) -> PyResult<String> {
    let st = state(o);
    let codec = st.codec;
    let first_bad = match codec {
        Codec::Utf8 => match std::str::from_utf8(data) {
            Ok(s) => return Ok(s.to_owned()),
            Err(e) => {
                let start = e.valid_up_to();
                match e.error_len() {
                    None => (start, data.len(), "unexpected end of data"),
                    Some(n) => {
                        let c = data[start];
                        let reason = if (0x80..0xc2).contains(&c) || c >= 0xf5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start, start + n, reason)
                    }
                }
            }
        },
        Codec::Ascii => match data.iter().position(|&b| b >= 0x80) {
            None => return Ok(data.iter().map(|&b| b as char).collect()),
            Some(i) => (i, i + 1, "ordinal not in range(128)"),
        },
        Codec::Latin1 => return Ok(data.iter().map(|&b| b as char).collect()),
    };
    let errors = state(o).errors.clone();
    match errors.as_str() {
        "strict" => {
            let base = read_offset(state(o)).saturating_sub(raw_len);
            Err(decode_error(
                vm,
                codec,
                data,
                (first_bad.0, first_bad.1),
                base,
                first_bad.2,
            ))
        }
        "surrogateescape" | "surrogatepass" => Err(vm.not_implemented_error(format!(
            "the '{errors}' error handler is not supported by Tern (undecodable bytes in a text file)"
        ))),
        _ => decode_bytes(vm, data, codec, &errors),
    }
}

/// `repr()` of one character as CPython's encode errors show it (`'\xe9'`).
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes text written to a text file.
fn encode(vm: &mut Vm, codec: Codec, errors: &str, s: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let enc = codec.name();
                let msg = if j - i == 1 {
                    format!(
                        "'{enc}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{enc}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        j - 1
                    )
                };
                return Err(vm.new_exception_msg(vm.types.unicode_encode_error, &msg));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => {
                return Err(vm.new_exception_msg(
                    vm.types.lookup_error,
                    &format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i = j;
    }
    Ok(out)
}

/// `\r\n` and `\r` read as `\n`.
fn translate_newlines(data: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !data.contains(&b'\r') {
        return std::borrow::Cow::Borrowed(data);
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            if data.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(data[i]);
        }
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// The length of the UTF-8 sequence led by `b` (1 for bytes that cannot lead one).
fn utf8_len(b: u8) -> usize {
    match b {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 1,
    }
}

// ----- reading --------------------------------------------------------------------------

/// The end of the first line in `buf[from..]` (exclusive), or None when more bytes are
/// needed to know (`eof` false). Binary files use `Newline::Lf`.
fn find_line_end(buf: &[u8], from: usize, nl: Newline, eof: bool) -> Option<usize> {
    let rest = &buf[from..];
    let at = |i: usize| from + i;
    match nl {
        Newline::Lf | Newline::Cr => {
            let t = if nl == Newline::Lf { b'\n' } else { b'\r' };
            match rest.iter().position(|&b| b == t) {
                Some(i) => Some(at(i) + 1),
                None => eof.then_some(buf.len()),
            }
        }
        Newline::CrLf => {
            let mut i = 0;
            while let Some(j) = rest[i..].iter().position(|&b| b == b'\r') {
                let k = i + j;
                match rest.get(k + 1) {
                    Some(b'\n') => return Some(at(k) + 2),
                    Some(_) => i = k + 1,
                    None => return eof.then_some(buf.len()),
                }
            }
            eof.then_some(buf.len())
        }
        Newline::Universal | Newline::Untranslated => {
            match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) if rest[i] == b'\n' => Some(at(i) + 1),
                Some(i) => match rest.get(i + 1) {
                    Some(b'\n') => Some(at(i) + 2),
                    Some(_) => Some(at(i) + 1),
                    None if eof => Some(at(i) + 1),
                    None => None,
                },
                None => eof.then_some(buf.len()),
            }
        }
    }
}

/// The bytes of the next line (with its terminator), at most `limit` bytes when
/// `limit >= 0`. `utf8` keeps a cut at the limit on a character boundary.
fn next_line_bytes(
    vm: &mut Vm,
    o: Value,
    nl: Newline,
    limit: i64,
    utf8: bool,
) -> PyResult<Vec<u8>> {
    // Bytes after `rpos` known to hold no line end (a trailing `\r` is looked at
    // again); `fill` keeps offsets from `rpos` valid.
    let mut scan = 0;
    let mut eof = false;
    loop {
        let st = state(o);
        let avail = st.rbuf.len() - st.rpos;
        if limit >= 0 && avail >= limit as usize {
            // Enough bytes for a limited read: the line ends within them or is cut.
            let mut stop = st.rpos + limit as usize;
            let end = match find_line_end(&st.rbuf[..stop], st.rpos + scan, nl, false) {
                Some(end) => end,
                None => {
                    while utf8 && stop > st.rpos && (0x80..0xc0).contains(&st.rbuf[stop]) {
                        stop -= 1;
                    }
                    stop
                }
            };
            return Ok(take_bytes(o, end));
        }
        if let Some(end) = find_line_end(&st.rbuf, st.rpos + scan, nl, eof) {
            return Ok(take_bytes(o, end));
        }
        scan = avail.saturating_sub(1);
        if fill(vm, o, 0)? == 0 {
            eof = true;
        }
    }
}

/// The logical file offset of `rbuf[rpos]` (a system call: for error messages).
fn read_offset(st: &FileState) -> usize {
    match sys_lseek(st.fd, 0, libc::SEEK_CUR) {
        Ok(p) => (p as usize).saturating_sub(st.rbuf.len() - st.rpos),
        Err(_) => 0,
    }
}

/// Consumes and returns `rbuf[rpos..end]`.
fn take_bytes(o: Value, end: usize) -> Vec<u8> {
    let st = state(o);
    let out = st.rbuf[st.rpos..end].to_vec();
    st.rpos = end;
    if st.rpos == st.rbuf.len() {
        st.rbuf.clear();
        st.rpos = 0;
    }
    st.carry = st.carry.min(st.rbuf.len() - st.rpos);
    out
}

/// All bytes up to the end of the file.
fn read_all_bytes(vm: &mut Vm, o: Value) -> PyResult<Vec<u8>> {
    fill_to_end(vm, o)?;
    let end = state(o).rbuf.len();
    Ok(take_bytes(o, end))
}

/// Up to `n` bytes (fewer only at the end of the file).
fn read_n_bytes(vm: &mut Vm, o: Value, n: usize) -> PyResult<Vec<u8>> {
    loop {
        let st = state(o);
        let avail = st.rbuf.len() - st.rpos;
        if avail >= n {
            break;
        }
        if fill(vm, o, n - avail)? == 0 {
            break;
        }
    }
    let st = state(o);
    let end = (st.rpos + n).min(st.rbuf.len());
    Ok(take_bytes(o, end))
}

/// Newline translation of text read in mode `nl`.
fn translate_for(nl: Newline, raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if nl == Newline::Universal {
        translate_newlines(raw)
    } else {
        std::borrow::Cow::Borrowed(raw)
    }
}

/// The next line of a text file as a str ("" at the end); `limit >= 0` caps it at that
/// many characters.
fn read_text_line(vm: &mut Vm, o: Value, limit: i64) -> PyResult<String> {
    let st = state(o);
    let (nl, codec) = (st.newline, st.codec);
    // Characters take at most 4 bytes, so 4 * limit + 4 bytes hold more than `limit`
    // whole characters once a cut is moved back to a character boundary.
    let byte_limit = if limit >= 0 {
        limit.saturating_mul(4).saturating_add(4)
    } else {
        -1
    };
    let raw = next_line_bytes(vm, o, nl, byte_limit, codec == Codec::Utf8)?;
    let text = translate_for(nl, &raw);
    let s = decode(vm, o, &text, raw.len())?;
    if limit < 0 {
        return Ok(s);
    }
    match s.char_indices().nth(limit as usize) {
        None => Ok(s),
        Some((cut, _)) => {
            // Give back the bytes of the characters past the limit (the kept part holds
            // no translated newline: a line's only newline is its last character).
            let kept = &s[..cut];
            let used = match codec {
                Codec::Utf8 => kept.len(),
                _ => kept.chars().count(),
            }
            .min(raw.len());
            let st = state(o);
            let mut rest = raw[used..].to_vec();
            rest.extend_from_slice(&st.rbuf[st.rpos..]);
            st.rbuf = rest;
            st.rpos = 0;
            Ok(kept.to_owned())
        }
    }
}

/// `read(n)` of a text file: at most `n` characters (all when `n < 0`).
fn read_text(vm: &mut Vm, o: Value, n: i64) -> PyResult<String> {
    let st = state(o);
    let (nl, codec) = (st.newline, st.codec);
    if n < 0 {
        let raw = read_all_bytes(vm, o)?;
        let text = translate_for(nl, &raw);
        return decode(vm, o, &text, raw.len());
    }
    let n = n as usize;
    let need = n.saturating_mul(4).saturating_add(1);
    loop {
        let st = state(o);
        let avail = st.rbuf.len() - st.rpos;
        if avail >= need {
            break;
        }
        if fill(vm, o, 0)? == 0 {
            break;
        }
    }
    let st = state(o);
    let buf = &st.rbuf;
    let translate = nl == Newline::Universal;
    let mut i = st.rpos;
    let mut count = 0;
    while count < n && i < buf.len() {
        let b = buf[i];
        let len = if translate && b == b'\r' && buf.get(i + 1) == Some(&b'\n') {
            2
        } else if codec == Codec::Utf8 {
            utf8_len(b)
        } else {
            1
        };
        i = (i + len).min(buf.len());
        count += 1;
    }
    let raw = take_bytes(o, i);
    let text = translate_for(nl, &raw);
    decode(vm, o, &text, raw.len())
}

/// The next line as a Python object (str or bytes), or None at the end.
fn next_line(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    if state(o).layer == Layer::Text {
        let s = read_text_line(vm, o, -1)?;
        return Ok(if s.is_empty() {
            None
        } else {
            Some(vm.new_str(&s))
        });
    }
    let b = next_line_bytes(vm, o, Newline::Lf, -1, false)?;
    Ok(if b.is_empty() {
        None
    } else {
        Some(vm.new_bytes(&b))
    })
}

// ----- writing --------------------------------------------------------------------------

/// Appends encoded bytes to the write buffer (FileIO writes them at once).
fn buffer_write(vm: &mut Vm, o: Value, data: &[u8], force: bool) -> PyResult<()> {
    prepare_write(vm, o)?;
    let st = state(o);
    if st.layer == Layer::Raw {
        return sys_write_all(st.fd, data).map_err(|e| errno_error(vm, e));
    }
    st.wbuf.extend_from_slice(data);
    if force || st.wbuf.len() >= WRITE_LIMIT {
        flush_writes(vm, o)
    } else {
        register(state(o));
        Ok(())
    }
}

/// `write(s)` of a text file: the number of characters written.
fn write_text(vm: &mut Vm, o: Value, s: Value) -> PyResult<usize> {
    if !is_kind(s, Kind::Str) {
        let tn = vm.type_name(s);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    }
    check_writable(vm, o, Op::Write)?;
    // SAFETY: kind checked.
    let text = unsafe { as_str(s) };
    let n = text.chars().count();
    let st = state(o);
    let translated = match st.newline {
        Newline::Cr => std::borrow::Cow::Owned(text.replace('\n', "\r")),
        Newline::CrLf => std::borrow::Cow::Owned(text.replace('\n', "\r\n")),
        _ => std::borrow::Cow::Borrowed(text),
    };
    let line_flush = st.line_buffering && (text.contains('\n') || text.contains('\r'));
    let (codec, errors) = (st.codec, st.errors.clone());
    let data = encode(vm, codec, &errors, &translated)?;
    buffer_write(vm, o, &data, line_flush)?;
    Ok(n)
}

/// `write(b)` of a binary file: the number of bytes written.
fn write_binary(vm: &mut Vm, o: Value, b: Value) -> PyResult<usize> {
    check_writable(vm, o, Op::Write)?;
    let Some(data) = buffer_bytes(b) else {
        let tn = vm.type_name(b);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    buffer_write(vm, o, &data, false)?;
    Ok(data.len())
}

// ----- open -----------------------------------------------------------------------------

/// The parsed `mode` argument of `open()`.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        reading: false,
        writing: false,
        appending: false,
        creating: false,
        updating: false,
        text: false,
        binary: false,
    };
    let invalid = |vm: &mut Vm| vm.value_error(format!("invalid mode: {}", repr_str(mode)));
    for c in mode.chars() {
        let flag = match c {
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            'x' => &mut m.creating,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid(vm)),
        };
        if *flag {
            return Err(invalid(vm));
        }
        *flag = true;
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.reading, m.writing, m.appending, m.creating]
        .iter()
        .filter(|&&b| b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

fn repr_str(s: &str) -> String {
    crate::ops::repr::repr_str(s)
}

/// `open()`'s arguments after checking.
struct OpenArgs {
    file: Value,
    mode: Value,
    buffering: i64,
    encoding: Value,
    errors: Value,
    newline: Value,
    closefd: bool,
}

const OPEN_PARAMS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// An optional str argument of `open()` (EMPTY and None mean None).
fn opt_str(vm: &mut Vm, v: Value, what: &str) -> PyResult<Value> {
    if v.is_empty() || v.is_none() {
        return Ok(Value::NONE);
    }
    if is_kind(v, Kind::Str) {
        return Ok(v);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "open() argument '{what}' must be str or None, not {tn}"
    )))
}

fn parse_open_args(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<OpenArgs> {
    if args::nkw(kw) > 0 {
        // SAFETY: kwnames is a tuple of strs.
        for &k in unsafe { tuple_items(kw) } {
            let s = unsafe { as_str(k) };
            if !OPEN_PARAMS.contains(&s) {
                return Err(
                    vm.type_error(format!("'{s}' is an invalid keyword argument for open()"))
                );
            }
        }
    }
    let b = args::bind(vm, "open", a, kw, &OPEN_PARAMS, 1)?;
    let mode = if b[1].is_empty() {
        vm.new_str("r")
    } else if is_kind(b[1], Kind::Str) {
        b[1]
    } else {
        let tn = vm.type_name(b[1]);
        return Err(vm.type_error(format!("open() argument 'mode' must be str, not {tn}")));
    };
    let buffering = if b[2].is_empty() {
        -1
    } else {
        int_arg(vm, b[2])?
    };
    let encoding = opt_str(vm, b[3], "encoding")?;
    let errors = opt_str(vm, b[4], "errors")?;
    let newline = opt_str(vm, b[5], "newline")?;
    let closefd = if b[6].is_empty() {
        true
    } else {
        vm.is_true(b[6])?
    };
    if !b[7].is_empty() && !b[7].is_none() {
        return Err(
            vm.not_implemented_error("open(): the opener argument is not supported by Tern")
        );
    }
    Ok(OpenArgs {
        file: b[0],
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
    })
}

/// What `open()` opens: a path (str or bytes, as given after `__fspath__`) or a fd.
enum Target {
    Path(Value, Vec<u8>),
    Fd(i32),
}

fn open_target(vm: &mut Vm, file: Value) -> PyResult<Target> {
    let mut p = file;
    if !is_kind(p, Kind::Str)
        && !is_kind(p, Kind::Bytes)
        && crate::object::int::int_view(p).is_none()
    {
        let k = vm.intern("__fspath__");
        let t = vm.type_of(p);
        if let Some(m) = vm.type_lookup(t, k) {
            let f = vm.bind_descriptor(m, p)?;
            p = vm.call(f, &[])?;
            if !is_kind(p, Kind::Str) && !is_kind(p, Kind::Bytes) {
                let tn = vm.type_name(file);
                let rn = vm.type_name(p);
                return Err(vm.type_error(format!(
                    "expected {tn}.__fspath__() to return str or bytes, not {rn}"
                )));
            }
        }
    }
    if is_kind(p, Kind::Str) || is_kind(p, Kind::Bytes) {
        // SAFETY: kinds checked.
        let bytes = unsafe {
            if is_kind(p, Kind::Str) {
                as_str(p).as_bytes().to_vec()
            } else {
                crate::builtins::bytes::bytes_data(p).to_vec()
            }
        };
        if bytes.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok(Target::Path(p, bytes));
    }
    if let Some(iv) = crate::object::int::int_view(p) {
        let fd = iv.to_i64().unwrap_or(-1);
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        return Ok(Target::Fd(i32::try_from(fd).unwrap_or(i32::MAX)));
    }
    let tn = vm.type_name(file);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    )))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let oa = parse_open_args(vm, a, kw)?;
    open_with(vm, oa)
}

/// `io.FileIO(file, mode='r', closefd=True, opener=None)`.
pub fn new_file_io(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let b = args::bind(
        vm,
        "FileIO",
        a,
        kw,
        &["file", "mode", "closefd", "opener"],
        1,
    )?;
    let mode = if b[1].is_empty() {
        "r".to_string()
    } else if is_kind(b[1], Kind::Str) {
        // SAFETY: kind checked.
        unsafe { as_str(b[1]) }.to_owned()
    } else {
        let tn = vm.type_name(b[1]);
        return Err(vm.type_error(format!("FileIO() argument 'mode' must be str, not {tn}")));
    };
    if mode.contains('t') {
        return Err(vm.value_error(format!("invalid mode: {mode}")));
    }
    if !b[3].is_empty() && !b[3].is_none() {
        return Err(
            vm.not_implemented_error("FileIO(): the opener argument is not supported by Tern")
        );
    }
    let m = if mode.contains('b') {
        mode
    } else {
        format!("{mode}b")
    };
    let mv = vm.new_str(&m);
    let closefd = if b[2].is_empty() {
        true
    } else {
        vm.is_true(b[2])?
    };
    open_with(
        vm,
        OpenArgs {
            file: b[0],
            mode: mv,
            buffering: 0,
            encoding: Value::NONE,
            errors: Value::NONE,
            newline: Value::NONE,
            closefd,
        },
    )
}

fn open_with(vm: &mut Vm, oa: OpenArgs) -> PyResult<Value> {
    let ty = io::types(vm)?;
    // SAFETY: checked to be a str.
    let mode_s = unsafe { as_str(oa.mode) }.to_owned();
    let m = parse_mode(vm, &mode_s)?;
    if m.binary {
        for (v, what) in [
            (oa.encoding, "an encoding"),
            (oa.errors, "an errors"),
            (oa.newline, "a newline"),
        ] {
            if !v.is_none() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let target = open_target(vm, oa.file)?;
    if !(m.reading || m.writing || m.appending || m.creating) {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let readable = m.reading || m.updating;
    let writable = m.writing || m.appending || m.creating || m.updating;
    let (fd, name) = match target {
        Target::Fd(fd) => (fd, Value::small_int(fd as i64)),
        Target::Path(name, path) => {
            if !oa.closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            let mut flags = libc::O_CLOEXEC;
            flags |= if readable && writable {
                libc::O_RDWR
            } else if readable {
                libc::O_RDONLY
            } else {
                libc::O_WRONLY
            };
            if m.writing {
                flags |= libc::O_CREAT | libc::O_TRUNC;
            }
            if m.appending {
                flags |= libc::O_CREAT | libc::O_APPEND;
            }
            if m.creating {
                flags |= libc::O_CREAT | libc::O_EXCL;
            }
            flush_pending();
            let c = CString::new(path).expect("NUL checked");
            let fd = loop {
                // SAFETY: `c` is a valid NUL-terminated path.
                let fd = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
                if fd >= 0 {
                    break fd;
                }
                let e = errno();
                if e != libc::EINTR {
                    return Err(os_error(vm, e, name, Value::EMPTY));
                }
            };
            (fd, name)
        }
    };
    // Directories cannot be opened as files (CPython's FileIO checks with fstat).
    // SAFETY: fstat writes into `sb`.
    let mut sb: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut sb) } != 0 {
        let e = errno();
        return Err(os_error(vm, e, Value::EMPTY, Value::EMPTY));
    }
    let close_fd = |fd: i32| {
        if oa.closefd {
            // SAFETY: closing the descriptor this call opened (or was given to own).
            unsafe { libc::close(fd) };
        }
    };
    if sb.st_mode & libc::S_IFMT == libc::S_IFDIR {
        close_fd(fd);
        let fname = if matches!(name, v if is_kind(v, Kind::Str) || is_kind(v, Kind::Bytes)) {
            name
        } else {
            Value::EMPTY
        };
        return Err(os_error(vm, libc::EISDIR, fname, Value::EMPTY));
    }
    if m.appending {
        let _ = sys_lseek(fd, 0, libc::SEEK_END);
    }
    let text = !m.binary;
    let raw_mode = if m.creating {
        if readable {
            "xb+"
        } else {
            "xb"
        }
    } else if m.appending {
        if readable {
            "ab+"
        } else {
            "ab"
        }
    } else if readable {
        if writable {
            "rb+"
        } else {
            "rb"
        }
    } else {
        "wb"
    };
    let (layer, class, mode_v) = if text {
        if oa.buffering == 0 {
            close_fd(fd);
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        (Layer::Text, ty.text_wrapper, oa.mode)
    } else {
        let mv = vm.new_str(raw_mode);
        if oa.buffering == 0 {
            (Layer::Raw, ty.file_io, mv)
        } else if m.updating {
            (Layer::Buffered, ty.buffered_random, mv)
        } else if readable {
            (Layer::Buffered, ty.buffered_reader, mv)
        } else {
            (Layer::Buffered, ty.buffered_writer, mv)
        }
    };
    // Text: newline, then the codec (after opening, as CPython's TextIOWrapper does).
    let mut newline = Newline::Universal;
    let mut codec = Codec::Utf8;
    let mut encoding = Value::NONE;
    let mut errors = Value::NONE;
    let mut errors_s = String::from("strict");
    if text {
        if !oa.newline.is_none() {
            // SAFETY: checked to be a str.
            newline = match unsafe { as_str(oa.newline) } {
                "" => Newline::Untranslated,
                "\n" => Newline::Lf,
                "\r" => Newline::Cr,
                "\r\n" => Newline::CrLf,
                other => {
                    close_fd(fd);
                    return Err(vm.value_error(format!("illegal newline value: {other}")));
                }
            };
        }
        // `encoding='locale'` (3.10+) means the locale's encoding, as None does.
        // SAFETY: checked to be a str when not None.
        let locale = !oa.encoding.is_none() && unsafe { as_str(oa.encoding) } == "locale";
        encoding = if oa.encoding.is_none() || locale {
            vm.new_str(default_encoding())
        } else {
            oa.encoding
        };
        // SAFETY: a str.
        let enc = unsafe { as_str(encoding) }.to_owned();
        codec = match lookup_codec(vm, &enc) {
            Ok(c) => c,
            Err(e) => {
                close_fd(fd);
                if known_unsupported_encoding(&enc) {
                    return Err(vm.not_implemented_error(format!(
                        "open(): the '{enc}' encoding is not supported by Tern"
                    )));
                }
                return Err(e);
            }
        };
        errors = if oa.errors.is_none() {
            vm.new_str("strict")
        } else {
            oa.errors
        };
        // SAFETY: a str.
        errors_s = unsafe { as_str(errors) }.to_owned();
    }
    let st = Box::new(FileState {
        fd,
        closed: false,
        closefd: oa.closefd,
        layer,
        readable,
        writable,
        seekable: None,
        codec,
        errors: errors_s,
        newline,
        line_buffering: text && oa.buffering == 1,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        pending: false,
        telling_disabled: false,
        carry: 0,
        seennl: 0,
        pending_cr: false,
    });
    let roots = RootedVec::from_slice(&[name, mode_v, encoding, errors]);
    let p = vm.alloc_obj(std::mem::size_of::<FileObj>(), Kind::Native, class) as *mut FileObj;
    // SAFETY: fresh zero-filled object; every field is written before the next
    // allocation (so before any collection could trace or finalise it).
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &FILE_VTABLE);
        (*p).name = roots[0];
        (*p).mode = roots[1];
        (*p).encoding = roots[2];
        (*p).errors = roots[3];
        (*p).state = Box::into_raw(st);
    }
    Ok(Value::from_ptr(p))
}

// ----- methods --------------------------------------------------------------------------

/// Adds the file methods and properties to the five file classes.
pub fn add_file_methods(vm: &mut Vm, t: &IoTypes) {
    let common: &[(&str, NativeFn, u32)] = &[
        ("read", m_read, 0),
        ("readline", m_readline, 0),
        ("readlines", m_readlines, 0),
        ("write", m_write, 0),
        ("writelines", m_writelines, 0),
        ("seek", m_seek, 0),
        ("tell", m_tell, 0),
        ("truncate", m_truncate, 0),
        ("flush", m_flush, 0),
        ("close", m_close, 0),
        ("fileno", m_fileno, 0),
        ("isatty", m_isatty, 0),
        ("readable", m_readable, 0),
        ("writable", m_writable, 0),
        ("seekable", m_seekable, 0),
        ("__enter__", m_enter, 0),
        ("__exit__", m_exit, 0),
        ("__iter__", m_iter, 0),
        ("__next__", m_next, 0),
    ];
    let props: &[(&str, NativeFn)] = &[("name", p_name), ("mode", p_mode), ("closed", p_closed)];
    for c in [
        t.file_io,
        t.buffered_reader,
        t.buffered_writer,
        t.buffered_random,
        t.text_wrapper,
    ] {
        add_methods(vm, c, common);
        io::add_properties(vm, c, props);
    }
    for c in [t.buffered_reader, t.buffered_writer, t.buffered_random] {
        add_methods(
            vm,
            c,
            &[
                ("read1", m_read1, 0),
                ("readinto", m_readinto, 0),
                ("detach", m_unsupported_method, 0),
            ],
        );
        io::add_properties(vm, c, &[("raw", p_unsupported)]);
    }
    for c in [t.buffered_reader, t.buffered_random] {
        add_methods(vm, c, &[("peek", m_peek, 0)]);
    }
    add_methods(
        vm,
        t.file_io,
        &[("readall", m_readall, 0), ("readinto", m_readinto, 0)],
    );
    io::add_properties(vm, t.file_io, &[("closefd", p_closefd)]);
    add_methods(
        vm,
        t.text_wrapper,
        &[
            ("detach", m_unsupported_method, 0),
            ("reconfigure", m_unsupported_method, KWARGS),
        ],
    );
    io::add_properties(
        vm,
        t.text_wrapper,
        &[
            ("encoding", p_encoding),
            ("errors", p_errors),
            ("line_buffering", p_line_buffering),
            ("buffer", p_unsupported),
            ("newlines", p_newlines),
        ],
    );
}

fn m_read(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "read")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "read", a, 0, 1)?;
    let n = size_arg(vm, a.get(1).copied())?;
    check_readable(vm, o, Op::Read, "read")?;
    prepare_read(vm, o)?;
    let layer = state(o).layer;
    if layer == Layer::Text {
        let s = read_text(vm, o, n)?;
        return Ok(vm.new_str(&s));
    }
    if n < -1 && layer == Layer::Buffered {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let data = if n < 0 {
        read_all_bytes(vm, o)?
    } else {
        read_n_bytes(vm, o, n as usize)?
    };
    Ok(vm.new_bytes(&data))
}

fn m_readall(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readall")?;
    io::arity(vm, "FileIO", "readall", a, 0, 0)?;
    check_readable(vm, o, Op::Read, "readall")?;
    prepare_read(vm, o)?;
    let data = read_all_bytes(vm, o)?;
    Ok(vm.new_bytes(&data))
}

fn m_read1(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "read1")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "read1", a, 0, 1)?;
    let n = size_arg(vm, a.get(1).copied())?;
    check_readable(vm, o, Op::Read1, "read1")?;
    prepare_read(vm, o)?;
    if state(o).rbuf.len() == state(o).rpos {
        fill(vm, o, n.max(0) as usize)?;
    }
    let st = state(o);
    let avail = st.rbuf.len() - st.rpos;
    let take = if n < 0 { avail } else { avail.min(n as usize) };
    let end = st.rpos + take;
    let data = take_bytes(o, end);
    Ok(vm.new_bytes(&data))
}

fn m_peek(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "peek")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "peek", a, 0, 1)?;
    if let Some(&v) = a.get(1) {
        int_arg(vm, v)?;
    }
    check_readable(vm, o, Op::Peek, "peek")?;
    prepare_read(vm, o)?;
    if state(o).rbuf.len() == state(o).rpos {
        fill(vm, o, 0)?;
    }
    let st = state(o);
    let data = st.rbuf[st.rpos..].to_vec();
    Ok(vm.new_bytes(&data))
}

fn m_readinto(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readinto")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "readinto", a, 1, 1)?;
    let target = a[1];
    if !is_kind(target, Kind::ByteArray) {
        if crate::builtins::bytes::has_buffer(target) && !is_kind(target, Kind::Bytes) {
            return Err(vm.not_implemented_error(
                "readinto(): only bytearray targets are supported by Tern",
            ));
        }
        let tn = vm.type_name(target);
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {tn}"
        )));
    }
    check_readable(vm, o, Op::Readinto, "read")?;
    prepare_read(vm, o)?;
    // SAFETY: kind checked.
    let len = unsafe { crate::object::bytearray::bytearray_obj(target).data().len() };
    let data = read_n_bytes(vm, o, len)?;
    // SAFETY: kind checked; no Python code ran since `len` was read.
    unsafe {
        crate::object::bytearray::bytearray_obj(target).data_mut()[..data.len()]
            .copy_from_slice(&data)
    };
    Ok(Value::small_int(data.len() as i64))
}

fn m_readline(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readline")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "readline", a, 0, 1)?;
    let text = state(o).layer == Layer::Text;
    let limit = match a.get(1) {
        // Text files take an int only (CPython's `Py_ssize_t` converter).
        Some(&v) if text => int_arg(vm, v)?,
        v => size_arg(vm, v.copied())?,
    };
    check_readable(vm, o, Op::Readline, "read")?;
    prepare_read(vm, o)?;
    if text {
        let s = read_text_line(vm, o, limit)?;
        return Ok(vm.new_str(&s));
    }
    let b = next_line_bytes(vm, o, Newline::Lf, limit, false)?;
    Ok(vm.new_bytes(&b))
}

fn m_readlines(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readlines")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "readlines", a, 0, 1)?;
    let hint = size_arg(vm, a.get(1).copied())?;
    check_readable(vm, o, Op::Readlines, "read")?;
    let mut lines = RootedVec::new();
    let mut total = 0usize;
    while let Some(line) = file_next_hook(vm, o)? {
        lines.push(line);
        if hint > 0 {
            total += if is_kind(line, Kind::Str) {
                // SAFETY: kind checked.
                unsafe { as_str(line) }.chars().count()
            } else {
                // SAFETY: a bytes object.
                unsafe { crate::builtins::bytes::bytes_data(line) }.len()
            };
            if total >= hint as usize {
                break;
            }
        }
    }
    Ok(vm.new_list(&lines))
}

fn m_write(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "write")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "write", a, 1, 1)?;
    let n = if state(o).layer == Layer::Text {
        if state(o).closed {
            return Err(closed_for(vm, o, Op::Write));
        }
        write_text(vm, o, a[1])?
    } else {
        write_binary(vm, o, a[1])?
    };
    Ok(vm.new_int(n as i64))
}

fn m_writelines(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "writelines")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "writelines", a, 1, 1)?;
    check_open(vm, o, Op::Writelines)?;
    let it = vm.get_iter(a[1])?;
    let it = RootedVec::from_slice(&[it]);
    while let Some(line) = vm.iter_next(it[0])? {
        let line = RootedVec::from_slice(&[line]);
        if state(o).layer == Layer::Text {
            if state(o).closed {
                return Err(closed_for(vm, o, Op::Write));
            }
            write_text(vm, o, line[0])?;
        } else {
            write_binary(vm, o, line[0])?;
        }
    }
    Ok(Value::NONE)
}

fn m_seek(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "seek")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "seek", a, 1, 2)?;
    let layer = state(o).layer;
    if layer == Layer::Text && state(o).closed {
        return Err(closed_for(vm, o, Op::Seek));
    }
    let off = int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(&w) => int_arg(vm, w)?,
        None => 0,
    };
    check_open(vm, o, Op::Seek)?;
    flush_pending();
    flush_writes(vm, o)?;
    if layer == Layer::Text {
        if !is_seekable(state(o)) {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        match whence {
            0 if off < 0 => {
                return Err(vm.value_error(format!("negative seek position {off}")));
            }
            0 => {}
            1 if off != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
            2 if off != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
            1 | 2 => {}
            w => return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
        }
    } else if layer == Layer::Buffered && !(0..=4).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    let st = state(o);
    // The descriptor is ahead of the logical position by the unread bytes.
    let (target, how) = match whence {
        1 => {
            let unread = (st.rbuf.len() - st.rpos) as i64;
            (off - unread, libc::SEEK_CUR)
        }
        0 => (off, libc::SEEK_SET),
        2 => (off, libc::SEEK_END),
        w => (off, w as i32),
    };
    let r = sys_lseek(st.fd, target, how);
    match r {
        Ok(pos) => {
            st.rbuf.clear();
            st.rpos = 0;
            st.carry = 0;
            st.pending_cr = false;
            st.telling_disabled = false;
            if pos == 0 {
                // CPython resets its decoder at the start of the file.
                st.seennl = 0;
            }
            Ok(vm.new_int(pos))
        }
        Err(e) => Err(errno_error(vm, e)),
    }
}

fn m_tell(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "tell")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "tell", a, 0, 0)?;
    check_open(vm, o, Op::Tell)?;
    let st = state(o);
    if st.layer == Layer::Text {
        if !is_seekable(st) {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if st.telling_disabled {
            return Err(vm.os_error("telling position disabled by next() call"));
        }
    }
    flush_writes(vm, o)?;
    let st = state(o);
    match sys_lseek(st.fd, 0, libc::SEEK_CUR) {
        Ok(p) => {
            let pos = p - (st.rbuf.len() - st.rpos) as i64;
            Ok(vm.new_int(pos))
        }
        Err(e) => Err(errno_error(vm, e)),
    }
}

fn m_truncate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "truncate")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "truncate", a, 0, 1)?;
    let size = match a.get(1) {
        Some(&v) if !v.is_none() => Some(int_arg(vm, v)?),
        _ => None,
    };
    check_writable(vm, o, Op::Truncate)?;
    flush_writes(vm, o)?;
    let st = state(o);
    let size = match size {
        Some(s) => s,
        None => match sys_lseek(st.fd, 0, libc::SEEK_CUR) {
            Ok(p) => p - (st.rbuf.len() - st.rpos) as i64,
            Err(e) => return Err(errno_error(vm, e)),
        },
    };
    // SAFETY: ftruncate accepts any arguments and reports errors through errno.
    if unsafe { libc::ftruncate(st.fd, size as libc::off_t) } != 0 {
        let e = errno();
        return Err(errno_error(vm, e));
    }
    Ok(vm.new_int(size))
}

fn m_flush(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "flush")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "flush", a, 0, 0)?;
    check_open(vm, o, Op::Flush)?;
    flush_writes(vm, o)?;
    Ok(Value::NONE)
}

/// Closes a file: writes out its buffer, closes the descriptor (if owned). Closing a
/// closed file does nothing.
fn close_file(vm: &mut Vm, o: Value) -> PyResult<()> {
    let st = state(o);
    if st.closed {
        return Ok(());
    }
    let r = write_out(st);
    unregister(st);
    st.closed = true;
    st.rbuf = Vec::new();
    st.rpos = 0;
    let mut err = r.err();
    if st.closefd {
        // SAFETY: the descriptor this file owns, closed once (`closed` is now set).
        if unsafe { libc::close(st.fd) } != 0 && err.is_none() {
            err = Some(errno());
        }
    }
    match err {
        Some(e) => Err(errno_error(vm, e)),
        None => Ok(()),
    }
}

fn m_close(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "close")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "close", a, 0, 0)?;
    close_file(vm, o)?;
    Ok(Value::NONE)
}

fn m_fileno(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "fileno")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "fileno", a, 0, 0)?;
    check_open(vm, o, Op::Info)?;
    Ok(Value::small_int(state(o).fd as i64))
}

fn m_isatty(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "isatty")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "isatty", a, 0, 0)?;
    check_open(vm, o, Op::Info)?;
    // SAFETY: isatty accepts any descriptor.
    Ok(Value::from_bool(unsafe { libc::isatty(state(o).fd) } == 1))
}

/// `readable()`/`writable()`: a closed reader still answers `writable()` with False
/// (and a closed writer `readable()`), except FileIO and BufferedRandom, as in CPython.
fn capability(vm: &mut Vm, a: &[Value], name: &str, readable: bool) -> PyResult<Value> {
    let o = this(vm, a, name)?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, name, a, 0, 0)?;
    let st = state(o);
    let has = if readable { st.readable } else { st.writable };
    if st.closed {
        let other = if readable { st.writable } else { st.readable };
        let random = st.readable && st.writable;
        if st.layer != Layer::Raw && !has && other && !random {
            return Ok(Value::FALSE);
        }
        return Err(closed_for(vm, o, Op::Info));
    }
    Ok(Value::from_bool(has))
}

fn m_readable(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    capability(vm, a, "readable", true)
}

fn m_writable(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    capability(vm, a, "writable", false)
}

fn m_seekable(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "seekable")?;
    let cn = class_name(vm, o);
    io::arity(vm, &cn, "seekable", a, 0, 0)?;
    check_open(vm, o, Op::Info)?;
    Ok(Value::from_bool(is_seekable(state(o))))
}

fn m_enter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__enter__")?;
    check_open(vm, o, Op::Enter)?;
    Ok(o)
}

fn m_exit(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__exit__")?;
    close_file(vm, o)?;
    Ok(Value::NONE)
}

fn m_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__iter__")?;
    file_iter_hook(vm, o)
}

fn m_next(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__next__")?;
    match file_next_hook(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration_with(Value::NONE)),
    }
}

fn file_iter_hook(vm: &mut Vm, o: Value) -> PyResult<Value> {
    check_open(vm, o, Op::Enter)?;
    Ok(o)
}

/// `next(f)`: the next line, None at the end. Text files stop answering `tell()`
/// until the end is reached (CPython's `telling position disabled by next() call`).
fn file_next_hook(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    check_readable(vm, o, Op::Next, "read")?;
    prepare_read(vm, o)?;
    let text = state(o).layer == Layer::Text;
    if text {
        state(o).telling_disabled = true;
    }
    let r = next_line(vm, o)?;
    if r.is_none() && text {
        state(o).telling_disabled = false;
    }
    Ok(r)
}

fn file_repr(vm: &mut Vm, o: Value) -> PyResult<String> {
    let cn = class_name(vm, o);
    let f = obj(o);
    let (name, mode, encoding) = (f.name, f.mode, f.encoding);
    let st = state(o);
    let name_r = vm.repr_string(name)?;
    match st.layer {
        Layer::Raw => {
            if st.closed {
                return Ok(format!("<_io.{cn} [closed]>"));
            }
            let closefd = if st.closefd { "True" } else { "False" };
            let mode_r = vm.repr_string(mode)?;
            Ok(format!(
                "<_io.{cn} name={name_r} mode={mode_r} closefd={closefd}>"
            ))
        }
        Layer::Buffered => Ok(format!("<_io.{cn} name={name_r}>")),
        Layer::Text => {
            let mode_r = vm.repr_string(mode)?;
            let enc_r = vm.repr_string(encoding)?;
            Ok(format!(
                "<_io.{cn} name={name_r} mode={mode_r} encoding={enc_r}>"
            ))
        }
    }
}

fn m_unsupported_method(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "method")?;
    let cn = class_name(vm, o);
    Err(vm.not_implemented_error(format!(
        "{cn}.detach() and reconfigure() are not supported by Tern"
    )))
}

// ----- properties -----------------------------------------------------------------------

fn prop_self(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    args::arity(vm, name, a, 1, 1)?;
    this(vm, a, name)
}

fn p_name(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "name")?;
    Ok(obj(o).name)
}

fn p_mode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "mode")?;
    Ok(obj(o).mode)
}

fn p_closed(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "closed")?;
    Ok(Value::from_bool(state(o).closed))
}

fn p_closefd(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "closefd")?;
    Ok(Value::from_bool(state(o).closefd))
}

fn p_encoding(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "encoding")?;
    Ok(obj(o).encoding)
}

fn p_errors(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "errors")?;
    Ok(obj(o).errors)
}

fn p_line_buffering(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "line_buffering")?;
    Ok(Value::from_bool(state(o).line_buffering))
}

fn p_newlines(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "newlines")?;
    let seen = state(o).seennl;
    let names: Vec<&str> = [(NL_CR, "\r"), (NL_LF, "\n"), (NL_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|&(_, s)| s)
        .collect();
    Ok(match names.len() {
        0 => Value::NONE,
        1 => vm.new_str(names[0]),
        _ => {
            let mut items = RootedVec::new();
            for n in names {
                let v = vm.new_str(n);
                items.push(v);
            }
            vm.new_tuple(&items)
        }
    })
}

fn p_unsupported(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "attribute")?;
    let cn = class_name(vm, o);
    let what = match state(o).layer {
        Layer::Text => "the buffer attribute is",
        _ => "the raw attribute is",
    };
    Err(vm.not_implemented_error(format!("{cn}: {what} not supported by Tern")))
}
