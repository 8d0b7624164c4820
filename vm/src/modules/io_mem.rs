//! `io.StringIO` and `io.BytesIO`: in-memory streams.
//!
//! Invariants:
//! - One native layout (`MemObj`) serves both classes; its boxed `MemState` holds the
//!   contents as characters (`StringIO`, so positions are character indices as in
//!   CPython) or bytes (`BytesIO`). The state is freed by the finalizer only and holds
//!   no Values.
//! - The position may lie past the end; a write there pads with NUL characters or zero
//!   bytes, and `truncate()` never extends, as in CPython.
//! - `StringIO` translates newlines on write according to `newline` (None: `\r\n` and
//!   `\r` become `\n`; `\r` or `\r\n`: `\n` becomes that), so `getvalue()` shows the
//!   translated text, and splits lines on `\n`, or on the given terminator, or on any
//!   of them for `newline=''`.
//! - A `MemState` is only borrowed briefly, after any call that may run Python code.
//! - Messages follow CPython 3.11 (`StringIO` says `I/O operation on closed file`
//!   without a period in most methods, `BytesIO` with one).

use super::io::{self, closed_error, int_arg, size_arg, unsupported};
use crate::builtins::add_methods;
use crate::builtins::args;
use crate::builtins::bytes::buffer_bytes;
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::NativeFn;
use crate::object::native::{vtable_of, NativeObjHeader, NativeOps, NativeVTable};
use crate::object::str::as_str;
use crate::object::typeobj::TypeObj;
use crate::object::{is_kind, Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

/// How a StringIO splits lines and translates writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nl {
    /// `newline=None`: writes translate `\r\n`/`\r` to `\n`.
    Universal,
    /// `newline=''`: no translation, any terminator ends a line.
    Untranslated,
    /// `newline='\n'` (the default).
    Lf,
    Cr,
    CrLf,
}

enum Data {
    Text(Vec<char>),
    Bytes(Vec<u8>),
}

struct MemState {
    data: Data,
    pos: usize,
    closed: bool,
    newline: Nl,
    /// The kinds of line ending written so far (`SEEN_*` bits), for `newlines`; only
    /// tracked for `newline=None` and `''`, which CPython reads through a decoder.
    seen: u8,
}

const SEEN_LF: u8 = 1;
const SEEN_CR: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The `SEEN_*` bits of the line endings in `s`.
fn newline_kinds(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => seen |= SEEN_LF,
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            _ => {}
        }
        i += 1;
    }
    seen
}

#[repr(C)]
struct MemObj {
    hdr: NativeObjHeader,
    /// Owned; freed by `finalize` only.
    state: *mut MemState,
}

fn trace(_o: *mut ObjHeader, _visit: &mut dyn FnMut(Value)) {}

fn finalize(o: *mut ObjHeader) {
    // SAFETY: the collector finalises each dead MemObj once; the state was set at
    // creation, before any later allocation.
    unsafe {
        let m = &mut *(o as *mut MemObj);
        if !m.state.is_null() {
            drop(Box::from_raw(m.state));
            m.state = std::ptr::null_mut();
        }
    }
}

static MEM_VTABLE: NativeVTable = NativeVTable {
    name: "memio",
    trace,
    finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: Some(mem_iter_hook),
        next: Some(mem_next_hook),
        len: None,
        repr: Some(mem_repr),
        contains: None,
    },
};

/// `<_io.StringIO object at 0x...>`.
fn mem_repr(_vm: &mut Vm, o: Value) -> PyResult<String> {
    Ok(format!("<_io.{} object at {:#x}>", owner(o), o.bits()))
}

fn is_mem(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &MEM_VTABLE)
}

fn state<'a>(o: Value) -> &'a mut MemState {
    debug_assert!(is_mem(o), "state() of a non-memory stream");
    // SAFETY: `o` is a live MemObj (checked by `this`); its state lives until the
    // object is finalised, which cannot happen while the caller holds `o`.
    unsafe { &mut *(*o.as_ptr::<MemObj>()).state }
}

