//! Floats: `repr`/`str`, `format()` (types `e E f F g G n %` and none), printf-style
//! `%e %f %g`, `round(x, n)`, `float(str)` and `float.hex`/`float.fromhex`, all as
//! CPython 3.11 does them.
//!
//! Digit generation follows David Gay's `dtoa` as CPython calls it: mode 0 (shortest
//! string that round-trips, nearest to the true value) for repr, mode 2 (`n` significant
//! digits) for `e`/`g`, mode 3 (`n` digits after the point) for `f` and `round`. All
//! round half-to-even on the *exact* binary value. Rust's float formatting (`{:e}`,
//! `{:.*e}`, `{:.*}`) produces exactly those digits (Grisu with an exact Dragon
//! fallback); the test table checks that against CPython. No BigInt is involved.
//!
//! Invariants:
//! - A digit string (`Dec`) has no leading zeros and no trailing zeros; the value is
//!   `0.DIGITS × 10^decpt`; zero is `"0"` with `decpt == 1`; in mode 3 a nonzero value
//!   that rounds to zero gives no digits and `decpt == -ndigits` (as Gay's code does).
//! - `layout` is a line-by-line port of CPython's `format_float_short`.
//! - Precisions above `i32::MAX` are rejected ("precision too big") before any work;
//!   digit generation is capped where the exact expansion ends (767 significant digits,
//!   1074 fractional digits), and the rest is zero padding.

use std::fmt::Write as _;

use super::error::FormatError;
use super::number::{render_number_into, GroupInfo, NumberParts};
use super::percent::{percent_output_into, PercentFlags};
use super::spec::{FormatSpec, Grouping, Sign};
use super::unicode::{is_space_ascii, to_ascii_number_text};

/// Significant digits beyond which every double's decimal expansion is exact.
const EXACT_SIG_DIGITS: usize = 800;
/// Fractional digits beyond which every double's decimal expansion is exact.
const EXACT_FRAC_DIGITS: usize = 1100;

/// A byte buffer that stays on the stack for short outputs.
struct Buf {
    small: [u8; 48],
    len: usize,
    big: Vec<u8>,
}

impl Buf {
    #[inline]
    fn new() -> Self {
        Buf {
            small: [0; 48],
            len: 0,
            big: Vec::new(),
        }
    }
    #[inline]
    fn bytes_mut(&mut self) -> &mut [u8] {
        if self.big.is_empty() {
            &mut self.small[..self.len]
        } else {
            &mut self.big[..]
        }
    }
}

impl std::fmt::Write for Buf {
    #[inline]
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.big.is_empty() && self.len + s.len() <= self.small.len() {
            self.small[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
        } else {
            if self.big.is_empty() {
                self.big.extend_from_slice(&self.small[..self.len]);
            }
            self.big.extend_from_slice(s.as_bytes());
        }
        Ok(())
    }
}

/// Gay's dtoa result for a finite non-negative value: digits and decimal point position.
struct Dec {
    buf: Buf,
    start: usize,
    end: usize,
    decpt: isize,
}

impl Dec {
    #[inline]
    fn digits(&mut self) -> &[u8] {
        let (s, e) = (self.start, self.end);
        &self.buf.bytes_mut()[s..e]
    }

    fn zero() -> Dec {
        let mut buf = Buf::new();
        buf.write_str("0").unwrap();
        Dec {
            buf,
            start: 0,
            end: 1,
            decpt: 1,
        }
    }

