//! `bytearray`: the constructor, the mutating methods (`append`, `extend`, `pop`,
//! `insert`, `remove`, `reverse`, `clear`, `copy`), and item and slice assignment and
//! deletion. The methods it shares with `bytes` are in `bytes_methods`; the layout is
//! `object::bytearray`.
//!
//! Invariants:
//! - Every new value is converted (which may run Python code) before the bytearray is
//!   touched, and the contents are re-read afterwards, so that code which mutates the
//!   bytearray meanwhile cannot leave a stale length or buffer in use.
//! - Values stored are bytes in range(256): a bad int raises
//!   `ValueError: byte must be in range(0, 256)` and leaves the bytearray unchanged.

use super::args;
use super::bytes::{buffer_bytes, byte_value, source_bytes};
use crate::interp::PyResult;
use crate::object::bytearray::bytearray_obj;
use crate::object::int::int_view;
use crate::object::{is_kind, obj, Kind, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

const RANGE_MSG: &str = "byte must be in range(0, 256)";

/// `bytearray(source, encoding, errors)`.
pub fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(
        vm,
        "bytearray",
        args,
        kw,
        &["source", "encoding", "errors"],
        0,
    )?;
    let data = source_bytes(vm, a[0], a[1], a[2], "bytearray")?;
    Ok(vm.new_bytearray(&data))
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    super::list_methods::this_kind(vm, args, name, Kind::ByteArray, "bytearray")
}

/// The current length.
fn len_of(ba: Value) -> usize {
    // SAFETY: callers pass a live bytearray.
    unsafe { bytearray_obj(ba).len }
}

/// Removes and returns the byte at `i` (< len), in place.
fn remove_at(ba: Value, i: usize) -> u8 {
    // SAFETY: callers pass a live bytearray and an index below its length; nothing
    // else runs while the contents are borrowed.
    unsafe {
        let o = bytearray_obj(ba);
        let d = o.data_mut();
        let b = d[i];
        d.copy_within(i + 1.., i);
        o.len -= 1;
        b
    }
}

/// A copy of the current contents.
fn contents(ba: Value) -> Vec<u8> {
    // SAFETY: callers pass a live bytearray; copied at once.
    unsafe { bytearray_obj(ba).data().to_vec() }
}

/// The bytes a slice assignment stores: a buffer, or an iterable of ints.
fn assigned_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if v.is_float() || v.is_bool() || int_view(v).is_some() || is_kind(v, Kind::Str) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    source_bytes(vm, v, Value::EMPTY, Value::EMPTY, "bytearray")
}

// ----- item and slice access ----------------------------------------------------------

/// `ba[k] = v`.
pub fn bytearray_setitem(vm: &mut Vm, ba: Value, k: Value, v: Value) -> PyResult<()> {
    if is_kind(k, Kind::Slice) {
        let new = assigned_bytes(vm, v)?;
        // SAFETY: kind checked.
        let s = unsafe { obj::<SliceObj>(k) };
        let (start, stop, step) = (s.start, s.stop, s.step);
        let len = len_of(ba);
        let b = vm.slice_bounds(start, stop, step, len)?;
        let mut d = contents(ba);
        if b.step == 1 {
            let lo = b.start as usize;
            let hi = lo + b.len as usize;
            d.splice(lo..hi, new);
            vm.bytearray_replace(ba, &d);
            return Ok(());
        }
        if new.len() as i64 != b.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                b.len
            )));
        }
        for (j, i) in b.indices().enumerate() {
            d[i] = new[j];
        }
        vm.bytearray_replace(ba, &d);
        return Ok(());
    }
    let Some(i) = vm.index_of(k)? else {
        let tn = vm.type_name(k);
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {tn}"
        )));
    };
    let byte = byte_value(vm, v, RANGE_MSG)?;
    // SAFETY: live bytearray, re-read after the conversions above.
    let o = unsafe { bytearray_obj(ba) };
    let len = o.len as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("bytearray index out of range".to_string()));
    }
    o.data_mut()[i as usize] = byte;
    Ok(())
}

/// `del ba[k]`.
pub fn bytearray_delitem(vm: &mut Vm, ba: Value, k: Value) -> PyResult<()> {
    if is_kind(k, Kind::Slice) {
        // SAFETY: kind checked.
        let s = unsafe { obj::<SliceObj>(k) };
        let (start, stop, step) = (s.start, s.stop, s.step);
        let len = len_of(ba);
        let b = vm.slice_bounds(start, stop, step, len)?;
        let d = contents(ba);
        let mut gone = vec![false; d.len()];
        for i in b.indices() {
            gone[i] = true;
        }
        let kept: Vec<u8> = d
            .iter()
            .zip(gone.iter())
            .filter(|(_, &g)| !g)
            .map(|(&c, _)| c)
            .collect();
        vm.bytearray_replace(ba, &kept);
        return Ok(());
    }
    let Some(i) = vm.index_of(k)? else {
        let tn = vm.type_name(k);
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {tn}"
        )));
    };
    let len = len_of(ba) as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("bytearray index out of range".to_string()));
    }
    remove_at(ba, i as usize);
    Ok(())
}