fn is_text(o: Value) -> bool {
    matches!(state(o).data, Data::Text(_))
}

fn this(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    match a.first() {
        Some(&o) if is_mem(o) => Ok(o),
        Some(&o) => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor '{meth}' requires a StringIO or BytesIO object but received a '{tn}'"
            )))
        }
        None => Err(vm.type_error(format!("descriptor '{meth}' needs an argument"))),
    }
}

fn owner(o: Value) -> &'static str {
    if is_text(o) {
        "StringIO"
    } else {
        "BytesIO"
    }
}

/// The closed-file check. StringIO words it without a period except in the methods
/// it inherits from IOBase (`period` true); BytesIO always with one.
fn check_open(vm: &mut Vm, o: Value, iobase_method: bool) -> PyResult<()> {
    if state(o).closed {
        return Err(closed_error(vm, iobase_method || !is_text(o)));
    }
    Ok(())
}

fn new_mem(vm: &mut Vm, t: *mut TypeObj, st: MemState) -> Value {
    let p = vm.alloc_obj(std::mem::size_of::<MemObj>(), Kind::Native, t) as *mut MemObj;
    // SAFETY: fresh zero-filled object, completed before the next allocation.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &MEM_VTABLE);
        (*p).state = Box::into_raw(Box::new(st));
    }
    Value::from_ptr(p)
}

// ----- construction ---------------------------------------------------------------------

/// `StringIO(initial_value='', newline='\n')`.
pub fn new_string_io(vm: &mut Vm, t: *mut TypeObj, a: &[Value], kw: Value) -> PyResult<Value> {
    let b = args::bind(vm, "StringIO", a, kw, &["initial_value", "newline"], 0)?;
    let newline = if b[1].is_empty() {
        Nl::Lf
    } else if b[1].is_none() {
        Nl::Universal
    } else if is_kind(b[1], Kind::Str) {
        // SAFETY: kind checked.
        match unsafe { as_str(b[1]) } {
            "" => Nl::Untranslated,
            "\n" => Nl::Lf,
            "\r" => Nl::Cr,
            "\r\n" => Nl::CrLf,
            other => {
                let r = crate::ops::repr::repr_str(other);
                return Err(vm.value_error(format!("illegal newline value: {r}")));
            }
        }
    } else {
        let tn = vm.type_name(b[1]);
        return Err(vm.type_error(format!("newline must be str or None, not {tn}")));
    };
    let init = b[0];
    if !init.is_empty() && !init.is_none() && !is_kind(init, Kind::Str) {
        let tn = vm.type_name(init);
        return Err(vm.type_error(format!("initial_value must be str or None, not {tn}")));
    }
    let init = RootedVec::from_slice(&[init]);
    let o = new_mem(
        vm,
        t,
        MemState {
            data: Data::Text(Vec::new()),
            pos: 0,
            closed: false,
            newline,
            seen: 0,
        },
    );
    if !init[0].is_empty() && !init[0].is_none() {
        // SAFETY: kind checked.
        let s = unsafe { as_str(init[0]) };
        write_text(o, s);
        state(o).pos = 0;
    }
    Ok(o)
}

