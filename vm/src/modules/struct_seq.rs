//! Struct sequences: tuples with named fields (`sys.version_info`, `sys.float_info`).
//!
//! A struct sequence type is a heap subclass of `tuple` whose `__match_args__` lists
//! the field names and whose `__module__` is the owning module. An instance is a tuple
//! subclass instance (the tuple in `ext`) that also carries each field as an ordinary
//! attribute, so indexing, slicing, comparison and `.field` all work. Its repr is
//! CPython's `module.name(field=value, ...)`.

use crate::builtins::args;
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::native_flags;
use crate::object::tuple::tuple_items;
use crate::object::TypeObj;
use crate::value::Value;
use crate::vm::Vm;

/// Creates the struct sequence type `module.name` and its one instance `values`.
pub fn new_struct_seq(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    values: &[Value],
) -> PyResult<Value> {
    debug_assert_eq!(fields.len(), values.len());
    let values = RootedVec::from_slice(values);
    let tuple = Value::from_ptr(vm.types.tuple);
    let bases = vm.new_tuple(&[tuple]);
    let ns = vm.new_dict();
    let mut names = RootedVec::new();
    for f in fields {
        let s = vm.intern(f);
        names.push(s);
    }
    let match_args = vm.new_tuple(&names);
    let key = vm.intern("__match_args__");
    vm.dict_set_str(ns, key, match_args);
    for (k, n) in [
        ("n_fields", fields.len()),
        ("n_sequence_fields", fields.len()),
    ] {
        let key = vm.intern(k);
        vm.dict_set_str(ns, key, Value::small_int(n as i64));
    }
    let modv = vm.intern(module);
    let mk = vm.names.dunder_module;
    vm.dict_set_str(ns, mk, modv);
    let repr = vm.new_native(
        "__repr__",
        struct_seq_repr,
        native_flags::METHOD,
        vm.types.tuple,
    );
    let rk = vm.intern("__repr__");
    vm.dict_set_str(ns, rk, repr);
    let tname = vm.intern(name);
    let cls = vm.type_new(tname, bases, ns)?;
    let tv = vm.new_tuple(&values);
    let inst = vm.call(cls, &[tv])?;
    for (&n, &v) in names.iter().zip(values.iter()) {
        vm.instance_slot_set(inst, n, v);
    }
    Ok(inst)
}

/// `repr(struct_seq)`: `module.name(field=value, ...)`.
fn struct_seq_repr(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__repr__", a, 1, 1)?;
    let t: *mut TypeObj = vm.type_of(a[0]);
    // SAFETY: live heap type.
    let (tname, module) = unsafe { ((*t).name_str().to_owned(), (*t).module) };
    let module = vm.str_string(module)?;
    let key = vm.intern("__match_args__");
    let fields = vm.get_attr(a[0], key)?;
    let tuple = crate::object::instance_ext(a[0]);
    // SAFETY: `__match_args__` and the base value are tuples.
    let (fields, items) = unsafe {
        (
            RootedVec::from_slice(tuple_items(fields)),
            RootedVec::from_slice(tuple_items(tuple)),
        )
    };
    let mut out = format!("{module}.{tname}(");
    for (i, (&f, &v)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.str_string(f)?);
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(vm.new_str(&out))
}
