//! `array`: compact arrays of numbers (`array.array`), as CPython 3.11's
//! `arraymodule.c`, for the typecodes `b B u h H i I l L q Q f d` (x86-64 sizes:
//! `u` is a 4-byte wchar_t, `l`/`L` are 8 bytes).
//!
//! Layout: an `ArrayObj` is a `Kind::Native` object holding its typecode, its length
//! in items and a GC `ByteBuffer` payload (or EMPTY when it never held an item), as
//! `bytearray` does. Items are stored in native (little-endian) byte order.
//!
//! Invariants:
//! - `buf` is EMPTY with `len == 0`, or a `ByteBuffer` with `cap >= len * itemsize`.
//!   The buffer holds no Values (the collector traces only the `buf` pointer).
//! - The buffer is replaced, never reallocated in place, and contents are read and
//!   written one short access at a time, never across a call that may run Python
//!   code (`__index__`, `__float__`, `__eq__`, iteration): a value is converted to its
//!   raw item bits first, then the array's length and buffer are re-read.
//! - `array.array` is a class with the HEAPTYPE flag (so that the interpreter's
//!   operator and comparison dispatch finds its `__add__`, `__eq__`, ... in its
//!   dict) whose instances are native objects, built by its `__new__`. Subclasses
//!   can be defined, but `__new__` refuses to build their instances
//!   (NotImplementedError): they would need instance attributes. Its repr, `len`,
//!   indexing and iteration go through the vtable hooks.
//! - Messages follow CPython (the per-typecode overflow messages of the `*_setitem`
//!   functions, "array index out of range", ...). Type names in messages Tern's
//!   interpreter builds itself say `array`, where CPython says `array.array`.

use super::struct_mod::{
    add_properties, as_double, index_value, native_class, permanent_type, IntArg,
};
use crate::builtins::add_methods;
use crate::builtins::args::{nkw, positional};
use crate::builtins::bytes::buffer_bytes;
use crate::bytecode::CmpOp;
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::bytearray::ByteBuffer;
use crate::object::function::{native_flags, NativeFn};
use crate::object::int::int_view;
use crate::object::native::{vtable_of, NativeObjHeader, NativeOps, NativeVTable};
use crate::object::str::as_str;
use crate::object::typeobj::TypeObj;
use crate::object::{is_kind, obj, Kind, ModuleObj, ObjHeader, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

/// The typecodes, in CPython's order.
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The largest payload Tern allocates for an array (beyond it, MemoryError).
const MAX_BYTES: usize = 1 << 40;

fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

// ----- objects and their payload -----------------------------------------------------

#[repr(C)]
struct ArrayObj {
    hdr: NativeObjHeader,
    tc: u8,
    /// Length in items.
    len: usize,
    /// EMPTY or a ByteBuffer (see the module invariants).
    buf: Value,
}

fn trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live arrays.
    let b = unsafe { (*(o as *const ArrayObj)).buf };
    if !b.is_empty() {
        visit(b);
    }
}

fn no_finalize(_o: *mut ObjHeader) {}

static VTABLE: NativeVTable = NativeVTable {
    name: "array",
    trace,
    finalize: no_finalize,
    ops: NativeOps {
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        iter: Some(iter),
        next: None,
        len: Some(len_hook),
        repr: Some(repr),
        contains: None,
    },
};

/// True when `v` is an `array.array`.
pub fn is_array(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &VTABLE)
}

/// The header fields of array `v` (callers check `is_array`).
fn fields(v: Value) -> (u8, usize) {
    debug_assert!(is_array(v), "not an array");
    // SAFETY: callers pass arrays; plain fields read at once.
    let o = unsafe { obj::<ArrayObj>(v) };
    (o.tc, o.len)
}

fn typecode(v: Value) -> u8 {
    fields(v).0
}

fn length(v: Value) -> usize {
    fields(v).1
}

/// The contents of array `v`.
///
/// # Safety
/// `v` must be a live array; the slice must not be used after the array is mutated
/// or Python code runs.
unsafe fn contents<'a>(v: Value) -> &'a [u8] {
    let o = &*v.as_ptr::<ArrayObj>();
    if o.len == 0 {
        return &[];
    }
    let buf = o.buf.as_ptr::<ByteBuffer>();
    std::slice::from_raw_parts((*buf).data.as_ptr(), o.len * itemsize(o.tc))
}

/// The contents of array `v` for writing (same rules as `contents`).
///
/// # Safety
/// As `contents`, and no other borrow of the contents may be live.
unsafe fn contents_mut<'a>(v: Value) -> &'a mut [u8] {
    let o = &*v.as_ptr::<ArrayObj>();
    if o.len == 0 {
        return &mut [];
    }
    let buf = o.buf.as_ptr::<ByteBuffer>();
    std::slice::from_raw_parts_mut((*buf).data.as_mut_ptr(), o.len * itemsize(o.tc))
}

/// The bytes of `v` when it is an array (for `struct`'s in-place buffer reads).
///
/// # Safety
/// As `contents`.
pub unsafe fn array_slice<'a>(v: Value) -> Option<&'a [u8]> {
    if is_array(v) {
        Some(contents(v))
    } else {
        None
    }
}

/// A copy of the bytes of `v` when it is an array (the buffer protocol as `bytes`,
/// `bytearray` and `hashlib` see it).
pub fn array_bytes(v: Value) -> Option<Vec<u8>> {
    // SAFETY: copied at once.
    unsafe { array_slice(v) }.map(|d| d.to_vec())
}

/// Writes `data` at byte offset `at` of array `v` (`struct.pack_into`; the caller
/// checked the bounds against the current length).
pub fn array_write(v: Value, at: usize, data: &[u8]) {
    debug_assert!(is_array(v), "array_write on a non-array");
    // SAFETY: live array; bounds checked by the caller; no other borrow is live.
    unsafe { contents_mut(v)[at..at + data.len()].copy_from_slice(data) }
}

fn memory_error(vm: &mut Vm) -> PyErr {
    let class = vm.types.memory_error;
    vm.new_exception_args(class, &[])
}

