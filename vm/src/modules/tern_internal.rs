//! `_tern`: VM internals that the Python-source standard library builds on.
//!
//! Nothing here is public API; `inspect`, `functools` and friends wrap it. Each
//! function reads VM state that has no Python-level spelling in Tern (for example,
//! generator states without frame objects).

use crate::builtins::{add_function, args};
use crate::interp::PyResult;
use crate::object::generator::{GeneratorObj, GEN_CLOSED, GEN_CREATED, GEN_RUNNING};
use crate::object::{is_kind, obj, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_tern");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    add_function(vm, d, "generator_state", generator_state, 0);
    // Native loops of `bisect` and `collections` (CPython has them in C).
    add_function(vm, d, "bisect", crate::builtins::list_methods::bisect, 0);
    add_function(
        vm,
        d,
        "count_elements",
        crate::builtins::dict_methods::count_elements,
        0,
    );
    Ok(m)
}

/// `_tern.generator_state(g)`: one of inspect's `GEN_*` names.
fn generator_state(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "generator_state", a, 1, 1)?;
    if !is_kind(a[0], Kind::Generator) {
        let tn = vm.type_name(a[0]);
        return Err(vm.type_error(format!("expected a generator, got '{tn}'")));
    }
    // SAFETY: kind checked.
    let state = unsafe { obj::<GeneratorObj>(a[0]).state };
    let name = match state {
        GEN_CREATED => "GEN_CREATED",
        GEN_RUNNING => "GEN_RUNNING",
        GEN_CLOSED => "GEN_CLOSED",
        _ => "GEN_SUSPENDED",
    };
    Ok(vm.new_str(name))
}
