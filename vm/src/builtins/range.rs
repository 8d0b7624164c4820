//! `range` helpers.

use crate::object::range::RangeObj;

/// `i in range` for an i64.
pub fn range_contains_i64(r: &RangeObj, i: i64) -> bool {
    if r.len == 0 {
        return false;
    }
    let (start, step) = (r.start as i128, r.step as i128);
    let i = i as i128;
    let last = start + (r.len as i128 - 1) * step;
    let (lo, hi) = if step > 0 {
        (start, last)
    } else {
        (last, start)
    };
    i >= lo && i <= hi && (i - start) % step == 0
}

use super::add_methods;
use super::args;
use crate::interp::PyResult;
use crate::object::{is_kind, obj, Kind, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let r = vm.types.range;
    add_methods(
        vm,
        r,
        &[
            ("count", count, 0),
            ("index", index, 0),
            ("__len__", len, 0),
            ("__contains__", contains, 0),
        ],
    );
    let s = vm.types.slice;
    add_methods(vm, s, &[("indices", indices, 0)]);
}

fn this<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a RangeObj> {
    match a.first() {
        // SAFETY: kind checked.
        Some(&r) if is_kind(r, Kind::Range) => Ok(unsafe { obj::<RangeObj>(r) }),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

fn count(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let r = this(vm, a, "count")?;
    args::method_arity(vm, "count", a, 1, 1)?;
    if let Some(i) = crate::object::int::int_as_i64(a[1]) {
        if !is_kind(a[1], Kind::Instance) {
            return Ok(Value::small_int(range_contains_i64(r, i) as i64));
        }
    }
    let items = vm.collect_iterable(a[0])?;
    let mut n = 0;
    for &x in items.iter() {
        if vm.eq_bool(x, a[1])? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn index(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let r = this(vm, a, "index")?;
    args::method_arity(vm, "index", a, 1, 1)?;
    if let Some(i) = crate::object::int::int_as_i64(a[1]) {
        if range_contains_i64(r, i) {
            return Ok(vm.new_int((i - r.start) / r.step));
        }
    }
    let s = vm.repr_string(a[1])?;
    Err(vm.value_error(format!("{s} is not in range")))
}

fn len(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let r = this(vm, a, "__len__")?;
    Ok(vm.new_int(r.len))
}

fn contains(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    this(vm, a, "__contains__")?;
    args::method_arity(vm, "__contains__", a, 1, 1)?;
    Ok(Value::from_bool(vm.contains(a[0], a[1])?))
}

fn indices(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "indices", a, 1, 1)?;
    if !is_kind(a[0], Kind::Slice) {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let n = vm.expect_index(a[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    // SAFETY: kind checked.
    let s = unsafe { obj::<SliceObj>(a[0]) };
    let (start, stop, step) = (s.start, s.stop, s.step);
    let b = vm.slice_bounds(start, stop, step, n as usize)?;
    let (x, y, z) = (vm.new_int(b.start), vm.new_int(b.stop), vm.new_int(b.step));
    Ok(vm.new_tuple(&[x, y, z]))
}