    /// Digits from Rust's exponent notation `D[.DDD]e[-]X` (in `buf`).
    fn from_exp_form(mut buf: Buf) -> Dec {
        let b = buf.bytes_mut();
        let epos = b.iter().position(|&c| c == b'e').unwrap();
        let (neg, ds) = match b[epos + 1] {
            b'-' => (true, &b[epos + 2..]),
            _ => (false, &b[epos + 1..]),
        };
        let e = ds.iter().fold(0isize, |a, &c| a * 10 + (c - b'0') as isize);
        let exp = if neg { -e } else { e };
        let mut end = epos;
        if epos > 1 {
            // Drop the '.': shift the fraction left by one.
            b.copy_within(2..epos, 1);
            end = epos - 1;
        }
        while end > 1 && b[end - 1] == b'0' {
            end -= 1;
        }
        Dec {
            buf,
            start: 0,
            end,
            decpt: exp + 1,
        }
    }

    /// Digits from Rust's fixed notation `III[.FFF]` (in `buf`) for `ndigits` decimals.
    fn from_fixed_form(mut buf: Buf, ndigits: usize) -> Dec {
        let b = buf.bytes_mut();
        let n = b.len();
        let dot = b.iter().position(|&c| c == b'.').unwrap_or(n);
        let mut end = n;
        if dot < n {
            b.copy_within(dot + 1..n, dot);
            end = n - 1;
        }
        // Leading zeros.
        let mut start = 0;
        while start < end && b[start] == b'0' {
            start += 1;
        }
        while end > start && b[end - 1] == b'0' {
            end -= 1;
        }
        if start == end {
            return Dec {
                buf,
                start: 0,
                end: 0,
                decpt: -(ndigits as isize),
            };
        }
        let decpt = dot as isize - start as isize;
        Dec {
            buf,
            start,
            end,
            decpt,
        }
    }
}

/// Mode 0: the shortest round-tripping digits of finite `x >= 0`, nearest to `x`, ties
/// to even.
///
/// Rust's shortest formatting picks the same length and, except in one case, the same
/// digits: when `x` lies exactly halfway between two shortest candidates it takes the
/// upper one, where Gay's code takes the even one if that also round-trips
/// (`repr(-1846194983.0351562)`). Such ties need 16+ digits (shorter decimal spacings
/// exceed a double's ulp), so only those results are checked, with exact integer
/// arithmetic.
#[inline]
fn dtoa_shortest(x: f64) -> Dec {
    if x == 0.0 {
        return Dec::zero();
    }
    let mut buf = Buf::new();
    write!(buf, "{:e}", x).unwrap();
    let mut d = Dec::from_exp_form(buf);
    if d.end - d.start >= 16 && d.digits().last().unwrap() % 2 == 1 {
        fix_shortest_tie(x, &mut d);
    }
    d
}

/// See `dtoa_shortest`: `d` has 16 or 17 digits and ends in an odd digit.
#[cold]
fn fix_shortest_tie(x: f64, d: &mut Dec) {
    let decpt = d.decpt;
    let digits = d.digits();
    let n = digits.len();
    let s: u64 = digits.iter().fold(0, |a, &c| a * 10 + (c - b'0') as u64);
    // The midpoint between `s - 1` and `s` at this length: t × 10^q.
    let t = (s as u128 - 1) * 10 + 5;
    let q = decpt - (n as isize + 1);
    if !equals_decimal(x, t, q) {
        return;
    }
    let lower = format!("{}e{}", s - 1, decpt - n as isize);
    if lower.parse::<f64>() != Ok(x) {
        return;
    }
    let (st, mut end) = (d.start, d.end);
    let b = d.buf.bytes_mut();
    b[end - 1] -= 1;
    while end - st > 1 && b[end - 1] == b'0' {
        end -= 1;
    }
    d.end = end;
}

/// Whether finite `x > 0` equals `t × 10^q` exactly (`t < 10^19`).
fn equals_decimal(x: f64, t: u128, q: isize) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as isize;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros() as isize;
    let (m, e) = ((m >> tz) as u128, e + tz); // x = m × 2^e, m odd
    if q >= 0 {
        // t × 5^q × 2^q: its odd part must be m and its power of two e.
        if q > 22 {
            return false;
        }
        let a = t.trailing_zeros() as isize;
        let odd = (t >> a) * 5u128.pow(q as u32);
        odd == m && a + q == e
    } else {
        // t == m × 5^p × 2^(e+p), p = -q.
        let p = -q;
        if e + p < 0 || p > 50 {
            return false;
        }
        let Some(v) = m.checked_mul(5u128.pow(p as u32)) else {
            return false;
        };
        let sh = e + p;
        if sh >= 64 || v > (u64::MAX as u128) {
            return false;
        }
        v << sh == t
    }
}

