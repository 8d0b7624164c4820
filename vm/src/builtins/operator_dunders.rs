//! Operator special methods of builtin types: `int.__add__`, `str.__lt__`, ...
//!
//! The interpreter never dispatches through these (builtin behaviour is native, and
//! `type_lookup_user` skips builtin types); they exist so that Python code can call
//! them explicitly — `(1).__add__(2)`, `super().__eq__(other)` in a subclass of a
//! builtin, `functools.total_ordering` and friends. Each returns `NotImplemented`
//! when the other operand is not one the builtin type handles itself, as in CPython.
//!
//! Names a type already defines natively (`list.__add__`, `str.__mod__`, ...) are left
//! alone.

use super::args;
use crate::bytecode::{BinOp, CmpOp};
use crate::interp::PyResult;
use crate::object::function::{native_flags, NativeFn};
use crate::object::int::int_view;
use crate::object::typeobj::TypeObj;
use crate::object::{instance_ext, is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// The builtin value behind `v`: the base value of a builtin subclass instance.
fn builtin_value(v: Value) -> Value {
    let e = instance_ext(v);
    if e.is_empty() || is_kind(e, Kind::ExcData) {
        v
    } else {
        e
    }
}

/// Which family of builtin type a value belongs to, for operand checks.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Family {
    Int,
    Float,
    Other(Kind),
    Foreign,
}

fn family(v: Value) -> Family {
    let v = builtin_value(v);
    if v.is_float() {
        Family::Float
    } else if int_view(v).is_some() {
        Family::Int
    } else if v.is_ptr() && kind_of(v) != Kind::Instance {
        Family::Other(kind_of(v))
    } else {
        Family::Foreign
    }
}

/// True when the builtin implementation of `self_family op other` exists.
fn operand_ok(me: Family, other: Family) -> bool {
    match me {
        Family::Int => other == Family::Int,
        Family::Float => matches!(other, Family::Int | Family::Float),
        Family::Other(_) => other != Family::Foreign,
        Family::Foreign => false,
    }
}

fn binop_dunder(vm: &mut Vm, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let (name, rname, _) = op.dunders();
    args::arity(vm, if reflected { rname } else { name }, a, 2, 2)?;
    let (me, other) = (builtin_value(a[0]), builtin_value(a[1]));
    let ni = vm.singletons.not_implemented;
    let (fm, fo) = (family(me), family(other));
    if !operand_ok(fm, fo) {
        return Ok(ni);
    }
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    if matches!(fm, Family::Int | Family::Float) {
        return vm.binary_op(x, y, op as u8);
    }
    Ok(vm.builtin_binop(op, x, y, false)?.unwrap_or(ni))
}

fn compare_dunder(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    args::arity(vm, op.dunder(), a, 2, 2)?;
    let (me, other) = (builtin_value(a[0]), builtin_value(a[1]));
    let ni = vm.singletons.not_implemented;
    let (fm, fo) = (family(me), family(other));
    let same_family = match (fm, fo) {
        (Family::Int | Family::Float, _) => operand_ok(fm, fo),
        // set and frozenset compare with each other; other kinds only with themselves.
        (Family::Other(k), Family::Other(j)) => k == j,
        _ => false,
    };
    if !same_family {
        return Ok(ni);
    }
    if matches!(fm, Family::Other(Kind::Dict)) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(ni);
    }
    vm.compare(me, other, op)
}

fn unary_dunder(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    args::arity(vm, name, a, 1, 1)?;
    let v = builtin_value(a[0]);
    match name {
        "__neg__" => vm.unary_neg(v),
        "__pos__" => vm.unary_pos(v),
        "__abs__" => vm.abs(v),
        _ => vm.unary_invert(v),
    }
}

/// One native function per operator and direction (natives carry no closure data).
macro_rules! operator_natives {
    (binary: [$($op:ident => $f:ident, $rf:ident;)*] compare: [$($cop:ident => $cf:ident;)*]
     unary: [$($un:literal => $uf:ident;)*]) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
                binop_dunder(vm, a, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
                binop_dunder(vm, a, BinOp::$op, true)
            }
        )*
        $(
            fn $cf(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
                compare_dunder(vm, a, CmpOp::$cop)
            }
        )*
        $(
            fn $uf(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
                unary_dunder(vm, a, $un)
            }
        )*
        const BINARY: &[(BinOp, NativeFn, NativeFn)] = &[$((BinOp::$op, $f, $rf)),*];
        const COMPARE: &[(CmpOp, NativeFn)] = &[$((CmpOp::$cop, $cf)),*];
        const UNARY: &[(&str, NativeFn)] = &[$(($un, $uf)),*];
    };
}

operator_natives! {
    binary: [
        Add => add, radd;
        Sub => sub, rsub;
        Mul => mul, rmul;
        TrueDiv => truediv, rtruediv;
        FloorDiv => floordiv, rfloordiv;
        Mod => modulo, rmodulo;
        Pow => pow, rpow;
        LShift => lshift, rlshift;
        RShift => rshift, rrshift;
        And => and, rand;
        Or => or, ror;
        Xor => xor, rxor;
    ]
    compare: [
        Lt => lt;
        Le => le;
        Eq => eq;
        Ne => ne;
        Gt => gt;
        Ge => ge;
    ]
    unary: [
        "__neg__" => neg;
        "__pos__" => pos;
        "__abs__" => abs;
        "__invert__" => invert;
    ]
}

/// The binary operators each builtin type implements, as (op, has reflected form).
fn binary_ops_of(vm: &Vm, t: *mut TypeObj) -> Vec<(BinOp, bool)> {
    use BinOp::*;
    let ty = &vm.types;
    if t == ty.int {
        [
            Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
        ]
        .iter()
        .map(|&o| (o, true))
        .collect()
    } else if t == ty.float {
        [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow]
            .iter()
            .map(|&o| (o, true))
            .collect()
    } else if t == ty.str || t == ty.bytes || t == ty.bytearray {
        vec![(Add, false), (Mul, true), (Mod, false)]
    } else if t == ty.list || t == ty.tuple {
        vec![(Add, false), (Mul, true)]
    } else if t == ty.dict {
        vec![(Or, true)]
    } else if t == ty.set || t == ty.frozenset {
        [And, Or, Sub, Xor].iter().map(|&o| (o, true)).collect()
    } else {
        Vec::new()
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        t.int,
        t.float,
        t.str,
        t.bytes,
        t.bytearray,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
    ];
    for ty in types {
        let mut methods: Vec<(&str, NativeFn)> = Vec::new();
        for (op, reflected) in binary_ops_of(vm, ty) {
            let (f, rf) = BINARY
                .iter()
                .find(|e| e.0 == op)
                .map(|e| (e.1, e.2))
                .unwrap();
            let (name, rname, _) = op.dunders();
            methods.push((name, f));
            if reflected {
                methods.push((rname, rf));
            }
        }
        for &(op, f) in COMPARE {
            methods.push((op.dunder(), f));
        }
        if ty == vm.types.int || ty == vm.types.float {
            for &(name, f) in UNARY {
                if name != "__invert__" || ty == vm.types.int {
                    methods.push((name, f));
                }
            }
        }
        // SAFETY: builtin types are live for the VM's lifetime.
        let dict = unsafe { (*ty).dict };
        for (name, f) in methods {
            let key = vm.intern(name);
            if vm.dict_get_str(dict, key).is_none() {
                let nf = vm.new_native(name, f, native_flags::METHOD, ty);
                vm.dict_set_str(dict, key, nf);
            }
        }
    }
}
