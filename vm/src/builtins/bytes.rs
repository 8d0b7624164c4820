//! `bytes`: immutable byte strings, plus what `bytes` and `bytearray` share outside
//! their methods: reading byte data from a value (the buffer protocol of bytes,
//! bytearray and memoryview), building a byte string from a constructor argument,
//! the codecs (`decode`), and printf-style `%` formatting of byte strings.
//!
//! Invariants:
//! - A slice borrowed from a bytes object is valid while the object lives (bytes are
//!   immutable and the collector never moves objects). A slice borrowed from a
//!   bytearray is valid only until the bytearray is mutated, so helpers that may run
//!   Python code (`__index__`, `__bytes__`, iteration) copy first.
//! - Codec errors and argument errors use CPython's exact messages.
//! - The methods themselves live in `bytes_methods` (shared) and `bytearray`.

use super::args;
use crate::format::{self as fmt, Count, FormatError, PercentPiece};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::bytearray::bytearray_obj;
use crate::object::int::{int_view, IntView};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, BytesObj, Kind};
use crate::value::Value;
use crate::vm::Vm;

// ----- data access --------------------------------------------------------------------

/// The bytes of a bytes object.
///
/// # Safety
/// `v` must be a live bytes object; the slice must not outlive it.
pub unsafe fn bytes_data<'a>(v: Value) -> &'a [u8] {
    let b = &*v.as_ptr::<BytesObj>();
    std::slice::from_raw_parts(b.data.as_ptr(), b.len)
}

/// True for a bytes or bytearray object (not a subclass instance).
#[inline]
pub fn is_byte_seq(v: Value) -> bool {
    v.is_ptr() && matches!(kind_of(v), Kind::Bytes | Kind::ByteArray)
}

/// The contents of a bytes or bytearray object.
///
/// # Safety
/// `v` must be a live bytes or bytearray object. The slice must not outlive it, and for
/// a bytearray must not be used after the bytearray is mutated (which only happens
/// when Python code runs or the caller mutates it).
pub unsafe fn seq_data<'a>(v: Value) -> &'a [u8] {
    if kind_of(v) == Kind::Bytes {
        bytes_data(v)
    } else {
        bytearray_obj(v).data()
    }
}

/// The bytes or bytearray behind `v` (itself, or the base value of an instance of a
/// subclass), or None.
pub fn byte_seq_of(v: Value) -> Option<Value> {
    if is_byte_seq(v) {
        return Some(v);
    }
    let e = crate::object::instance_ext(v);
    if is_byte_seq(e) {
        return Some(e);
    }
    None
}

/// A copy of the bytes of an object with the buffer protocol (bytes, bytearray,
/// memoryview, `array.array`, and subclasses of the first two), or None.
pub fn buffer_bytes(v: Value) -> Option<Vec<u8>> {
    if let Some(s) = byte_seq_of(v) {
        // SAFETY: kind checked; copied at once.
        return Some(unsafe { seq_data(s) }.to_vec());
    }
    super::memoryview::memoryview_bytes(v).or_else(|| crate::modules::array::array_bytes(v))
}

