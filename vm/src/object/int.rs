//! `int`: three representations behind one Python type.
//!
//! - small ints are immediates (`Value::small_int`, 49-bit payload);
//! - `BoxedInt` holds an i64 that does not fit inline;
//! - `BigIntObj` holds a `num_bigint::BigInt` beyond 64 bits (limbs in malloc memory,
//!   counted as external bytes and freed by the finaliser).
//!
//! Invariant: every int is in its smallest representation (see `value.rs`), so
//! `int_view` never sees a BigInt that fits an i64. All constructors normalise.
//! `bool` values are ints 0 and 1 wherever an int is accepted.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

#[repr(C)]
pub struct BoxedInt {
    pub header: ObjHeader,
    pub value: i64,
}

#[repr(C)]
pub struct BigIntObj {
    pub header: ObjHeader,
    pub value: BigInt,
}

/// Byte offset of a boxed int's value, for compiled code.
pub const BOXED_INT_VALUE_OFFSET: usize = 16;

/// A borrowed view of an int value.
#[derive(Clone, Copy)]
pub enum IntView<'a> {
    I64(i64),
    Big(&'a BigInt),
}

impl IntView<'_> {
    pub fn to_bigint(self) -> BigInt {
        match self {
            IntView::I64(i) => BigInt::from(i),
            IntView::Big(b) => b.clone(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntView::I64(i) => i < 0,
            IntView::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(self) -> bool {
        matches!(self, IntView::I64(0))
    }
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntView::I64(i) => Some(i),
            IntView::Big(_) => None,
        }
    }
    /// Number of bits in the absolute value (`int.bit_length()`).
    pub fn bit_length(self) -> u64 {
        match self {
            IntView::I64(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntView::Big(b) => b.bits(),
        }
    }
}

/// Views `v` as an int if it is one (bools included).
#[inline]
pub fn int_view<'a>(v: Value) -> Option<IntView<'a>> {
    if v.is_small_int() {
        return Some(IntView::I64(v.as_small_int()));
    }
    if v.is_bool() {
        return Some(IntView::I64(v.is_true_bool() as i64));
    }
    if v.is_ptr() {
        // SAFETY: kind checked before the cast; the borrow lives while `v` is reachable.
        unsafe {
            match (*v.header()).kind {
                Kind::BoxedInt => return Some(IntView::I64((*v.as_ptr::<BoxedInt>()).value)),
                Kind::BigInt => return Some(IntView::Big(&(*v.as_ptr::<BigIntObj>()).value)),
                Kind::Instance => return int_view(super::instance_ext(v)),
                _ => {}
            }
        }
    }
    None
}

/// True when `v` is an int (or bool) of any representation.
#[inline]
pub fn is_int(v: Value) -> bool {
    int_view(v).is_some()
}

/// The i64 value of an int that fits, or None (big ints and non-ints).
#[inline]
pub fn int_as_i64(v: Value) -> Option<i64> {
    match int_view(v)? {
        IntView::I64(i) => Some(i),
        IntView::Big(_) => None,
    }
}

impl Vm {
    /// Makes an int Value from an i64 (inline when it fits, boxed otherwise).
    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        if Value::fits_small(i) {
            Value::small_int(i)
        } else {
            self.new_boxed_int(i)
        }
    }

    #[cold]
    fn new_boxed_int(&mut self, i: i64) -> Value {
        let class = self.types.int;
        let p =
            self.alloc_obj(std::mem::size_of::<BoxedInt>(), Kind::BoxedInt, class) as *mut BoxedInt;
        // SAFETY: fresh object.
        unsafe { (*p).value = i };
        Value::from_ptr(p)
    }

    /// Makes an int Value from an i128, normalising.
    pub fn new_int_i128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(small) => self.new_int(small),
            Err(_) => self.alloc_bigint(BigInt::from(i)),
        }
    }

    /// Makes an int Value from a BigInt, normalising.
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => self.new_int(i),
            None => self.alloc_bigint(b),
        }
    }

    fn alloc_bigint(&mut self, b: BigInt) -> Value {
        let class = self.types.int;
        let external = bigint_external_bytes(&b);
        let p =
            self.alloc_obj(std::mem::size_of::<BigIntObj>(), Kind::BigInt, class) as *mut BigIntObj;
        // SAFETY: fresh zero-filled object; `ptr::write` avoids dropping the zeroed
        // (invalid) BigInt that is there.
        unsafe { std::ptr::write(&mut (*p).value, b) };
        self.heap.note_external_alloc(external);
        Value::from_ptr(p)
    }

    pub fn new_int_view(&mut self, v: IntView) -> Value {
        match v {
            IntView::I64(i) => self.new_int(i),
            IntView::Big(b) => self.new_bigint(b.clone()),
        }
    }
}