/// Makes sure array `a` has room for `nitems` items, replacing its buffer when it
/// must grow (`exact` asks for no spare room).
fn reserve(vm: &mut Vm, a: Value, nitems: usize, exact: bool) -> PyResult<()> {
    let (tc, len) = fields(a);
    let isz = itemsize(tc);
    // SAFETY: live array; plain field read.
    let buf = unsafe { obj::<ArrayObj>(a).buf };
    let cap = if buf.is_empty() {
        0
    } else {
        // SAFETY: the payload is a ByteBuffer.
        unsafe { (*buf.as_ptr::<ByteBuffer>()).cap }
    };
    let needed = match nitems.checked_mul(isz) {
        Some(n) if n <= MAX_BYTES => n,
        _ => return Err(memory_error(vm)),
    };
    if needed <= cap {
        return Ok(());
    }
    let new_cap = if exact {
        needed
    } else {
        (needed + (needed >> 3) + 6 * isz)
            .max(cap * 3 / 2)
            .min(MAX_BYTES)
    };
    let p = vm.alloc_obj(
        std::mem::size_of::<ByteBuffer>() + new_cap,
        Kind::ByteBuffer,
        std::ptr::null_mut(),
    ) as *mut ByteBuffer;
    // SAFETY: fresh zero-filled buffer of `new_cap` bytes; the old contents (`len`
    // items, which fit) are copied after the allocation, then the buffer replaced.
    unsafe {
        (*p).cap = new_cap;
        let old = contents(a);
        debug_assert_eq!(old.len(), len * isz, "array length and contents disagree");
        std::ptr::copy_nonoverlapping(old.as_ptr(), (*p).data.as_mut_ptr(), old.len());
        (*a.as_ptr::<ArrayObj>()).buf = Value::from_ptr(p);
    }
    Ok(())
}

/// Replaces items `start..end` of `a` with the raw items in `new` (which must not
/// borrow from `a`).
fn replace_items(vm: &mut Vm, a: Value, start: usize, end: usize, new: &[u8]) -> PyResult<()> {
    let (tc, len) = fields(a);
    let isz = itemsize(tc);
    debug_assert!(
        start <= end && end <= len,
        "replace_items range out of bounds"
    );
    debug_assert_eq!(new.len() % isz, 0, "replace_items with partial items");
    let n_new = new.len() / isz;
    let new_len = len - (end - start) + n_new;
    reserve(vm, a, new_len, false)?;
    // SAFETY: live array whose buffer holds at least `max(len, new_len)` items; the
    // tail is moved inside the buffer, then the new items written.
    unsafe {
        let o = &mut *a.as_ptr::<ArrayObj>();
        if new_len == 0 && o.buf.is_empty() {
            return Ok(());
        }
        let buf = o.buf.as_ptr::<ByteBuffer>();
        let data = std::slice::from_raw_parts_mut((*buf).data.as_mut_ptr(), (*buf).cap);
        data.copy_within(end * isz..len * isz, (start + n_new) * isz);
        data[start * isz..(start + n_new) * isz].copy_from_slice(new);
        o.len = new_len;
    }
    Ok(())
}

/// A new array of class `t` and typecode `tc` holding the raw items `data`.
fn new_array(vm: &mut Vm, t: *mut TypeObj, tc: u8, data: &[u8]) -> PyResult<Value> {
    let p = vm.alloc_obj(std::mem::size_of::<ArrayObj>(), Kind::Native, t) as *mut ArrayObj;
    // SAFETY: fresh zero-filled object; written before anything else can allocate.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &VTABLE);
        (*p).tc = tc;
        (*p).len = 0;
        (*p).buf = Value::EMPTY;
    }
    let a = Value::from_ptr(p);
    if !data.is_empty() {
        reserve(vm, a, data.len() / itemsize(tc), true)?;
        replace_items(vm, a, 0, 0, data)?;
    }
    Ok(a)
}

/// A new array like `a` (same class and typecode) holding `data`.
fn new_like(vm: &mut Vm, a: Value, data: &[u8]) -> PyResult<Value> {
    let t = vm.type_of(a);
    new_array(vm, t, typecode(a), data)
}

// ----- item conversion ---------------------------------------------------------------

fn overflow(vm: &mut Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg.to_string())
}

/// `PyLong_AsLong` on an index value.
fn c_long(vm: &mut Vm, x: IntArg) -> PyResult<i64> {
    match x.within(i64::MIN as i128, i64::MAX as i128) {
        Some(i) => Ok(i as i64),
        None => Err(overflow(vm, "Python int too large to convert to C long")),
    }
}

/// `PyLong_AsUnsignedLong` on an index value.
fn c_ulong(vm: &mut Vm, x: IntArg) -> PyResult<u64> {
    if x.is_negative() {
        return Err(overflow(vm, "can't convert negative value to unsigned int"));
    }
    match x.within(0, u64::MAX as i128) {
        Some(i) => Ok(i as u64),
        None => Err(overflow(
            vm,
            "Python int too large to convert to C unsigned long",
        )),
    }
}

/// Range check with the messages of `PyArg_Parse`'s integer formats.
fn check(vm: &mut Vm, x: i64, lo: i64, hi: i64, what: &str) -> PyResult<()> {
    if x < lo {
        return Err(overflow(vm, &format!("{what} is less than minimum")));
    }
    if x > hi {
        return Err(overflow(vm, &format!("{what} is greater than maximum")));
    }
    Ok(())
}