/// `ba += other` (in place); None when `other` is not a buffer.
pub fn bytearray_iadd(vm: &mut Vm, ba: Value, other: Value) -> Option<Value> {
    let more = buffer_bytes(other)?;
    vm.bytearray_extend_from(ba, &more);
    Some(ba)
}

/// `ba *= n` (in place) for a non-negative repeat count.
pub fn bytearray_imul(vm: &mut Vm, ba: Value, n: usize) -> PyResult<Value> {
    let d = contents(ba);
    if d.len().checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(vm.new_exception_msg(vm.types.memory_error, ""));
    }
    vm.bytearray_replace(ba, &d.repeat(n));
    Ok(ba)
}

// ----- methods ------------------------------------------------------------------------

pub fn install(vm: &mut Vm) {
    let t = vm.types.bytearray;
    super::add_methods(
        vm,
        t,
        &[
            ("append", append, 0),
            ("clear", clear, 0),
            ("copy", copy, 0),
            ("extend", extend, 0),
            ("insert", insert, 0),
            ("pop", pop, 0),
            ("remove", remove, 0),
            ("reverse", reverse, 0),
            ("__setitem__", dunder_setitem, 0),
            ("__delitem__", dunder_delitem, 0),
            ("__iadd__", dunder_iadd, 0),
        ],
    );
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "__setitem__")?;
    args::method_arity(vm, "__setitem__", args, 2, 2)?;
    bytearray_setitem(vm, ba, args[1], args[2])?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "__delitem__")?;
    args::method_arity(vm, "__delitem__", args, 1, 1)?;
    bytearray_delitem(vm, ba, args[1])?;
    Ok(Value::NONE)
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "__iadd__")?;
    args::method_arity(vm, "__iadd__", args, 1, 1)?;
    match bytearray_iadd(vm, ba, args[1]) {
        Some(_) => Ok(args[0]),
        None => {
            let tn = vm.type_name(args[1]);
            Err(vm.type_error(format!("can't concat {tn} to bytearray")))
        }
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "append")?;
    args::method_arity(vm, "append", args, 1, 1)?;
    let b = byte_value(vm, args[1], RANGE_MSG)?;
    vm.bytearray_push(ba, b);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "extend")?;
    args::method_arity(vm, "extend", args, 1, 1)?;
    let src = args[1];
    let more = match buffer_bytes(src) {
        Some(b) => b,
        None => {
            let it = match vm.get_iter(src) {
                Ok(it) => it,
                Err(e) => {
                    if vm.isinstance(e.0, vm.types.type_error) {
                        let tn = vm.type_name(src);
                        return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            while let Some(x) = vm.iter_next(it)? {
                out.push(byte_value(vm, x, RANGE_MSG)?);
            }
            out
        }
    };
    vm.bytearray_extend_from(ba, &more);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "pop")?;
    args::method_arity(vm, "pop", args, 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => vm.expect_index(v)?,
        None => -1,
    };
    let len = len_of(ba) as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray".to_string()));
    }
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range".to_string()));
    }
    Ok(Value::small_int(remove_at(ba, i as usize) as i64))
}

fn insert(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "insert")?;
    args::arity(vm, "insert", &args[1..], 2, 2)?;
    let i = vm.expect_index(args[1])?;
    let b = byte_value(vm, args[2], RANGE_MSG)?;
    let len = len_of(ba);
    let at = if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as u64).min(len as u64) as usize
    };
    vm.bytearray_push(ba, 0);
    // SAFETY: live bytearray, just grown by one; nothing else runs while borrowed.
    unsafe {
        let d = bytearray_obj(ba).data_mut();
        d.copy_within(at..len, at + 1);
        d[at] = b;
    }
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "remove")?;
    args::method_arity(vm, "remove", args, 1, 1)?;
    let b = byte_value(vm, args[1], RANGE_MSG)?;
    // SAFETY: live bytearray, read after the conversion above.
    let found = unsafe { bytearray_obj(ba).data() }
        .iter()
        .position(|&c| c == b);
    match found {
        Some(i) => {
            remove_at(ba, i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "reverse")?;
    args::method_arity(vm, "reverse", args, 0, 0)?;
    // SAFETY: live bytearray; no allocation or Python code while borrowed.
    unsafe { bytearray_obj(ba).data_mut().reverse() };
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "clear")?;
    args::method_arity(vm, "clear", args, 0, 0)?;
    vm.bytearray_truncate(ba, 0);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let ba = this(vm, args, "copy")?;
    args::method_arity(vm, "copy", args, 0, 0)?;
    let d = contents(ba);
    Ok(vm.new_bytearray(&d))
}