/// `BytesIO(initial_bytes=b'')`.
pub fn new_bytes_io(vm: &mut Vm, t: *mut TypeObj, a: &[Value], kw: Value) -> PyResult<Value> {
    let b = args::bind(vm, "BytesIO", a, kw, &["initial_bytes"], 0)?;
    let data = if b[0].is_empty() || b[0].is_none() {
        Vec::new()
    } else {
        match buffer_bytes(b[0]) {
            Some(d) => d,
            None => {
                let tn = vm.type_name(b[0]);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        }
    };
    Ok(new_mem(
        vm,
        t,
        MemState {
            data: Data::Bytes(data),
            pos: 0,
            closed: false,
            newline: Nl::Lf,
            seen: 0,
        },
    ))
}

// ----- core operations ------------------------------------------------------------------

/// Writes text at the position (translating newlines); returns nothing, the caller
/// reports the length of the original string.
fn write_text(o: Value, s: &str) {
    let st = state(o);
    if matches!(st.newline, Nl::Universal | Nl::Untranslated) {
        st.seen |= newline_kinds(s);
    }
    let translated: String = match st.newline {
        Nl::Universal => s.replace("\r\n", "\n").replace('\r', "\n"),
        Nl::Cr => s.replace('\n', "\r"),
        Nl::CrLf => s.replace('\n', "\r\n"),
        Nl::Lf | Nl::Untranslated => s.to_owned(),
    };
    let Data::Text(buf) = &mut st.data else {
        unreachable!("write_text on BytesIO")
    };
    let chars: Vec<char> = translated.chars().collect();
    write_at(buf, &mut st.pos, &chars, '\0');
}

fn write_at<T: Copy>(buf: &mut Vec<T>, pos: &mut usize, data: &[T], pad: T) {
    if *pos > buf.len() {
        buf.resize(*pos, pad);
    }
    let end = *pos + data.len();
    let overlap = buf.len().min(end) - *pos;
    buf[*pos..*pos + overlap].copy_from_slice(&data[..overlap]);
    buf.extend_from_slice(&data[overlap..]);
    *pos = end;
}

/// The end of the line starting at `from` (exclusive), limited to `limit` items.
fn text_line_end(buf: &[char], from: usize, nl: Nl, limit: Option<usize>) -> usize {
    let stop = match limit {
        Some(n) => buf.len().min(from.saturating_add(n)),
        None => buf.len(),
    };
    let mut i = from;
    while i < stop {
        let c = buf[i];
        match nl {
            Nl::Universal | Nl::Lf if c == '\n' => return i + 1,
            Nl::Cr if c == '\r' => return i + 1,
            Nl::CrLf if c == '\r' && buf.get(i + 1) == Some(&'\n') => {
                return (i + 2).min(stop);
            }
            Nl::Untranslated if c == '\n' => return i + 1,
            Nl::Untranslated if c == '\r' => {
                return if buf.get(i + 1) == Some(&'\n') {
                    (i + 2).min(stop)
                } else {
                    i + 1
                };
            }
            _ => {}
        }
        i += 1;
    }
    stop
}

/// The next line (`limit` items at most) as a Python object; empty at the end.
fn read_line(vm: &mut Vm, o: Value, limit: i64) -> Value {
    let limit = (limit >= 0).then_some(limit as usize);
    let st = state(o);
    let from = st.pos;
    match &st.data {
        Data::Text(buf) => {
            if from >= buf.len() {
                return vm.singletons.empty_str;
            }
            let end = text_line_end(buf, from, st.newline, limit);
            let s: String = buf[from..end].iter().collect();
            st.pos = end;
            vm.new_str(&s)
        }
        Data::Bytes(buf) => {
            if from >= buf.len() {
                return vm.new_bytes(b"");
            }
            let stop = match limit {
                Some(n) => buf.len().min(from.saturating_add(n)),
                None => buf.len(),
            };
            let end = buf[from..stop]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(stop, |i| from + i + 1);
            let data = buf[from..end].to_vec();
            st.pos = end;
            vm.new_bytes(&data)
        }
    }
}

fn is_empty_result(v: Value) -> bool {
    if is_kind(v, Kind::Str) {
        // SAFETY: kind checked.
        unsafe { as_str(v) }.is_empty()
    } else {
        // SAFETY: a bytes object.
        unsafe { crate::builtins::bytes::bytes_data(v) }.is_empty()
    }
}

fn result_len(v: Value) -> usize {
    if is_kind(v, Kind::Str) {
        // SAFETY: kind checked.
        unsafe { as_str(v) }.chars().count()
    } else {
        // SAFETY: a bytes object.
        unsafe { crate::builtins::bytes::bytes_data(v) }.len()
    }
}

// ----- methods --------------------------------------------------------------------------

pub fn add_string_io_methods(vm: &mut Vm, t: *mut TypeObj) {
    add_methods(vm, t, COMMON);
    io::add_properties(
        vm,
        t,
        &[
            ("closed", p_closed),
            ("line_buffering", p_false),
            ("newlines", p_newlines),
            ("encoding", p_none),
            ("errors", p_none),
        ],
    );
}

pub fn add_bytes_io_methods(vm: &mut Vm, t: *mut TypeObj) {
    add_methods(vm, t, COMMON);
    add_methods(
        vm,
        t,
        &[
            ("read1", m_read, 0),
            ("readinto", m_readinto, 0),
            ("getbuffer", m_getbuffer, 0),
        ],
    );
    io::add_properties(vm, t, &[("closed", p_closed)]);
}

const COMMON: &[(&str, NativeFn, u32)] = &[
    ("getvalue", m_getvalue, 0),
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
    ("detach", m_detach, 0),
    ("isatty", m_isatty, 0),
    ("readable", m_capability, 0),
    ("writable", m_capability, 0),
    ("seekable", m_capability, 0),
    ("__enter__", m_enter, 0),
    ("__exit__", m_exit, 0),
    ("__iter__", m_iter, 0),
    ("__next__", m_next, 0),
];

fn m_getvalue(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "getvalue")?;
    io::arity(vm, owner(o), "getvalue", a, 0, 0)?;
    check_open(vm, o, false)?;
    Ok(match &state(o).data {
        Data::Text(buf) => {
            let s: String = buf.iter().collect();
            vm.new_str(&s)
        }
        Data::Bytes(buf) => {
            let b = buf.clone();
            vm.new_bytes(&b)
        }
    })
}