/// Converts `v` to the raw bits of one item of typecode `tc` (CPython's
/// `*_setitem`, with their messages). May run Python code.
fn encode(vm: &mut Vm, tc: u8, v: Value) -> PyResult<u64> {
    match tc {
        b'f' => return Ok((as_double(vm, v)? as f32).to_bits() as u64),
        b'd' => return Ok(as_double(vm, v)?.to_bits()),
        b'u' => {
            if is_kind(v, Kind::Str) {
                // SAFETY: kind checked.
                let mut cs = unsafe { as_str(v) }.chars();
                if let (Some(c), None) = (cs.next(), cs.next()) {
                    return Ok(c as u64);
                }
            }
            return Err(vm.type_error("array item must be unicode character"));
        }
        _ => {}
    }
    let Some(x) = index_value(vm, v)? else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    Ok(match tc {
        b'b' => {
            let i = c_long(vm, x)?;
            check(vm, i, -32768, 32767, "signed short integer")?;
            check(vm, i, -128, 127, "signed char")?;
            i as u8 as u64
        }
        b'B' => {
            let i = c_long(vm, x)?;
            check(vm, i, 0, 255, "unsigned byte integer")?;
            i as u64
        }
        b'h' => {
            let i = c_long(vm, x)?;
            check(vm, i, -32768, 32767, "signed short integer")?;
            i as u16 as u64
        }
        b'H' => {
            let i = c_long(vm, x)?;
            check(vm, i, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            check(vm, i, 0, 65535, "unsigned short")?;
            i as u64
        }
        b'i' => {
            let i = c_long(vm, x)?;
            check(vm, i, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            i as u32 as u64
        }
        b'I' => {
            let u = c_ulong(vm, x)?;
            if u > u32::MAX as u64 {
                return Err(overflow(vm, "unsigned int is greater than maximum"));
            }
            u
        }
        b'l' => c_long(vm, x)? as u64,
        b'L' => c_ulong(vm, x)?,
        b'q' => match x.within(i64::MIN as i128, i64::MAX as i128) {
            Some(i) => i as u64,
            None => return Err(overflow(vm, "int too big to convert")),
        },
        b'Q' => {
            if x.is_negative() {
                return Err(overflow(vm, "can't convert negative int to unsigned"));
            }
            match x.within(0, u64::MAX as i128) {
                Some(i) => i as u64,
                None => return Err(overflow(vm, "int too big to convert")),
            }
        }
        _ => unreachable!("typecodes are validated at construction"),
    })
}

/// The raw bits of item `i` of `a` (in bounds).
fn raw_at(a: Value, i: usize) -> u64 {
    let isz = itemsize(typecode(a));
    // SAFETY: live array; read at once.
    let d = unsafe { &contents(a)[i * isz..(i + 1) * isz] };
    d.iter()
        .enumerate()
        .fold(0u64, |acc, (k, &b)| acc | (b as u64) << (8 * k))
}

fn set_raw_at(a: Value, i: usize, raw: u64) {
    let isz = itemsize(typecode(a));
    // SAFETY: live array, index in bounds (callers check); written at once.
    let d = unsafe { &mut contents_mut(a)[i * isz..(i + 1) * isz] };
    d.copy_from_slice(&raw.to_le_bytes()[..isz]);
}

/// A decoded item.
#[derive(Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
    Char(u32),
}

fn decode(tc: u8, raw: u64) -> Num {
    match tc {
        b'b' => Num::Int(raw as u8 as i8 as i128),
        b'h' => Num::Int(raw as u16 as i16 as i128),
        b'i' => Num::Int(raw as u32 as i32 as i128),
        b'l' | b'q' => Num::Int(raw as i64 as i128),
        b'B' | b'H' | b'I' | b'L' | b'Q' => Num::Int(raw as i128),
        b'f' => Num::Float(f32::from_bits(raw as u32) as f64),
        b'd' => Num::Float(f64::from_bits(raw)),
        _ => Num::Char(raw as u32),
    }
}

/// A character of a `'u'` array as Rust char, or CPython's error.
fn to_char(vm: &mut Vm, c: u32, in_repr: bool) -> PyResult<char> {
    match char::from_u32(c) {
        Some(ch) => Ok(ch),
        None if c > 0x10ffff => Err(vm.value_error(if in_repr {
            format!("character U+{c:x} is not in range [U+0000; U+10ffff]")
        } else {
            "chr() arg not in range(0x110000)".to_string()
        })),
        None => Err(vm.not_implemented_error(format!(
            "array('u') item U+{c:04x} is a lone surrogate, which Tern strings cannot hold"
        ))),
    }
}

fn num_value(vm: &mut Vm, n: Num) -> PyResult<Value> {
    Ok(match n {
        Num::Int(i) => vm.new_int_i128(i),
        Num::Float(f) => Value::float(f),
        Num::Char(c) => {
            let ch = to_char(vm, c, false)?;
            let mut b = [0u8; 4];
            vm.new_str(ch.encode_utf8(&mut b))
        }
    })
}

/// Item `i` of `a` (in bounds) as a Python value.
fn item(vm: &mut Vm, a: Value, i: usize) -> PyResult<Value> {
    let n = decode(typecode(a), raw_at(a, i));
    num_value(vm, n)
}

/// `item == x` as CPython's `PyObject_RichCompareBool` sees it for a fresh item
/// object (no identity shortcut: a NaN item never equals anything).
fn item_eq(vm: &mut Vm, a: Value, i: usize, x: Value) -> PyResult<bool> {
    let n = decode(typecode(a), raw_at(a, i));
    match n {
        Num::Int(v) if !is_kind(x, Kind::Instance) => {
            if let Some(iv) = int_view(x) {
                return Ok(IntArg::of(iv) == IntArg::Fits(v));
            }
        }
        Num::Float(f) if x.is_float() => return Ok(f == x.as_float()),
        _ => {}
    }
    let v = num_value(vm, n)?;
    let r = vm.compare(v, x, CmpOp::Eq)?;
    vm.is_true(r)
}

// ----- protocol hooks ----------------------------------------------------------------

fn len_hook(_vm: &mut Vm, a: Value) -> PyResult<usize> {
    Ok(length(a))
}

fn repr(vm: &mut Vm, a: Value) -> PyResult<String> {
    let (tc, len) = fields(a);
    let tcc = tc as char;
    if len == 0 {
        return Ok(format!("array('{tcc}')"));
    }
    if tc == b'u' {
        let s = to_unicode(vm, a, true)?;
        let v = vm.new_str(&s);
        let r = vm.repr_string(v)?;
        return Ok(format!("array('{tcc}', {r})"));
    }
    let mut out = format!("array('{tcc}', [");
    for i in 0..len {
        if i > 0 {
            out.push_str(", ");
        }
        match decode(tc, raw_at(a, i)) {
            Num::Int(v) => out.push_str(&v.to_string()),
            Num::Float(f) => crate::format::float_repr_into(&mut out, f),
            Num::Char(_) => unreachable!("u arrays are handled above"),
        }
    }
    out.push_str("])");
    Ok(out)
}

/// The contents of a `'u'` array as a string.
fn to_unicode(vm: &mut Vm, a: Value, in_repr: bool) -> PyResult<String> {
    let mut s = String::with_capacity(length(a));
    for i in 0..length(a) {
        let c = raw_at(a, i) as u32;
        s.push(to_char(vm, c, in_repr)?);
    }
    Ok(s)
}

/// A normalised item index, or None when out of range.
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

fn index_arg(vm: &mut Vm, k: Value) -> PyResult<i64> {
    match vm.index_of(k)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("array indices must be integers")),
    }
}

