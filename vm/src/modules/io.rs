//! `_io`: the I/O classes (`FileIO`, `BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`, `TextIOWrapper`, `StringIO`, `BytesIO`), the builtin `open`, and
//! `UnsupportedOperation`. `io.py` re-exports them. File objects live in `io_file`,
//! the in-memory streams in `io_mem`.
//!
//! Invariants:
//! - The classes are native, not subclassable, and named `_io.<Name>` as in CPython.
//!   The abstract bases (`_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`)
//!   carry no methods; they exist for `isinstance` and may be subclassed by programs
//!   (such subclasses are plain classes).
//! - Each Vm's classes are recorded in `REGISTRY` under the Vm's address when its
//!   `_io` module is created, and the entry is dropped when a Vm is installed at that
//!   address, so a lookup never returns another (dead) Vm's classes. The classes are
//!   permanent objects (the module and its types are never collected).
//! - `open` is the same function object in `builtins` and `_io`/`io`.

use super::io_file;
use super::io_mem;
use crate::builtins::{add_function, args};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::function::native_flags::KWARGS;
use crate::object::function::NativeFn;
use crate::object::str::as_str;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;
use std::sync::Mutex;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The classes of one Vm's `_io` module.
#[derive(Clone, Copy)]
pub struct IoTypes {
    pub file_io: *mut TypeObj,
    pub buffered_reader: *mut TypeObj,
    pub buffered_writer: *mut TypeObj,
    pub buffered_random: *mut TypeObj,
    pub text_wrapper: *mut TypeObj,
    pub string_io: *mut TypeObj,
    pub bytes_io: *mut TypeObj,
    pub unsupported: *mut TypeObj,
}

/// Vm address -> its `IoTypes`, as plain addresses (the pointers are not `Send`).
static REGISTRY: Mutex<Vec<(usize, [usize; 8])>> = Mutex::new(Vec::new());

fn vm_key(vm: &Vm) -> usize {
    vm as *const Vm as usize
}

fn registry() -> std::sync::MutexGuard<'static, Vec<(usize, [usize; 8])>> {
    REGISTRY.lock().unwrap_or_else(|p| p.into_inner())
}

fn register_types(vm: &Vm, t: IoTypes) {
    let raw = [
        t.file_io,
        t.buffered_reader,
        t.buffered_writer,
        t.buffered_random,
        t.text_wrapper,
        t.string_io,
        t.bytes_io,
        t.unsupported,
    ]
    .map(|p| p as usize);
    let key = vm_key(vm);
    let mut r = registry();
    r.retain(|(k, _)| *k != key);
    r.push((key, raw));
}

/// This Vm's `_io` classes, creating the `_io` module on first use.
pub fn types(vm: &mut Vm) -> PyResult<IoTypes> {
    let key = vm_key(vm);
    let found = registry().iter().find(|(k, _)| *k == key).map(|e| e.1);
    let raw = match found {
        Some(raw) => raw,
        None => {
            create(vm)?;
            registry()
                .iter()
                .find(|(k, _)| *k == key)
                .map(|e| e.1)
                .expect("_io registers its types")
        }
    };
    let p = |i: usize| raw[i] as *mut TypeObj;
    Ok(IoTypes {
        file_io: p(0),
        buffered_reader: p(1),
        buffered_writer: p(2),
        buffered_random: p(3),
        text_wrapper: p(4),
        string_io: p(5),
        bytes_io: p(6),
        unsupported: p(7),
    })
}

/// Adds the builtin `open` and forgets classes recorded for a previous Vm that lived
/// at this address. Called once per Vm while builtins are installed.
pub fn install(vm: &mut Vm, builtins: Value) {
    let key = vm_key(vm);
    registry().retain(|(k, _)| *k != key);
    add_function(vm, builtins, "open", open, KWARGS);
}

fn open(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    io_file::open(vm, a, kw)
}

// ----- errors shared by the stream classes ---------------------------------------------

/// `ValueError: I/O operation on closed file.` (`period` false: the wording without
/// the final period, which CPython uses in some methods).
pub fn closed_error(vm: &mut Vm, period: bool) -> PyErr {
    vm.value_error(if period {
        "I/O operation on closed file."
    } else {
        "I/O operation on closed file"
    })
}

