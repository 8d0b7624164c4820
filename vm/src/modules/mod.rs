//! Native modules (`sys`, `math`, `time`, `random`, ...) and the import system.
//!
//! A native module is created on its first import by its `create` function and cached
//! in `sys.modules` like any other module.

pub mod array;
pub mod hashlib;
pub mod import;
pub mod io;
pub mod io_file;
pub mod io_mem;
pub mod itertools_native;
pub mod json;
pub mod math;
pub mod os;
pub mod random;
pub mod random_mt;
pub mod stdlib;
pub mod struct_mod;
pub mod struct_seq;
pub mod sys;
pub mod tern_internal;
pub mod time;

use crate::interp::PyResult;
use crate::object::typeobj::TypeObj;
use crate::value::Value;
use crate::vm::Vm;

/// Creates a native module.
pub type ModuleCtor = fn(&mut Vm) -> PyResult<Value>;

/// Native modules by name.
pub const NATIVE_MODULES: &[(&str, ModuleCtor)] = &[
    ("sys", sys::create),
    ("math", math::create),
    ("time", time::create),
    ("random", random::create),
    ("_tern", tern_internal::create),
    ("_io", io::create),
    ("posix", os::create),
    ("_itertools", itertools_native::create),
    ("struct", struct_mod::create),
    ("array", array::create),
    ("hashlib", hashlib::create),
    ("_json", json::create),
];

/// Creates the modules that exist from the start (`sys`).
pub fn install(vm: &mut Vm) {
    let sys = sys::create(vm).expect("creating sys cannot fail");
    vm.permanent.push(sys);
}

/// Constructors of native types that are not builtins (`random.Random(...)`, ...).
pub fn construct_native(
    vm: &mut Vm,
    t: *mut TypeObj,
    args: &[Value],
    kwnames: Value,
) -> PyResult<Option<Value>> {
    if let Some(v) = random::construct(vm, t, args, kwnames)? {
        return Ok(Some(v));
    }
    if let Some(v) = io::construct(vm, t, args, kwnames)? {
        return Ok(Some(v));
    }
    if let Some(v) = struct_mod::construct(vm, t, args, kwnames)? {
        return Ok(Some(v));
    }
    itertools_native::construct(vm, t, args, kwnames)
}