fn getitem(vm: &mut Vm, a: Value, k: Value) -> PyResult<Value> {
    if is_kind(k, Kind::Slice) {
        // SAFETY: kind checked.
        let s = unsafe { obj::<SliceObj>(k) };
        let (start, stop, step) = (s.start, s.stop, s.step);
        let b = vm.slice_bounds(start, stop, step, length(a))?;
        let isz = itemsize(typecode(a));
        // `slice_bounds` may have run `__index__` (which may shrink the array), so
        // the indices are checked against the current contents.
        let data: Vec<u8> = {
            // SAFETY: live array; read at once.
            let d = unsafe { contents(a) };
            b.indices()
                .filter(|&i| (i + 1) * isz <= d.len())
                .flat_map(|i| d[i * isz..(i + 1) * isz].iter().copied())
                .collect()
        };
        return new_like(vm, a, &data);
    }
    let i = index_arg(vm, k)?;
    match norm_index(i, length(a)) {
        Some(i) => item(vm, a, i),
        None => Err(vm.index_error("array index out of range")),
    }
}

/// The raw items of an array argument of slice assignment, `+`, `extend`, ...
fn same_kind_items(vm: &mut Vm, a: Value, other: Value) -> PyResult<Vec<u8>> {
    if typecode(other) != typecode(a) {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    // SAFETY: live array; copied at once.
    Ok(unsafe { contents(other) }.to_vec())
}

/// Slice assignment and deletion (`value` EMPTY deletes), as `array_ass_subscr`.
fn assign_slice(vm: &mut Vm, a: Value, s: Value, value: Value) -> PyResult<()> {
    // SAFETY: callers pass a slice.
    let so = unsafe { obj::<SliceObj>(s) };
    let (start, stop, step) = (so.start, so.stop, so.step);
    let b = vm.slice_bounds(start, stop, step, length(a))?;
    let isz = itemsize(typecode(a));
    let new: Vec<u8> = if value.is_empty() {
        Vec::new()
    } else if is_array(value) {
        same_kind_items(vm, a, value)?
    } else {
        let tn = vm.type_name(value);
        return Err(vm.type_error(format!(
            "can only assign array (not \"{tn}\") to array slice"
        )));
    };
    let needed = new.len() / isz;
    let len = length(a);
    let slicelen = b.len as usize;
    if b.step == 1 {
        let start = (b.start.max(0) as usize).min(len);
        let end = (start + slicelen).min(len);
        return replace_items(vm, a, start, end, &new);
    }
    let idx: Vec<usize> = b.indices().filter(|&i| i < len).collect();
    if needed == 0 {
        // Delete the selected items.
        let mut drop = vec![false; len];
        for &i in &idx {
            drop[i] = true;
        }
        let keep: Vec<u8> = {
            // SAFETY: live array; read at once.
            let d = unsafe { contents(a) };
            (0..len)
                .filter(|&i| !drop[i])
                .flat_map(|i| d[i * isz..(i + 1) * isz].iter().copied())
                .collect()
        };
        return replace_items(vm, a, 0, len, &keep);
    }
    if needed != slicelen {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {slicelen}"
        )));
    }
    // SAFETY: live array; indices below its length; `new` is a copy.
    let d = unsafe { contents_mut(a) };
    for (k, &i) in idx.iter().enumerate() {
        d[i * isz..(i + 1) * isz].copy_from_slice(&new[k * isz..(k + 1) * isz]);
    }
    Ok(())
}

fn setitem(vm: &mut Vm, a: Value, k: Value, v: Value) -> PyResult<()> {
    if is_kind(k, Kind::Slice) {
        return assign_slice(vm, a, k, v);
    }
    let i = index_arg(vm, k)?;
    if norm_index(i, length(a)).is_none() {
        return Err(vm.index_error("array assignment index out of range"));
    }
    let raw = encode(vm, typecode(a), v)?;
    // Converting may have run Python code that resized the array.
    match norm_index(i, length(a)) {
        Some(i) => {
            set_raw_at(a, i, raw);
            Ok(())
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn delitem(vm: &mut Vm, a: Value, k: Value) -> PyResult<()> {
    if is_kind(k, Kind::Slice) {
        return assign_slice(vm, a, k, Value::EMPTY);
    }
    let i = index_arg(vm, k)?;
    match norm_index(i, length(a)) {
        Some(i) => replace_items(vm, a, i, i + 1, &[]),
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

// ----- iterators ---------------------------------------------------------------------

#[repr(C)]
struct ArrayIterObj {
    hdr: NativeObjHeader,
    /// The array, or EMPTY once exhausted.
    arr: Value,
    index: usize,
}

fn iter_trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live array iterators.
    let a = unsafe { (*(o as *const ArrayIterObj)).arr };
    if !a.is_empty() {
        visit(a);
    }
}

fn iter_repr(_vm: &mut Vm, o: Value) -> PyResult<String> {
    Ok(format!("<array.arrayiterator object at {:#x}>", o.bits()))
}

static ITER_VT: NativeVTable = NativeVTable {
    name: "arrayiterator",
    trace: iter_trace,
    finalize: no_finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        next: Some(iter_next),
        len: None,
        repr: Some(iter_repr),
        contains: None,
    },
};

fn iter(vm: &mut Vm, a: Value) -> PyResult<Value> {
    let t = permanent_type(vm, "array", "arrayiterator").unwrap_or(vm.types.object);
    let p = vm.alloc_obj(std::mem::size_of::<ArrayIterObj>(), Kind::Native, t) as *mut ArrayIterObj;
    // SAFETY: fresh zero-filled object; written before anything else can allocate.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &ITER_VT);
        (*p).arr = a;
        (*p).index = 0;
    }
    Ok(Value::from_ptr(p))
}

fn iter_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this hook is only attached to array iterators.
    let (a, i) = unsafe {
        let it = &*o.as_ptr::<ArrayIterObj>();
        (it.arr, it.index)
    };
    if a.is_empty() {
        return Ok(None);
    }
    if i < length(a) {
        // SAFETY: live iterator; a plain field write.
        unsafe { (*o.as_ptr::<ArrayIterObj>()).index = i + 1 };
        return item(vm, a, i).map(Some);
    }
    // SAFETY: as above.
    unsafe { (*o.as_ptr::<ArrayIterObj>()).arr = Value::EMPTY };
    Ok(None)
}

fn this_iter(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    match a.first() {
        // SAFETY: kind checked before the vtable is read.
        Some(&v) if is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &ITER_VT) => {
            Ok(v)
        }
        _ => Err(vm.type_error(format!(
            "descriptor '{meth}' requires a 'array.arrayiterator' object"
        ))),
    }
}

