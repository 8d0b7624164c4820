//! Methods of `set` and `frozenset`, and the set operators, following CPython's
//! algorithms so that results iterate in CPython's order.

use super::add_methods;
use super::args;
use super::list_methods::this_kind;
use crate::bytecode::BinOp;
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::set::{set_len, set_next};
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let common: &[(&str, crate::object::function::NativeFn, u32)] = &[
        ("union", union, 0),
        ("intersection", intersection, 0),
        ("difference", difference, 0),
        ("symmetric_difference", symmetric_difference, 0),
        ("issubset", issubset, 0),
        ("issuperset", issuperset, 0),
        ("isdisjoint", isdisjoint, 0),
        ("copy", copy, 0),
        ("__len__", dunder_len, 0),
        ("__contains__", dunder_contains, 0),
        ("__iter__", dunder_iter, 0),
    ];
    let s = vm.types.set;
    add_methods(vm, s, common);
    add_methods(
        vm,
        s,
        &[
            ("add", add, 0),
            ("discard", discard, 0),
            ("remove", remove, 0),
            ("pop", pop, 0),
            ("clear", clear, 0),
            ("update", update, 0),
            ("intersection_update", intersection_update, 0),
            ("difference_update", difference_update, 0),
            (
                "symmetric_difference_update",
                symmetric_difference_update,
                0,
            ),
            ("__init__", init, 0),
        ],
    );
    let f = vm.types.frozenset;
    add_methods(vm, f, common);
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    this_kind(vm, args, name, Kind::Set, "set")
}

/// An iterable as a set (sets themselves pass through).
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_kind(v, Kind::Set) {
        return Ok(v);
    }
    let s = vm.new_set();
    vm.set_update(s, v)?;
    Ok(s)
}

impl Vm {
    fn result_class(&self, s: Value) -> *mut crate::object::TypeObj {
        if self.isinstance(s, self.types.frozenset) || self.type_of(s) == self.types.frozenset {
            self.types.frozenset
        } else {
            self.types.set
        }
    }

