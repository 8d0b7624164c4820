//! Methods of `int`, `bool` and `float`.

use super::add_methods;
use super::args;
use crate::interp::PyResult;
use crate::object::function::native_flags::{CLASSMETHOD, KWARGS};
use crate::object::int::{int_view, IntView};
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let t = vm.types.int;
    add_methods(
        vm,
        t,
        &[
            ("bit_length", bit_length, 0),
            ("bit_count", bit_count, 0),
            ("conjugate", int_conjugate, 0),
            ("to_bytes", to_bytes, KWARGS),
            ("from_bytes", from_bytes, KWARGS | CLASSMETHOD),
            ("as_integer_ratio", int_as_integer_ratio, 0),
            ("is_integer", int_is_integer, 0),
            ("__index__", int_conjugate, 0),
            ("__int__", int_conjugate, 0),
            ("__float__", int_float, 0),
            ("__abs__", int_abs, 0),
            ("__neg__", int_neg, 0),
            ("__hash__", num_hash, 0),
            ("__repr__", num_repr, 0),
            ("__str__", num_repr, 0),
            ("__format__", num_format, 0),
            ("__bool__", num_bool, 0),
        ],
    );
    let f = vm.types.float;
    add_methods(
        vm,
        f,
        &[
            ("is_integer", float_is_integer, 0),
            ("as_integer_ratio", float_as_integer_ratio, 0),
            ("hex", float_hex, 0),
            ("fromhex", float_fromhex, CLASSMETHOD),
            ("conjugate", float_conjugate, 0),
            ("__int__", float_int, 0),
            ("__float__", float_conjugate, 0),
            ("__trunc__", float_int, 0),
            ("__abs__", float_abs, 0),
            ("__hash__", num_hash, 0),
            ("__repr__", num_repr, 0),
            ("__str__", num_repr, 0),
            ("__format__", num_format, 0),
            ("__bool__", num_bool, 0),
        ],
    );
}

fn this_int<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<IntView<'a>> {
    if let Some(&s) = args.first() {
        if let Some(iv) = int_view(s) {
            return Ok(iv);
        }
    }
    let tn = args.first().map(|&s| vm.type_name(s)).unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'int' objects doesn't apply to a '{tn}' object"
    )))
}

fn this_float(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    if let Some(&s) = args.first() {
        if s.is_float() {
            return Ok(s.as_float());
        }
        let e = crate::object::instance_ext(s);
        if e.is_float() {
            return Ok(e.as_float());
        }
    }
    let tn = args.first().map(|&s| vm.type_name(s)).unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'float' objects doesn't apply to a '{tn}' object"
    )))
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "bit_length")?;
    Ok(Value::small_int(i.bit_length() as i64))
}

fn bit_count(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "bit_count")?;
    let n = match i {
        IntView::I64(x) => x.unsigned_abs().count_ones() as u64,
        IntView::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum(),
    };
    Ok(Value::small_int(n as i64))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "conjugate")?;
    Ok(vm.new_int_view(i))
}

fn int_float(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "__float__")?;
    match crate::object::int::int_to_f64(i) {
        Some(f) => Ok(Value::float(f)),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn int_abs(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "__abs__")?;
    let v = vm.new_int_view(i);
    vm.abs(v)
}

fn int_neg(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "__neg__")?;
    let v = vm.new_int_view(i);
    vm.unary_neg(v)
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "as_integer_ratio")?;
    let v = vm.new_int_view(i);
    Ok(vm.new_tuple(&[v, Value::small_int(1)]))
}

fn int_is_integer(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    this_int(vm, args, "is_integer")?;
    Ok(Value::TRUE)
}

fn num_hash(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__hash__", args, 0, 0)?;
    let v = args[0];
    let v = if is_kind(v, Kind::Instance) {
        crate::object::instance_ext(v)
    } else {
        v
    };
    let h = vm.hash(v)?;
    Ok(vm.new_int(h))
}

fn num_repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__repr__", args, 0, 0)?;
    let v = args[0];
    let v = if is_kind(v, Kind::Instance) {
        crate::object::instance_ext(v)
    } else {
        v
    };
    let s = vm.repr_string(v)?;
    Ok(vm.new_str(&s))
}

fn num_format(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__format__", args, 1, 1)?;
    let v = args[0];
    let v = if is_kind(v, Kind::Instance) {
        crate::object::instance_ext(v)
    } else {
        v
    };
    if !is_kind(args[1], Kind::Str) {
        return Err(vm.type_error("format spec must be a str"));
    }
    vm.format(v, args[1])
}

fn num_bool(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__bool__", args, 0, 0)?;
    let v = args[0];
    let v = if is_kind(v, Kind::Instance) {
        crate::object::instance_ext(v)
    } else {
        v
    };
    Ok(Value::from_bool(vm.is_true(v)?))
}

fn to_bytes(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let i = this_int(vm, args, "to_bytes")?.to_bigint();
    let a = args::bind(
        vm,
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "*signed"],
        0,
    )?;
    let length = if a[0].is_empty() {
        1
    } else {
        vm.expect_index(a[0])?
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let order = if a[1].is_empty() {
        "big".to_string()
    } else {
        vm.str_string(a[1])?
    };
    let signed = !a[2].is_empty() && vm.is_true(a[2])?;
    if i.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    if i.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && i.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(vm.new_bytes(&bytes))
}

fn from_bytes(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(
        vm,
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "*signed"],
        1,
    )?;
    let data = super::bytes::bytes_like(vm, a[0])?;
    let order = if a[1].is_empty() {
        "big".to_string()
    } else {
        vm.str_string(a[1])?
    };
    let signed = !a[2].is_empty() && vm.is_true(a[2])?;
    let mut d = data.clone();
    match order.as_str() {
        "little" => {}
        "big" => d.reverse(),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &d)
    };
    Ok(vm.new_bigint(v))
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let f = this_float(vm, args, "is_integer")?;
    Ok(Value::from_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let f = this_float(vm, args, "conjugate")?;
    Ok(Value::float(f))
}

fn float_abs(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let f = this_float(vm, args, "__abs__")?;
    Ok(Value::float(f.abs()))
}

fn float_int(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let f = this_float(vm, args, "__int__")?;
    vm.int_new(Value::float(f), Value::EMPTY)
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let f = this_float(vm, args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::object::int::frexp(f);
    let mut mant = m;
    let mut exp = e;
    // Scale the mantissa to an integer.
    for _ in 0..300 {
        if mant == mant.floor() {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let mut num = crate::object::int::f64_to_bigint(mant);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    num /= &g;
    den /= &g;
    let n = vm.new_bigint(num);
    let d = vm.new_bigint(den);
    Ok(vm.new_tuple(&[n, d]))
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let f = this_float(vm, args, "hex")?;
    Ok(vm.new_str(&crate::format::float_hex(f)))
}

/// `float.fromhex(s)` (a classmethod): a subclass gets `cls(result)`, as in CPython.
fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let (cls, s) = (args[0], args[1]);
    if !is_kind(s, Kind::Str) {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    // SAFETY: kind checked.
    let text = unsafe { crate::object::str::as_str(s) };
    let f = match crate::format::float_fromhex(text) {
        Ok(f) => Value::float(f),
        Err(e) if e.is_overflow() => return Err(vm.overflow_error(e.message("float"))),
        Err(e) => return Err(vm.value_error(e.message("float"))),
    };
    if cls == Value::from_ptr(vm.types.float) {
        Ok(f)
    } else {
        vm.call(cls, &[f])
    }
}

#[allow(dead_code)]
fn to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