fn it_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    this_iter(vm, a, "__iter__")
}

fn it_next(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this_iter(vm, a, "__next__")?;
    match iter_next(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration_with(Value::NONE)),
    }
}

// ----- construction ------------------------------------------------------------------

const BAD_TYPECODE: &str = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

/// `array.array.__new__(cls, typecode[, initializer])`, as CPython's `array_new`
/// (its checks come in the same order).
fn array_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    if nkw(kw) > 0 {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let pos = positional(args, kw);
    let Some((&cls, rest)) = pos.split_first() else {
        return Err(vm.type_error("array.__new__(): not enough arguments"));
    };
    if !is_kind(cls, Kind::Type) {
        return Err(vm.type_error("array.__new__(X): X is not a type object"));
    }
    let t = cls.as_ptr::<TypeObj>();
    let Some(array_t) = permanent_type(vm, "array", "array") else {
        return Err(vm.system_error("array.array type is missing"));
    };
    if t != array_t {
        // SAFETY: live type.
        let tn = unsafe { (*t).name_str().to_owned() };
        if vm.is_subtype(t, array_t) {
            return Err(vm.not_implemented_error(format!(
                "instances of '{tn}', a subclass of array.array, are not supported by Tern"
            )));
        }
        return Err(vm.type_error(format!(
            "array.__new__({tn}): {tn} is not a subtype of array.array"
        )));
    }
    if rest.is_empty() || rest.len() > 2 {
        let msg = if rest.is_empty() {
            "array() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("array() takes at most 2 arguments ({} given)", rest.len())
        };
        return Err(vm.type_error(msg));
    }
    let tcv = rest[0];
    let tc = match is_kind(tcv, Kind::Str).then(|| {
        // SAFETY: kind checked.
        let mut cs = unsafe { as_str(tcv) }.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    }) {
        Some(Some(c)) => c,
        _ => {
            let tn = vm.type_name(tcv);
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {tn}"
            )));
        }
    };
    let init = rest.get(1).copied().unwrap_or(Value::EMPTY);
    if !init.is_empty() && tc != 'u' {
        if is_kind(init, Kind::Str) {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{tc}'"
            )));
        }
        if is_array(init) && typecode(init) == b'u' {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{tc}'"
            )));
        }
    }
    let direct = init.is_empty()
        || is_kind(init, Kind::List)
        || is_kind(init, Kind::Tuple)
        || is_kind(init, Kind::Bytes)
        || is_kind(init, Kind::ByteArray)
        || (tc == 'u' && is_kind(init, Kind::Str))
        || (is_array(init) && typecode(init) as char == tc);
    let it = if direct {
        Value::EMPTY
    } else {
        vm.get_iter(init)?
    };
    if !tc.is_ascii() || !TYPECODES.contains(tc) {
        return Err(vm.value_error(BAD_TYPECODE));
    }
    let tc = tc as u8;
    let a = new_array(vm, t, tc, &[])?;
    if !it.is_empty() {
        extend_from_iter(vm, a, it)?;
    } else if !init.is_empty() {
        if is_kind(init, Kind::List) || is_kind(init, Kind::Tuple) {
            let items = vm.collect_iterable(init)?;
            let mut data = Vec::with_capacity(items.len() * itemsize(tc));
            for &v in items.iter() {
                let raw = encode(vm, tc, v)?;
                data.extend_from_slice(&raw.to_le_bytes()[..itemsize(tc)]);
            }
            replace_items(vm, a, 0, 0, &data)?;
        } else if is_kind(init, Kind::Str) {
            fromunicode_into(vm, a, init)?;
        } else if is_array(init) {
            // SAFETY: live array; copied at once.
            let data = unsafe { contents(init) }.to_vec();
            replace_items(vm, a, 0, 0, &data)?;
        } else {
            frombytes_into(vm, a, init)?;
        }
    }
    Ok(a)
}

fn extend_from_iter(vm: &mut Vm, a: Value, it: Value) -> PyResult<()> {
    while let Some(v) = vm.iter_next(it)? {
        append_value(vm, a, v)?;
    }
    Ok(())
}

fn append_value(vm: &mut Vm, a: Value, v: Value) -> PyResult<()> {
    let raw = encode(vm, typecode(a), v)?;
    let isz = itemsize(typecode(a));
    let len = length(a);
    replace_items(vm, a, len, len, &raw.to_le_bytes()[..isz])
}