fn m_read(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "read")?;
    io::arity(vm, owner(o), "read", a, 0, 1)?;
    let n = size_arg(vm, a.get(1).copied())?;
    check_open(vm, o, false)?;
    let st = state(o);
    let from = st.pos;
    Ok(match &st.data {
        Data::Text(buf) => {
            let from = from.min(buf.len());
            let end = if n < 0 {
                buf.len()
            } else {
                buf.len().min(from.saturating_add(n as usize))
            };
            let s: String = buf[from..end].iter().collect();
            st.pos = st.pos.max(end);
            vm.new_str(&s)
        }
        Data::Bytes(buf) => {
            let from = from.min(buf.len());
            let end = if n < 0 {
                buf.len()
            } else {
                buf.len().min(from.saturating_add(n as usize))
            };
            let d = buf[from..end].to_vec();
            st.pos = st.pos.max(end);
            vm.new_bytes(&d)
        }
    })
}

fn m_readinto(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readinto")?;
    io::arity(vm, "BytesIO", "readinto", a, 1, 1)?;
    check_open(vm, o, false)?;
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
    let st = state(o);
    let Data::Bytes(buf) = &st.data else {
        unreachable!("readinto is a BytesIO method")
    };
    // SAFETY: kind checked; no Python code runs while the slice is used.
    let dst = unsafe { crate::object::bytearray::bytearray_obj(target).data_mut() };
    let from = st.pos.min(buf.len());
    let n = dst.len().min(buf.len() - from);
    dst[..n].copy_from_slice(&buf[from..from + n]);
    st.pos = from + n;
    Ok(Value::small_int(n as i64))
}

fn m_getbuffer(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    this(vm, a, "getbuffer")?;
    Err(vm.not_implemented_error("BytesIO.getbuffer() is not supported by Tern"))
}

