//! Methods of coroutine objects (`send`, `throw`, `close`, `__await__`) and of the
//! `coroutine_wrapper` that `__await__` returns (`send`, `throw`, `close`,
//! `__next__`, `__iter__`).
//!
//! A coroutine is driven through the generator methods (`generator_methods`); it is
//! not an iterator itself. The wrapper's methods are the same methods applied to the
//! coroutine it wraps, so a wrapper and its coroutine can never disagree.

use super::generator_methods as gm;
use super::{add_methods, args};
use crate::gc::RootedVec;
use crate::interp::generator::{GenOutcome, Resume};
use crate::interp::PyResult;
use crate::object::coroutine::wrapped_coroutine;
use crate::object::generator::is_coroutine;
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.coroutine;
    add_methods(
        vm,
        t,
        &[
            ("send", gm::send, 0),
            ("throw", gm::throw, 0),
            ("close", gm::close, 0),
            ("__await__", await_, 0),
        ],
    );
    let t = vm.types.coroutine_wrapper;
    add_methods(
        vm,
        t,
        &[
            ("send", w_send, 0),
            ("throw", w_throw, 0),
            ("close", w_close, 0),
            ("__next__", w_next, 0),
            ("__iter__", w_iter, 0),
        ],
    );
}

fn await_(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__await__", a, 1, 1)?;
    let c = a[0];
    if !is_coroutine(c) {
        let tn = vm.type_name(c);
        return Err(vm.type_error(format!(
            "descriptor '__await__' requires a 'coroutine' object but received a '{tn}'"
        )));
    }
    Ok(vm.new_coroutine_wrapper(c))
}

/// The coroutine behind the wrapper `a[0]`.
fn wrapped(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    match a.first().and_then(|&w| wrapped_coroutine(w)) {
        Some(c) => Ok(c),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'coroutine_wrapper' object"
        ))),
    }
}

/// `a` with the wrapper replaced by its coroutine.
fn with_coroutine(c: Value, a: &[Value]) -> RootedVec {
    let mut v = RootedVec::from_slice(a);
    v[0] = c;
    v
}

fn w_send(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let c = wrapped(vm, a, "send")?;
    gm::send(vm, &with_coroutine(c, a), kw)
}

fn w_throw(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let c = wrapped(vm, a, "throw")?;
    gm::throw(vm, &with_coroutine(c, a), kw)
}

fn w_close(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let c = wrapped(vm, a, "close")?;
    gm::close(vm, &with_coroutine(c, a), kw)
}

fn w_next(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__next__", a, 1, 1)?;
    let c = wrapped(vm, a, "__next__")?;
    match vm.gen_resume(c, Resume::Send(Value::NONE))? {
        GenOutcome::Yielded(v) => Ok(v),
        GenOutcome::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

fn w_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__iter__", a, 1, 1)?;
    wrapped(vm, a, "__iter__")?;
    Ok(a[0])
}