fn frombytes_into(vm: &mut Vm, a: Value, b: Value) -> PyResult<()> {
    let Some(data) = buffer_bytes(b).or_else(|| array_bytes(b)) else {
        let tn = vm.type_name(b);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    if data.len() % itemsize(typecode(a)) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let len = length(a);
    replace_items(vm, a, len, len, &data)
}

fn fromunicode_into(vm: &mut Vm, a: Value, s: Value) -> PyResult<()> {
    // SAFETY: callers pass a str.
    let data: Vec<u8> = unsafe { as_str(s) }
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    let len = length(a);
    replace_items(vm, a, len, len, &data)
}

// ----- methods -----------------------------------------------------------------------

/// The receiver of a method, checked to be an array.
fn this(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    match a.first() {
        Some(&v) if is_array(v) => Ok(v),
        Some(&v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{meth}' for 'array.array' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method array.{meth}() needs an argument"))),
    }
}

/// A METH_NOARGS method's receiver.
fn noargs(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    let s = this(vm, a, meth)?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "array.{meth}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(s)
}

/// A METH_O method's receiver and argument.
fn one(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<(Value, Value)> {
    let s = this(vm, a, meth)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "array.{meth}() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    Ok((s, a[1]))
}

/// Clinic's positional arity check (`insert expected 2 arguments, got 1`).
fn arity(vm: &mut Vm, a: &[Value], meth: &str, min: usize, max: usize) -> PyResult<Value> {
    let s = this(vm, a, meth)?;
    let n = a.len() - 1;
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let msg = if min == max {
            format!("{meth} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!(
                "{meth} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        };
        return Err(vm.type_error(msg));
    }
    if n > max {
        let msg = if min == max {
            format!("{meth} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{meth} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(s)
}

/// A `Py_ssize_t` argument (clinic's `n` converter).
fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some(x) => match x.within(i64::MIN as i128, i64::MAX as i128) {
            Some(i) => Ok(i as i64),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn m_append(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, v) = one(vm, a, "append")?;
    append_value(vm, s, v)?;
    Ok(Value::NONE)
}

fn m_extend(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "extend")?;
    match a.len() - 1 {
        1 => {}
        0 => return Err(vm.type_error("extend() takes exactly 1 positional argument (0 given)")),
        n => return Err(vm.type_error(format!("extend() takes at most 1 argument ({n} given)"))),
    }
    let other = a[1];
    if is_array(other) {
        if typecode(other) != typecode(s) {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        // SAFETY: live array; copied at once.
        let data = unsafe { contents(other) }.to_vec();
        let len = length(s);
        replace_items(vm, s, len, len, &data)?;
        return Ok(Value::NONE);
    }
    let it = vm.get_iter(other)?;
    extend_from_iter(vm, s, it)?;
    Ok(Value::NONE)
}

fn m_insert(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = arity(vm, a, "insert", 2, 2)?;
    let i = ssize(vm, a[1])?;
    let raw = encode(vm, typecode(s), a[2])?;
    let n = length(s) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let isz = itemsize(typecode(s));
    replace_items(vm, s, at, at, &raw.to_le_bytes()[..isz])?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = arity(vm, a, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(&v) => ssize(vm, v)?,
        None => -1,
    };
    let len = length(s);
    if len == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(i) = norm_index(i, len) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let v = item(vm, s, i)?;
    replace_items(vm, s, i, i + 1, &[])?;
    Ok(v)
}

/// The first index in `start..stop` whose item equals `x`.
fn find(vm: &mut Vm, s: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop && i < length(s) {
        if item_eq(vm, s, i, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// A slice-index argument (`_PyEval_SliceIndexNotNone`): clamped, never an
/// overflow.
fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some(IntArg::Fits(i)) => Ok(i.clamp(i64::MIN as i128, i64::MAX as i128) as i64),
        Some(IntArg::Huge { negative }) => Ok(if negative { i64::MIN } else { i64::MAX }),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn m_index(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = arity(vm, a, "index", 1, 3)?;
    let len = length(s) as i64;
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i.saturating_add(len)).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match a.get(2) {
        Some(&v) => clamp(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(&v) => clamp(slice_index(vm, v)?),
        None => usize::MAX,
    };
    match find(vm, s, a[1], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn m_count(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, x) = one(vm, a, "count")?;
    let mut n = 0;
    let mut i = 0;
    while i < length(s) {
        if item_eq(vm, s, i, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn m_remove(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, x) = one(vm, a, "remove")?;
    match find(vm, s, x, 0, usize::MAX)? {
        Some(i) => {
            replace_items(vm, s, i, i + 1, &[])?;
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn m_reverse(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "reverse")?;
    let isz = itemsize(typecode(s));
    // SAFETY: live array; reversed in place at once.
    let d = unsafe { contents_mut(s) };
    let n = d.len() / isz;
    for i in 0..n / 2 {
        for k in 0..isz {
            d.swap(i * isz + k, (n - 1 - i) * isz + k);
        }
    }
    Ok(Value::NONE)
}

fn m_byteswap(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "byteswap")?;
    let isz = itemsize(typecode(s));
    // SAFETY: live array; rewritten in place at once.
    for chunk in unsafe { contents_mut(s) }.chunks_mut(isz) {
        chunk.reverse();
    }
    Ok(Value::NONE)
}

fn m_tolist(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "tolist")?;
    let n = length(s);
    let mut out = RootedVec::with_capacity(n);
    for i in 0..n {
        let v = item(vm, s, i)?;
        out.push(v);
    }
    Ok(vm.new_list(&out))
}

fn m_tobytes(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "tobytes")?;
    // SAFETY: live array; copied at once.
    let data = unsafe { contents(s) }.to_vec();
    Ok(vm.new_bytes(&data))
}

fn m_frombytes(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, b) = one(vm, a, "frombytes")?;
    frombytes_into(vm, s, b)?;
    Ok(Value::NONE)
}

fn m_fromlist(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, l) = one(vm, a, "fromlist")?;
    if !is_kind(l, Kind::List) {
        return Err(vm.type_error("arg must be list"));
    }
    let items = vm.collect_iterable(l)?;
    let tc = typecode(s);
    let mut data = Vec::with_capacity(items.len() * itemsize(tc));
    for &v in items.iter() {
        let raw = encode(vm, tc, v)?;
        data.extend_from_slice(&raw.to_le_bytes()[..itemsize(tc)]);
    }
    let len = length(s);
    replace_items(vm, s, len, len, &data)?;
    Ok(Value::NONE)
}

fn m_fromunicode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, u) = one(vm, a, "fromunicode")?;
    if !is_kind(u, Kind::Str) {
        let tn = vm.type_name(u);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {tn}")));
    }
    if typecode(s) != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    fromunicode_into(vm, s, u)?;
    Ok(Value::NONE)
}

fn m_tounicode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "tounicode")?;
    if typecode(s) != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let text = to_unicode(vm, s, false)?;
    Ok(vm.new_str(&text))
}

fn m_copy(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "__copy__")?;
    // SAFETY: live array; copied at once.
    let data = unsafe { contents(s) }.to_vec();
    new_like(vm, s, &data)
}

fn m_deepcopy(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, _memo) = one(vm, a, "__deepcopy__")?;
    // SAFETY: live array; copied at once.
    let data = unsafe { contents(s) }.to_vec();
    new_like(vm, s, &data)
}

/// Methods CPython has that Tern does not implement.
fn unsupported(vm: &mut Vm, name: &str) -> PyErr {
    vm.not_implemented_error(format!("array.array.{name}() is not supported by Tern"))
}

fn m_buffer_info(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "buffer_info"))
}
fn m_tofile(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "tofile"))
}
fn m_fromfile(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "fromfile"))
}
fn m_reduce_ex(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "__reduce_ex__"))
}
fn m_sizeof(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "__sizeof__"))
}