/// `io.UnsupportedOperation(msg)` (an OSError whose errno and strerror are None).
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let t = match types(vm) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let e = vm.new_exception_msg(t.unsupported, msg);
    for name in ["errno", "strerror", "filename", "filename2"] {
        let k = vm.intern(name);
        if let Err(err) = vm.set_attr(e.0, k, Value::NONE) {
            return err;
        }
    }
    e
}

/// An optional size argument (`read(n)`, `readline(n)`): None and missing mean -1.
pub fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() || v.is_empty() => Ok(-1),
        Some(v) => match vm.index_of(v)? {
            Some(i) => Ok(i),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")))
            }
        },
    }
}

/// An int argument (`'float' object cannot be interpreted as an integer`).
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// Checks a method's positional arity (counts exclude self): `Type.meth() takes ...`.
pub fn arity(
    vm: &mut Vm,
    owner: &str,
    meth: &str,
    a: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = a.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if max == 0 {
        format!("{owner}.{meth}() takes no arguments ({n} given)")
    } else if min == max {
        format!(
            "{owner}.{meth}() takes exactly {min} argument{} ({n} given)",
            if min == 1 { "" } else { "s" }
        )
    } else if n < min {
        format!(
            "{owner}.{meth}() takes at least {min} argument{} ({n} given)",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{owner}.{meth}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

// ----- the module -----------------------------------------------------------------------

/// A class of `_io`. `base` None means `object`.
fn new_class(
    vm: &mut Vm,
    name: &str,
    base: Option<*mut TypeObj>,
    module: Value,
) -> PyResult<*mut TypeObj> {
    let b = Value::from_ptr(base.unwrap_or(vm.types.object));
    let bases = vm.new_tuple(&[b]);
    let ns = vm.new_dict();
    let n = vm.intern(name);
    let cls = vm.type_new(n, bases, ns)?;
    let t = cls.as_ptr::<TypeObj>();
    // SAFETY: fresh class, made builtin-like before anyone sees it.
    unsafe {
        (*t).flags &= !tflags::HEAPTYPE;
        (*t).module = module;
        (*t).empty_shape = Value::EMPTY;
    }
    vm.permanent.push(cls);
    Ok(t)
}

/// Makes a class a native type: instances are `Kind::Native`, not subclassable.
fn make_native(t: *mut TypeObj) {
    // SAFETY: a live class created by `new_class`.
    unsafe {
        (*t).flags &= !tflags::BASETYPE;
        (*t).instance_kind = Kind::Native;
        (*t).builtin_base = t;
    }
}

/// Adds read-only properties backed by native getters.
pub fn add_properties(vm: &mut Vm, t: *mut TypeObj, props: &[(&str, NativeFn)]) {
    for &(name, f) in props {
        let getter = vm.new_native(name, f, 0, t);
        let p = vm.new_descriptor(Kind::Property, getter);
        let k = vm.intern(name);
        // SAFETY: live class.
        let d = unsafe { (*t).dict };
        vm.dict_set_str(d, k, p);
    }
}

/// `io.UnsupportedOperation`: `class UnsupportedOperation(OSError, ValueError)` in
/// module `io`. Tern's layout check refuses two builtin exception bases, so the class
/// is made with OSError and ValueError is spliced into its bases and MRO.
fn new_unsupported(vm: &mut Vm) -> PyResult<*mut TypeObj> {
    let ose = Value::from_ptr(vm.types.os_error);
    let ve = Value::from_ptr(vm.types.value_error);
    let bases = vm.new_tuple(&[ose]);
    let ns = vm.new_dict();
    let mk = vm.names.dunder_module;
    let io = vm.intern("io");
    vm.dict_set_str(ns, mk, io);
    let n = vm.intern("UnsupportedOperation");
    let cls = vm.type_new(n, bases, ns)?;
    let t = cls.as_ptr::<TypeObj>();
    // The MRO of OSError minus the class itself: (OSError, Exception, BaseException,
    // object); ValueError goes after OSError.
    // SAFETY: live classes; mro and bases are tuples.
    let old = RootedVec::from_slice(unsafe { crate::object::tuple::tuple_items((*t).mro) });
    let mut mro = RootedVec::with_capacity(old.len() + 1);
    for (i, &c) in old.iter().enumerate() {
        mro.push(c);
        if i == 1 {
            mro.push(ve);
        }
    }
    let mro_t = vm.new_tuple(&mro);
    let bases_t = vm.new_tuple(&[ose, ve]);
    // SAFETY: fresh class.
    unsafe {
        (*t).mro = mro_t;
        (*t).bases = bases_t;
        let subs = (*vm.types.value_error).subclasses;
        vm.list_append(subs, cls);
    }
    vm.permanent.push(cls);
    Ok(t)
}

/// Creates the `_io` module and records this Vm's classes.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_io");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let module = vm.intern("_io");
    let iobase = new_class(vm, "_IOBase", None, module)?;
    let raw = new_class(vm, "_RawIOBase", Some(iobase), module)?;
    let buffered = new_class(vm, "_BufferedIOBase", Some(iobase), module)?;
    let text = new_class(vm, "_TextIOBase", Some(iobase), module)?;
    let t = IoTypes {
        file_io: new_class(vm, "FileIO", Some(raw), module)?,
        buffered_reader: new_class(vm, "BufferedReader", Some(buffered), module)?,
        buffered_writer: new_class(vm, "BufferedWriter", Some(buffered), module)?,
        buffered_random: new_class(vm, "BufferedRandom", Some(buffered), module)?,
        text_wrapper: new_class(vm, "TextIOWrapper", Some(text), module)?,
        string_io: new_class(vm, "StringIO", Some(text), module)?,
        bytes_io: new_class(vm, "BytesIO", Some(buffered), module)?,
        unsupported: new_unsupported(vm)?,
    };
    for c in [
        t.file_io,
        t.buffered_reader,
        t.buffered_writer,
        t.buffered_random,
        t.text_wrapper,
        t.string_io,
        t.bytes_io,
    ] {
        make_native(c);
    }
    io_file::add_file_methods(vm, &t);
    io_mem::add_string_io_methods(vm, t.string_io);
    io_mem::add_bytes_io_methods(vm, t.bytes_io);
    for c in [
        iobase,
        raw,
        buffered,
        text,
        t.file_io,
        t.buffered_reader,
        t.buffered_writer,
        t.buffered_random,
        t.text_wrapper,
        t.string_io,
        t.bytes_io,
        t.unsupported,
    ] {
        // SAFETY: live class.
        let name = unsafe { (*c).name };
        vm.dict_set_str(d, name, Value::from_ptr(c));
    }
    let k = vm.intern("DEFAULT_BUFFER_SIZE");
    vm.dict_set_str(d, k, Value::small_int(DEFAULT_BUFFER_SIZE as i64));
    let ok = vm.intern("open");
    let b = vm.builtins;
    if let Some(f) = vm.dict_get_str(b, ok) {
        vm.dict_set_str(d, ok, f);
    }
    register_types(vm, t);
    Ok(m)
}

/// Calls of the `_io` classes: `StringIO(...)`, `BytesIO(...)`, `FileIO(...)`; the
/// wrapper classes cannot be built around other streams in Tern. None when `t` is not
/// one of them.
pub fn construct(vm: &mut Vm, t: *mut TypeObj, a: &[Value], kw: Value) -> PyResult<Option<Value>> {
    // SAFETY: live type; `module` is checked to be a str before it is read.
    let ours = unsafe {
        (*t).instance_kind == Kind::Native
            && is_kind((*t).module, Kind::Str)
            && as_str((*t).module) == "_io"
    };
    if !ours {
        return Ok(None);
    }
    let ty = types(vm)?;
    if t == ty.string_io {
        return io_mem::new_string_io(vm, t, a, kw).map(Some);
    }
    if t == ty.bytes_io {
        return io_mem::new_bytes_io(vm, t, a, kw).map(Some);
    }
    if t == ty.file_io {
        return io_file::new_file_io(vm, a, kw).map(Some);
    }
    // SAFETY: live type.
    let name = unsafe { (*t).name_str().to_owned() };
    Err(vm.not_implemented_error(format!(
        "io.{name}() cannot be constructed directly in Tern; use open()"
    )))
}

/// Positional arguments of a call (keyword arguments rejected with CPython's message).
pub fn no_kwargs<'a>(vm: &mut Vm, fname: &str, a: &'a [Value], kw: Value) -> PyResult<&'a [Value]> {
    if args::nkw(kw) > 0 {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(a)
}
