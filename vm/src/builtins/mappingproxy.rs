//! `mappingproxy`: the read-only, live view of a mapping that `C.__dict__` returns for
//! classes (and `types.MappingProxyType(m)` builds).
//!
//! It is a native object (`Kind::Native`) holding the mapping. Reads go to the mapping
//! (so the view follows later changes to the class); item assignment and deletion fail
//! as in CPython (and there are no `__setitem__`/`__delitem__` methods). For class dicts the mapping is the
//! class's own dict, so changing a class still goes through `setattr` (which bumps the
//! class version that attribute caches check).
//!
//! Comparisons and `|` unwrap the proxy and act on the mapping, as CPython's
//! `mappingproxy` forwards them.

use super::args;
use crate::interp::PyResult;
use crate::object::native::{NativeObjHeader, NativeOps, NativeVTable};
use crate::object::{is_kind, obj, Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
struct MappingProxyObj {
    hdr: NativeObjHeader,
    /// The mapping shown (a dict for class dicts).
    mapping: Value,
}

fn trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live mappingproxy objects.
    visit(unsafe { (*(o as *const MappingProxyObj)).mapping });
}

fn finalize(_o: *mut ObjHeader) {}

static VTABLE: NativeVTable = NativeVTable {
    name: "mappingproxy",
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
        contains: Some(contains),
    },
};

/// True when `v` is a mappingproxy.
pub fn is_mappingproxy(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native)
        && std::ptr::eq(unsafe { crate::object::native::vtable_of(v) }, &VTABLE)
}

/// The mapping behind a proxy (callers check `is_mappingproxy`).
pub fn proxied(v: Value) -> Value {
    debug_assert!(is_mappingproxy(v), "not a mappingproxy");
    // SAFETY: callers pass mappingproxy objects.
    unsafe { obj::<MappingProxyObj>(v).mapping }
}

impl Vm {
    /// A read-only view of `mapping`.
    pub fn new_mappingproxy(&mut self, mapping: Value) -> Value {
        let class = self.types.mappingproxy;
        let p = self.alloc_obj(std::mem::size_of::<MappingProxyObj>(), Kind::Native, class)
            as *mut MappingProxyObj;
        // SAFETY: fresh zero-filled object; the fields are written without dropping.
        unsafe {
            std::ptr::write(&mut (*p).hdr.vtable, &VTABLE);
            (*p).mapping = mapping;
        }
        Value::from_ptr(p)
    }
}

/// `mappingproxy(mapping)`: refuses sequences and non-mappings, as CPython does.
pub fn mappingproxy_new(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "mappingproxy", a, kw, &["mapping"], 1)?;
    let m = a[0];
    let is_sequence = is_kind(m, Kind::List) || is_kind(m, Kind::Tuple);
    let keys = vm.intern("keys");
    let gi = vm.intern("__getitem__");
    let t = vm.type_of(m);
    let is_mapping = is_kind(m, Kind::Dict)
        || is_mappingproxy(m)
        || (vm.type_lookup(t, keys).is_some() && vm.type_lookup(t, gi).is_some());
    if is_sequence || !is_mapping {
        let tn = vm.type_name(m);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    Ok(vm.new_mappingproxy(m))
}

fn getitem(vm: &mut Vm, v: Value, k: Value) -> PyResult<Value> {
    vm.get_item(proxied(v), k)
}

fn setitem(vm: &mut Vm, v: Value, _k: Value, _x: Value) -> PyResult<()> {
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object does not support item assignment")))
}

fn delitem(vm: &mut Vm, v: Value, _k: Value) -> PyResult<()> {
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object does not support item deletion")))
}

fn iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.get_iter(proxied(v))
}

fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    vm.len(proxied(v))
}

fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = vm.repr_string(proxied(v))?;
    Ok(format!("mappingproxy({r})"))
}

fn contains(vm: &mut Vm, v: Value, k: Value) -> PyResult<bool> {
    vm.contains(proxied(v), k)
}

// ----- methods --------------------------------------------------------------------------

fn this(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    match a.first() {
        Some(&v) if is_mappingproxy(v) => Ok(proxied(v)),
        Some(&v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'mappingproxy' object needs an argument"
        ))),
    }
}

/// Forwards a method call to the mapping: `proxy.keys()` is `mapping.keys()`.
fn forward(vm: &mut Vm, a: &[Value], name: &str, min: usize, max: usize) -> PyResult<Value> {
    let m = this(vm, a, name)?;
    args::arity(vm, name, &a[1..], min, max)?;
    let rest = crate::gc::RootedVec::from_slice(&a[1..]);
    vm.call_method(m, name, &rest)
}

fn m_get(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    forward(vm, a, "get", 1, 2)
}

fn m_keys(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    forward(vm, a, "keys", 0, 0)
}

fn m_values(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    forward(vm, a, "values", 0, 0)
}

fn m_items(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    forward(vm, a, "items", 0, 0)
}

fn m_copy(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    forward(vm, a, "copy", 0, 0)
}

fn m_getitem(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__getitem__")?;
    args::arity(vm, "__getitem__", &a[1..], 1, 1)?;
    vm.get_item(m, a[1])
}

fn m_contains(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__contains__")?;
    args::arity(vm, "__contains__", &a[1..], 1, 1)?;
    Ok(Value::from_bool(vm.contains(m, a[1])?))
}

fn m_len(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__len__")?;
    args::arity(vm, "__len__", &a[1..], 0, 0)?;
    Ok(Value::small_int(vm.len(m)? as i64))
}

fn m_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__iter__")?;
    args::arity(vm, "__iter__", &a[1..], 0, 0)?;
    vm.get_iter(m)
}

fn m_reversed(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__reversed__")?;
    args::arity(vm, "__reversed__", &a[1..], 0, 0)?;
    let rev = vm.intern("reversed");
    let f = vm
        .dict_get_str(vm.builtins, rev)
        .expect("reversed is a builtin");
    vm.call(f, &[m])
}

fn m_or(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__or__")?;
    args::arity(vm, "__or__", &a[1..], 1, 1)?;
    let other = if is_mappingproxy(a[1]) {
        proxied(a[1])
    } else {
        a[1]
    };
    vm.binary_op(m, other, crate::bytecode::BinOp::Or as u8)
}

fn m_ror(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let m = this(vm, a, "__ror__")?;
    args::arity(vm, "__ror__", &a[1..], 1, 1)?;
    vm.binary_op(a[1], m, crate::bytecode::BinOp::Or as u8)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.mappingproxy;
    super::add_methods(
        vm,
        t,
        &[
            ("get", m_get, 0),
            ("keys", m_keys, 0),
            ("values", m_values, 0),
            ("items", m_items, 0),
            ("copy", m_copy, 0),
            ("__getitem__", m_getitem, 0),
            ("__contains__", m_contains, 0),
            ("__len__", m_len, 0),
            ("__iter__", m_iter, 0),
            ("__reversed__", m_reversed, 0),
            ("__or__", m_or, 0),
            ("__ror__", m_ror, 0),
        ],
    );
    // Unhashable, as in CPython (it compares by its mapping).
    let hk = vm.names.dunder_hash;
    // SAFETY: live builtin type.
    let d = unsafe { (*t).dict };
    vm.dict_set_str(d, hk, Value::NONE);
}