fn p_typecode(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "typecode")?;
    let c = [typecode(s)];
    // SAFETY: typecodes are ASCII.
    Ok(vm.new_str(unsafe { std::str::from_utf8_unchecked(&c) }))
}

fn p_itemsize(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "itemsize")?;
    Ok(Value::small_int(itemsize(typecode(s)) as i64))
}

// ----- operators (dunder methods the interpreter dispatches to) ----------------------

fn not_implemented(vm: &Vm) -> Value {
    vm.singletons.not_implemented
}

/// True when `v`'s class defines `name` (so a reflected operator may handle it).
fn has_special(vm: &mut Vm, v: Value, name: &str) -> bool {
    let n = vm.intern(name);
    vm.lookup_special(v, n).is_some()
}

fn d_add(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, other) = one(vm, a, "__add__")?;
    if !is_array(other) {
        if has_special(vm, other, "__radd__") {
            return Ok(not_implemented(vm));
        }
        let tn = vm.type_name(other);
        return Err(vm.type_error(format!("can only append array (not \"{tn}\") to array")));
    }
    let extra = same_kind_items(vm, s, other)?;
    // SAFETY: live array; copied at once.
    let mut data = unsafe { contents(s) }.to_vec();
    data.extend_from_slice(&extra);
    new_like(vm, s, &data)
}

fn d_iadd(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, other) = one(vm, a, "__iadd__")?;
    if !is_array(other) {
        let tn = vm.type_name(other);
        return Err(vm.type_error(format!("can only extend array with array (not \"{tn}\")")));
    }
    if typecode(other) != typecode(s) {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    // SAFETY: live array; copied at once.
    let data = unsafe { contents(other) }.to_vec();
    let len = length(s);
    replace_items(vm, s, len, len, &data)?;
    Ok(s)
}

/// The repeat count of `*`: None when `n` is not an index (the caller decides
/// between NotImplemented and TypeError).
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    match index_value(vm, n)? {
        None => Ok(None),
        Some(IntArg::Fits(i)) if i <= i64::MAX as i128 => Ok(Some(i.max(0) as usize)),
        Some(IntArg::Fits(_)) | Some(IntArg::Huge { negative: false }) => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        Some(IntArg::Huge { negative: true }) => Ok(Some(0)),
    }
}

fn repeated(vm: &mut Vm, s: Value, n: usize) -> PyResult<Vec<u8>> {
    // SAFETY: live array; copied at once.
    let d = unsafe { contents(s) };
    match d.len().checked_mul(n) {
        Some(total) if total <= MAX_BYTES => Ok(d.repeat(n)),
        _ => Err(memory_error(vm)),
    }
}

fn mul_impl(vm: &mut Vm, s: Value, n: Value, reflected_name: &str) -> PyResult<Value> {
    match repeat_count(vm, n)? {
        Some(k) => {
            let data = repeated(vm, s, k)?;
            new_like(vm, s, &data)
        }
        None => {
            if has_special(vm, n, reflected_name) {
                return Ok(not_implemented(vm));
            }
            let tn = vm.type_name(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")))
        }
    }
}

fn d_mul(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, n) = one(vm, a, "__mul__")?;
    mul_impl(vm, s, n, "__rmul__")
}

fn d_rmul(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, n) = one(vm, a, "__rmul__")?;
    mul_impl(vm, s, n, "__mul__")
}

fn d_imul(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, n) = one(vm, a, "__imul__")?;
    match repeat_count(vm, n)? {
        Some(k) => {
            let data = repeated(vm, s, k)?;
            let len = length(s);
            replace_items(vm, s, 0, len, &data)?;
            Ok(s)
        }
        None => {
            let tn = vm.type_name(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")))
        }
    }
}

/// `array_richcompare`.
fn richcompare(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let (s, other) = one(vm, a, op.dunder())?;
    if !is_array(other) {
        return Ok(not_implemented(vm));
    }
    let (ls, lo) = (length(s), length(other));
    if ls != lo && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::from_bool(op == CmpOp::Ne));
    }
    let (ts, to) = (typecode(s), typecode(other));
    let mut i = 0;
    while i < length(s) && i < length(other) {
        let x = decode(ts, raw_at(s, i));
        let y = decode(to, raw_at(other, i));
        let same = match (x, y) {
            (Num::Int(p), Num::Int(q)) => Some((p == q, p.cmp(&q))),
            (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q).map(|o| (p == q, o)),
            (Num::Char(p), Num::Char(q)) => Some((p == q, p.cmp(&q))),
            _ => None,
        };
        if let Some((eq, o)) = same {
            if eq {
                i += 1;
                continue;
            }
            return Ok(Value::from_bool(match op {
                CmpOp::Eq => false,
                CmpOp::Ne => true,
                _ => op.test(o),
            }));
        }
        // Mixed kinds (int vs float, NaNs, chars vs numbers): Python's comparison.
        let (vx, vy) = (num_value(vm, x)?, num_value(vm, y)?);
        let r = vm.compare(vx, vy, CmpOp::Eq)?;
        if vm.is_true(r)? {
            i += 1;
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::FALSE),
            CmpOp::Ne => Ok(Value::TRUE),
            _ => vm.compare(vx, vy, op),
        };
    }
    let (ls, lo) = (length(s), length(other));
    Ok(Value::from_bool(op.test(ls.cmp(&lo))))
}

