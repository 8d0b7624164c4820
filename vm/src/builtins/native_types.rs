//! Protocol dispatch for objects of native modules (`Kind::Native`), through the
//! hooks in their vtable.

use crate::interp::PyResult;
use crate::object::native::vtable_of;
use crate::value::Value;
use crate::vm::Vm;

fn unsupported(vm: &mut Vm, o: Value, what: &str) -> crate::interp::PyErr {
    let tn = vm.type_name(o);
    vm.type_error(format!("'{tn}' object {what}"))
}

pub fn native_getitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<Value> {
    // SAFETY: callers pass Native objects.
    match unsafe { vtable_of(o) }.ops.getitem {
        Some(f) => f(vm, o, k),
        None => Err(unsupported(vm, o, "is not subscriptable")),
    }
}

pub fn native_setitem(vm: &mut Vm, o: Value, k: Value, v: Value) -> PyResult<()> {
    match unsafe { vtable_of(o) }.ops.setitem {
        Some(f) => f(vm, o, k, v),
        None => Err(unsupported(vm, o, "does not support item assignment")),
    }
}

pub fn native_delitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<()> {
    match unsafe { vtable_of(o) }.ops.delitem {
        Some(f) => f(vm, o, k),
        None => Err(unsupported(vm, o, "doesn't support item deletion")),
    }
}

pub fn native_iter(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    let ops = &unsafe { vtable_of(o) }.ops;
    if let Some(f) = ops.iter {
        return f(vm, o).map(Some);
    }
    if ops.next.is_some() {
        return Ok(Some(o));
    }
    Ok(None)
}

pub fn native_is_iterator(o: Value) -> bool {
    unsafe { vtable_of(o) }.ops.next.is_some()
}

pub fn native_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    match unsafe { vtable_of(o) }.ops.next {
        Some(f) => f(vm, o),
        None => Err(unsupported(vm, o, "is not an iterator")),
    }
}

pub fn native_len(vm: &mut Vm, o: Value) -> PyResult<Option<usize>> {
    match unsafe { vtable_of(o) }.ops.len {
        Some(f) => f(vm, o).map(Some),
        None => Ok(None),
    }
}

pub fn native_repr(vm: &mut Vm, o: Value) -> PyResult<String> {
    match unsafe { vtable_of(o) }.ops.repr {
        Some(f) => f(vm, o),
        None => {
            let tn = vm.type_name(o);
            Ok(format!("<{tn} object at {:#x}>", o.bits()))
        }
    }
}

pub fn native_contains(vm: &mut Vm, o: Value, x: Value) -> PyResult<Option<bool>> {
    match unsafe { vtable_of(o) }.ops.contains {
        Some(f) => f(vm, o, x).map(Some),
        None => Ok(None),
    }
}
