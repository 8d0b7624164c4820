//! `Value`: one 64-bit word, NaN-boxed in the JavaScriptCore style.
//!
//! Encoding (top 16 bits decide):
//! - `0x0000`: a heap pointer *is* its own raw address (pointers are 16-byte aligned and at
//!   least `0x1000`), or one of the immediates below `0x100` (`EMPTY`, `None`, `False`,
//!   `True`, `DUMMY`).
//! - `0x0002..=0xFFF2`: a double, stored as its IEEE bits plus 2^49 (`DOUBLE_OFFSET`).
//!   NaNs are canonicalised so that every encoded double stays below the int tag.
//! - `0xFFFE` / `0xFFFF` (top 15 bits set): a small int, 49-bit two's complement payload.
//!
//! Invariants:
//! - Ints are canonical: a value that fits the small-int range is always a small int; one
//!   that fits an `i64` is a boxed i64 (`object::int::BoxedInt`); only larger ones are big
//!   ints. So equal ints of the small range are bit-identical words.
//! - `EMPTY` (all zero bits) is never a Python value. It marks unbound locals, empty table
//!   slots and "no argument". Memory that is zero-filled therefore holds only `EMPTY`.
//! - Neither compiled code nor the stack scanner ever has to untag a pointer.

use crate::object::header::ObjHeader;

/// Offset added to a double's bits so that no encoded double has its top 16 bits zero.
pub const DOUBLE_OFFSET: u64 = 1 << 49;
/// Every word at or above this is a small int.
pub const INT_TAG: u64 = 0xFFFE_0000_0000_0000;
const INT_PAYLOAD_MASK: u64 = (1 << 49) - 1;
/// Smallest int stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 48);
/// Largest int stored inline.
pub const SMALL_INT_MAX: i64 = (1 << 48) - 1;
/// Canonical quiet NaN bits: every NaN is stored as this one.
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

const IMM_EMPTY: u64 = 0x00;
const IMM_NONE: u64 = 0x02;
const IMM_FALSE: u64 = 0x06;
const IMM_TRUE: u64 = 0x07;
const IMM_DUMMY: u64 = 0x0A;
/// Words below this with top bits zero are immediates, not pointers.
const MIN_POINTER: u64 = 0x1000;

/// A Python value (or `EMPTY`) in one machine word.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

impl Value {
    /// Not a Python value: unbound local, empty slot, missing argument.
    pub const EMPTY: Value = Value(IMM_EMPTY);
    pub const NONE: Value = Value(IMM_NONE);
    pub const FALSE: Value = Value(IMM_FALSE);
    pub const TRUE: Value = Value(IMM_TRUE);
    /// Marks a deleted entry in set and dict tables. Never a Python value.
    pub const DUMMY: Value = Value(IMM_DUMMY);

    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    // ----- bools and None -----------------------------------------------------------------

    #[inline(always)]
    pub const fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == IMM_NONE
    }
    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.0 == IMM_EMPTY
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 == IMM_TRUE || self.0 == IMM_FALSE
    }
    #[inline(always)]
    pub fn is_true_bool(self) -> bool {
        self.0 == IMM_TRUE
    }

    // ----- small ints ---------------------------------------------------------------------

    /// True when `i` can be stored inline.
    #[inline(always)]
    pub const fn fits_small(i: i64) -> bool {
        i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
    }
    /// Encodes an int that is known to fit the small range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!(Self::fits_small(i), "small_int out of range: {i}");
        Value((i as u64 & INT_PAYLOAD_MASK) | INT_TAG)
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.0 >= INT_TAG
    }
    /// The payload of a small int. Only meaningful when `is_small_int()`.
    #[inline(always)]
    pub fn as_small_int(self) -> i64 {
        debug_assert!(self.is_small_int());
        ((self.0 << 15) as i64) >> 15
    }
    /// The small int payload, or None.
    #[inline(always)]
    pub fn small_int_value(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.as_small_int())
        } else {
            None
        }
    }

    // ----- floats -------------------------------------------------------------------------

    #[inline(always)]
    pub fn float(x: f64) -> Value {
        let bits = if x.is_nan() {
            CANONICAL_NAN
        } else {
            x.to_bits()
        };
        Value(bits.wrapping_add(DOUBLE_OFFSET))
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0.wrapping_sub(DOUBLE_OFFSET) < INT_TAG - DOUBLE_OFFSET
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        debug_assert!(self.is_float());
        f64::from_bits(self.0.wrapping_sub(DOUBLE_OFFSET))
    }

    // ----- heap pointers ------------------------------------------------------------------

    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 >= MIN_POINTER && self.0 < (1 << 48)
    }
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        debug_assert!(!p.is_null());
        Value(p as u64)
    }
    /// The object pointer. Only meaningful when `is_ptr()`.
    #[inline(always)]
    pub fn as_ptr<T>(self) -> *mut T {
        debug_assert!(self.is_ptr());
        self.0 as *mut T
    }
    #[inline(always)]
    pub fn header(self) -> *mut ObjHeader {
        self.as_ptr()
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_empty() {
            write!(f, "<empty>")
        } else if self.is_none() {
            write!(f, "None")
        } else if self.is_bool() {
            write!(f, "{}", if self.is_true_bool() { "True" } else { "False" })
        } else if self.is_small_int() {
            write!(f, "{}", self.as_small_int())
        } else if self.is_float() {
            write!(f, "{:?}", self.as_float())
        } else if self.is_ptr() {
            // SAFETY: debug formatting only reads the kind byte of a live object.
            let kind = unsafe { (*self.header()).kind };
            write!(f, "<{:?} at {:#x}>", kind, self.0)
        } else {
            write!(f, "<imm {:#x}>", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 12345, -98765] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(!Value::fits_small(SMALL_INT_MAX + 1));
        assert!(!Value::fits_small(SMALL_INT_MIN - 1));
    }

    #[test]
    fn doubles_round_trip_and_never_look_like_other_things() {
        for x in [
            0.0,
            -0.0,
            1.5,
            -1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
        ] {
            let v = Value::float(x);
            assert!(v.is_float() && !v.is_small_int() && !v.is_ptr(), "{x}");
            assert_eq!(v.as_float().to_bits(), x.to_bits());
        }
        let n = Value::float(-f64::NAN);
        assert!(n.is_float() && n.as_float().is_nan());
    }

    #[test]
    fn immediates_are_distinct() {
        let all = [
            Value::EMPTY,
            Value::NONE,
            Value::FALSE,
            Value::TRUE,
            Value::DUMMY,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_ptr() && !a.is_float() && !a.is_small_int());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