fn d_eq(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    richcompare(vm, a, CmpOp::Eq)
}
fn d_ne(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    richcompare(vm, a, CmpOp::Ne)
}
fn d_lt(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    richcompare(vm, a, CmpOp::Lt)
}
fn d_le(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    richcompare(vm, a, CmpOp::Le)
}
fn d_gt(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    richcompare(vm, a, CmpOp::Gt)
}
fn d_ge(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    richcompare(vm, a, CmpOp::Ge)
}

fn d_len(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "__len__")?;
    Ok(vm.new_int(length(s) as i64))
}

fn d_getitem(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, k) = one(vm, a, "__getitem__")?;
    getitem(vm, s, k)
}

fn d_setitem(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "__setitem__")?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", a.len() - 1)));
    }
    setitem(vm, s, a[1], a[2])?;
    Ok(Value::NONE)
}

fn d_delitem(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, k) = one(vm, a, "__delitem__")?;
    delitem(vm, s, k)?;
    Ok(Value::NONE)
}

fn d_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = noargs(vm, a, "__iter__")?;
    iter(vm, s)
}

fn d_contains(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, x) = one(vm, a, "__contains__")?;
    let found = find(vm, s, x, 0, usize::MAX)?.is_some();
    Ok(Value::from_bool(found))
}

// ----- module ------------------------------------------------------------------------

/// Creates `array.array`: a user-class-like type (HEAPTYPE, see the invariants)
/// whose instances are native arrays.
fn array_class(vm: &mut Vm) -> PyResult<*mut TypeObj> {
    let object = Value::from_ptr(vm.types.object);
    let bases = vm.new_tuple(&[object]);
    let ns = vm.new_dict();
    let mk = vm.names.dunder_module;
    let modname = vm.intern("array");
    vm.dict_set_str(ns, mk, modname);
    let n = vm.intern("array");
    let cls = vm.type_new(n, bases, ns)?;
    let t = cls.as_ptr::<TypeObj>();
    // SAFETY: fresh class, made native before anyone sees it. It stays BASETYPE so
    // that a subclass can be defined (as in CPython); `array_new` refuses to build
    // its instances.
    unsafe {
        (*t).instance_kind = Kind::Native;
        (*t).empty_shape = Value::EMPTY;
    }
    let new = vm.new_native("__new__", array_new, native_flags::KWARGS, t);
    let sm = vm.new_descriptor(Kind::StaticMethod, new);
    // SAFETY: live type.
    let d = unsafe { (*t).dict };
    let k = vm.names.dunder_new;
    vm.dict_set_str(d, k, sm);
    let k = vm.names.dunder_hash;
    vm.dict_set_str(d, k, Value::NONE);
    let methods: &[(&str, NativeFn, u32)] = &[
        ("append", m_append, 0),
        ("buffer_info", m_buffer_info, 0),
        ("byteswap", m_byteswap, 0),
        ("count", m_count, 0),
        ("extend", m_extend, 0),
        ("frombytes", m_frombytes, 0),
        ("fromfile", m_fromfile, 0),
        ("fromlist", m_fromlist, 0),
        ("fromunicode", m_fromunicode, 0),
        ("index", m_index, 0),
        ("insert", m_insert, 0),
        ("pop", m_pop, 0),
        ("remove", m_remove, 0),
        ("reverse", m_reverse, 0),
        ("tobytes", m_tobytes, 0),
        ("tofile", m_tofile, 0),
        ("tolist", m_tolist, 0),
        ("tounicode", m_tounicode, 0),
        ("__copy__", m_copy, 0),
        ("__deepcopy__", m_deepcopy, 0),
        ("__reduce_ex__", m_reduce_ex, 0),
        ("__sizeof__", m_sizeof, 0),
        ("__add__", d_add, 0),
        ("__iadd__", d_iadd, 0),
        ("__mul__", d_mul, 0),
        ("__rmul__", d_rmul, 0),
        ("__imul__", d_imul, 0),
        ("__eq__", d_eq, 0),
        ("__ne__", d_ne, 0),
        ("__lt__", d_lt, 0),
        ("__le__", d_le, 0),
        ("__gt__", d_gt, 0),
        ("__ge__", d_ge, 0),
        ("__len__", d_len, 0),
        ("__getitem__", d_getitem, 0),
        ("__setitem__", d_setitem, 0),
        ("__delitem__", d_delitem, 0),
        ("__iter__", d_iter, 0),
        ("__contains__", d_contains, 0),
    ];
    add_methods(vm, t, methods);
    add_properties(vm, t, &[("typecode", p_typecode), ("itemsize", p_itemsize)]);
    vm.bump_class_version(t);
    vm.refresh_type_flags(t);
    Ok(t)
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("array");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let t = array_class(vm)?;
    let cls = Value::from_ptr(t);
    vm.permanent.push(cls);
    for name in ["array", "ArrayType"] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, cls);
    }
    let it = native_class(vm, "arrayiterator", "array")?;
    add_methods(
        vm,
        it,
        &[("__iter__", it_iter, 0), ("__next__", it_next, 0)],
    );
    vm.permanent.push(Value::from_ptr(it));
    let k = vm.intern("typecodes");
    let v = vm.new_str(TYPECODES);
    vm.dict_set_str(d, k, v);
    Ok(m)
}
