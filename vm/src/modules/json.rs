//! `_json`: the native core of the `json` module (`vm/src/stdlib/json.py` holds the
//! public API and classes). The encoder (`encode`, `encode_basestring[_ascii]`)
//! follows CPython 3.11's `_json.c` and `json/encoder.py`; the scanner (`decode`,
//! `raw_decode`, `scan_once`, `scanstring`) follows `_json.c`'s `scan_once_unicode`:
//! the same output, the same error messages at the same positions, and the same
//! calls back into Python (`default`, hooks, `parse_*`, `fp.write`) in the same order.
//!
//! Invariants:
//! - Values held across allocations are in the GC heap, in a `RootedVec` (markers,
//!   the key memo, containers under construction, temporaries) or in Rust locals
//!   (covered by the conservative stack scan); never in a plain Rust collection.
//!   The markers set keeps only addresses, of objects that its `RootedVec` holds.
//! - Every level of nesting (array, object, the result of `default()`) counts against
//!   the recursion limit through `Vm::depth`, as CPython's `Py_EnterRecursiveCall`
//!   does, and checks the native stack guard: deep input raises RecursionError.
//! - The scanner reads the UTF-8 bytes of the document (a str, which is immutable and
//!   never moves) and keeps byte offsets; they become code-point indices only where
//!   Python sees them (error positions, `raw_decode`'s end).
//! - Python code called back may mutate the containers being encoded: list and dict
//!   walks re-read the length and the table at every step.
//! - Two encoder paths, as in CPython: the C one (`c_path`: one-shot, no indent) and
//!   the Python one (`_make_iterencode`: indent, `dump`, `iterencode`). They differ in
//!   two messages only; in chunk mode the output is cut where the Python generator
//!   yields, so `dump` calls `fp.write` with CPython's exact chunks.

use crate::builtins::{add_function, args};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::dict::{dict_len, dict_next};
use crate::object::int::{int_view, IntView};
use crate::object::list::list_obj;
use crate::object::str::{as_str, hash_bytes, str_obj};
use crate::object::tuple::tuple_items;
use crate::object::{instance_ext, is_kind, kind_of, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;
use std::collections::HashSet;

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_json");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    add_function(vm, d, "encode", encode, 0);
    add_function(vm, d, "encode_basestring_ascii", encode_basestring_ascii, 0);
    add_function(vm, d, "encode_basestring", encode_basestring, 0);
    add_function(vm, d, "decode", decode, 0);
    add_function(vm, d, "raw_decode", raw_decode, 0);
    add_function(vm, d, "scan_once", scan_once, 0);
    add_function(vm, d, "scanstring", scanstring, 0);
    Ok(m)
}

// ----- shared helpers -------------------------------------------------------------------

/// The text of a str or of a str subclass instance, or None.
fn str_text<'a>(v: Value) -> Option<&'a str> {
    if is_kind(v, Kind::Str) {
        // SAFETY: kind checked; strs are immutable and the caller keeps `v` alive.
        return Some(unsafe { as_str(v) });
    }
    let ext = instance_ext(v);
    if is_kind(ext, Kind::Str) {
        // SAFETY: as above (the instance keeps its base value alive).
        return Some(unsafe { as_str(ext) });
    }
    None
}

/// Enters one level of native nesting (CPython's `Py_EnterRecursiveCall(what)`).
fn enter(vm: &mut Vm, what: &str) -> PyResult<()> {
    vm.check_native_stack()?;
    if vm.depth >= vm.recursion_limit {
        let msg = format!("maximum recursion depth exceeded{what}");
        return Err(vm.new_exception_msg(vm.types.recursion_error, &msg));
    }
    vm.depth += 1;
    Ok(())
}

fn leave(vm: &mut Vm) {
    vm.depth -= 1;
}

/// A required str argument of an internal function.
fn str_arg<'a>(vm: &mut Vm, v: Value, what: &str) -> PyResult<&'a str> {
    match str_text(v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

// ===== encoder ============================================================================

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u_escape(out: &mut String, c: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((c >> shift) & 0xf) as usize] as char);
    }
}

/// Appends the escape of an ASCII byte that cannot appear literally.
fn push_ascii_escape(out: &mut String, b: u8) {
    match b {
        b'\\' => out.push_str("\\\\"),
        b'"' => out.push_str("\\\""),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        _ => push_u_escape(out, b as u32),
    }
}

