//! `memoryview`: a one-dimensional view (format `'B'`) of a bytes or bytearray object,
//! with slicing (any step), indexing, `len`, iteration, `==`, `tobytes`, `tolist`,
//! `hex`, `release` and the `obj`/`readonly`/`nbytes`/`itemsize`/`format`/`ndim`
//! attributes. A view of a bytearray is writable (item and same-size slice
//! assignment).
//!
//! It is a native object (`Kind::Native`) holding the viewed object and the window
//! `start + i * step` for `i` in `0..len`.
//!
//! Invariants and limits:
//! - Every access is bounds-checked against the viewed object's *current* length.
//!   CPython forbids resizing a bytearray while a view exists; Tern cannot tell when a
//!   view is dead (no reference counts), so it lets the bytearray resize, and a view
//!   whose window no longer fits raises `IndexError` on access (and `tobytes` returns
//!   only the bytes still inside the object).
//! - `release()` only marks the view released; later uses raise `ValueError`.

use super::args;
use super::bytes::{buffer_bytes, byte_seq_of, seq_data};
use crate::interp::PyResult;
use crate::object::iter::IterKind;
use crate::object::native::{NativeObjHeader, NativeOps, NativeVTable};
use crate::object::{is_kind, obj, Kind, ObjHeader, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
struct MemoryViewObj {
    hdr: NativeObjHeader,
    /// The bytes or bytearray viewed.
    obj: Value,
    start: i64,
    len: i64,
    step: i64,
    released: bool,
}

fn trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live memoryview objects.
    visit(unsafe { (*(o as *const MemoryViewObj)).obj });
}

fn finalize(_o: *mut ObjHeader) {}

static VTABLE: NativeVTable = NativeVTable {
    name: "memoryview",
    trace,
    finalize,
    ops: NativeOps {
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        iter: Some(iter),
        next: None,
        len: Some(len),
        repr: Some(repr),
        contains: None,
    },
};

/// True when `v` is a memoryview.
pub fn is_memoryview(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native)
        && std::ptr::eq(unsafe { crate::object::native::vtable_of(v) }, &VTABLE)
}

/// Borrows a memoryview (callers check `is_memoryview`).
fn view<'a>(v: Value) -> &'a MemoryViewObj {
    debug_assert!(is_memoryview(v), "not a memoryview");
    // SAFETY: callers pass memoryview objects; the fields are plain data and a Value.
    unsafe { obj::<MemoryViewObj>(v) }
}

/// The viewed bytes (those still inside the object), copied.
fn view_bytes(v: Value) -> Vec<u8> {
    let m = view(v);
    // SAFETY: `obj` is a live bytes or bytearray; copied at once.
    let d = unsafe { seq_data(m.obj) };
    (0..m.len)
        .map(|i| m.start + i * m.step)
        .filter(|&i| i >= 0 && (i as usize) < d.len())
        .map(|i| d[i as usize])
        .collect()
}

/// A copy of the bytes a memoryview shows, or None when `v` is not one.
pub fn memoryview_bytes(v: Value) -> Option<Vec<u8>> {
    if is_memoryview(v) {
        Some(view_bytes(v))
    } else {
        None
    }
}

fn new_view(vm: &mut Vm, target: Value, start: i64, len: i64, step: i64) -> Value {
    let class = vm.types.memoryview;
    let p = vm.alloc_obj(std::mem::size_of::<MemoryViewObj>(), Kind::Native, class)
        as *mut MemoryViewObj;
    // SAFETY: fresh zero-filled object; the fields are written without dropping.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &VTABLE);
        (*p).obj = target;
        (*p).start = start;
        (*p).len = len;
        (*p).step = step;
        (*p).released = false;
    }
    Value::from_ptr(p)
}

/// `memoryview(obj)`.
pub fn memoryview_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "memoryview", args, kw, &["object"], 1)?;
    let src = a[0];
    if is_memoryview(src) {
        let m = view(src);
        let (o, s, l, st) = (m.obj, m.start, m.len, m.step);
        return Ok(new_view(vm, o, s, l, st));
    }
    match byte_seq_of(src) {
        Some(o) => {
            // SAFETY: kind checked.
            let n = unsafe { seq_data(o) }.len() as i64;
            Ok(new_view(vm, o, 0, n, 1))
        }
        None => {
            let tn = vm.type_name(src);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )))
        }
    }
}

