//! Methods of generator objects: `send`, `throw`, `close`, `__next__`, `__iter__`.
//! Coroutines share `send`, `throw` and `close` (they are not iterators; see
//! `coroutine_methods`).
//!
//! All of them resume the generator through `Vm::gen_resume`; a generator that
//! returns turns into `StopIteration(value)` here, at the Python-visible boundary.

use super::{add_methods, args};
use crate::interp::generator::{GenOutcome, Resume};
use crate::interp::{PyErr, PyResult};
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.generator;
    add_methods(
        vm,
        t,
        &[
            ("send", send, 0),
            ("throw", throw, 0),
            ("close", close, 0),
            ("__next__", next, 0),
            ("__iter__", iter, 0),
        ],
    );
}

fn this(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    match a.first() {
        Some(&g) if is_kind(g, Kind::Generator) => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

/// A yielded value, or StopIteration carrying the return value.
fn outcome(vm: &mut Vm, r: PyResult<GenOutcome>) -> PyResult<Value> {
    match r? {
        GenOutcome::Yielded(v) => Ok(v),
        GenOutcome::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

pub(super) fn send(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "send", a, 2, 2)?;
    let g = this(vm, a, "send")?;
    let r = vm.gen_resume(g, Resume::Send(a[1]));
    outcome(vm, r)
}

fn next(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__next__", a, 1, 1)?;
    let g = this(vm, a, "__next__")?;
    let r = vm.gen_resume(g, Resume::Send(Value::NONE));
    outcome(vm, r)
}

fn iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__iter__", a, 1, 1)?;
    this(vm, a, "__iter__")
}

pub(super) fn close(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "close", a, 1, 1)?;
    let g = this(vm, a, "close")?;
    vm.gen_close(g)?;
    Ok(Value::NONE)
}

/// `throw(type[, value[, traceback]])` or `throw(instance)`.
pub(super) fn throw(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "throw", a, 2, 4)?;
    let g = this(vm, a, "throw")?;
    let r = match thrown_exception(vm, a) {
        Ok(exc) => vm.gen_resume(g, Resume::Throw(PyErr(exc))),
        // As in CPython, bad arguments fail where the exception would be raised: in
        // the innermost delegate, so the generators awaiting it see that error.
        Err(e) => vm.gen_throw_failed(g, e, &a[1..]),
    };
    outcome(vm, r)
}

/// The exception that `throw(*a[1..])` raises.
fn thrown_exception(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let (typ, val) = (a[1], a.get(2).copied().unwrap_or(Value::NONE));
    let exc = if vm.is_exception_class(typ) {
        if vm.is_exception_instance(val) && vm.isinstance(val, typ.as_ptr()) {
            val
        } else if val.is_none() {
            vm.call(typ, &[])?
        } else if is_kind(val, Kind::Tuple) {
            // SAFETY: kind checked.
            let items =
                crate::gc::RootedVec::from_slice(unsafe { crate::object::tuple::tuple_items(val) });
            vm.call(typ, &items)?
        } else {
            vm.call(typ, &[val])?
        }
    } else if vm.is_exception_instance(typ) {
        if !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ
    } else {
        let tn = vm.type_name(typ);
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {tn}"
        )));
    };
    if let Some(&tb) = a.get(3) {
        if !tb.is_none() {
            if let Some(d) = crate::interp::unwind::exc_data(exc) {
                d.traceback = tb;
            }
        }
    }
    Ok(exc)
}