/// `encode_basestring_ascii` / `encode_basestring` into `out`: `s` quoted, with
/// CPython's escapes (lowercase hex; surrogate pairs beyond the BMP when `ascii`).
fn escape_str(out: &mut String, s: &str, ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let plain = if b < 0x80 {
            b >= 0x20 && b != b'"' && b != b'\\' && !(ascii && b == 0x7f)
        } else {
            !ascii
        };
        if plain {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        if b < 0x80 {
            push_ascii_escape(out, b);
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or('\u{fffd}') as u32;
            if c >= 0x10000 {
                let v = c - 0x10000;
                push_u_escape(out, 0xd800 | ((v >> 10) & 0x3ff));
                push_u_escape(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u_escape(out, c);
            }
            i += char::from_u32(c).map_or(1, |ch| ch.len_utf8());
        }
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn encode_basestring_ascii(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    basestring(vm, a, "encode_basestring_ascii", true)
}

fn encode_basestring(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    basestring(vm, a, "encode_basestring", false)
}

fn basestring(vm: &mut Vm, a: &[Value], name: &str, ascii: bool) -> PyResult<Value> {
    args::arity(vm, name, a, 1, 1)?;
    let Some(s) = str_text(a[0]) else {
        let tn = vm.type_name(a[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let mut out = String::new();
    escape_str(&mut out, s, ascii);
    Ok(vm.new_str(&out))
}

/// What a value encodes as.
enum Class<'a> {
    Const(&'static str),
    Str(&'a str),
    Int(Value),
    Float(f64),
    /// An exact list or any tuple: items read in place.
    Seq,
    /// A list or tuple subclass instance: items come from iterating it.
    SeqSub,
    Dict,
    /// A dict subclass instance: pairs come from its `items()`.
    DictSub,
    Other,
}

fn classify<'a>(v: Value) -> Class<'a> {
    if v.is_none() {
        return Class::Const("null");
    }
    if v.is_bool() {
        return Class::Const(if v.is_true_bool() { "true" } else { "false" });
    }
    if v.is_small_int() {
        return Class::Int(v);
    }
    if v.is_float() {
        return Class::Float(v.as_float());
    }
    if !v.is_ptr() {
        return Class::Other;
    }
    match kind_of(v) {
        // SAFETY: kind checked; the caller keeps `v` alive while the text is used.
        Kind::Str => Class::Str(unsafe { as_str(v) }),
        Kind::BoxedInt | Kind::BigInt => Class::Int(v),
        Kind::List | Kind::Tuple => Class::Seq,
        Kind::Dict => Class::Dict,
        Kind::Instance => {
            let ext = instance_ext(v);
            if ext.is_small_int() {
                return Class::Int(ext);
            }
            if ext.is_float() {
                return Class::Float(ext.as_float());
            }
            if !ext.is_ptr() {
                return Class::Other;
            }
            match kind_of(ext) {
                // SAFETY: kind checked; the instance keeps its base value alive.
                Kind::Str => Class::Str(unsafe { as_str(ext) }),
                Kind::BoxedInt | Kind::BigInt => Class::Int(ext),
                Kind::List | Kind::Tuple => Class::SeqSub,
                Kind::Dict => Class::DictSub,
                _ => Class::Other,
            }
        }
        _ => Class::Other,
    }
}

/// Where encoded text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    /// One string, returned at the end.
    Whole,
    /// Chunks appended to a list (`iterencode`).
    List,
    /// Chunks passed to `sink.write` as they are produced (`dump`).
    Write,
}

struct Encoder {
    out: String,
    /// The encoded form of the dict key being written.
    keybuf: String,
    ensure_ascii: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    c_path: bool,
    check_circular: bool,
    /// Addresses of the containers and `default()` inputs being encoded.
    markers: HashSet<u64>,
    /// [default, sink, write name], then the objects in `markers` and the
    /// temporaries of the current path.
    roots: RootedVec,
    sink: Sink,
    level: usize,
}

const R_DEFAULT: usize = 0;
const R_SINK: usize = 1;
const R_WRITE: usize = 2;

/// `_json.encode(obj, default, ensure_ascii, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan, check_circular, c_path, sink_mode, sink)`.
/// `indent` is None or a str; `sink_mode` 0 returns the text, 1 appends chunks to the
/// list `sink`, 2 calls `sink.write(chunk)` per chunk.
fn encode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "encode", a, 13, 13)?;
    let indent = if a[3].is_none() {
        None
    } else {
        Some(str_arg(vm, a[3], "indent")?.to_owned())
    };
    let mut sep = [String::new(), String::new()];
    for (i, s) in sep.iter_mut().enumerate() {
        let v = a[4 + i];
        match str_text(v) {
            Some(t) => *s = t.to_owned(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "make_encoder() argument {} must be str, not {tn}",
                    5 + i
                )));
            }
        }
    }
    let [key_sep, item_sep] = sep;
    let ensure_ascii = vm.is_true(a[2])?;
    let sort_keys = vm.is_true(a[6])?;
    let skipkeys = vm.is_true(a[7])?;
    let allow_nan = vm.is_true(a[8])?;
    let check_circular = vm.is_true(a[9])?;
    let c_path = vm.is_true(a[10])?;
    let sink = match a[11].small_int_value() {
        Some(0) => Sink::Whole,
        Some(1) if is_kind(a[12], Kind::List) => Sink::List,
        Some(2) => Sink::Write,
        _ => return Err(vm.value_error("encode: bad sink")),
    };
    let write = vm.intern("write");
    let mut enc = Encoder {
        out: String::new(),
        keybuf: String::new(),
        ensure_ascii,
        indent,
        key_sep,
        item_sep,
        sort_keys,
        skipkeys,
        allow_nan,
        c_path,
        check_circular,
        markers: HashSet::new(),
        roots: RootedVec::from_slice(&[a[1], a[12], write]),
        sink,
        level: 0,
    };
    enc.value(vm, a[0])?;
    match enc.sink {
        Sink::Whole => Ok(vm.new_str(&enc.out)),
        _ => Ok(Value::NONE),
    }
}

impl Encoder {
    /// Ends a chunk (a `yield` of CPython's `_make_iterencode`) in chunk mode.
    fn cut(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.sink == Sink::Whole {
            return Ok(());
        }
        let chunk = vm.new_str(&self.out);
        self.out.clear();
        let sink = self.roots[R_SINK];
        if self.sink == Sink::List {
            vm.list_append(sink, chunk);
            return Ok(());
        }
        let name = self.roots[R_WRITE];
        let write = vm.get_attr(sink, name)?;
        vm.call(write, &[chunk])?;
        Ok(())
    }

    fn recursion_what(&self) -> &'static str {
        if self.c_path {
            " while encoding a JSON object"
        } else {
            ""
        }
    }

    fn newline_indent(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    /// Starts checking `v` for cycles ("Circular reference detected").
    fn mark(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        if !self.check_circular {
            return Ok(());
        }
        if !self.markers.insert(v.bits()) {
            return Err(vm.value_error("Circular reference detected"));
        }
        self.roots.push(v);
        Ok(())
    }

    fn unmark(&mut self, v: Value) {
        if !self.check_circular {
            return;
        }
        self.markers.remove(&v.bits());
        if let Some(i) = self.roots.iter().rposition(|&x| x == v) {
            self.roots.remove(i);
        }
    }

    /// Writes `float.__repr__(f)` or a special value (`orig` is the float object, for
    /// the message); to `keybuf` when `key`.
    fn float(&mut self, vm: &mut Vm, f: f64, orig: Value, key: bool) -> PyResult<()> {
        let out = if key { &mut self.keybuf } else { &mut self.out };
        if f.is_finite() {
            crate::format::float_repr_into(out, f);
            return Ok(());
        }
        if !self.allow_nan {
            let msg = if self.c_path {
                "Out of range float values are not JSON compliant".to_owned()
            } else {
                // repr(o): a float subclass's own __repr__ counts.
                let r = vm.repr(orig)?;
                // SAFETY: repr returns a str.
                let r = unsafe { as_str(r) };
                format!("Out of range float values are not JSON compliant: {r}")
            };
            return Err(vm.value_error(msg));
        }
        out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    /// Writes a scalar; false (nothing written) for containers and other objects.
    fn scalar(&mut self, vm: &mut Vm, v: Value, c: &Class) -> PyResult<bool> {
        match *c {
            Class::Const(t) => self.out.push_str(t),
            Class::Str(s) => escape_str(&mut self.out, s, self.ensure_ascii),
            Class::Int(i) => write_int(vm, &mut self.out, i)?,
            Class::Float(f) => self.float(vm, f, v, false)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Encodes any value (`_iterencode` / `encoder_listencode_obj`).
    fn value(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let c = classify(v);
        if self.scalar(vm, v, &c)? {
            return self.cut(vm);
        }
        self.container(vm, v, c)
    }

    /// Encodes a list, tuple, dict or (through `default`) any other object.
    fn container(&mut self, vm: &mut Vm, v: Value, c: Class) -> PyResult<()> {
        match c {
            Class::Seq | Class::SeqSub => {
                enter(vm, self.recursion_what())?;
                let r = self.list(vm, v, matches!(c, Class::SeqSub));
                leave(vm);
                r
            }
            Class::Dict | Class::DictSub => {
                enter(vm, self.recursion_what())?;
                let r = self.dict(vm, v, matches!(c, Class::DictSub));
                leave(vm);
                r
            }
            _ => {
                self.mark(vm, v)?;
                let default = self.roots[R_DEFAULT];
                let newobj = vm.call(default, &[v])?;
                self.roots.push(newobj);
                enter(vm, self.recursion_what())?;
                let r = self.value(vm, newobj);
                leave(vm);
                r?;
                self.roots.pop();
                self.unmark(v);
                Ok(())
            }
        }
    }

    fn list(&mut self, vm: &mut Vm, seq: Value, sub: bool) -> PyResult<()> {
        // Subclasses are iterated (their __iter__ counts), as PySequence_Fast does.
        let collected = if sub {
            Some(vm.collect_iterable(seq)?)
        } else {
            None
        };
        let items_of = |i: usize| -> Option<Value> {
            match &collected {
                Some(c) => c.get(i).copied(),
                None if is_kind(seq, Kind::List) => {
                    // SAFETY: kind checked; re-read at every step (callbacks may
                    // mutate the list).
                    unsafe { list_obj(seq).items().get(i).copied() }
                }
                // SAFETY: a tuple (Seq is a list or a tuple).
                None => unsafe { tuple_items(seq).get(i).copied() },
            }
        };
        if items_of(0).is_none() {
            self.out.push_str("[]");
            return self.cut(vm);
        }
        self.mark(vm, seq)?;
        self.out.push('[');
        if self.indent.is_some() {
            self.level += 1;
            self.newline_indent();
        }
        let mut i = 0;
        while let Some(item) = items_of(i) {
            if i > 0 {
                self.out.push_str(&self.item_sep);
                self.newline_indent();
            }
            i += 1;
            let c = classify(item);
            if self.scalar(vm, item, &c)? {
                self.cut(vm)?;
            } else {
                self.cut(vm)?;
                self.container(vm, item, c)?;
            }
        }
        if self.indent.is_some() {
            self.level -= 1;
            self.newline_indent();
            self.cut(vm)?;
        }
        self.out.push(']');
        self.cut(vm)?;
        self.unmark(seq);
        Ok(())
    }

    /// Encodes dict key `k` into `keybuf` (as a JSON string); false to skip it
    /// (`skipkeys`).
    fn key(&mut self, vm: &mut Vm, k: Value) -> PyResult<bool> {
        self.keybuf.clear();
        let text = match classify(k) {
            Class::Str(s) => s,
            Class::Float(f) => {
                self.float(vm, f, k, true)?;
                ""
            }
            Class::Const(t) => t,
            Class::Int(i) => {
                write_int(vm, &mut self.keybuf, i)?;
                ""
            }
            _ if self.skipkeys => return Ok(false),
            _ => {
                let tn = vm.type_name(k);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {tn}"
                )));
            }
        };
        if self.keybuf.is_empty() {
            escape_str(&mut self.keybuf, text, self.ensure_ascii);
        } else {
            // Numbers need no escapes: quote them in place.
            self.keybuf.insert(0, '"');
            self.keybuf.push('"');
        }
        Ok(true)
    }

    fn dict(&mut self, vm: &mut Vm, d: Value, sub: bool) -> PyResult<()> {
        let base = if sub { instance_ext(d) } else { d };
        if dict_len(base) == 0 {
            self.out.push_str("{}");
            return self.cut(vm);
        }
        self.mark(vm, d)?;
        self.out.push('{');
        self.cut(vm)?;
        if self.indent.is_some() {
            self.level += 1;
            self.newline_indent();
            self.cut(vm)?;
        }
        // Pairs: in place for an exact unsorted dict, else a snapshot.
        let mut keys = RootedVec::new();
        let mut vals = RootedVec::new();
        let in_place = !sub && !self.sort_keys;
        if !in_place {
            if sub {
                let items = vm.call_method(d, "items", &[])?;
                let items = vm.collect_iterable(items)?;
                for &it in items.iter() {
                    // SAFETY: kind checked before reading the items.
                    let pair = is_kind(it, Kind::Tuple) && unsafe { tuple_items(it).len() } == 2;
                    if !pair {
                        return Err(vm.value_error("items must return 2-tuples"));
                    }
                    // SAFETY: a 2-tuple (checked above).
                    let (k, v) = unsafe { (tuple_items(it)[0], tuple_items(it)[1]) };
                    keys.push(k);
                    vals.push(v);
                }
            } else {
                let mut pos = 0;
                while let Some((k, v)) = dict_next(d, &mut pos) {
                    keys.push(k);
                    vals.push(v);
                }
            }
            if self.sort_keys {
                vm.sort_values(&mut vals, &mut keys, false)?;
            }
        }
        let mut pos = 0;
        let mut idx = 0;
        let mut first = true;
        loop {
            let (k, v) = if in_place {
                match dict_next(d, &mut pos) {
                    Some(kv) => kv,
                    None => break,
                }
            } else {
                if idx == keys.len() {
                    break;
                }
                idx += 1;
                (keys[idx - 1], vals[idx - 1])
            };
            // The key is coerced before the separator is written (as CPython does).
            if !self.key(vm, k)? {
                continue;
            }
            if !first {
                self.out.push_str(&self.item_sep);
                self.newline_indent();
                self.cut(vm)?;
            }
            first = false;
            self.out.push_str(&self.keybuf);
            self.cut(vm)?;
            self.out.push_str(&self.key_sep);
            self.cut(vm)?;
            let c = classify(v);
            if self.scalar(vm, v, &c)? {
                self.cut(vm)?;
            } else {
                self.container(vm, v, c)?;
            }
        }
        if self.indent.is_some() {
            self.level -= 1;
            self.newline_indent();
            self.cut(vm)?;
        }
        self.out.push('}');
        self.cut(vm)?;
        self.unmark(d);
        Ok(())
    }
}

/// Writes `int.__repr__(v)` (`v` is an int value, not a subclass instance).
fn write_int(vm: &mut Vm, out: &mut String, v: Value) -> PyResult<()> {
    if let Some(i) = v.small_int_value() {
        push_i64(out, i);
        return Ok(());
    }
    match int_view(v) {
        Some(IntView::I64(i)) => push_i64(out, i),
        _ => {
            // Big ints: repr's digit limit and message.
            let s = vm.repr_string(v)?;
            out.push_str(&s);
        }
    }
    Ok(())
}

fn push_i64(out: &mut String, i: i64) {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.push('-');
    }
    for &b in &buf[at..] {
        out.push(b as char);
    }
}