fn m_readline(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readline")?;
    io::arity(vm, owner(o), "readline", a, 0, 1)?;
    let n = size_arg(vm, a.get(1).copied())?;
    check_open(vm, o, false)?;
    Ok(read_line(vm, o, n))
}

fn m_readlines(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readlines")?;
    io::arity(vm, owner(o), "readlines", a, 0, 1)?;
    let hint = size_arg(vm, a.get(1).copied())?;
    check_open(vm, o, true)?;
    let mut lines = RootedVec::new();
    let mut total = 0usize;
    loop {
        let line = read_line(vm, o, -1);
        if is_empty_result(line) {
            break;
        }
        lines.push(line);
        if hint > 0 {
            total += result_len(line);
            if total >= hint as usize {
                break;
            }
        }
    }
    Ok(vm.new_list(&lines))
}

/// Writes one str (StringIO) or bytes-like (BytesIO) value; returns its length.
fn write_value(vm: &mut Vm, o: Value, v: Value) -> PyResult<usize> {
    if is_text(o) {
        if !is_kind(v, Kind::Str) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("string argument expected, got '{tn}'")));
        }
        check_open(vm, o, false)?;
        // SAFETY: kind checked.
        let s = unsafe { as_str(v) };
        write_text(o, s);
        return Ok(s.chars().count());
    }
    check_open(vm, o, false)?;
    let Some(data) = buffer_bytes(v) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let st = state(o);
    let Data::Bytes(buf) = &mut st.data else {
        unreachable!("checked to be a BytesIO")
    };
    write_at(buf, &mut st.pos, &data, 0);
    Ok(data.len())
}

fn m_write(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "write")?;
    io::arity(vm, owner(o), "write", a, 1, 1)?;
    let n = write_value(vm, o, a[1])?;
    Ok(vm.new_int(n as i64))
}

fn m_writelines(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "writelines")?;
    io::arity(vm, owner(o), "writelines", a, 1, 1)?;
    check_open(vm, o, true)?;
    let it = vm.get_iter(a[1])?;
    let it = RootedVec::from_slice(&[it]);
    while let Some(line) = vm.iter_next(it[0])? {
        let line = RootedVec::from_slice(&[line]);
        write_value(vm, o, line[0])?;
    }
    Ok(Value::NONE)
}

fn m_seek(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "seek")?;
    io::arity(vm, owner(o), "seek", a, 1, 2)?;
    let off = int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(&w) => int_arg(vm, w)?,
        None => 0,
    };
    check_open(vm, o, false)?;
    let text = is_text(o);
    let st = state(o);
    let len = match &st.data {
        Data::Text(b) => b.len(),
        Data::Bytes(b) => b.len(),
    } as i64;
    let pos = st.pos as i64;
    let new = if text {
        match whence {
            0 if off < 0 => return Err(vm.value_error(format!("Negative seek position {off}"))),
            0 => off,
            1 if off != 0 => return Err(vm.os_error("Can't do nonzero cur-relative seeks")),
            1 => pos,
            // CPython's StringIO says "cur-relative" for whence=2 too.
            2 if off != 0 => return Err(vm.os_error("Can't do nonzero cur-relative seeks")),
            2 => len,
            w => return Err(vm.value_error(format!("Invalid whence ({w}, should be 0, 1 or 2)"))),
        }
    } else {
        match whence {
            0 if off < 0 => return Err(vm.value_error(format!("negative seek value {off}"))),
            0 => off,
            1 => (pos + off).max(0),
            2 => (len + off).max(0),
            w => return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
        }
    };
    state(o).pos = new as usize;
    Ok(vm.new_int(new))
}

fn m_tell(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "tell")?;
    io::arity(vm, owner(o), "tell", a, 0, 0)?;
    check_open(vm, o, false)?;
    Ok(vm.new_int(state(o).pos as i64))
}

