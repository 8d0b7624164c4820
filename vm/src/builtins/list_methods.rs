//! Methods of `list` and `tuple`.

use super::add_methods;
use super::args::{self, positional};
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::native_flags::KWARGS;
use crate::object::list::list_obj;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.list;
    add_methods(
        vm,
        t,
        &[
            ("append", append, 0),
            ("extend", extend, 0),
            ("insert", insert, 0),
            ("pop", pop, 0),
            ("remove", remove, 0),
            ("index", index, 0),
            ("count", count, 0),
            ("sort", sort, KWARGS),
            ("reverse", reverse, 0),
            ("clear", clear, 0),
            ("copy", copy, 0),
            ("__init__", init, 0),
            ("__len__", dunder_len, 0),
            ("__getitem__", dunder_getitem, 0),
            ("__setitem__", dunder_setitem, 0),
            ("__delitem__", dunder_delitem, 0),
            ("__contains__", dunder_contains, 0),
            ("__iter__", dunder_iter, 0),
            ("__add__", dunder_add, 0),
            ("__iadd__", dunder_iadd, 0),
            ("__eq__", dunder_eq, 0),
            ("__repr__", dunder_repr, 0),
        ],
    );
    let tt = vm.types.tuple;
    add_methods(
        vm,
        tt,
        &[
            ("index", index, 0),
            ("count", count, 0),
            ("__len__", dunder_len, 0),
            ("__getitem__", dunder_getitem, 0),
            ("__contains__", dunder_contains, 0),
            ("__iter__", dunder_iter, 0),
            ("__repr__", dunder_repr, 0),
        ],
    );
}

/// The list receiver (a list or the list inside an instance of a list subclass).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    this_kind(vm, args, name, Kind::List, "list")
}

fn this_seq(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    if let Some(&s) = args.first() {
        if is_kind(s, Kind::Tuple) {
            return Ok(s);
        }
        let e = crate::object::instance_ext(s);
        if is_kind(e, Kind::Tuple) {
            return Ok(e);
        }
    }
    this(vm, args, name)
}

#[inline(always)]
pub(crate) fn this_kind(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    k: Kind,
    tname: &str,
) -> PyResult<Value> {
    if let Some(&s) = args.first() {
        if is_kind(s, k) {
            return Ok(s);
        }
    }
    this_kind_slow(vm, args, name, k, tname)
}

/// `this_kind` for receivers that are not exactly of kind `k`: instances of subclasses
/// and errors.
#[cold]
#[inline(never)]
fn this_kind_slow(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    k: Kind,
    tname: &str,
) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{tname}' object needs an argument"
        )));
    };
    let e = crate::object::instance_ext(s);
    if is_kind(e, k) {
        return Ok(e);
    }
    let tn = vm.type_name(s);
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{tname}' objects doesn't apply to a '{tn}' object"
    )))
}

/// `args::method_arity` with the check inlined (the error path is not).
#[inline(always)]
pub(crate) fn method_arity(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    args::method_arity(vm, fname, args, min, max)
}

fn items_of<'a>(v: Value) -> &'a [Value] {
    // SAFETY: callers pass a list or a tuple.
    unsafe {
        if is_kind(v, Kind::List) {
            list_obj(v).items()
        } else {
            tuple_items(v)
        }
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "append")?;
    method_arity(vm, "append", args, 1, 1)?;
    vm.list_append(l, args[1]);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "extend")?;
    method_arity(vm, "extend", args, 1, 1)?;
    vm.list_extend(l, args[1])?;
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "insert")?;
    method_arity(vm, "insert", args, 2, 2)?;
    let mut i = vm.expect_index(args[1])?;
    let n = unsafe { list_obj(l).len } as i64;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    vm.list_append(l, Value::NONE);
    // SAFETY: live list with n+1 items.
    unsafe {
        let items = list_obj(l).items_mut();
        items.copy_within(i..n as usize, i + 1);
        items[i] = args[2];
    }
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "pop")?;
    method_arity(vm, "pop", args, 0, 1)?;
    let n = unsafe { list_obj(l).len } as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let mut i = if args.len() > 1 {
        vm.expect_index(args[1])?
    } else {
        -1
    };
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(vm.list_remove_at(l, i as usize))
}