/// True when `v` has the buffer protocol.
pub fn has_buffer(v: Value) -> bool {
    byte_seq_of(v).is_some()
        || super::memoryview::is_memoryview(v)
        || crate::modules::array::is_array(v)
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'T'`.
pub fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match buffer_bytes(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Bytes of a bytes-like argument; lists and tuples of ints in range(256) are accepted
/// too (`int.from_bytes`).
pub fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if is_kind(v, Kind::List) || is_kind(v, Kind::Tuple) {
        let items = vm.collect_iterable(v)?;
        let mut out = Vec::with_capacity(items.len());
        for &x in items.iter() {
            match int_view(x).and_then(|i| i.to_i64()) {
                Some(b) if (0..256).contains(&b) => out.push(b as u8),
                _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
            }
        }
        return Ok(out);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// One byte from an int-like value: `'T' object cannot be interpreted as an integer`
/// or `ValueError: {range_msg}`.
pub fn byte_value(vm: &mut Vm, v: Value, range_msg: &str) -> PyResult<u8> {
    match vm.index_of(v) {
        Ok(Some(i)) if (0..256).contains(&i) => Ok(i as u8),
        Ok(Some(_)) => Err(vm.value_error(range_msg.to_string())),
        Err(e) => {
            // Ints beyond i64 are simply out of range here.
            if matches!(int_view(v), Some(IntView::Big(_))) {
                return Err(vm.value_error(range_msg.to_string()));
            }
            Err(e)
        }
        Ok(None) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

impl Vm {
    pub fn new_bytes(&mut self, data: &[u8]) -> Value {
        let class = self.types.bytes;
        let size = std::mem::size_of::<BytesObj>() + data.len();
        let p = self.alloc_obj(size, Kind::Bytes, class) as *mut BytesObj;
        // SAFETY: fresh object with room for the data.
        unsafe {
            (*p).len = data.len();
            std::ptr::copy_nonoverlapping(data.as_ptr(), (*p).data.as_mut_ptr(), data.len());
        }
        Value::from_ptr(p)
    }
}

// ----- constructors -------------------------------------------------------------------

/// The contents for `bytes(source, encoding, errors)` / `bytearray(...)`; `tname` is
/// the type being built (it appears in messages). Missing arguments are EMPTY.
pub fn source_bytes(
    vm: &mut Vm,
    src: Value,
    encoding: Value,
    errors: Value,
    tname: &str,
) -> PyResult<Vec<u8>> {
    if src.is_empty() {
        if !encoding.is_empty() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if !errors.is_empty() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    }
    if !encoding.is_empty() || !errors.is_empty() {
        if !is_kind(src, Kind::Str) {
            return Err(vm.type_error(if encoding.is_empty() {
                "errors without a string argument"
            } else {
                "encoding without a string argument"
            }));
        }
        if encoding.is_empty() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let m = vm.intern("encode");
        let enc = vm.get_attr(src, m)?;
        let mut cargs = RootedVec::from_slice(&[encoding]);
        if !errors.is_empty() {
            cargs.push(errors);
        }
        let r = vm.call(enc, &cargs)?;
        return buffer_arg(vm, r);
    }
    if tname == "bytes" && is_kind(src, Kind::Instance) {
        let name = vm.intern("__bytes__");
        if let Some(m) = vm.lookup_special(src, name) {
            let r = vm.call_bound_special(m, src, &[], Value::EMPTY)?;
            if !is_kind(r, Kind::Bytes) {
                let tn = vm.type_name(r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
            }
            // SAFETY: kind checked.
            return Ok(unsafe { bytes_data(r) }.to_vec());
        }
    }
    if is_kind(src, Kind::Str) {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(b) = buffer_bytes(src) {
        return Ok(b);
    }
    if let Some(IntView::Big(_)) = int_view(src) {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(n) = vm.index_of(src)? {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 40) {
            return Err(vm.new_exception_msg(vm.types.memory_error, ""));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let range_msg = if tname == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) => {
            if vm.isinstance(e.0, vm.types.type_error) {
                let tn = vm.type_name(src);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to {tname}")));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(it)? {
        out.push(byte_value(vm, x, range_msg)?);
    }
    Ok(out)
}

pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "bytes", args, kw, &["source", "encoding", "errors"], 0)?;
    if is_kind(a[0], Kind::Bytes) && a[1].is_empty() && a[2].is_empty() {
        return Ok(a[0]);
    }
    let data = source_bytes(vm, a[0], a[1], a[2], "bytes")?;
    Ok(vm.new_bytes(&data))
}

// ----- codecs -------------------------------------------------------------------------

/// The codecs Tern implements.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// CPython's name for the codec (as it appears in error messages).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Looks an encoding name up as CPython's `codecs.lookup` would for the codecs Tern
/// has; `LookupError: unknown encoding: NAME` otherwise.
pub fn lookup_codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Ok(Codec::Latin1),
        _ => Err(vm.new_exception_msg(vm.types.lookup_error, &format!("unknown encoding: {name}"))),
    }
}

/// A `UnicodeDecodeError` with CPython's message and its `encoding`, `object`,
/// `start`, `end` and `reason` attributes.
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = codec.name();
    let msg = if end - start == 1 {
        format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let e = vm.new_exception_msg(vm.types.unicode_decode_error, &msg);
    let attrs = [
        ("encoding", vm.new_str(enc)),
        ("object", vm.new_bytes(data)),
        ("start", Value::small_int(start as i64)),
        ("end", Value::small_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    for (name, v) in attrs {
        let n = vm.intern(name);
        if let Err(err) = vm.set_attr(e.0, n, v) {
            return err;
        }
    }
    e
}

/// Handles one undecodable run `data[start..end]` according to `errors`.
fn decode_handle(
    vm: &mut Vm,
    codec: Codec,
    errors: &str,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(vm, codec, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &c in &data[start..end] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(())
        }
        // Lone surrogates cannot be held in a Tern str.
        "surrogateescape" | "surrogatepass" => {
            Err(decode_error(vm, codec, data, start, end, reason))
        }
        other => Err(vm.new_exception_msg(
            vm.types.lookup_error,
            &format!("unknown error handler name '{other}'"),
        )),
    }
}

/// Decodes `data` with `codec` and the error handler `errors`.
pub fn decode_bytes(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => {
            let mut i = 0;
            loop {
                match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY: from_utf8 validated `good` bytes.
                        out.push_str(unsafe { std::str::from_utf8_unchecked(&data[i..i + good]) });
                        let start = i + good;
                        let (end, reason) = match e.error_len() {
                            None => (data.len(), "unexpected end of data"),
                            Some(n) => {
                                let c = data[start];
                                let invalid_start = (0x80..0xc2).contains(&c) || c >= 0xf5;
                                let reason = if invalid_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (start + n, reason)
                            }
                        };
                        decode_handle(vm, codec, errors, data, (start, end), reason, &mut out)?;
                        i = end;
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &c) in data.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    decode_handle(vm, codec, errors, data, (i, i + 1), reason, &mut out)?;
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&c| c as char)),
    }
    Ok(out)
}

/// A str argument of a method (`decode() argument 'encoding' must be str, not int`).
pub fn str_param(vm: &mut Vm, v: Value, fname: &str, pname: &str) -> PyResult<String> {
    if is_kind(v, Kind::Str) {
        // SAFETY: kind checked.
        return Ok(unsafe { as_str(v) }.to_owned());
    }
    let e = crate::object::instance_ext(v);
    if is_kind(e, Kind::Str) {
        // SAFETY: kind checked.
        return Ok(unsafe { as_str(e) }.to_owned());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "{fname}() argument '{pname}' must be str, not {tn}"
    )))
}

/// `str(b, encoding, errors)`; missing arguments are EMPTY.
pub fn decode_to_str(vm: &mut Vm, b: Value, encoding: Value, errors: Value) -> PyResult<Value> {
    decode_impl(vm, b, encoding, errors, "str")
}

/// `b.decode(encoding, errors)` (`fname` names the caller in argument errors).
pub fn decode_impl(
    vm: &mut Vm,
    b: Value,
    encoding: Value,
    errors: Value,
    fname: &str,
) -> PyResult<Value> {
    if is_kind(b, Kind::Str) {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let enc = if encoding.is_empty() {
        "utf-8".to_string()
    } else {
        str_param(vm, encoding, fname, "encoding")?
    };
    let errors = if errors.is_empty() {
        "strict".to_string()
    } else {
        str_param(vm, errors, fname, "errors")?
    };
    let data = match buffer_bytes(b) {
        Some(d) => d,
        None => {
            let tn = vm.type_name(b);
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )));
        }
    };
    let codec = lookup_codec(vm, &enc)?;
    let s = decode_bytes(vm, &data, codec, &errors)?;
    Ok(vm.new_str(&s))
}

/// The needle of `x in b`, `b.find(x)`, `b.count(x)`, ...: a buffer's bytes or one
/// byte given as an int. `not_buffer` is the TypeError message for anything else.
pub fn needle_arg(vm: &mut Vm, x: Value, not_buffer: &str) -> PyResult<Vec<u8>> {
    if let Some(v) = buffer_bytes(x) {
        return Ok(v);
    }
    match vm.index_of(x) {
        Ok(Some(i)) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Ok(Some(_)) => Err(vm.value_error("byte must be in range(0, 256)")),
        Err(_) if matches!(int_view(x), Some(IntView::Big(_))) => {
            Err(vm.value_error("byte must be in range(0, 256)"))
        }
        Err(e) => Err(e),
        Ok(None) => {
            let tn = vm.type_name(x);
            Err(vm.type_error(not_buffer.replace("{}", &tn)))
        }
    }
}

/// `x in b` for a bytes or bytearray `b`.
pub fn bytes_contains(vm: &mut Vm, b: Value, x: Value) -> PyResult<bool> {
    let needle = needle_arg(vm, x, "a bytes-like object is required, not '{}'")?;
    // SAFETY: callers pass bytes or bytearray; no Python code runs from here on.
    let data = unsafe { seq_data(b) };
    Ok(find_sub(data, &needle, 0).is_some())
}

/// First index of `needle` in `hay` at or after `from`.
pub fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    let h = &hay[from..];
    match needle.len() {
        0 => Some(from),
        1 => h.iter().position(|&c| c == needle[0]).map(|i| i + from),
        n if n > h.len() => None,
        n => h.windows(n).position(|w| w == needle).map(|i| i + from),
    }
}

/// Last index of `needle` in `hay[..to]`.
pub fn rfind_sub(hay: &[u8], needle: &[u8], to: usize) -> Option<usize> {
    let h = &hay[..to.min(hay.len())];
    match needle.len() {
        0 => Some(h.len()),
        1 => h.iter().rposition(|&c| c == needle[0]),
        n if n > h.len() => None,
        n => h.windows(n).rposition(|w| w == needle),
    }
}

// ----- printf-style formatting --------------------------------------------------------

fn format_error(vm: &mut Vm, e: FormatError, v: Value) -> PyErr {
    let tn = vm.type_name(v);
    let msg = e.message(&tn);
    if e.is_overflow() {
        vm.overflow_error(msg)
    } else {
        vm.value_error(msg)
    }
}

/// Pads a converted field with spaces to `width` (`-` left-justifies).
fn pad_bytes(body: Vec<u8>, left: bool, width: Option<usize>) -> Vec<u8> {
    let w = width.unwrap_or(0);
    if w <= body.len() {
        return body;
    }
    let pad = vec![b' '; w - body.len()];
    if left {
        [body, pad].concat()
    } else {
        [pad, body].concat()
    }
}

/// The bytes of `%s`/`%b`: a buffer, or what `__bytes__` returns.
fn percent_bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if is_kind(v, Kind::Instance) {
        let name = vm.intern("__bytes__");
        if let Some(m) = vm.lookup_special(v, name) {
            let r = vm.call_bound_special(m, v, &[], Value::EMPTY)?;
            if is_kind(r, Kind::Bytes) {
                // SAFETY: kind checked.
                return Ok(unsafe { bytes_data(r) }.to_vec());
            }
            let tn = vm.type_name(r);
            return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    )))
}

/// One conversion of `bytes % args`, laid out in its field.
fn percent_convert_bytes(
    vm: &mut Vm,
    v: Value,
    conv: char,
    flags: &fmt::PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) -> PyResult<Vec<u8>> {
    match conv {
        's' | 'b' | 'r' | 'a' => {
            let mut body = if matches!(conv, 's' | 'b') {
                percent_bytes_arg(vm, v)?
            } else {
                let r = vm.repr(v)?;
                // SAFETY: repr returns a str.
                crate::ops::repr::ascii_escape(unsafe { as_str(r) }).into_bytes()
            };
            if let Some(p) = precision {
                body.truncate(p);
            }
            Ok(pad_bytes(body, flags.left, width))
        }
        'c' => {
            let c = if let Some(b) = buffer_bytes(v).filter(|_| byte_seq_of(v).is_some()) {
                if b.len() != 1 {
                    return Err(
                        vm.type_error("%c requires an integer in range(256) or a single byte")
                    );
                }
                b[0]
            } else if let Some(iv) = int_view(v) {
                match iv.to_i64().filter(|i| (0..256).contains(i)) {
                    Some(i) => i as u8,
                    None => return Err(vm.overflow_error("%c arg not in range(256)")),
                }
            } else {
                return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
            };
            Ok(pad_bytes(vec![c], flags.left, width))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let iv = match int_view(v) {
                Some(iv) => iv.to_bigint(),
                None if v.is_float() && matches!(conv, 'd' | 'i' | 'u') => {
                    let f = v.as_float();
                    if f.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    crate::object::int::f64_to_bigint(f.trunc())
                }
                None => {
                    let tn = vm.type_name(v);
                    let msg = if matches!(conv, 'd' | 'i' | 'u') {
                        format!("%{conv} format: a real number is required, not {tn}")
                    } else {
                        format!("%{conv} format: an integer is required, not {tn}")
                    };
                    return Err(vm.type_error(msg));
                }
            };
            fmt::percent_format_int(&iv, conv, flags, precision, width)
                .map(String::into_bytes)
                .map_err(|e| format_error(vm, e, v))
        }
        _ => {
            let f = if v.is_float() {
                v.as_float()
            } else if let Some(iv) = int_view(v) {
                match crate::object::int::int_to_f64(iv) {
                    Some(f) => f,
                    None => return Err(vm.overflow_error("int too large to convert to float")),
                }
            } else {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("float argument required, not {tn}")));
            };
            Ok(fmt::percent_format_float(f, conv, flags, precision, width).into_bytes())
        }
    }
}

/// `fmt % args` for a bytes or bytearray `fmt`; the result has `fmt`'s type.
pub fn bytes_percent_format(vm: &mut Vm, fmt_v: Value, args: Value) -> PyResult<Value> {
    // SAFETY: callers pass bytes or bytearray; copied before any Python code runs.
    let fmt_bytes = unsafe { seq_data(fmt_v) }.to_vec();
    let as_bytearray = kind_of(fmt_v) == Kind::ByteArray;
    // Latin-1 maps bytes to code points one to one, so the str parser indexes bytes.
    let fmt_s: String = fmt_bytes.iter().map(|&c| c as char).collect();
    let is_mapping = !is_kind(args, Kind::Tuple)
        && !is_byte_seq(args)
        && (is_kind(args, Kind::Dict)
            || (is_kind(args, Kind::Instance) && {
                let gi = vm.names.dunder_getitem;
                vm.lookup_special(args, gi).is_some()
            }));
    let arg_list = if is_kind(args, Kind::Tuple) {
        // SAFETY: kind checked.
        RootedVec::from_slice(unsafe { tuple_items(args) })
    } else {
        RootedVec::from_slice(&[args])
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out: Vec<u8> = Vec::with_capacity(fmt_bytes.len() + 16);
    macro_rules! next_arg {
        () => {{
            if next >= arg_list.len() {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            let a = arg_list[next];
            next += 1;
            a
        }};
    }
    macro_rules! key_bytes {
        ($k:expr) => {{
            let kb: Vec<u8> = $k.chars().map(|c| c as u8).collect();
            vm.new_bytes(&kb)
        }};
    }
    for piece in fmt::PercentParser::new(&fmt_s) {
        let piece = match piece {
            Ok(p) => p,
            Err(pe) => {
                if pe.key_started && !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                if let Some(k) = &pe.key {
                    let kv = key_bytes!(k);
                    vm.get_item(args, kv)?;
                }
                let stars = pe.width_star as usize + pe.precision_star as usize;
                if next + stars > arg_list.len() {
                    return Err(vm.type_error("not enough arguments for format string"));
                }
                return Err(format_error(vm, pe.error, fmt_v));
            }
        };
        match piece {
            PercentPiece::Literal(s) => out.extend(s.chars().map(|c| c as u8)),
            PercentPiece::Conv {
                key,
                flags,
                width,
                precision,
                conv,
                index,
            } => {
                let value_src = match &key {
                    Some(k) => {
                        if !is_mapping {
                            return Err(vm.type_error("format requires a mapping"));
                        }
                        used_mapping = true;
                        let kv = key_bytes!(k);
                        Some(vm.get_item(args, kv)?)
                    }
                    None => None,
                };
                let mut flags = flags;
                let width = match width {
                    Some(Count::Star) => {
                        let w = next_arg!();
                        let Some(iv) = int_view(w).and_then(|v| v.to_i64()) else {
                            return Err(vm.type_error("* wants int"));
                        };
                        if iv < 0 {
                            flags.left = true;
                        }
                        Some(iv.unsigned_abs() as usize)
                    }
                    Some(Count::Num(n)) => Some(n),
                    None => None,
                };
                let precision = match precision {
                    Some(Count::Star) => {
                        let p = next_arg!();
                        let Some(iv) = int_view(p).and_then(|v| v.to_i64()) else {
                            return Err(vm.type_error("* wants int"));
                        };
                        Some(iv.max(0) as usize)
                    }
                    Some(Count::Num(n)) => Some(n),
                    None => None,
                };
                let v = match value_src {
                    Some(v) => v,
                    None => next_arg!(),
                };
                if conv != 'b' && !fmt::is_known_conv(conv) {
                    let e = fmt::unsupported_format_char(conv, index);
                    return Err(format_error(vm, e, fmt_v));
                }
                let body = percent_convert_bytes(vm, v, conv, &flags, precision, width)?;
                out.extend_from_slice(&body);
            }
        }
    }
    if next < arg_list.len() && !is_mapping && !used_mapping {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(if as_bytearray {
        vm.new_bytearray(&out)
    } else {
        vm.new_bytes(&out)
    })
}

// ----- installation -------------------------------------------------------------------

pub fn install(vm: &mut Vm) {
    let t = vm.types.bytes;
    super::bytes_methods::install_shared::<false>(vm, t);
    let t = vm.types.bytearray;
    super::bytes_methods::install_shared::<true>(vm, t);
    super::bytearray::install(vm);
    super::memoryview::install(vm);
    super::mappingproxy::install(vm);
}