    /// `set_intersection`.
    pub fn set_intersection(&mut self, s: Value, other: Value) -> PyResult<Value> {
        let class = self.result_class(s);
        if s == other {
            return self.set_copy_as(s, class);
        }
        let result = self.new_set_of_class(class);
        if is_kind(other, Kind::Set) {
            let (mut a, mut b) = (s, other);
            if set_len(b) > set_len(a) {
                std::mem::swap(&mut a, &mut b);
            }
            let mut pos = 0;
            while let Some(e) = set_next(b, &mut pos) {
                if self.set_find(a, e.key, e.hash)?.is_some() {
                    self.set_add_hashed(result, e.key, e.hash)?;
                }
            }
            return Ok(result);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            let h = self.hash(k)?;
            if self.set_find(s, k, h)?.is_some() {
                self.set_add_hashed(result, k, h)?;
                if set_len(result) >= set_len(s) {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `set_difference_update_internal`.
    pub fn set_difference_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        if s == other {
            self.set_clear(s);
            return Ok(());
        }
        if is_kind(other, Kind::Set) {
            let o = if (set_len(other) >> 3) > set_len(s) {
                self.set_intersection(s, other)?
            } else {
                other
            };
            let mut pos = 0;
            let mut entries = RootedVec::new();
            let mut hashes = Vec::new();
            while let Some(e) = set_next(o, &mut pos) {
                entries.push(e.key);
                hashes.push(e.hash);
            }
            for (i, &k) in entries.iter().enumerate() {
                self.set_discard_hashed(s, k, hashes[i])?;
            }
        } else {
            let items = self.collect_iterable(other)?;
            for &k in items.iter() {
                self.set_discard(s, k)?;
            }
        }
        // SAFETY: live set.
        let (fill, used, mask) = unsafe {
            let so = crate::object::set::set_obj(s);
            (so.fill, so.used, so.mask)
        };
        if fill - used > mask / 4 {
            self.set_table_resize(s, if used > 50000 { used * 2 } else { used * 4 });
        }
        Ok(())
    }

    /// `set_difference`.
    pub fn set_difference(&mut self, s: Value, other: Value) -> PyResult<Value> {
        let class = self.result_class(s);
        let other_size = if is_kind(other, Kind::Set) {
            set_len(other)
        } else if is_kind(other, Kind::Dict) {
            crate::object::dict::dict_len(other)
        } else {
            let r = self.set_copy_as(s, class)?;
            self.set_difference_update(r, other)?;
            return Ok(r);
        };
        if (set_len(s) >> 2) > other_size {
            let r = self.set_copy_as(s, class)?;
            self.set_difference_update(r, other)?;
            return Ok(r);
        }
        let result = self.new_set_of_class(class);
        let mut pos = 0;
        while let Some(e) = set_next(s, &mut pos) {
            let present = if is_kind(other, Kind::Dict) {
                self.dict_get_hashed(other, e.key, e.hash)?.is_some()
            } else {
                self.set_find(other, e.key, e.hash)?.is_some()
            };
            if !present {
                self.set_add_hashed(result, e.key, e.hash)?;
            }
        }
        Ok(result)
    }

    /// `set_symmetric_difference_update`.
    pub fn set_symmetric_difference_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        if s == other {
            self.set_clear(s);
            return Ok(());
        }
        let o = if is_kind(other, Kind::Set) {
            other
        } else {
            let t = self.new_set();
            self.set_update(t, other)?;
            t
        };
        let mut pos = 0;
        let mut entries = RootedVec::new();
        let mut hashes = Vec::new();
        while let Some(e) = set_next(o, &mut pos) {
            entries.push(e.key);
            hashes.push(e.hash);
        }
        for (i, &k) in entries.iter().enumerate() {
            if !self.set_discard_hashed(s, k, hashes[i])? {
                self.set_add_hashed(s, k, hashes[i])?;
            }
        }
        Ok(())
    }

    /// The set operators `| & - ^` (and in-place forms).
    pub fn set_operator(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let class = self.result_class(a);
        match op {
            BinOp::Or => {
                if inplace {
                    self.set_update(a, b)?;
                    return Ok(a);
                }
                let r = self.set_copy_as(a, class)?;
                if a != b {
                    self.set_update(r, b)?;
                }
                Ok(r)
            }
            BinOp::And => {
                let r = self.set_intersection(a, b)?;
                if inplace {
                    self.set_swap_in(a, r);
                    return Ok(a);
                }
                Ok(r)
            }
            BinOp::Sub => {
                if inplace {
                    self.set_difference_update(a, b)?;
                    return Ok(a);
                }
                self.set_difference(a, b)
            }
            _ => {
                if inplace {
                    self.set_symmetric_difference_update(a, b)?;
                    return Ok(a);
                }
                let r = self.set_copy_as(b, class)?;
                let r = if self.type_of(r) != class {
                    let t = self.new_set_of_class(class);
                    self.set_merge(t, r)?;
                    t
                } else {
                    r
                };
                self.set_symmetric_difference_update(r, a)?;
                Ok(r)
            }
        }
    }

    /// Replaces the contents of `a` with those of `b` (set_swap_bodies for `&=`).
    fn set_swap_in(&mut self, a: Value, b: Value) {
        // SAFETY: live sets.
        unsafe {
            let (sa, sb) = (
                crate::object::set::set_obj(a),
                crate::object::set::set_obj(b),
            );
            std::mem::swap(&mut sa.fill, &mut sb.fill);
            std::mem::swap(&mut sa.used, &mut sb.used);
            std::mem::swap(&mut sa.mask, &mut sb.mask);
            std::mem::swap(&mut sa.table, &mut sb.table);
            sa.hash = -1;
        }
    }
}

fn union(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "union")?;
    let class = vm.result_class(s);
    let r = vm.set_copy_as(s, class)?;
    for &o in &args[1..] {
        if o != s {
            vm.set_update(r, o)?;
        }
    }
    Ok(r)
}

fn intersection(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "intersection")?;
    if args.len() == 1 {
        let class = vm.result_class(s);
        return vm.set_copy_as(s, class);
    }
    let mut r = s;
    for &o in &args[1..] {
        r = vm.set_intersection(r, o)?;
    }
    Ok(r)
}