/// The view `v`, or `ValueError` once released.
fn live<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a MemoryViewObj> {
    let m = view(v);
    if m.released {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

/// The position in the viewed object of item `k` (an index argument).
fn item_pos(vm: &mut Vm, v: Value, k: Value) -> PyResult<usize> {
    let Some(i) = vm.index_of(k)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let m = live(vm, v)?;
    let i = if i < 0 { i + m.len } else { i };
    if i < 0 || i >= m.len {
        return Err(vm.index_error("index out of bounds on dimension 1".to_string()));
    }
    let pos = m.start + i * m.step;
    // SAFETY: `obj` is a live bytes or bytearray.
    if pos < 0 || pos as usize >= unsafe { seq_data(m.obj) }.len() {
        return Err(vm.index_error("memoryview: underlying buffer was resized".to_string()));
    }
    Ok(pos as usize)
}

fn getitem(vm: &mut Vm, v: Value, k: Value) -> PyResult<Value> {
    if is_kind(k, Kind::Slice) {
        // SAFETY: kind checked.
        let s = unsafe { obj::<SliceObj>(k) };
        let (a, b, c) = (s.start, s.stop, s.step);
        let n = live(vm, v)?.len;
        let bounds = vm.slice_bounds(a, b, c, n as usize)?;
        let m = view(v);
        let (o, start, step) = (m.obj, m.start + bounds.start * m.step, m.step * bounds.step);
        return Ok(new_view(vm, o, start, bounds.len, step));
    }
    let pos = item_pos(vm, v, k)?;
    // SAFETY: position checked against the current length.
    Ok(Value::small_int(
        unsafe { seq_data(view(v).obj) }[pos] as i64,
    ))
}

fn readonly_error(vm: &mut Vm, v: Value) -> PyResult<()> {
    if !is_kind(view(v).obj, Kind::ByteArray) {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Ok(())
}

fn setitem(vm: &mut Vm, v: Value, k: Value, x: Value) -> PyResult<()> {
    live(vm, v)?;
    readonly_error(vm, v)?;
    if is_kind(k, Kind::Slice) {
        let target = getitem(vm, v, k)?;
        let src = match buffer_bytes(x) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        };
        let t = view(target);
        if src.len() as i64 != t.len {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (i, &b) in src.iter().enumerate() {
            let pos = item_pos(vm, target, Value::small_int(i as i64))?;
            // SAFETY: the viewed object is a bytearray (checked) and `pos` is in range.
            unsafe { crate::object::bytearray::bytearray_obj(t.obj).data_mut()[pos] = b };
        }
        return Ok(());
    }
    let b = match crate::object::int::int_view(x) {
        Some(_) if !x.is_bool() => match vm.index_of(x)? {
            Some(i) if (0..256).contains(&i) => i as u8,
            _ => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        },
        _ => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
    };
    let pos = item_pos(vm, v, k)?;
    // SAFETY: the viewed object is a bytearray (checked) and `pos` is in range.
    unsafe { crate::object::bytearray::bytearray_obj(view(v).obj).data_mut()[pos] = b };
    Ok(())
}

fn delitem(vm: &mut Vm, _v: Value, _k: Value) -> PyResult<()> {
    Err(vm.type_error("cannot delete memory"))
}

fn iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    live(vm, v)?;
    Ok(Value::from_ptr(vm.new_iter(IterKind::SeqIter, v)))
}

fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(live(vm, v)?.len as usize)
}

fn repr(_vm: &mut Vm, v: Value) -> PyResult<String> {
    let what = if view(v).released {
        "released memory"
    } else {
        "memory"
    };
    Ok(format!("<{what} at {:#x}>", v.bits()))
}

// ----- methods and attributes ---------------------------------------------------------

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if is_memoryview(v) => Ok(v),
        Some(&v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'memoryview' object needs an argument"
        ))),
    }
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "tobytes")?;
    live(vm, v)?;
    let d = view_bytes(v);
    Ok(vm.new_bytes(&d))
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "tolist")?;
    live(vm, v)?;
    let d = view_bytes(v);
    let items: Vec<Value> = d.iter().map(|&b| Value::small_int(b as i64)).collect();
    Ok(vm.new_list(&items))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "hex")?;
    live(vm, v)?;
    let a = args::bind(vm, "hex", &args[1..], kw, &["sep", "bytes_per_sep"], 0)?;
    let d = view_bytes(v);
    let s = super::bytes_methods::hex_string(vm, &d, a[0], a[1])?;
    Ok(vm.new_str(&s))
}

fn release(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "release")?;
    // SAFETY: checked memoryview; a plain flag write.
    unsafe { crate::object::obj_mut::<MemoryViewObj>(v).released = true };
    Ok(Value::NONE)
}

fn enter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "__enter__")?;
    live(vm, v)?;
    Ok(v)
}

fn exit(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    release(vm, &args[..1.min(args.len())], kw)
}

fn attr_obj(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "obj")?;
    Ok(live(vm, v)?.obj)
}

fn attr_readonly(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "readonly")?;
    Ok(Value::from_bool(!is_kind(
        live(vm, v)?.obj,
        Kind::ByteArray,
    )))
}

fn attr_nbytes(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "nbytes")?;
    Ok(Value::small_int(live(vm, v)?.len))
}

fn attr_itemsize(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "itemsize")?;
    live(vm, v)?;
    Ok(Value::small_int(1))
}

fn attr_ndim(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "ndim")?;
    live(vm, v)?;
    Ok(Value::small_int(1))
}

fn attr_format(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let v = this(vm, args, "format")?;
    live(vm, v)?;
    Ok(vm.new_str("B"))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview;
    super::add_methods(
        vm,
        t,
        &[
            ("tobytes", tobytes, 0),
            ("tolist", tolist, 0),
            ("hex", hex, crate::object::function::native_flags::KWARGS),
            ("release", release, 0),
            ("__enter__", enter, 0),
            ("__exit__", exit, 0),
        ],
    );
    let attrs: [(&str, crate::object::function::NativeFn); 6] = [
        ("obj", attr_obj),
        ("readonly", attr_readonly),
        ("nbytes", attr_nbytes),
        ("itemsize", attr_itemsize),
        ("ndim", attr_ndim),
        ("format", attr_format),
    ];
    for (name, f) in attrs {
        let getter = vm.new_native(name, f, 0, t);
        let prop = vm.new_descriptor(Kind::Property, getter);
        let key = vm.intern(name);
        // SAFETY: live builtin type.
        let d = unsafe { (*t).dict };
        vm.dict_set_str(d, key, prop);
    }
}