/// Mode 2: `ndigits >= 1` significant digits of finite `x >= 0`, correctly rounded.
fn dtoa_sig(x: f64, ndigits: usize) -> Dec {
    if x == 0.0 {
        return Dec::zero();
    }
    let mut buf = Buf::new();
    write!(buf, "{:.*e}", ndigits.min(EXACT_SIG_DIGITS) - 1, x).unwrap();
    Dec::from_exp_form(buf)
}

/// Mode 3: digits of finite `x >= 0` rounded to `ndigits` places after the point.
fn dtoa_fixed(x: f64, ndigits: usize) -> Dec {
    if x == 0.0 {
        return Dec::zero();
    }
    let mut buf = Buf::new();
    write!(buf, "{:.*}", ndigits.min(EXACT_FRAC_DIGITS), x).unwrap();
    Dec::from_fixed_form(buf, ndigits)
}

/// The exact decimal expansion of finite `x >= 0` (mode 0 with no rounding at all).
fn dtoa_exact(x: f64) -> Dec {
    dtoa_sig(x, EXACT_SIG_DIGITS)
}

/// The four layouts of `format_float_short`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    E,
    F,
    G,
    R,
}

fn push_zeros(out: &mut String, n: isize) {
    if n > 0 {
        out.extend(std::iter::repeat_n('0', n as usize));
    }
}

