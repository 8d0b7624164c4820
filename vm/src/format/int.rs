//! Ints: `format()` (types `b c d o x X n`, none, and the float types via conversion),
//! printf-style `%d %i %u %o %x %X`, `int(str, base)`, radix conversion, and the
//! `sys.set_int_max_str_digits` limit, all as CPython 3.11.
//!
//! Invariants:
//! - Decimal conversions (to and from str) respect the process-wide digit limit
//!   (`int_max_str_digits`, default 4300, 0 = unlimited) exactly where CPython does:
//!   `format`/`%` with a decimal type, `int_to_decimal_checked`, and `parse_int` for
//!   bases that are not powers of two. Binary bases are never limited.
//! - `int_to_f64` rounds half-to-even like `PyLong_AsDouble` and fails (OverflowError
//!   "int too large to convert to float") exactly when the rounded value is >= 2**1024.
//! - `parse_int` is a port of `PyLong_FromString` after CPython's Unicode-to-ASCII step.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, BigUint, Sign as BigSign};
use num_traits::{ToPrimitive, Zero};

use super::error::FormatError;
use super::float::format_float_internal_into;
use super::number::{render_number_into, GroupInfo, NumberParts};
use super::percent::{percent_output_into, PercentFlags};
use super::spec::{FormatSpec, Grouping};
use super::unicode::{is_space_ascii, to_ascii_number_text};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// Sets the limit on decimal digits in int<->str conversions (0 = no limit). The caller
/// validates the value as `sys.set_int_max_str_digits` does (0 or >= 640).
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// The current limit (`sys.get_int_max_str_digits()`).
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

fn to_str_limit_error(limit: usize) -> FormatError {
    FormatError::Value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// `x` in `radix` (2..=36), lowercase letters, `-` for negatives, no prefix, no limit.
pub fn int_to_str_radix(x: &BigInt, radix: u32) -> String {
    if let Some(v) = x.to_i64() {
        if radix == 10 {
            return v.to_string();
        }
    }
    x.to_str_radix(radix)
}

/// Decimal digits of `|x|` (no sign), or the limit error CPython raises for `str(x)`.
fn decimal_magnitude_checked(x: &BigUint) -> Result<String, FormatError> {
    let limit = int_max_str_digits();
    if limit > 0 {
        // A lower bound on the digit count from the bit length avoids converting
        // numbers that are certainly too long (CPython also checks early).
        let bits = x.bits();
        if bits > 0 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1 > limit as u64 + 1
        {
            return Err(to_str_limit_error(limit));
        }
    }
    let s = x.to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return Err(to_str_limit_error(limit));
    }
    Ok(s)
}

/// `str(x)` / `repr(x)` for an int, with the digit limit.
pub fn int_to_decimal_checked(x: &BigInt) -> Result<String, FormatError> {
    if let Some(v) = x.to_i64() {
        return Ok(v.to_string());
    }
    let m = decimal_magnitude_checked(x.magnitude())?;
    Ok(if x.sign() == BigSign::Minus {
        format!("-{}", m)
    } else {
        m
    })
}

/// An int to format: one that fits an i64 (formatted without big-int arithmetic or
/// allocation) or a big one.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.sign() == BigSign::Minus,
        }
    }
    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    fn to_f64(self) -> Result<f64, FormatError> {
        match self {
            // `as` rounds to nearest, ties to even, like `int_to_f64`.
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(b) => int_to_f64(b),
        }
    }
}

/// The digits of an int's magnitude: on the stack for i64s, in a String for big ints.
struct Digits {
    small: [u8; 64],
    start: usize,
    big: String,
}

impl Digits {
    fn as_str(&self) -> &str {
        if self.start == self.small.len() {
            &self.big
        } else {
            // Only ASCII digits are written to `small`.
            std::str::from_utf8(&self.small[self.start..]).unwrap()
        }
    }
}