fn m_truncate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "truncate")?;
    io::arity(vm, owner(o), "truncate", a, 0, 1)?;
    let size = match a.get(1) {
        Some(&v) if !v.is_none() => Some(size_arg(vm, Some(v))?),
        _ => None,
    };
    check_open(vm, o, false)?;
    let text = is_text(o);
    let st = state(o);
    let size = size.unwrap_or(st.pos as i64);
    if size < 0 {
        let msg = if text {
            format!("Negative size value {size}")
        } else {
            format!("negative size value {size}")
        };
        return Err(vm.value_error(msg));
    }
    let n = size as usize;
    match &mut st.data {
        Data::Text(b) => b.truncate(n),
        Data::Bytes(b) => b.truncate(n),
    }
    Ok(vm.new_int(size))
}

fn m_flush(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "flush")?;
    io::arity(vm, owner(o), "flush", a, 0, 0)?;
    if !is_text(o) {
        check_open(vm, o, true)?;
    }
    Ok(Value::NONE)
}

fn m_close(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "close")?;
    io::arity(vm, owner(o), "close", a, 0, 0)?;
    let st = state(o);
    st.closed = true;
    st.pos = 0;
    match &mut st.data {
        Data::Text(b) => *b = Vec::new(),
        Data::Bytes(b) => *b = Vec::new(),
    }
    Ok(Value::NONE)
}

fn m_fileno(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    this(vm, a, "fileno")?;
    Err(unsupported(vm, "fileno"))
}

fn m_detach(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    this(vm, a, "detach")?;
    Err(unsupported(vm, "detach"))
}

fn m_isatty(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "isatty")?;
    io::arity(vm, owner(o), "isatty", a, 0, 0)?;
    check_open(vm, o, true)?;
    Ok(Value::FALSE)
}

/// `readable()`, `writable()`, `seekable()`: True while open.
fn m_capability(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "readable")?;
    io::arity(vm, owner(o), "readable", a, 0, 0)?;
    check_open(vm, o, false)?;
    Ok(Value::TRUE)
}

fn m_enter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__enter__")?;
    check_open(vm, o, true)?;
    Ok(o)
}

fn m_exit(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__exit__")?;
    state(o).closed = true;
    Ok(Value::NONE)
}

fn m_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__iter__")?;
    mem_iter_hook(vm, o)
}

fn m_next(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this(vm, a, "__next__")?;
    match mem_next_hook(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration_with(Value::NONE)),
    }
}

/// `iter()`: StringIO checks that it is open; BytesIO does not (as in CPython).
fn mem_iter_hook(vm: &mut Vm, o: Value) -> PyResult<Value> {
    if is_text(o) {
        check_open(vm, o, true)?;
    }
    Ok(o)
}

fn mem_next_hook(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    check_open(vm, o, false)?;
    let line = read_line(vm, o, -1);
    Ok(if is_empty_result(line) {
        None
    } else {
        Some(line)
    })
}

fn prop_self(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    args::arity(vm, name, a, 1, 1)?;
    this(vm, a, name)
}

fn p_closed(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "closed")?;
    Ok(Value::from_bool(state(o).closed))
}

fn p_false(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "line_buffering")?;
    check_open(vm, o, false)?;
    Ok(Value::FALSE)
}

/// `StringIO.newlines`: the line endings seen so far (None, one of them, or a tuple in
/// the order `\r`, `\n`, `\r\n`); always None unless `newline` is None or `''`.
fn p_newlines(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "newlines")?;
    check_open(vm, o, false)?;
    let seen = state(o).seen;
    let mut kinds = RootedVec::new();
    for (bit, text) in [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")] {
        if seen & bit != 0 {
            let v = vm.new_str(text);
            kinds.push(v);
        }
    }
    Ok(match kinds.len() {
        0 => Value::NONE,
        1 => kinds[0],
        _ => vm.new_tuple(&kinds),
    })
}

fn p_none(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = prop_self(vm, a, "encoding")?;
    check_open(vm, o, false)?;
    Ok(Value::NONE)
}