/// CPython's `format_float_short` after the digits are known (finite values).
#[allow(clippy::too_many_arguments)]
fn layout(
    out: &mut String,
    mut sign: bool,
    digits: &[u8],
    mut decpt: isize,
    code: Code,
    precision: isize,
    always_add_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
    upper: bool,
) {
    let digits_len = digits.len() as isize;
    if no_neg_0 && sign && (digits_len == 0 || digits == b"0") {
        sign = false;
    }
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        Code::E => {
            use_exp = true;
            vdigits_end = precision;
        }
        Code::F => vdigits_end = decpt + precision,
        Code::G => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        Code::R => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    out.reserve((vdigits_end - vdigits_start) as usize + 8);
    if sign {
        out.push('-');
    } else if always_add_sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    // Digits are ASCII.
    let ds = std::str::from_utf8(digits).unwrap();
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&ds[..decpt as usize]);
        out.push('.');
        out.push_str(&ds[decpt as usize..]);
    } else {
        out.push_str(ds);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let (s, a) = if exp < 0 { ('-', -exp) } else { ('+', exp) };
        out.push(s);
        if a < 10 {
            out.push('0');
        }
        push_u64(out, a as u64);
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r`; `r` requires `precision == 0`.
#[allow(clippy::too_many_arguments)]
fn double_to_string(
    out: &mut String,
    x: f64,
    code: char,
    precision: usize,
    always_add_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) {
    let upper = code.is_ascii_uppercase();
    let neg = x.is_sign_negative();
    if !x.is_finite() {
        if x.is_nan() {
            if always_add_sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if neg {
                out.push('-');
            } else if always_add_sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return;
    }
    let a = x.abs();
    let (code, mut dec, prec) = match code {
        'e' | 'E' => (Code::E, dtoa_sig(a, precision + 1), precision as isize + 1),
        'f' | 'F' => (Code::F, dtoa_fixed(a, precision), precision as isize),
        'g' | 'G' => {
            let p = precision.max(1);
            (Code::G, dtoa_sig(a, p), p as isize)
        }
        'r' => (Code::R, dtoa_shortest(a), 0),
        _ => unreachable!("double_to_string: bad code {code:?}"),
    };
    let decpt = dec.decpt;
    layout(
        out,
        neg,
        dec.digits(),
        decpt,
        code,
        prec,
        always_add_sign,
        add_dot_0,
        alt,
        no_neg_0,
        upper,
    );
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    float_repr_into(&mut out, x);
    out
}

/// Appends `repr(x)` to `out` (no allocation when `out` has room).
pub fn float_repr_into(out: &mut String, x: f64) {
    // Fast path: integral values below 1e16 print as `<digits>.0`.
    let a = x.abs();
    if a < 1e16 && a.fract() == 0.0 {
        if x.is_sign_negative() {
            out.push('-');
        }
        push_u64(out, a as u64);
        out.push_str(".0");
        return;
    }
    double_to_string(out, x, 'r', 0, false, true, false, false);
}

/// Appends the decimal digits of `v`.
#[inline]
fn push_u64(out: &mut String, mut v: u64) {
    let mut b = [0u8; 20];
    let mut i = b.len();
    loop {
        i -= 1;
        b[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    // ASCII digits.
    out.push_str(std::str::from_utf8(&b[i..]).unwrap());
}

/// `format(x, spec)` for a float (`float.__format__`). Also right for an empty spec,
/// which CPython treats as `str(x)`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let mut out = String::new();
    format_float_into(&mut out, x, spec)?;
    Ok(out)
}

/// `format_float`, appending to `out` (which is left as it was on error).
pub fn format_float_into(out: &mut String, x: f64, spec: &FormatSpec) -> Result<(), FormatError> {
    spec.check_grouping(None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal_into(out, x, spec)
        }
        Some(c) => Err(FormatError::UnknownCode(c)),
    }
}

/// CPython's `format_float_internal`, shared with int's float presentation types;
/// appends to `out`.
pub(crate) fn format_float_internal_into(
    out: &mut String,
    x: f64,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut ty = spec.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let signed = matches!(spec.sign, Some(Sign::Plus | Sign::Space));
    if !signed && spec.width.is_none() && spec.ty != Some('n') && spec.grouping.is_none() {
        double_to_string(
            out,
            val,
            ty,
            precision,
            false,
            add_dot_0,
            spec.alternate,
            spec.no_neg_0,
        );
        if add_pct {
            out.push('%');
        }
        return Ok(());
    }
    super::with_scratch(|buf| {
        double_to_string(
            buf,
            val,
            ty,
            precision,
            false,
            add_dot_0,
            spec.alternate,
            spec.no_neg_0,
        );
        if add_pct {
            buf.push('%');
        }
        layout_float_field(out, buf, spec);
    });
    Ok(())
}

/// Lays out the text of a formatted float (`buf`) in its field.
fn layout_float_field(out: &mut String, buf: &str, spec: &FormatSpec) {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let has_decimal = body.as_bytes().get(ndig) == Some(&b'.');
    let rem_start = ndig + has_decimal as usize;
    let group: GroupInfo = if spec.ty == Some('n') {
        None
    } else {
        match spec.grouping {
            Some(Grouping::Comma) => Some((3, ',')),
            Some(Grouping::Underscore) => Some((3, '_')),
            None => None,
        }
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..ndig],
        has_decimal,
        remainder: &body[rem_start..],
    };
    render_number_into(out, &parts, spec, group);
}

/// printf-style `%e %E %f %F %g %G` of a float (`%r`/`%s` are `float_repr`).
/// `precision` must be at most `i32::MAX` (the percent parser guarantees it).
pub fn percent_format_float(
    x: f64,
    conv: char,
    flags: &PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    percent_format_float_into(&mut out, x, conv, flags, precision, width);
    out
}

/// `percent_format_float`, appending to `out`.
pub fn percent_format_float_into(
    out: &mut String,
    x: f64,
    conv: char,
    flags: &PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) {
    let conv_digits = |buf: &mut String| {
        double_to_string(
            buf,
            x,
            conv,
            precision.unwrap_or(6),
            false,
            false,
            flags.alternate,
            false,
        )
    };
    if width.is_none() && !flags.plus && !flags.space {
        conv_digits(out);
        return;
    }
    super::with_scratch(|body| {
        conv_digits(body);
        percent_output_into(out, body, conv, flags, width, true);
    });
}

/// `round(x, ndigits)` for a float: correctly rounded, ties to even on the exact value.
/// Errors with `OverflowError("rounded value too large to represent")`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX = (53 - (-1021)) * 0.30103; NDIGITS_MIN = -(1024 + 1) * 0.30103.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let mut s = String::new();
    if ndigits >= 0 {
        // Rust's fixed formatting is mode 3, and its parser is correctly rounded strtod.
        write!(s, "{:.*}", ndigits as usize, x).unwrap();
    } else {
        if x.is_sign_negative() {
            s.push('-');
        }
        let mut dec = dtoa_exact(x.abs());
        let decpt = dec.decpt;
        let digits = dec.digits().to_vec();
        let (kept, kdecpt) = round_digits_half_even(&digits, decpt, decpt + ndigits as isize);
        s.push('0');
        s.push_str(std::str::from_utf8(&kept).unwrap());
        write!(s, "e{}", kdecpt - kept.len() as isize).unwrap();
    }
    let r: f64 = s.parse().unwrap();
    if r.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(r)
}

/// Rounds the exact digit string `0.DIGITS × 10^decpt` to its first `keep` digits,
/// ties to even. Returns the kept digits (maybe empty) and their decimal point.
fn round_digits_half_even(digits: &[u8], decpt: isize, keep: isize) -> (Vec<u8>, isize) {
    if keep < 0 {
        return (Vec::new(), decpt);
    }
    let k = keep as usize;
    if k >= digits.len() {
        return (digits.to_vec(), decpt);
    }
    let first = digits[k];
    let rest_nonzero = digits[k + 1..].iter().any(|&d| d != b'0');
    let last_odd = k > 0 && (digits[k - 1] - b'0') % 2 == 1;
    let up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
    let mut kept = digits[..k].to_vec();
    let mut decpt = decpt;
    if up {
        let mut i = k;
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    (kept, decpt)
}

/// `float(s)` for a str: `None` where CPython raises
/// `ValueError("could not convert string to float: ...")`.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = to_ascii_number_text(s);
    let b: &[u8] = &text;
    if b.contains(&0) {
        return None;
    }
    if b.contains(&b'_') {
        let mut clean = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                clean.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        return parse_float_inner(&clean);
    }
    parse_float_inner(b)
}

/// `float_from_string_inner` + `PyOS_string_to_double` on ASCII bytes.
fn parse_float_inner(b: &[u8]) -> Option<f64> {
    let mut lo = 0;
    let mut hi = b.len();
    while lo < hi && is_space_ascii(b[lo]) {
        lo += 1;
    }
    while hi > lo && is_space_ascii(b[hi - 1]) {
        hi -= 1;
    }
    let t = &b[lo..hi];
    if t.is_empty() {
        return None;
    }
    if is_decimal_literal(t) {
        // Validated ASCII; Rust's parser is correctly rounded and saturates to inf/0.
        return std::str::from_utf8(t).ok()?.parse().ok();
    }
    // inf / infinity / nan, with an optional sign.
    let (neg, rest) = match t[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

/// `[+-] (D+ [. D*] | . D+) [(e|E) [+-] D+]`, the whole of `t` (Gay's `strtod` grammar).
fn is_decimal_literal(t: &[u8]) -> bool {
    let mut i = 0;
    if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < t.len() && t[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - int_start;
    if i < t.len() && t[i] == b'.' {
        i += 1;
        let f = i;
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - f;
    }
    if ndigits == 0 {
        return false;
    }
    if i < t.len() && (t[i] == b'e' || t[i] == b'E') {
        i += 1;
        if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
            i += 1;
        }
        let e = i;
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
        }
        if i == e {
            return false;
        }
    }
    i == t.len()
}

/// `float.hex()`: `[-]0xH.HHHHHHHHHHHHHp±E`, always 13 fraction digits (the 52 stored
/// bits); subnormals as `0x0.…p-1022`; zeros as `0x0.0p+0`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `float.fromhex(s)`: `[ws] [+-] (inf | infinity | nan | [0x] H* [. H*] [p [+-] D+]) [ws]`
/// with at least one hex digit, rounded half-to-even to the nearest double (subnormals
/// included). Errors carry CPython's messages.
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let invalid = || FormatError::value("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi && is_space_ascii(b[lo]) {
        lo += 1;
    }
    while hi > lo && is_space_ascii(b[hi - 1]) {
        hi -= 1;
    }
    let t = &b[lo..hi];
    let (neg, t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if neg { -v } else { v };
    if t.eq_ignore_ascii_case(b"inf") || t.eq_ignore_ascii_case(b"infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if t.eq_ignore_ascii_case(b"nan") {
        return Ok(signed(f64::NAN));
    }
    let mut i = 0;
    if t.len() >= 2 && t[0] == b'0' && (t[1] | 0x20) == b'x' {
        i = 2;
    }
    // The first 15 significant digits (60 bits: 53 plus guard bits) go to `mant`;
    // later ones only set `sticky`. The value is `(mant + ε) × 2^exp2`.
    let mut mant: u64 = 0;
    let mut sig_digits = 0;
    let mut sticky = false;
    let mut exp2: i64 = 0;
    let mut ndigits = 0;
    let mut seen_point = false;
    while i < t.len() {
        let c = t[i];
        if c == b'.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        ndigits += 1;
        if seen_point {
            exp2 -= 4;
        }
        if sig_digits < 15 {
            if mant != 0 || d != 0 {
                mant = mant * 16 + u64::from(d);
                sig_digits += 1;
            }
        } else {
            sticky |= d != 0;
            exp2 += 4;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    if i < t.len() && (t[i] | 0x20) == b'p' {
        i += 1;
        let eneg = match t.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < t.len() && t[i].is_ascii_digit() {
            // Saturate: far beyond any double's range, the exact value no longer matters.
            e = (e * 10 + i64::from(t[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        exp2 += if eneg { -e } else { e };
    }
    if i != t.len() {
        return Err(invalid());
    }
    if mant == 0 {
        return Ok(signed(0.0));
    }
    let overflow = || FormatError::overflow("hexadecimal value too large to represent as a float");
    let nbits = 64 - i64::from(mant.leading_zeros());
    let top = nbits - 1 + exp2;
    if top > 1023 {
        return Err(overflow());
    }
    // Exponent of the result's last mantissa bit: 53 bits, or fewer below 2^-1022.
    let mut lsb = (top - 52).max(-1074);
    let shift = lsb - exp2;
    let mut m: u64 = if shift <= 0 {
        mant << -shift
    } else if shift > 64 {
        0 // below half of the smallest subnormal
    } else {
        let wide = u128::from(mant);
        let q = (wide >> shift) as u64;
        let rem = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rem > half || (rem == half && (sticky || q & 1 == 1));
        q + u64::from(up)
    };
    if m == 1 << 53 {
        m >>= 1;
        lsb += 1;
    }
    let bits = if m >> 52 != 0 {
        let biased = lsb + 52 + 1023;
        if biased >= 0x7ff {
            return Err(overflow());
        }
        ((biased as u64) << 52) | (m & ((1u64 << 52) - 1))
    } else {
        m // subnormal (lsb == -1074) or zero
    };
    Ok(signed(f64::from_bits(bits)))
}

#[cfg(test)]
#[path = "float_tests.rs"]
mod tests;