// ===== scanner ============================================================================

/// A scanner failure, before it becomes a Python exception.
enum ScanErr {
    /// A Python exception (from a hook, `parse_*`, an allocation limit...).
    Py(PyErr),
    /// `JSONDecodeError(msg, doc, pos)`; `pos` in bytes.
    Msg(&'static str, usize),
    /// CPython's `StopIteration(pos)`: no value starts at `pos` (bytes).
    NoValue(usize),
    /// A `\\ud800`-style escape that Tern's strs cannot hold (NotImplementedError).
    Surrogate(u32),
}

impl From<PyErr> for ScanErr {
    fn from(e: PyErr) -> ScanErr {
        ScanErr::Py(e)
    }
}

type ScanResult<T> = Result<T, ScanErr>;

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Interns object keys per scan (CPython's `memo`): equal keys share one str.
/// Open addressing over (hash, index into `keys`); `keys` roots the strs.
struct KeyMemo {
    slots: Vec<u32>,
    hashes: Vec<i64>,
    keys: RootedVec,
}

impl KeyMemo {
    fn new() -> KeyMemo {
        KeyMemo {
            slots: Vec::new(),
            hashes: Vec::new(),
            keys: RootedVec::new(),
        }
    }

    /// The memoised str for `text` and its hash.
    fn get(&mut self, vm: &mut Vm, text: &str) -> (Value, i64) {
        let h = hash_bytes(text.as_bytes());
        if self.slots.is_empty() {
            self.slots = vec![0; 64];
        }
        let mask = self.slots.len() - 1;
        let mut i = h as u64 as usize & mask;
        loop {
            let s = self.slots[i] as usize;
            if s == 0 {
                break;
            }
            // SAFETY: memo entries are strs rooted by `keys`.
            if self.hashes[s - 1] == h && unsafe { as_str(self.keys[s - 1]) } == text {
                return (self.keys[s - 1], h);
            }
            i = (i + 1) & mask;
        }
        let v = vm.new_str(text);
        self.keys.push(v);
        self.hashes.push(h);
        self.slots[i] = self.keys.len() as u32;
        if self.keys.len() * 2 > self.slots.len() {
            self.grow();
        }
        (v, h)
    }

    fn grow(&mut self) {
        let n = self.slots.len() * 2;
        self.slots = vec![0; n];
        let mask = n - 1;
        for (j, &h) in self.hashes.iter().enumerate() {
            let mut i = h as u64 as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = j as u32 + 1;
        }
    }
}

/// The options of a `JSONDecoder` (read once per call) and the scan state.
struct Scanner<'a> {
    s: &'a [u8],
    strict: bool,
    /// [object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, doc],
    /// then the containers under construction.
    roots: RootedVec,
    fast_float: bool,
    fast_int: bool,
    memo: KeyMemo,
    /// A `\ud800`-style escape that Tern's strs cannot hold was decoded.
    lone_surrogate: Option<u32>,
}

const S_OBJECT_HOOK: usize = 0;
const S_PAIRS_HOOK: usize = 1;
const S_PARSE_FLOAT: usize = 2;
const S_PARSE_INT: usize = 3;
const S_PARSE_CONSTANT: usize = 4;

impl<'a> Scanner<'a> {
    /// A scanner over `text` with the options of decoder `ctx` (None: scanstring's
    /// defaults with `strict`).
    fn new(vm: &mut Vm, text: &'a str, doc: Value, ctx: Option<Value>) -> PyResult<Scanner<'a>> {
        let mut roots = RootedVec::with_capacity(16);
        let mut strict = true;
        let mut fast_float = true;
        let mut fast_int = true;
        match ctx {
            Some(c) => {
                let sv = get(vm, c, "strict")?;
                strict = vm.is_true(sv)?;
                for name in [
                    "object_hook",
                    "object_pairs_hook",
                    "parse_float",
                    "parse_int",
                    "parse_constant",
                ] {
                    let v = get(vm, c, name)?;
                    roots.push(v);
                }
                fast_float = roots[S_PARSE_FLOAT] == Value::from_ptr(vm.types.float);
                fast_int = roots[S_PARSE_INT] == Value::from_ptr(vm.types.int);
            }
            None => roots.extend_from_slice(&[Value::NONE; 5]),
        }
        roots.push(doc);
        Ok(Scanner {
            s: text.as_bytes(),
            strict,
            roots,
            fast_float,
            fast_int,
            memo: KeyMemo::new(),
            lone_surrogate: None,
        })
    }

    fn text(&self, from: usize, to: usize) -> &'a str {
        // SAFETY: callers slice at ASCII delimiters, so the bytes are valid UTF-8
        // (the document is a str).
        unsafe { std::str::from_utf8_unchecked(&self.s[from..to]) }
    }

