//! The `math` module. Float functions call the C library (glibc's libm, the same one
//! CPython uses), so results are bit-identical; errors follow CPython ("math domain
//! error", "math range error").

use crate::builtins::add_function;
use crate::builtins::args;
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::native_flags::KWARGS;
use crate::object::int::{int_view, IntView};
use crate::object::{is_kind, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

// glibc's libm, as CPython uses it. `cbrt` and the inverse hyperbolics are bound
// through glibc's `*f64` aliases: the plain names also exist (with different rounding)
// in Rust's compiler-builtins and in std's own implementations.
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    #[link_name = "cbrtf64"]
    fn cbrt(x: f64) -> f64;
    #[link_name = "asinhf64"]
    fn libm_asinh(x: f64) -> f64;
    #[link_name = "acoshf64"]
    fn libm_acosh(x: f64) -> f64;
    #[link_name = "atanhf64"]
    fn libm_atanh(x: f64) -> f64;
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("math");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let k = vm.intern(n);
        vm.dict_set_str(d, k, Value::float(v));
    }
    let fns: &[(&str, crate::object::function::NativeFn, u32)] = &[
        ("sqrt", sqrt, 0),
        ("exp", exp, 0),
        ("exp2", exp2, 0),
        ("expm1", expm1, 0),
        ("log", log, 0),
        ("log2", log2, 0),
        ("log10", log10, 0),
        ("log1p", log1p, 0),
        ("sin", sin, 0),
        ("cos", cos, 0),
        ("tan", tan, 0),
        ("asin", asin, 0),
        ("acos", acos, 0),
        ("atan", atan, 0),
        ("atan2", atan2, 0),
        ("sinh", sinh, 0),
        ("cosh", cosh, 0),
        ("tanh", tanh, 0),
        ("asinh", asinh, 0),
        ("acosh", acosh, 0),
        ("atanh", atanh, 0),
        ("erf", m_erf, 0),
        ("erfc", m_erfc, 0),
        ("gamma", gamma, 0),
        ("lgamma", m_lgamma, 0),
        ("cbrt", m_cbrt, 0),
        ("fabs", fabs, 0),
        ("floor", floor, 0),
        ("ceil", ceil, 0),
        ("trunc", trunc, 0),
        ("modf", modf, 0),
        ("fmod", fmod, 0),
        ("remainder", remainder, 0),
        ("frexp", frexp, 0),
        ("ldexp", ldexp, 0),
        ("pow", pow, 0),
        ("hypot", hypot, 0),
        ("dist", dist, 0),
        ("degrees", degrees, 0),
        ("radians", radians, 0),
        ("copysign", copysign, 0),
        ("isfinite", isfinite, 0),
        ("isinf", isinf, 0),
        ("isnan", isnan, 0),
        ("isclose", isclose, KWARGS),
        ("fsum", fsum, 0),
        ("prod", prod, KWARGS),
        ("factorial", factorial, 0),
        ("gcd", gcd, 0),
        ("lcm", lcm, 0),
        ("isqrt", isqrt, 0),
        ("comb", comb, 0),
        ("perm", perm, 0),
        ("nextafter", m_nextafter, 0),
        ("ulp", ulp, 0),
    ];
    for &(n, f, fl) in fns {
        add_function(vm, d, n, f, fl);
    }
    Ok(m)
}

/// A float argument (ints converted, `__float__` honoured).
fn farg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(iv) = int_view(v) {
        return match crate::object::int::int_to_f64(iv) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        };
    }
    let f = vm.float_new(v).map_err(|_| {
        let tn = vm.type_name(v);
        vm.type_error(format!("must be real number, not {tn}"))
    })?;
    Ok(f.as_float())
}

/// Wraps a libm result with CPython's error checks.
fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        if can_overflow {
            return Err(vm.overflow_error("math range error"));
        }
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
            args::arity(vm, stringify!($name), a, 1, 1)?;
            let x = farg(vm, a[0])?;
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            checked(vm, x, r, $overflow)
        }
    };
}

unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, |x| unsafe { libm_asinh(x) }, false);
unary!(acosh, |x| unsafe { libm_acosh(x) }, false);
unary!(fabs, f64::abs, false);
unary!(m_erf, |x| unsafe { erf(x) }, false);
unary!(m_erfc, |x| unsafe { erfc(x) }, false);
unary!(m_cbrt, |x| unsafe { cbrt(x) }, false);