/// Digits of `|x|` in `base`, uppercase when `upper`, with the limit for base 10.
fn magnitude_digits(x: IntRef<'_>, base: u32, upper: bool) -> Result<Digits, FormatError> {
    let mut d = Digits {
        small: [0; 64],
        start: 64,
        big: String::new(),
    };
    match x {
        IntRef::Small(v) => {
            // An i64's magnitude has at most 64 binary digits, far below the limit.
            let table: &[u8; 16] = if upper {
                b"0123456789ABCDEF"
            } else {
                b"0123456789abcdef"
            };
            let mut m = v.unsigned_abs();
            if base == 10 {
                // A constant divisor compiles to a multiplication.
                loop {
                    d.start -= 1;
                    d.small[d.start] = b'0' + (m % 10) as u8;
                    m /= 10;
                    if m == 0 {
                        break;
                    }
                }
            } else {
                // Bases 2, 8 and 16: shifts.
                debug_assert!(base.is_power_of_two());
                let shift = base.trailing_zeros();
                let mask = base as u64 - 1;
                loop {
                    d.start -= 1;
                    d.small[d.start] = table[(m & mask) as usize];
                    m >>= shift;
                    if m == 0 {
                        break;
                    }
                }
            }
        }
        IntRef::Big(x) => {
            let mut s = if base == 10 {
                match x.to_i64() {
                    Some(v) => v.unsigned_abs().to_string(),
                    None => decimal_magnitude_checked(x.magnitude())?,
                }
            } else {
                x.magnitude().to_str_radix(base)
            };
            if upper {
                s.make_ascii_uppercase();
            }
            d.big = s;
        }
    }
    Ok(d)
}

/// `float(x)` for an int: correctly rounded (ties to even), or
/// `OverflowError("int too large to convert to float")`.
pub fn int_to_f64(x: &BigInt) -> Result<f64, FormatError> {
    let m = x.magnitude();
    let bits = m.bits();
    let mag = if bits <= 53 {
        m.to_u64().unwrap() as f64
    } else {
        // Keep 54 bits (53 + a rounding bit) and a sticky bit for the rest.
        let shift = bits - 54;
        let top = (m >> shift).to_u64().unwrap();
        let sticky = m.trailing_zeros().is_some_and(|tz| tz < shift);
        let mut q = top >> 1;
        let half = top & 1 == 1;
        if half && (sticky || q & 1 == 1) {
            q += 1;
        }
        // q <= 2**53; scale by 2**(shift + 1) in two exact steps.
        let e = (shift + 1) as i32;
        if e > 1023 + 53 {
            return Err(FormatError::overflow("int too large to convert to float"));
        }
        let v = (q as f64) * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
        if v.is_infinite() {
            return Err(FormatError::overflow("int too large to convert to float"));
        }
        v
    };
    Ok(if x.sign() == BigSign::Minus {
        -mag
    } else {
        mag
    })
}

/// `format(x, spec)` for an int (`int.__format__`). Also right for an empty spec (which
/// CPython treats as `str(x)`), except for int subclasses with their own `__str__` such
/// as bool: the caller handles those.
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let mut out = String::new();
    format_int_into(&mut out, IntRef::Big(x), spec)?;
    Ok(out)
}

/// `format_int`, appending to `out` (which is left as it was on error).
pub fn format_int_into(
    out: &mut String,
    x: IntRef<'_>,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    spec.check_grouping(Some('d'))?;
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(out, x, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            format_float_internal_into(out, x.to_f64()?, spec)
        }
        c => Err(FormatError::UnknownCode(c)),
    }
}

/// CPython's `format_long_internal`.
fn format_long_internal(
    out: &mut String,
    x: IntRef<'_>,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = x
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&v) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(v as u32).ok_or_else(|| {
            // CPython produces a lone surrogate here; Tern's UTF-8 strings cannot hold one.
            FormatError::Value(format!(
                "surrogate U+{:04X} cannot be stored in a Tern str",
                v
            ))
        })?;
        let mut tmp = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut tmp),
        };
        render_number_into(out, &parts, spec, None);
        return Ok(());
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = magnitude_digits(x, base, ty == 'X')?;
    let group: GroupInfo = if ty == 'n' {
        None
    } else {
        match spec.grouping {
            Some(Grouping::Comma) => Some((3, ',')),
            Some(Grouping::Underscore) => Some((if base == 10 { 3 } else { 4 }, '_')),
            None => None,
        }
    };
    let parts = NumberParts {
        negative: x.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_str(),
        has_decimal: false,
        remainder: "",
    };
    render_number_into(out, &parts, spec, group);
    Ok(())
}

/// printf-style `%d %i %u %o %x %X` of an int (CPython's `_PyUnicode_FormatLong` plus the
/// field layout). `precision` must be at most `i32::MAX` (the percent parser ensures it).
pub fn percent_format_int(
    x: &BigInt,
    conv: char,
    flags: &PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) -> Result<String, FormatError> {
    let mut out = String::new();
    percent_format_int_into(&mut out, IntRef::Big(x), conv, flags, precision, width)?;
    Ok(out)
}

