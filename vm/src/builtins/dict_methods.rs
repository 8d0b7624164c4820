//! Methods of `dict` and its views.

use super::add_methods;
use super::args::{self, positional};
use super::list_methods::{method_arity, this_kind};
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::dict::{dict_len, dict_next};
use crate::object::function::native_flags::{CLASSMETHOD, KWARGS};
use crate::object::iter::{IterKind, IterObj};
use crate::object::{is_kind, obj, Kind};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict;
    add_methods(
        vm,
        t,
        &[
            ("get", get, 0),
            ("setdefault", setdefault, 0),
            ("pop", pop, 0),
            ("popitem", popitem, 0),
            ("update", update, KWARGS),
            ("keys", keys, 0),
            ("values", values, 0),
            ("items", items, 0),
            ("clear", clear, 0),
            ("copy", copy, 0),
            ("fromkeys", fromkeys, CLASSMETHOD),
            ("__init__", init, KWARGS),
            ("__getitem__", dunder_getitem, 0),
            ("__setitem__", dunder_setitem, 0),
            ("__delitem__", dunder_delitem, 0),
            ("__contains__", dunder_contains, 0),
            ("__len__", dunder_len, 0),
            ("__iter__", dunder_iter, 0),
            ("__repr__", dunder_repr, 0),
            ("__eq__", dunder_eq, 0),
        ],
    );
    for view in [
        vm.types.dict_keys,
        vm.types.dict_items,
        vm.types.dict_values,
    ] {
        add_methods(vm, view, &[("isdisjoint", view_isdisjoint, 0)]);
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    this_kind(vm, args, name, Kind::Dict, "dict")
}

fn get(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "get")?;
    method_arity(vm, "get", args, 1, 2)?;
    Ok(vm
        .dict_get(d, args[1])?
        .unwrap_or(if args.len() > 2 { args[2] } else { Value::NONE }))
}

fn setdefault(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "setdefault")?;
    method_arity(vm, "setdefault", args, 1, 2)?;
    if let Some(v) = vm.dict_get(d, args[1])? {
        return Ok(v);
    }
    let v = if args.len() > 2 { args[2] } else { Value::NONE };
    vm.dict_set(d, args[1], v)?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    method_arity(vm, "pop", args, 1, 2)?;
    match vm.dict_del(d, args[1])? {
        Some(v) => Ok(v),
        None if args.len() > 2 => Ok(args[2]),
        None => Err(vm.key_error(args[1])),
    }
}

fn popitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    method_arity(vm, "popitem", args, 0, 0)?;
    match vm.dict_popitem(d) {
        Some((k, v)) => Ok(vm.new_tuple(&[k, v])),
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn update(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    let pos = positional(args, kw);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    vm.dict_init(d, &args[1..], kw)?;
    Ok(Value::NONE)
}

fn new_view(vm: &mut Vm, d: Value, k: IterKind) -> Value {
    Value::from_ptr(vm.new_iter(k, d))
}

fn keys(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "keys")?;
    Ok(new_view(vm, d, IterKind::KeysView))
}
fn values(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "values")?;
    Ok(new_view(vm, d, IterKind::ValuesView))
}
fn items(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "items")?;
    Ok(new_view(vm, d, IterKind::ItemsView))
}

fn clear(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    vm.dict_clear(d);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    Ok(vm.dict_copy(d))
}

fn fromkeys(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "fromkeys", &args[1..], 1, 2)?;
    let cls = args[0];
    let d = if cls == Value::from_ptr(vm.types.dict) {
        vm.new_dict()
    } else {
        vm.call(cls, &[])?
    };
    let v = if args.len() > 2 { args[2] } else { Value::NONE };
    let ks = vm.collect_iterable(args[1])?;
    for &k in ks.iter() {
        vm.set_item(d, k, v)?;
    }
    Ok(d)
}