/// Bytes a BigInt keeps outside the arena.
pub fn bigint_external_bytes(b: &BigInt) -> usize {
    (b.bits() as usize).div_ceil(64) * 8
}

// ----- CPython's numeric hash ------------------------------------------------------------

/// Modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
pub const HASH_INF: i64 = 314159;

/// `hash(i)` for an int, as in CPython.
pub fn hash_int(v: IntView) -> i64 {
    let h = match v {
        IntView::I64(i) => {
            let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
            if i < 0 {
                -m
            } else {
                m
            }
        }
        IntView::Big(b) => {
            let m = (b.magnitude() % HASH_MODULUS).to_i64().unwrap();
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float, as in CPython (NaN hashes to 0 here; CPython uses identity).
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_infinite() {
            if v > 0.0 {
                HASH_INF
            } else {
                -HASH_INF
            }
        } else {
            0
        };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % HASH_BITS
    } else {
        HASH_BITS - 1 - (((-1 - e) as u32) % HASH_BITS)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's frexp: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// `m * 2**e`, exact unless the result overflows or is subnormal.
pub fn ldexp(m: f64, e: i32) -> f64 {
    let mut x = m;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

// ----- conversions -----------------------------------------------------------------------

/// Correctly rounded int -> float, or None on overflow.
pub fn int_to_f64(v: IntView) -> Option<f64> {
    match v {
        IntView::I64(i) => Some(i as f64),
        IntView::Big(b) => bigint_to_f64(b),
    }
}

/// Correctly rounded BigInt -> f64 (round half to even), or None if it overflows.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let bits = b.bits();
    if bits <= 63 {
        return Some(b.to_i64().unwrap() as f64);
    }
    let mag = b.magnitude();
    let shift = bits - 64;
    let top: u64 = (mag >> shift).to_u64().unwrap();
    // Sticky bit: any discarded low bit set.
    let sticky = mag.trailing_zeros().map(|tz| tz < shift).unwrap_or(false);
    let top = if sticky { top | 1 } else { top };
    // `top` has 64 significant bits; `as f64` rounds half-even correctly, and since the
    // sticky bit sits below the rounding position the tie rule stays exact.
    let f = ldexp(top as f64, shift as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if b.is_negative() { -f } else { f })
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn cmp_int_float(i: IntView, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntView::I64(x) = i {
        if x.unsigned_abs() <= (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let fi = f.trunc();
    let fb = f64_to_bigint(fi);
    let ib = i.to_bigint();
    match ib.cmp(&fb) {
        Ordering::Equal => {
            let frac = f - fi;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Converts an integral finite float to a BigInt exactly.
pub fn f64_to_bigint(f: f64) -> BigInt {
    debug_assert!(f.is_finite());
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let (m, e) = frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let b = BigInt::from(mant);
    if e >= 53 {
        b << (e - 53) as usize
    } else {
        b >> (53 - e) as usize
    }
}

// ----- arithmetic on views (results as BigInt when they leave the fast paths) ------------

pub fn big_floordiv_mod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

/// Floor division and modulo of i64s with Python's signs; None on overflow
/// (only i64::MIN // -1).
#[inline]
pub fn i64_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    debug_assert!(b != 0);
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Modular exponentiation with Python semantics (negative exponents use the inverse).
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, &'static str> {
    if modulus.is_zero() {
        return Err("pow() 3rd argument cannot be 0");
    }
    let m_abs = modulus.abs();
    let mut base = base.mod_floor(&m_abs);
    let mut exp = exp.clone();
    if exp.is_negative() {
        base = mod_inverse(&base, &m_abs).ok_or("base is not invertible for the given modulus")?;
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m_abs);
    if m_abs.is_one() {
        r = BigInt::zero();
    }
    // Result takes the sign of the modulus (Python's % semantics).
    if modulus.is_negative() && !r.is_zero() {
        r += modulus;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

/// Decimal text of an int.
pub fn int_to_decimal(v: IntView) -> String {
    match v {
        IntView::I64(i) => i.to_string(),
        IntView::Big(b) => b.to_string(),
    }
}

/// CPython's default limit on decimal conversion of huge ints (sys.int_info).
pub const MAX_STR_DIGITS: u64 = 4300;

/// True when converting `v` to decimal would exceed CPython's digit limit.
pub fn exceeds_str_digits(v: IntView) -> bool {
    match v {
        IntView::I64(_) => false,
        // log10(2) ~ 0.30103: quick bound, then an exact count near the limit.
        IntView::Big(b) => {
            let bits = b.bits();
            if (bits as f64) * std::f64::consts::LOG10_2 < (MAX_STR_DIGITS as f64) - 2.0 {
                return false;
            }
            b.magnitude().to_string().len() as u64 > MAX_STR_DIGITS
        }
    }
}

pub fn bigint_sign(b: &BigInt) -> Sign {
    b.sign()
}