/// `percent_format_int`, appending to `out` (which is left as it was on error).
pub fn percent_format_int_into(
    out: &mut String,
    x: IntRef<'_>,
    conv: char,
    flags: &PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) -> Result<(), FormatError> {
    if precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(FormatError::overflow("precision too large"));
    }
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'i' | 'u' => (10, ""),
        _ => panic!("percent_format_int: bad conversion {conv:?}"),
    };
    let digits = magnitude_digits(x, base, conv == 'X')?;
    let digits = digits.as_str();
    let len = digits.len() + x.is_negative() as usize;
    let plain = !flags.alternate
        && precision.is_none_or(|p| p <= digits.len())
        && ((!flags.left && !flags.zero) || width.is_none_or(|w| w <= len))
        && !flags.plus
        && !flags.space;
    if plain {
        // No `+`/space sign, prefix, zeros or right padding: spaces, then `-` and the
        // digits (what `percent_output` produces in this case).
        if let Some(w) = width {
            if w > len {
                out.extend(std::iter::repeat_n(' ', w - len));
            }
        }
        if x.is_negative() {
            out.push('-');
        }
        out.push_str(digits);
        return Ok(());
    }
    super::with_scratch(|body| {
        if x.is_negative() {
            body.push('-');
        }
        if flags.alternate {
            body.push_str(prefix);
        }
        if let Some(p) = precision {
            if p > digits.len() {
                body.extend(std::iter::repeat_n('0', p - digits.len()));
            }
        }
        body.push_str(digits);
        percent_output_into(out, body, conv, flags, width, true);
    });
    Ok(())
}

/// Why `parse_int` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseIntError {
    /// `ValueError("invalid literal for int() with base B: REPR")` (see `message`).
    Invalid,
    /// The digit limit was exceeded: the value has this many digits.
    TooManyDigits(usize),
}

impl ParseIntError {
    /// The ValueError message. `base` is the base the caller passed (0 included);
    /// `repr` is `repr()` of the original string (cut to 200 characters here).
    pub fn message(&self, base: u32, repr: &str) -> String {
        match self {
            ParseIntError::Invalid => {
                let r: String = repr.chars().take(200).collect();
                format!("invalid literal for int() with base {}: {}", base, r)
            }
            ParseIntError::TooManyDigits(n) => format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} \
                 digits; use sys.set_int_max_str_digits() to increase the limit",
                int_max_str_digits(),
                n
            ),
        }
    }
}

#[inline]
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 37,
    }
}

/// `int(s)` (base 10) for the common spelling: an optional sign and 1 to 18 ASCII
/// digits, nothing else. None means "not that spelling": use `parse_int`, which
/// handles (and rejects) everything else.
#[inline]
pub fn parse_int_small(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

/// `int(s, base)` for a str: `base` is 0 (infer from the prefix) or 2..=36 (the caller
/// raises "int() base must be >= 2 and <= 36, or 0" for others; here they are Invalid).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::Invalid);
    }
    let text = to_ascii_number_text(s);
    let b: &[u8] = &text;
    // C string semantics: a NUL ends the scan (and then the parse fails: not at the end).
    let at = |i: usize| -> u8 { b.get(i).copied().unwrap_or(0) };
    let mut i = 0;
    while at(i) != 0 && is_space_ascii(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        i += 1;
        negative = true;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(ParseIntError::Invalid);
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    loop {
        let c = at(i);
        let d = digit_value(c);
        if d < base {
            digits.push(d as u8);
        } else if c == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseIntError::Invalid);
    }
    if base & (base - 1) != 0 {
        let limit = int_max_str_digits();
        if limit > 0 && digits.len() > limit {
            return Err(ParseIntError::TooManyDigits(digits.len()));
        }
    }
    if i == start {
        return Err(ParseIntError::Invalid);
    }
    let mag = BigUint::from_radix_be(&digits, base).ok_or(ParseIntError::Invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    while at(i) != 0 && is_space_ascii(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(ParseIntError::Invalid);
    }
    Ok(BigInt::from_biguint(
        if negative {
            BigSign::Minus
        } else {
            BigSign::Plus
        },
        mag,
    ))
}

#[cfg(test)]
#[path = "int_tests.rs"]
mod tests;