    #[inline]
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    /// `scan_once_unicode`: one value starting at `idx`; returns it and its end.
    fn scan(&mut self, vm: &mut Vm, idx: usize) -> ScanResult<(Value, usize)> {
        let s = self.s;
        let len = s.len();
        if idx >= len {
            return Err(ScanErr::NoValue(idx));
        }
        let at = |i: usize, lit: &[u8]| s.len() > i + lit.len() - 1 && &s[i..i + lit.len()] == lit;
        match s[idx] {
            b'"' => return self.string(vm, idx + 1),
            b'{' => {
                enter(vm, " while decoding a JSON object from a unicode string")?;
                let r = self.object(vm, idx + 1);
                leave(vm);
                return r;
            }
            b'[' => {
                enter(vm, " while decoding a JSON array from a unicode string")?;
                let r = self.array(vm, idx + 1);
                leave(vm);
                return r;
            }
            b'n' if at(idx, b"null") => return Ok((Value::NONE, idx + 4)),
            b't' if at(idx, b"true") => return Ok((Value::TRUE, idx + 4)),
            b'f' if at(idx, b"false") => return Ok((Value::FALSE, idx + 5)),
            b'N' if at(idx, b"NaN") => return self.constant(vm, "NaN", idx),
            b'I' if at(idx, b"Infinity") => return self.constant(vm, "Infinity", idx),
            b'-' if at(idx, b"-Infinity") => return self.constant(vm, "-Infinity", idx),
            _ => {}
        }
        self.number(vm, idx)
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, idx: usize) -> ScanResult<(Value, usize)> {
        let c = vm.intern(name);
        let f = self.roots[S_PARSE_CONSTANT];
        let v = if f.is_none() {
            // scanstring's scanner never scans values; a None hook means the default.
            Value::float(name.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            vm.call(f, &[c])?
        };
        Ok((v, idx + name.len()))
    }

    /// `_match_number_unicode`.
    fn number(&mut self, vm: &mut Vm, start: usize) -> ScanResult<(Value, usize)> {
        let s = self.s;
        let end_idx = s.len() - 1;
        let digit = |i: usize| s[i].is_ascii_digit();
        let mut idx = start;
        if s[idx] == b'-' {
            idx += 1;
            if idx > end_idx {
                return Err(ScanErr::NoValue(start));
            }
        }
        if (b'1'..=b'9').contains(&s[idx]) {
            idx += 1;
            while idx <= end_idx && digit(idx) {
                idx += 1;
            }
        } else if s[idx] == b'0' {
            idx += 1;
        } else {
            return Err(ScanErr::NoValue(start));
        }
        let mut is_float = false;
        if idx < end_idx && s[idx] == b'.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while idx <= end_idx && digit(idx) {
                idx += 1;
            }
        }
        if idx < end_idx && (s[idx] == b'e' || s[idx] == b'E') {
            let e_start = idx;
            idx += 1;
            if idx < end_idx && (s[idx] == b'-' || s[idx] == b'+') {
                idx += 1;
            }
            while idx <= end_idx && digit(idx) {
                idx += 1;
            }
            if digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text = self.text(start, idx);
        let v = if is_float && !self.fast_float {
            let t = vm.new_str(text);
            vm.call(self.roots[S_PARSE_FLOAT], &[t])?
        } else if !is_float && !self.fast_int {
            let t = vm.new_str(text);
            vm.call(self.roots[S_PARSE_INT], &[t])?
        } else if is_float {
            Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else if text.len() <= 18 {
            vm.new_int(text.parse::<i64>().unwrap_or(0))
        } else {
            // Big ints go through int() for its digit limit and message.
            let t = vm.new_str(text);
            vm.int_new(t, Value::EMPTY)?
        };
        Ok((v, idx))
    }

    /// `scanstring_unicode`: the string whose body starts at `end` (after the
    /// opening quote); returns it and the index after the closing quote.
    fn string(&mut self, vm: &mut Vm, end: usize) -> ScanResult<(Value, usize)> {
        let (text, next) = self.string_text(end)?;
        let v = match text {
            Some(t) => vm.new_str(&t),
            None => vm.new_str(self.text(end, next - 1)),
        };
        Ok((v, next))
    }

    /// The body of a string: None when it has no escapes (it is the bytes between
    /// `end` and the returned index minus one), else the unescaped text.
    fn string_text(&mut self, mut end: usize) -> ScanResult<(Option<String>, usize)> {
        let s = self.s;
        let len = s.len();
        // `scanstring(s, 0)` has its quote "before" the text: begin is -1 (MAX).
        let begin = end.wrapping_sub(1);
        let mut buf: Option<String> = None;
        loop {
            let mut next = end;
            let mut c = 0u8;
            while next < len {
                let d = s[next];
                c = d;
                if d == b'"' || d == b'\\' {
                    break;
                }
                if d <= 0x1f && self.strict {
                    return Err(ScanErr::Msg("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len || (c != b'"' && c != b'\\') {
                return Err(ScanErr::Msg("Unterminated string starting at", begin));
            }
            if c == b'"' && buf.is_none() {
                self.check_surrogates()?;
                return Ok((None, next + 1));
            }
            let b = buf.get_or_insert_with(String::new);
            b.push_str(self.text(end, next));
            next += 1;
            if c == b'"' {
                end = next;
                break;
            }
            if next == len {
                return Err(ScanErr::Msg("Unterminated string starting at", begin));
            }
            let e = s[next];
            let ch: u32;
            if e != b'u' {
                end = next + 1;
                ch = match e {
                    b'"' => '"' as u32,
                    b'\\' => '\\' as u32,
                    b'/' => '/' as u32,
                    b'b' => 8,
                    b'f' => 12,
                    b'n' => 10,
                    b'r' => 13,
                    b't' => 9,
                    _ => return Err(ScanErr::Msg("Invalid \\escape", end - 2)),
                };
            } else {
                next += 1;
                end = next + 4;
                if end >= len {
                    return Err(ScanErr::Msg("Invalid \\uXXXX escape", next - 1));
                }
                let Some(mut u) = hex4(&s[next..end]) else {
                    return Err(ScanErr::Msg("Invalid \\uXXXX escape", end - 5));
                };
                if (0xd800..0xdc00).contains(&u)
                    && end + 6 < len
                    && s[end] == b'\\'
                    && s[end + 1] == b'u'
                {
                    let Some(u2) = hex4(&s[end + 2..end + 6]) else {
                        return Err(ScanErr::Msg("Invalid \\uXXXX escape", end + 1));
                    };
                    if (0xdc00..0xe000).contains(&u2) {
                        u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                        end += 6;
                    }
                }
                ch = u;
            }
            match char::from_u32(ch) {
                Some(chr) => b.push(chr),
                None => {
                    // A lone surrogate: reported once the string scanned cleanly, so
                    // that CPython's later errors win.
                    if self.lone_surrogate.is_none() {
                        self.lone_surrogate = Some(ch);
                    }
                }
            }
        }
        self.check_surrogates()?;
        Ok((buf, end))
    }

    fn check_surrogates(&mut self) -> ScanResult<()> {
        match self.lone_surrogate {
            None => Ok(()),
            Some(u) => Err(ScanErr::Surrogate(u)),
        }
    }

    /// `_parse_object_unicode`; `idx` is after the `{`.
    fn object(&mut self, vm: &mut Vm, mut idx: usize) -> ScanResult<(Value, usize)> {
        let s = self.s;
        let len = s.len();
        let pairs = !self.roots[S_PAIRS_HOOK].is_none();
        let rval = if pairs {
            vm.new_list_with_capacity(0)
        } else {
            vm.new_dict()
        };
        self.roots.push(rval);
        idx = self.skip_ws(idx);
        if idx >= len || s[idx] != b'}' {
            loop {
                if idx >= len || s[idx] != b'"' {
                    return Err(ScanErr::Msg(
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (text, next) = self.string_text(idx + 1)?;
                let (key, hash) = match &text {
                    Some(t) => self.memo.get(vm, t),
                    None => {
                        let t = self.text(idx + 1, next - 1);
                        self.memo.get(vm, t)
                    }
                };
                idx = self.skip_ws(next);
                if idx >= len || s[idx] != b':' {
                    return Err(ScanErr::Msg("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan(vm, idx)?;
                if pairs {
                    let item = vm.new_tuple(&[key, val]);
                    vm.list_append(rval, item);
                } else {
                    vm.dict_set_hashed(rval, key, hash, val)?;
                }
                idx = self.skip_ws(next);
                if idx < len && s[idx] == b'}' {
                    break;
                }
                if idx >= len || s[idx] != b',' {
                    return Err(ScanErr::Msg("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        self.roots.pop();
        let hook = if pairs {
            self.roots[S_PAIRS_HOOK]
        } else {
            self.roots[S_OBJECT_HOOK]
        };
        let v = if hook.is_none() {
            rval
        } else {
            vm.call(hook, &[rval])?
        };
        Ok((v, idx + 1))
    }

    /// `_parse_array_unicode`; `idx` is after the `[`.
    fn array(&mut self, vm: &mut Vm, mut idx: usize) -> ScanResult<(Value, usize)> {
        let s = self.s;
        let len = s.len();
        let rval = vm.new_list_with_capacity(0);
        self.roots.push(rval);
        idx = self.skip_ws(idx);
        if idx >= len || s[idx] != b']' {
            loop {
                let (val, next) = self.scan(vm, idx)?;
                vm.list_append(rval, val);
                idx = self.skip_ws(next);
                if idx < len && s[idx] == b']' {
                    break;
                }
                if idx >= len || s[idx] != b',' {
                    return Err(ScanErr::Msg("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        self.roots.pop();
        Ok((rval, idx + 1))
    }
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &d in b {
        let x = (d as char).to_digit(16)?;
        v = (v << 4) | x;
    }
    Some(v)
}

fn get(vm: &mut Vm, o: Value, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    vm.get_attr(o, n)
}

/// The code-point index of byte offset `pos` of `text` (`pos` may pass the end).
fn char_index(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    if pos >= b.len() {
        return text.chars().count() + (pos - b.len());
    }
    b[..pos].iter().filter(|&&c| (c & 0xc0) != 0x80).count()
}

/// The byte offset of code-point index `idx` of `text` (past the end: extended).
fn byte_index(text: &str, ascii: bool, idx: usize) -> usize {
    if ascii {
        return idx;
    }
    match text.char_indices().nth(idx) {
        Some((b, _)) => b,
        None => text.len() + (idx - text.chars().count()),
    }
}

/// The Python exception for a scanner failure. `no_value_stops` reports a missing
/// value as `StopIteration(pos)` (`scan_once`) instead of "Expecting value".
fn raise(
    vm: &mut Vm,
    e: ScanErr,
    text: &str,
    doc: Value,
    errcls: Value,
    no_value_stops: bool,
) -> PyErr {
    let (msg, pos) = match e {
        ScanErr::Py(err) => {
            // A StopIteration from a hook is what raw_decode turns into
            // "Expecting value" (its value as the position).
            if !no_value_stops && vm.isinstance(err.0, vm.types.stop_iteration) {
                let v = vm.stop_iteration_value(err.0);
                let m = vm.new_str("Expecting value");
                return match vm.call(errcls, &[m, doc, v]) {
                    Ok(exc) => PyErr(exc),
                    Err(e2) => e2,
                };
            }
            return err;
        }
        ScanErr::Surrogate(u) => {
            return vm.not_implemented_error(format!(
                "json: the lone surrogate \\u{u:04x} cannot be held in a Tern str"
            ));
        }
        ScanErr::Msg(m, p) => (m, p),
        ScanErr::NoValue(p) => {
            if no_value_stops {
                let ci = vm.new_int(char_index(text, p) as i64);
                return vm.stop_iteration_with(ci);
            }
            ("Expecting value", p)
        }
    };
    let m = vm.new_str(msg);
    let p = if pos == usize::MAX {
        -1
    } else {
        char_index(text, pos) as i64
    };
    let p = vm.new_int(p);
    match vm.call(errcls, &[m, doc, p]) {
        Ok(exc) => PyErr(exc),
        Err(e2) => e2,
    }
}

/// The text of a document argument (`first argument must be a string`).
fn doc_text<'a>(vm: &mut Vm, doc: Value) -> PyResult<(&'a str, bool)> {
    match str_text(doc) {
        Some(t) => {
            let src = if is_kind(doc, Kind::Str) {
                doc
            } else {
                instance_ext(doc)
            };
            // SAFETY: `src` is the str that `t` borrows.
            let ascii = unsafe { str_obj(src).is_ascii() };
            Ok((t, ascii))
        }
        None => {
            let tn = vm.type_name(doc);
            Err(vm.type_error(format!("first argument must be a string, not {tn}")))
        }
    }
}

/// `_json.decode(ctx, s, errcls)`: `JSONDecoder.decode` (whitespace, one value,
/// whitespace, "Extra data").
fn decode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "decode", a, 3, 3)?;
    let (ctx, doc, errcls) = (a[0], a[1], a[2]);
    let Some(text) = str_text(doc) else {
        let tn = vm.type_name(doc);
        let msg = if matches!(tn.as_str(), "bytes" | "bytearray") {
            "cannot use a string pattern on a bytes-like object".to_owned()
        } else {
            format!("expected string or bytes-like object, got '{tn}'")
        };
        return Err(vm.type_error(msg));
    };
    let mut sc = Scanner::new(vm, text, doc, Some(ctx))?;
    let idx = sc.skip_ws(0);
    let r = sc.scan(vm, idx).and_then(|(v, end)| {
        let end = sc.skip_ws(end);
        if end != text.len() {
            return Err(ScanErr::Msg("Extra data", end));
        }
        Ok(v)
    });
    r.map_err(|e| raise(vm, e, text, doc, errcls, false))
}

/// The shared part of `raw_decode` and `scan_once`: `(value, end)` from char `idx`.
fn scan_from(vm: &mut Vm, a: &[Value], name: &str, stops: bool) -> PyResult<Value> {
    args::arity(vm, name, a, 4, 4)?;
    let (ctx, doc, errcls) = (a[0], a[1], a[3]);
    let (text, ascii) = doc_text(vm, doc)?;
    let idx = match int_view(a[2]).and_then(|i| i.to_i64()) {
        Some(i) => i,
        None => {
            let tn = vm.type_name(a[2]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let start = byte_index(text, ascii, idx as usize);
    let mut sc = Scanner::new(vm, text, doc, Some(ctx))?;
    match sc.scan(vm, start) {
        Ok((v, end)) => {
            let e = if ascii { end } else { char_index(text, end) };
            let e = vm.new_int(e as i64);
            Ok(vm.new_tuple(&[v, e]))
        }
        Err(e) => Err(raise(vm, e, text, doc, errcls, stops)),
    }
}

/// `_json.raw_decode(ctx, s, idx, errcls)` -> `(value, end)`.
fn raw_decode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    scan_from(vm, a, "raw_decode", false)
}

/// `_json.scan_once(ctx, s, idx, errcls)` -> `(value, end)`, or StopIteration(idx)
/// when no value starts there (the C scanner's protocol).
fn scan_once(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    scan_from(vm, a, "scan_once", true)
}

/// `_json.scanstring(s, end, strict, errcls)` -> `(str, end)`: `end` is the index
/// after the opening quote.
fn scanstring(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "scanstring", a, 4, 4)?;
    let (doc, errcls) = (a[0], a[3]);
    let (text, ascii) = doc_text(vm, doc)?;
    let end = match int_view(a[1]).and_then(|i| i.to_i64()) {
        Some(i) => i,
        None => {
            let tn = vm.type_name(a[1]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let nchars = if ascii {
        text.len()
    } else {
        text.chars().count()
    };
    if end < 0 || end as usize > nchars {
        return Err(vm.value_error("end is out of bounds"));
    }
    let strict = vm.is_true(a[2])?;
    let start = byte_index(text, ascii, end as usize);
    let mut sc = Scanner::new(vm, text, doc, None)?;
    sc.strict = strict;
    match sc.string(vm, start) {
        Ok((v, e)) => {
            let e = if ascii { e } else { char_index(text, e) };
            let e = vm.new_int(e as i64);
            Ok(vm.new_tuple(&[v, e]))
        }
        Err(e) => Err(raise(vm, e, text, doc, errcls, false)),
    }
}