fn remove(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "remove")?;
    method_arity(vm, "remove", args, 1, 1)?;
    let mut i = 0;
    loop {
        let items = items_of(l);
        if i >= items.len() {
            return Err(vm.value_error("list.remove(x): x not in list"));
        }
        if vm.eq_bool(items[i], args[1])? {
            vm.list_remove_at(l, i);
            return Ok(Value::NONE);
        }
        i += 1;
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "index")?;
    method_arity(vm, "index", args, 1, 3)?;
    let n = items_of(s).len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = if args.len() > 2 {
        norm(vm.expect_index(args[2])?)
    } else {
        0
    };
    let end = if args.len() > 3 {
        norm(vm.expect_index(args[3])?)
    } else {
        n
    };
    let mut i = start;
    while i < end {
        let items = items_of(s);
        if i as usize >= items.len() {
            break;
        }
        if vm.eq_bool(items[i as usize], args[1])? {
            return Ok(Value::small_int(i));
        }
        i += 1;
    }
    if is_kind(s, Kind::Tuple) {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let r = vm.repr_string(args[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "count")?;
    method_arity(vm, "count", args, 1, 1)?;
    let mut c = 0;
    let mut i = 0;
    loop {
        let items = items_of(s);
        if i >= items.len() {
            break;
        }
        if vm.eq_bool(items[i], args[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::small_int(c))
}

fn sort(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    let pos = positional(args, kw);
    if pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let a = args::bind(vm, "sort", &args[1..], kw, &["*key", "*reverse"], 0)?;
    let key = if a[0].is_empty() { Value::NONE } else { a[0] };
    let rev = !a[1].is_empty() && vm.is_true(a[1])?;
    // Sort a copy while the list appears empty (as CPython does), then store back.
    let mut items = RootedVec::from_slice(items_of(l));
    vm.list_truncate(l, 0);
    let r = vm.sort_list_values(&mut items, key, rev);
    let modified = unsafe { list_obj(l).len } != 0;
    vm.list_replace_all(l, &items);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "reverse")?;
    method_arity(vm, "reverse", args, 0, 0)?;
    unsafe { list_obj(l).items_mut().reverse() };
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "clear")?;
    method_arity(vm, "clear", args, 0, 0)?;
    vm.list_truncate(l, 0);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "copy")?;
    method_arity(vm, "copy", args, 0, 0)?;
    let items = RootedVec::from_slice(items_of(l));
    Ok(vm.new_list(&items))
}

fn init(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let l = this(vm, args, "__init__")?;
    method_arity(vm, "__init__", args, 0, 1)?;
    vm.list_truncate(l, 0);
    if args.len() > 1 {
        vm.list_extend(l, args[1])?;
    }
    Ok(Value::NONE)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "__len__")?;
    Ok(Value::small_int(items_of(s).len() as i64))
}
fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "__getitem__")?;
    method_arity(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(s, args[1])
}
fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__setitem__")?;
    method_arity(vm, "__setitem__", args, 2, 2)?;
    vm.set_item(s, args[1], args[2])?;
    Ok(Value::NONE)
}
fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__delitem__")?;
    method_arity(vm, "__delitem__", args, 1, 1)?;
    vm.del_item(s, args[1])?;
    Ok(Value::NONE)
}
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "__contains__")?;
    method_arity(vm, "__contains__", args, 1, 1)?;
    Ok(Value::from_bool(vm.contains(s, args[1])?))
}
fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "__iter__")?;
    vm.get_iter(s)
}
fn dunder_add(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__add__")?;
    method_arity(vm, "__add__", args, 1, 1)?;
    let o = args[1];
    let o = if is_kind(o, Kind::List) {
        o
    } else {
        crate::object::instance_ext(o)
    };
    if !is_kind(o, Kind::List) {
        return Ok(vm.singletons.not_implemented);
    }
    let mut items = RootedVec::from_slice(items_of(s));
    items.extend_from_slice(items_of(o));
    Ok(vm.new_list(&items))
}
fn dunder_iadd(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__iadd__")?;
    method_arity(vm, "__iadd__", args, 1, 1)?;
    vm.list_extend(s, args[1])?;
    Ok(args[0])
}
fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__eq__")?;
    method_arity(vm, "__eq__", args, 1, 1)?;
    let o = args[1];
    let o = if is_kind(o, Kind::List) {
        o
    } else {
        crate::object::instance_ext(o)
    };
    if !is_kind(o, Kind::List) {
        return Ok(vm.singletons.not_implemented);
    }
    vm.compare(s, o, crate::bytecode::CmpOp::Eq)
}
fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this_seq(vm, args, "__repr__")?;
    let r = vm.repr_string(s)?;
    Ok(vm.new_str(&r))
}

// ----- bisect --------------------------------------------------------------------------------

/// `_tern.bisect(a, x, lo, hi, right)`: the search loop of `bisect.bisect_left` (or
/// `bisect_right` when `right` is true) without a key function, as CPython's `_bisect`
/// runs it: the same items are fetched (`a[mid]`, through `__getitem__` for other
/// sequences) and compared with `<` in the same order, so user `__lt__`s see the same
/// calls. `bisect.py` checks `lo` and fills in `hi`.
pub fn bisect(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "bisect", args, 5, 5)?;
    let (a, x) = (args[0], args[1]);
    let mut lo = vm.expect_index(args[2])?;
    let mut hi = match vm.index_of(args[3])? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(args[3]);
            return Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")));
        }
    };
    let right = vm.is_true(args[4])?;
    while lo < hi {
        // lo >= 0 here, so the sum cannot overflow as unsigned.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = match sequence_item(a, mid) {
            Some(v) => v,
            None => {
                let k = Value::small_int(mid);
                vm.get_item(a, k)?
            }
        };
        let (l, r) = if right { (x, item) } else { (item, x) };
        let less = match crate::ops::compare::fast_order(l, r, crate::bytecode::CmpOp::Lt) {
            Some(b) => b,
            None => {
                let c = vm.compare(l, r, crate::bytecode::CmpOp::Lt)?;
                vm.is_true(c)?
            }
        };
        if right == less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(Value::small_int(lo))
}

/// `a[i]` for an exact list or tuple and an index in range, else None.
#[inline]
fn sequence_item(a: Value, i: i64) -> Option<Value> {
    if !(is_kind(a, Kind::List) || is_kind(a, Kind::Tuple)) || i < 0 {
        return None;
    }
    items_of(a).get(i as usize).copied()
}