fn difference(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "difference")?;
    if args.len() == 1 {
        let class = vm.result_class(s);
        return vm.set_copy_as(s, class);
    }
    let r = vm.set_difference(s, args[1])?;
    for &o in &args[2..] {
        vm.set_difference_update(r, o)?;
    }
    Ok(r)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "symmetric_difference")?;
    args::method_arity(vm, "symmetric_difference", args, 1, 1)?;
    let class = vm.result_class(s);
    let o = vm.new_set_of_class(class);
    vm.set_update(o, args[1])?;
    vm.set_symmetric_difference_update(o, s)?;
    Ok(o)
}

fn issubset(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "issubset")?;
    args::method_arity(vm, "issubset", args, 1, 1)?;
    if !is_kind(args[1], Kind::Set) {
        let t = vm.set_intersection(s, args[1])?;
        return Ok(Value::from_bool(set_len(t) == set_len(s)));
    }
    Ok(Value::from_bool(vm.set_issubset(s, args[1])?))
}

fn issuperset(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "issuperset")?;
    args::method_arity(vm, "issuperset", args, 1, 1)?;
    if is_kind(args[1], Kind::Set) {
        return Ok(Value::from_bool(vm.set_issubset(args[1], s)?));
    }
    let items = vm.collect_iterable(args[1])?;
    for &k in items.iter() {
        if !vm.set_contains(s, k)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "isdisjoint")?;
    args::method_arity(vm, "isdisjoint", args, 1, 1)?;
    let o = as_set(vm, args[1])?;
    let (a, b) = if set_len(o) > set_len(s) {
        (o, s)
    } else {
        (s, o)
    };
    let mut pos = 0;
    while let Some(e) = set_next(b, &mut pos) {
        if vm.set_find(a, e.key, e.hash)?.is_some() {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "copy")?;
    let class = vm.result_class(s);
    if class == vm.types.frozenset && vm.type_of(args[0]) == vm.types.frozenset {
        return Ok(s);
    }
    vm.set_copy_as(s, class)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__len__")?;
    Ok(Value::small_int(set_len(s) as i64))
}
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__contains__")?;
    args::method_arity(vm, "__contains__", args, 1, 1)?;
    Ok(Value::from_bool(vm.set_contains(s, args[1])?))
}
fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__iter__")?;
    vm.get_iter(s)
}

fn add(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "add")?;
    args::method_arity(vm, "add", args, 1, 1)?;
    vm.set_add(s, args[1])?;
    Ok(Value::NONE)
}
fn discard(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "discard")?;
    args::method_arity(vm, "discard", args, 1, 1)?;
    vm.set_discard(s, args[1])?;
    Ok(Value::NONE)
}
fn remove(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "remove")?;
    args::method_arity(vm, "remove", args, 1, 1)?;
    if !vm.set_discard(s, args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::NONE)
}
fn pop(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "pop")?;
    match vm.set_pop(s) {
        Some(v) => Ok(v),
        None => Err(vm.key_error_msg("pop from an empty set")),
    }
}
fn clear(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "clear")?;
    vm.set_clear(s);
    Ok(Value::NONE)
}
fn update(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "update")?;
    for &o in &args[1..] {
        vm.set_update(s, o)?;
    }
    Ok(Value::NONE)
}
fn intersection_update(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "intersection_update")?;
    let mut r = s;
    for &o in &args[1..] {
        r = vm.set_intersection(r, o)?;
    }
    if r != s {
        vm.set_swap_in(s, r);
    }
    Ok(Value::NONE)
}
fn difference_update(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "difference_update")?;
    for &o in &args[1..] {
        vm.set_difference_update(s, o)?;
    }
    Ok(Value::NONE)
}
fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "symmetric_difference_update")?;
    args::method_arity(vm, "symmetric_difference_update", args, 1, 1)?;
    vm.set_symmetric_difference_update(s, args[1])?;
    Ok(Value::NONE)
}
fn init(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__init__")?;
    args::method_arity(vm, "__init__", args, 0, 1)?;
    vm.set_clear(s);
    if args.len() > 1 {
        vm.set_update(s, args[1])?;
    }
    Ok(Value::NONE)
}
