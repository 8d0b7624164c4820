//! Literal values, weighted toward the edges where implementations disagree: the
//! limits of 32-, 53-, 62-, 63- and 64-bit integers, signed zero, NaN, infinities,
//! the largest and smallest doubles, and ASCII strings with awkward spacing.

use super::Gen;
use crate::ast::*;
use crate::features::Feature;

/// Integer edge values (all fit in an i128 literal).
pub(crate) const EDGE_INTS: &[i128] = &[
    0,
    -1,
    1,
    2,
    -2,
    3,
    7,
    -7,
    10,
    31,
    255,
    -256,
    (1 << 31) - 1,
    1 << 31,
    -(1 << 31),
    1 << 32,
    1 << 53,
    (1 << 53) + 1,
    1 << 62,
    (1 << 62) - 1,
    -(1 << 62),
    (1 << 63) - 1,
    1 << 63,
    -(1 << 63),
    -(1 << 63) - 1,
    1 << 64,
    (1 << 64) - 1,
    -(1 << 64),
    1_000_000_007,
    10_i128.pow(18),
    10_i128.pow(19),
    -(10_i128.pow(19)),
];

/// Float edge values.
pub(crate) const EDGE_FLOATS: &[f64] = &[
    0.0,
    -0.0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    0.1,
    1.0,
    -1.0,
    3.0,
    1e308,
    -1e308,
    f64::MAX,
    5e-324,
    2.2250738585072014e-308,
    1e16,
    9007199254740993.0,
    4503599627370496.5,
    9.223372036854776e18,
    1.8446744073709552e19,
    std::f64::consts::PI,
    1e-7,
    123456.789,
    0.3,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
];

/// ASCII strings for str operations.
pub(crate) const WORDS: &[&str] = &[
    "",
    "a",
    "ab",
    "abc",
    "Hello",
    "hello world",
    "x y  z",
    "  pad  ",
    "a,b,,c",
    "MiXeD Case",
    "12",
    "-7",
    "3.5",
    "tab\tsep",
    "line\nbreak",
    "abcabcabc",
    "Zz9_",
    "{}",
    "%d",
    "'q'",
];

/// Format specs valid for both ints and floats.
pub(crate) const NUM_SPECS: &[&str] = &[
    "", ".2f", "10.3f", "e", ".3e", "g", ".10g", "+.1f", ",.2f", "08.2f", ">12", "<9", "^11", "%",
    ".0f", "12.4e", "-.3g", "_.1f",
];

/// Format specs valid for ints only.
pub(crate) const INT_SPECS: &[&str] = &[
    "d", "5d", "<6", ">8", "^7", "+d", ",", "_", "x", "X", "o", "b", "#x", "#o", "08d", "-d", "#b",
    ",d", " d",
];

impl Gen<'_> {
    pub(crate) fn int_literal(&mut self) -> Expr {
        match self.rng.weighted(&[40, 15, 35, 10]) {
            0 => int(self.rng.range(-10, 10) as i128),
            1 => int(self.rng.range(-1000, 1000) as i128),
            2 => {
                let v = *self.rng.pick(EDGE_INTS);
                if v.unsigned_abs() >= 1 << 31 {
                    self.tag(Feature::EdgeInts);
                }
                int(v)
            }
            _ => int(self.rng.next_u64() as i64 as i128),
        }
    }

    /// A small int literal in `lo..=hi`.
    pub(crate) fn small_int(&mut self, lo: i64, hi: i64) -> Expr {
        int(self.rng.range(lo, hi) as i128)
    }

    /// A nonzero int literal usable as a divisor (often negative).
    pub(crate) fn divisor_literal(&mut self) -> Expr {
        let v = match self.rng.below(4) {
            0 => self.rng.range(1, 9),
            1 => -self.rng.range(1, 9),
            2 => *self
                .rng
                .pick(&[1000003, -1000003, 1 << 32, -(1 << 31), 7919, -97]),
            _ => *self.rng.pick(&[3, -3, 2, -2, 10, -10]),
        };
        if v < 0 {
            self.tag(Feature::NegFloorMod);
        }
        int(v as i128)
    }

    pub(crate) fn float_literal(&mut self) -> Expr {
        let f = match self.rng.weighted(&[45, 35, 20]) {
            0 => *self.rng.pick(EDGE_FLOATS),
            1 => self.rng.range(-1000, 1000) as f64 / 8.0,
            _ => self.rng.range(-99999, 99999) as f64 / 100.0,
        };
        if f.is_nan() || f.is_infinite() || f.abs() > 1e300 || (f == 0.0 && f.is_sign_negative()) {
            self.tag(Feature::FloatSpecial);
        }
        Expr::Float(f)
    }

    /// A float literal that is never NaN (for lists that may be sorted or searched).
    pub(crate) fn finite_float_literal(&mut self) -> Expr {
        loop {
            if let Expr::Float(f) = self.float_literal() {
                if f.is_finite() {
                    return Expr::Float(f);
                }
            }
        }
    }

    /// A nonzero float literal usable as a divisor.
    pub(crate) fn float_divisor_literal(&mut self) -> Expr {
        let f = *self
            .rng
            .pick(&[0.5, -0.5, 2.0, -3.0, 1e-300, 1e300, 7.25, -0.1]);
        if f < 0.0 {
            self.tag(Feature::NegFloorMod);
        }
        Expr::Float(f)
    }

    pub(crate) fn str_literal(&mut self) -> Expr {
        if self.rng.chance(15) {
            // A random short word of ASCII letters and digits.
            let n = self.rng.urange(1, 6);
            let s: String = (0..n)
                .map(|_| *self.rng.pick(b"abcdefxyzABC019 _-.") as char)
                .collect();
            return Expr::Str(s);
        }
        string(self.rng.pick_str(WORDS))
    }
}