fn init(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    vm.dict_init(d, &args[1..], kw)?;
    Ok(Value::NONE)
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    method_arity(vm, "__getitem__", args, 1, 1)?;
    match vm.dict_get(d, args[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args[1])),
    }
}
fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    method_arity(vm, "__setitem__", args, 2, 2)?;
    vm.dict_set(d, args[1], args[2])?;
    Ok(Value::NONE)
}
fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    method_arity(vm, "__delitem__", args, 1, 1)?;
    match vm.dict_del(d, args[1])? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.key_error(args[1])),
    }
}
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    method_arity(vm, "__contains__", args, 1, 1)?;
    Ok(Value::from_bool(vm.dict_get(d, args[1])?.is_some()))
}
fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    Ok(Value::small_int(dict_len(d) as i64))
}
fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__iter__")?;
    vm.get_iter(d)
}
fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__repr__")?;
    let r = vm.repr_string(d)?;
    Ok(vm.new_str(&r))
}
fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let d = this(vm, args, "__eq__")?;
    method_arity(vm, "__eq__", args, 1, 1)?;
    let o = args[1];
    let o = if is_kind(o, Kind::Dict) {
        o
    } else {
        crate::object::instance_ext(o)
    };
    if !is_kind(o, Kind::Dict) {
        return Ok(vm.singletons.not_implemented);
    }
    vm.compare(d, o, crate::bytecode::CmpOp::Eq)
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    method_arity(vm, "isdisjoint", args, 1, 1)?;
    let items = vm.collect_iterable(args[1])?;
    for &x in items.iter() {
        if vm.contains(args[0], x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// True for the set-like dict views: `dict_keys` and `dict_items`.
pub fn is_set_like_view(v: Value) -> bool {
    is_kind(v, Kind::Iter)
        // SAFETY: kind checked.
        && matches!(
            unsafe { obj::<IterObj>(v) }.kind(),
            IterKind::KeysView | IterKind::ItemsView
        )
}

impl Vm {
    /// A set with the items of a set-like operand: a set as is, a view or any other
    /// iterable as a new set.
    pub fn set_operand(&mut self, v: Value) -> PyResult<Value> {
        if is_kind(v, Kind::Set) {
            return Ok(v);
        }
        if is_set_like_view(v) {
            return self.view_to_set(v);
        }
        let s = self.new_set();
        self.set_update(s, v)?;
        Ok(s)
    }

    /// Set operators on dict views (`d.keys() & other` ...): the result is a set.
    pub fn view_to_set(&mut self, v: Value) -> PyResult<Value> {
        let s = self.new_set();
        // SAFETY: callers pass a view.
        let io = unsafe { obj::<IterObj>(v) };
        let d = io.seq;
        let kind = io.kind();
        let mut pos = 0;
        let mut pairs = RootedVec::new();
        while let Some((k, val)) = dict_next(d, &mut pos) {
            pairs.push(k);
            pairs.push(val);
        }
        for c in pairs.chunks(2) {
            let item = match kind {
                IterKind::KeysView => c[0],
                IterKind::ItemsView => self.new_tuple(&[c[0], c[1]]),
                _ => c[1],
            };
            self.set_add(s, item)?;
        }
        Ok(s)
    }
}

// ----- counting ------------------------------------------------------------------------------

/// `_tern.count_elements(mapping, iterable)`: `collections._count_elements`, which
/// `Counter.update` uses: `mapping[e] = mapping.get(e, 0) + 1` for each element. As in
/// CPython, a dict (or a dict subclass that keeps dict's `get` and `__setitem__`, like
/// Counter) is updated directly in its table; anything else goes through its methods.
pub fn count_elements(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "count_elements", args, 2, 2)?;
    let (mapping, iterable) = (args[0], args[1]);
    let it = vm.get_iter(iterable)?;
    let one = Value::small_int(1);
    let add = crate::bytecode::BinOp::Add as u8;
    if let Some(d) = plain_dict_of(vm, mapping) {
        while let Some(k) = vm.iter_next(it)? {
            let h = vm.hash(k)?;
            let n = match vm.dict_get_hashed(d, k, h)? {
                None => one,
                Some(old) if old.is_small_int() => vm.new_int(old.as_small_int() + 1),
                Some(old) => vm.binary_op(old, one, add)?,
            };
            vm.dict_set_hashed(d, k, h, n)?;
        }
        return Ok(Value::NONE);
    }
    let name = vm.intern("get");
    let get = vm.get_attr(mapping, name)?;
    let zero = Value::small_int(0);
    while let Some(k) = vm.iter_next(it)? {
        let old = vm.call(get, &[k, zero])?;
        let n = vm.binary_op(old, one, add)?;
        vm.set_item(mapping, k, n)?;
    }
    Ok(Value::NONE)
}

/// The dict table to update directly for `mapping`: the dict itself, or the dict of an
/// instance of a dict subclass whose `get` and `__setitem__` are dict's.
fn plain_dict_of(vm: &mut Vm, mapping: Value) -> Option<Value> {
    if is_kind(mapping, Kind::Dict) {
        return Some(mapping);
    }
    if !is_kind(mapping, Kind::Instance) {
        return None;
    }
    let ext = crate::object::instance_ext(mapping);
    if !is_kind(ext, Kind::Dict) {
        return None;
    }
    let t = vm.type_of(mapping);
    let dt = vm.types.dict;
    for name in ["get", "__setitem__"] {
        let n = vm.intern(name);
        let mine = vm.type_lookup(t, n);
        if mine.is_none() || mine != vm.type_lookup(dt, n) {
            return None;
        }
    }
    Some(ext)
}
