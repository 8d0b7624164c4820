//! `bytes`: immutable byte strings (the basics real programs use).

use super::add_methods;
use super::args::{self, positional};
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::native_flags::KWARGS;
use crate::object::int::int_view;
use crate::object::str::as_str;
use crate::object::{is_kind, BytesObj, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// The bytes of a bytes object.
///
/// # Safety
/// `v` must be a live bytes object; the slice must not outlive it.
pub unsafe fn bytes_data<'a>(v: Value) -> &'a [u8] {
    let b = &*v.as_ptr::<BytesObj>();
    std::slice::from_raw_parts(b.data.as_ptr(), b.len)
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

/// Bytes of a bytes-like argument.
pub fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if is_kind(v, Kind::Bytes) {
        return Ok(unsafe { bytes_data(v) }.to_vec());
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

pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "bytes", args, kw, &["source", "encoding", "errors"], 0)?;
    if a[0].is_empty() {
        return Ok(vm.new_bytes(&[]));
    }
    let src = a[0];
    if is_kind(src, Kind::Str) {
        if a[1].is_empty() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let m = vm.intern("encode");
        let enc = vm.get_attr(src, m)?;
        let mut cargs = RootedVec::from_slice(&[a[1]]);
        if !a[2].is_empty() {
            cargs.push(a[2]);
        }
        return vm.call(enc, &cargs);
    }
    if let Some(n) = int_view(src).and_then(|i| i.to_i64()) {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vm.new_bytes(&vec![0u8; n as usize]));
    }
    let items = vm.collect_iterable(src)?;
    let mut out = Vec::with_capacity(items.len());
    for &x in items.iter() {
        match int_view(x).and_then(|i| i.to_i64()) {
            Some(b) if (0..256).contains(&b) => out.push(b as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                let tn = vm.type_name(x);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    Ok(vm.new_bytes(&out))
}

/// `str(b, encoding, errors)` and `b.decode(...)`.
pub fn decode_to_str(vm: &mut Vm, b: Value, encoding: Value, errors: Value) -> PyResult<Value> {
    let data = bytes_like(vm, b)?;
    let enc = if encoding.is_empty() {
        "utf-8".to_string()
    } else {
        vm.str_string(encoding)?.to_lowercase()
    };
    let errors = if errors.is_empty() {
        "strict".to_string()
    } else {
        vm.str_string(errors)?
    };
    let s = match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(&data) {
            Ok(s) => s.to_owned(),
            Err(e) => {
                if errors == "replace" {
                    String::from_utf8_lossy(&data).into_owned()
                } else if errors == "ignore" {
                    String::from_utf8_lossy(&data).replace('\u{fffd}', "")
                } else {
                    let pos = e.valid_up_to();
                    return Err(vm.new_exception_msg(
                        vm.types.unicode_decode_error,
                        &format!(
                            "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte",
                            data[pos]
                        ),
                    ));
                }
            }
        },
        "ascii" => {
            let mut s = String::with_capacity(data.len());
            for (i, &c) in data.iter().enumerate() {
                if c < 0x80 {
                    s.push(c as char);
                } else if errors == "replace" {
                    s.push('\u{fffd}');
                } else if errors != "ignore" {
                    return Err(vm.new_exception_msg(
                        vm.types.unicode_decode_error,
                        &format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"),
                    ));
                }
            }
            s
        }
        "latin-1" | "latin1" | "iso-8859-1" => data.iter().map(|&c| c as char).collect(),
        other => {
            return Err(
                vm.new_exception_msg(vm.types.lookup_error, &format!("unknown encoding: {other}"))
            )
        }
    };
    Ok(vm.new_str(&s))
}

pub fn bytes_contains(vm: &mut Vm, b: Value, x: Value) -> PyResult<bool> {
    let data = unsafe { bytes_data(b) };
    if let Some(i) = int_view(x).and_then(|i| i.to_i64()) {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(data.contains(&(i as u8)));
    }
    let needle = bytes_like(vm, x)?;
    let data = unsafe { bytes_data(b) };
    Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle.as_slice()))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.bytes;
    add_methods(
        vm,
        t,
        &[
            ("decode", decode, KWARGS),
            ("hex", hex, 0),
            ("join", join, 0),
        ],
    );
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    super::list_methods::this_kind(vm, args, name, Kind::Bytes, "bytes")
}

fn decode(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let b = this(vm, args, "decode")?;
    let a = args::bind(vm, "decode", &args[1..], kw, &["encoding", "errors"], 0)?;
    decode_to_str(vm, b, a[0], a[1])
}

fn hex(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    let s: String = unsafe { bytes_data(b) }
        .iter()
        .map(|c| format!("{c:02x}"))
        .collect();
    Ok(vm.new_str(&s))
}

fn join(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let b = this(vm, args, "join")?;
    args::method_arity(vm, "join", args, 1, 1)?;
    let sep = unsafe { bytes_data(b) }.to_vec();
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if !is_kind(x, Kind::Bytes) {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        }
        out.extend_from_slice(unsafe { bytes_data(x) });
    }
    let _ = positional(args, Value::EMPTY);
    let _ = as_str;
    Ok(vm.new_bytes(&out))
}