fn sqrt(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "sqrt", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(x.sqrt()))
}

fn atanh(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "atanh", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    if x.abs() >= 1.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(unsafe { libm_atanh(x) }))
}

fn gamma(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "gamma", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    match gamma_fn(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(MathError::Domain) => Err(vm.value_error("math domain error")),
        Err(MathError::Range) => Err(vm.overflow_error("math range error")),
    }
}

fn m_lgamma(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "lgamma", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    match lgamma_fn(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(MathError::Domain) => Err(vm.value_error("math domain error")),
        Err(MathError::Range) => Err(vm.overflow_error("math range error")),
    }
}

enum MathError {
    Domain,
    Range,
}

// Gamma and log-gamma the way CPython computes them (rather than glibc's tgamma and
// lgamma, whose last bits differ): a Lanczos approximation with g = 6.0246800407767296
// and the 13-term rational coefficients tabulated by Godfrey and used in Boost.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
// The coefficients as published (more digits than an f64 holds).
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos rational sum for x > 0, evaluated in the stable direction.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the zeros and reducing the argument first.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn gamma_fn(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            // Exact: (x-1)! fits in a double for x <= 23.
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn lgamma_fn(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathError::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// log of an int of any size (CPython handles huge ints via frexp).
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(iv) = int_view(v) {
        if iv.is_negative() || iv.is_zero() {
            return Err(vm.value_error("math domain error"));
        }
        if let Some(x) = crate::object::int::int_to_f64(iv) {
            return Ok(f(x));
        }
        // Huge: x = m * 2**e.
        let b = iv.to_bigint();
        let e = b.bits() - 1;
        let m =
            crate::object::int::bigint_to_f64(&(b >> (e - 60) as usize)).unwrap() / 2f64.powi(60);
        return Ok(f(m) + (e as f64) * f(2.0));
    }
    let x = farg(vm, v)?;
    if x <= 0.0 || x.is_nan() {
        if x.is_nan() {
            return Ok(x);
        }
        return Err(vm.value_error("math domain error"));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "log", a, 1, 2)?;
    let num = log_of(vm, a[0], f64::ln)?;
    if a.len() == 2 {
        let den = log_of(vm, a[1], f64::ln)?;
        if den == 0.0 {
            return Err(vm.zero_division_error("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}

fn log2(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "log2", a, 1, 1)?;
    Ok(Value::float(log_of(vm, a[0], f64::log2)?))
}
fn log10(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "log10", a, 1, 1)?;
    Ok(Value::float(log_of(vm, a[0], f64::log10)?))
}
fn log1p(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "log1p", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    if x <= -1.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(x.ln_1p()))
}

fn atan2(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "atan2", a, 2, 2)?;
    let (y, x) = (farg(vm, a[0])?, farg(vm, a[1])?);
    Ok(Value::float(y.atan2(x)))
}

fn int_result(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e15 {
        return Ok(vm.new_int(f as i64));
    }
    Ok(vm.new_bigint(crate::object::int::f64_to_bigint(f)))
}

fn rounding(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    args::arity(vm, name, a, 1, 1)?;
    let v = a[0];
    if let Some(iv) = int_view(v) {
        if !is_kind(v, Kind::Instance) {
            return Ok(vm.new_int_view(iv));
        }
    }
    if is_kind(v, Kind::Instance) {
        let n = vm.intern(dunder);
        if let Some(m) = vm.lookup_special(v, n) {
            return vm.call_bound_special(m, v, &[], Value::EMPTY);
        }
    }
    let x = farg(vm, v)?;
    int_result(vm, f(x))
}

fn floor(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    rounding(vm, a, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    rounding(vm, a, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    rounding(vm, a, "trunc", "__trunc__", f64::trunc)
}

fn modf(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "modf", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(&[Value::float(0.0f64.copysign(x)), Value::float(x)]));
    }
    let i = x.trunc();
    Ok(vm.new_tuple(&[Value::float((x - i).copysign(x)), Value::float(i)]))
}

fn fmod(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "fmod", a, 2, 2)?;
    let (x, y) = (farg(vm, a[0])?, farg(vm, a[1])?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(x % y))
}

fn remainder(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "remainder", a, 2, 2)?;
    let (x, y) = (farg(vm, a[0])?, farg(vm, a[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    let n = (x / y).round_ties_even();
    let mut r = x - n * y;
    // Exact: use fmod-based formulation as C's remainder.
    r = libm_remainder(x, y).unwrap_or(r);
    Ok(Value::float(r))
}

fn libm_remainder(x: f64, y: f64) -> Option<f64> {
    extern "C" {
        fn remainder(x: f64, y: f64) -> f64;
    }
    // SAFETY: pure libm function.
    Some(unsafe { remainder(x, y) })
}

fn frexp(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "frexp", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    let (m, e) = crate::object::int::frexp(x);
    Ok(vm.new_tuple(&[Value::float(m), Value::small_int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "ldexp", a, 2, 2)?;
    let x = farg(vm, a[0])?;
    let e = match int_view(a[1]) {
        Some(IntView::I64(e)) => e.clamp(-100000, 100000) as i32,
        Some(IntView::Big(b)) => {
            if b.is_negative() {
                -100000
            } else {
                100000
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = crate::object::int::ldexp(x, e);
    checked(vm, x, r, true)
}

fn pow(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "pow", a, 2, 2)?;
    let (x, y) = (farg(vm, a[0])?, farg(vm, a[1])?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(vm.value_error("math domain error"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn hypot(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(a.len());
    for &v in a {
        xs.push(farg(vm, v)?);
    }
    Ok(Value::float(vector_norm(&xs)))
}

/// `hypot` and `dist` as CPython 3.11 computes them, for any number of coordinates
/// (two included: CPython does not call libm's `hypot`). The coordinates are scaled
/// by a power of two so the largest lies in [0.5, 1); each square is formed exactly
/// as three products of Dekker halves and added to a running sum (offset by 1.0, so
/// every addend is smaller) whose rounding errors are kept apart; the square root of
/// that sum is then refined by one Newton step against the exact residual. Below
/// 2^-1023 the scale would overflow, and the coordinates are divided by the maximum.
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::object::int::frexp(max);
    let (mut sum, mut err) = (1.0, 0.0);
    if max_e < -1023 {
        for &x in xs {
            let q = x / max;
            add_tracking_error(&mut sum, &mut err, q * q);
        }
        return max * (sum - 1.0 + err).sqrt();
    }
    let scale = crate::object::int::ldexp(1.0, -max_e);
    for &x in xs {
        let (hi, lo) = dekker_split(x * scale);
        add_tracking_error(&mut sum, &mut err, hi * hi);
        add_tracking_error(&mut sum, &mut err, 2.0 * hi * lo);
        add_tracking_error(&mut sum, &mut err, lo * lo);
    }
    let h = (sum - 1.0 + err).sqrt();
    let (hi, lo) = dekker_split(h);
    add_tracking_error(&mut sum, &mut err, -hi * hi);
    add_tracking_error(&mut sum, &mut err, -2.0 * hi * lo);
    add_tracking_error(&mut sum, &mut err, -lo * lo);
    let residual = sum - 1.0 + err;
    (h + residual / (2.0 * h)) / scale
}

/// `x == hi + lo` with `hi` of at most 26 significant bits, so that `hi * hi`,
/// `hi * lo` and `lo * lo` are exact.
fn dekker_split(x: f64) -> (f64, f64) {
    let t = x * 134_217_729.0; // 2^27 + 1
    let hi = t - (t - x);
    (hi, x - hi)
}

/// `sum += x` (with |sum| >= |x|), adding the rounding error of that step to `err`.
fn add_tracking_error(sum: &mut f64, err: &mut f64, x: f64) {
    let old = *sum;
    *sum += x;
    *err += (old - *sum) + x;
}

fn dist(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "dist", a, 2, 2)?;
    let p = vm.collect_iterable(a[0])?;
    let q = vm.collect_iterable(a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for i in 0..p.len() {
        let (x, y) = (farg(vm, p[i])?, farg(vm, q[i])?);
        d.push(x - y);
    }
    Ok(Value::float(vector_norm(&d)))
}

fn degrees(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "degrees", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}
fn radians(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "radians", a, 1, 1)?;
    let x = farg(vm, a[0])?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}
fn copysign(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "copysign", a, 2, 2)?;
    let (x, y) = (farg(vm, a[0])?, farg(vm, a[1])?);
    Ok(Value::float(x.copysign(y)))
}
fn isfinite(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "isfinite", a, 1, 1)?;
    Ok(Value::from_bool(farg(vm, a[0])?.is_finite()))
}
fn isinf(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "isinf", a, 1, 1)?;
    Ok(Value::from_bool(farg(vm, a[0])?.is_infinite()))
}
fn isnan(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "isnan", a, 1, 1)?;
    Ok(Value::from_bool(farg(vm, a[0])?.is_nan()))
}

fn isclose(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let p = args::bind(vm, "isclose", a, kw, &["a", "b", "*rel_tol", "*abs_tol"], 2)?;
    let (x, y) = (farg(vm, p[0])?, farg(vm, p[1])?);
    let rel = if p[2].is_empty() {
        1e-9
    } else {
        farg(vm, p[2])?
    };
    let abs_t = if p[3].is_empty() {
        0.0
    } else {
        farg(vm, p[3])?
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (y - x).abs();
    Ok(Value::from_bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_t,
    ))
}

/// Shewchuk's exact summation, as CPython's fsum.
fn fsum(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "fsum", a, 1, 1)?;
    let items = vm.collect_iterable(a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &v in items.iter() {
        let mut x = farg(vm, v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            if xsave.is_finite() {
                return Err(vm.overflow_error("intermediate overflow in fsum"));
            }
            if xsave.is_infinite() {
                inf_sum += xsave;
            }
            special_sum += xsave;
            partials.clear();
        } else {
            partials.truncate(i);
            partials.push(x);
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let p = args::bind(vm, "prod", a, kw, &["iterable", "*start"], 1)?;
    let mut acc = if p[1].is_empty() {
        Value::small_int(1)
    } else {
        p[1]
    };
    let items = vm.collect_iterable(p[0])?;
    for &x in items.iter() {
        acc = vm.binary_op(acc, x, crate::bytecode::BinOp::Mul as u8)?;
    }
    Ok(acc)
}

fn int_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<BigInt> {
    if let Some(iv) = int_view(v) {
        return Ok(iv.to_bigint());
    }
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.index_of(v)? {
        Some(i) => Ok(BigInt::from(i)),
        None => {
            let tn = vm.type_name(v);
            let _ = fname;
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn factorial(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "factorial", a, 1, 1)?;
    let n = int_arg(vm, a[0], "factorial")?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    // Product by binary splitting keeps the big multiplications balanced.
    fn range_prod(lo: u64, hi: u64) -> BigInt {
        if hi - lo < 16 {
            let mut r = BigInt::one();
            for i in lo..=hi {
                r *= i;
            }
            return r;
        }
        let mid = (lo + hi) / 2;
        range_prod(lo, mid) * range_prod(mid + 1, hi)
    }
    let r = if n < 2 {
        BigInt::one()
    } else {
        range_prod(2, n)
    };
    Ok(vm.new_bigint(r))
}

fn gcd(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &v in a {
        let x = int_arg(vm, v, "gcd")?;
        g = g.gcd(&x);
    }
    Ok(vm.new_bigint(g))
}

fn lcm(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let mut l = BigInt::one();
    for &v in a {
        let x = int_arg(vm, v, "lcm")?;
        if x.is_zero() {
            return Ok(Value::small_int(0));
        }
        l = l.lcm(&x);
    }
    Ok(vm.new_bigint(l.abs()))
}

fn isqrt(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "isqrt", a, 1, 1)?;
    let n = int_arg(vm, a[0], "isqrt")?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn comb(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "comb", a, 2, 2)?;
    let n = int_arg(vm, a[0], "comb")?;
    let k = int_arg(vm, a[1], "comb")?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}

fn perm(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "perm", a, 1, 2)?;
    let n = int_arg(vm, a[0], "perm")?;
    let k = if a.len() > 1 && !a[1].is_none() {
        int_arg(vm, a[1], "perm")?
    } else {
        n.clone()
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_bigint(r))
}

fn m_nextafter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "nextafter", a, 2, 2)?;
    let (x, y) = (farg(vm, a[0])?, farg(vm, a[1])?);
    Ok(Value::float(unsafe { nextafter(x, y) }))
}

fn ulp(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "ulp", a, 1, 1)?;
    let x = farg(vm, a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let next = unsafe { nextafter(x, f64::INFINITY) };
    if next.is_infinite() {
        let prev = unsafe { nextafter(x, 0.0) };
        return Ok(Value::float(x - prev));
    }
    Ok(Value::float(next - x))
}

#[allow(dead_code)]
fn keep(_: RootedVec) {}
