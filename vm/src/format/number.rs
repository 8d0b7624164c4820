//! Laying out a formatted number in a field: CPython's `calc_number_widths`,
//! `fill_number` and `_PyUnicode_InsertThousandsGrouping`, shared by int and float.
//!
//! The output is `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`,
//! where at most one of the three paddings is non-empty. Invariants:
//! - `digits` are ASCII; the remainder (fraction, exponent, `inf`, `%`, the `c`
//!   character) is copied as is.
//! - With fill `'0'` and `=` alignment the digits themselves are padded with zeros
//!   (and separators) up to the width; this can overshoot the width by one when a
//!   separator lands first (`format(1234, '08,') == '0,001,234'`), as in CPython.
//! - Widths count code points.

use super::spec::{Align, FormatSpec, Sign};

/// The pieces of a number before layout.
pub(crate) struct NumberParts<'a> {
    /// True when the number is negative (a `-` is shown).
    pub negative: bool,
    /// `0x`, `0B`, ... (already in the right case), or empty.
    pub prefix: &'a str,
    /// The integer digits, subject to grouping and zero-padding.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there is none).
    pub remainder: &'a str,
}

/// Thousands grouping: group size and separator, or none.
pub(crate) type GroupInfo = Option<(usize, char)>;

/// Writes `digits` grouped from the right into `out`, zero-padded to at least
/// `min_width` characters (`_PyUnicode_InsertThousandsGrouping`). Returns the number of
/// characters written.
fn insert_grouping(out: &mut String, digits: &[u8], min_width: isize, group: GroupInfo) -> usize {
    // Pieces from the right: (separator before it in the output?, zeros, digit range).
    let mut pieces: Vec<(bool, usize, usize, usize)> = Vec::new();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width.max(0);
    let mut use_sep = false;
    let mut broken = false;
    let push = |use_sep: bool, len: isize, remaining: isize, pieces: &mut Vec<_>| {
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        let end = remaining.max(0) as usize;
        pieces.push((use_sep, n_zeros, end - n_chars, end));
        n_chars as isize
    };
    if let Some((g, _)) = group {
        loop {
            let len = (g as isize).min(remaining.max(min_width).max(1));
            let n_chars = push(use_sep, len, remaining, &mut pieces);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        push(use_sep, len, remaining, &mut pieces);
    }
    let sep = group.map(|(_, c)| c).unwrap_or(',');
    let mut count = 0;
    for &(has_sep, zeros, a, b) in pieces.iter().rev() {
        for _ in 0..zeros {
            out.push('0');
        }
        // SAFETY-free: digits are ASCII.
        out.push_str(std::str::from_utf8(&digits[a..b]).unwrap());
        count += zeros + (b - a);
        if has_sep {
            out.push(sep);
            count += 1;
        }
    }
    count
}

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// Lays out `parts` per `spec` (fill, alignment, sign, width) with `group` separators,
/// appending to `out`.
pub(crate) fn render_number_into(
    out: &mut String,
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    group: GroupInfo,
) {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let align = spec.numeric_align();
    let n_sign = sign.is_some() as usize;
    let n_prefix = char_len(parts.prefix);
    let n_remainder = char_len(parts.remainder);
    let n_decimal = parts.has_decimal as usize;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = spec.width.map(|w| w as isize).unwrap_or(-1);
    let min_width = if spec.fill == '0' && align == Align::AfterSign {
        width - n_non_digit as isize
    } else {
        0
    };

    // Without separators the digits are only zero-padded up to `min_width`; with them,
    // group into a scratch string first to learn their width.
    let ndigits = parts.digits.len();
    let mut grouped = String::new();
    let (n_grouped, n_zeros) = if ndigits == 0 {
        (0, 0)
    } else if group.is_none() {
        let zeros = (min_width - ndigits as isize).max(0) as usize;
        (ndigits + zeros, zeros)
    } else {
        (
            insert_grouping(&mut grouped, parts.digits.as_bytes(), min_width, group),
            0,
        )
    };

    let n_padding = width - (n_non_digit + n_grouped) as isize;
    let (mut lpad, mut spad, mut rpad) = (0usize, 0usize, 0usize);
    if n_padding > 0 {
        let n = n_padding as usize;
        match align {
            Align::Left => rpad = n,
            Align::Center => {
                lpad = n / 2;
                rpad = n - lpad;
            }
            Align::AfterSign => spad = n,
            Align::Right => lpad = n,
        }
    }

    out.reserve(
        lpad + spad + rpad + n_non_digit + n_grouped + parts.prefix.len() + parts.remainder.len(),
    );
    push_fill(out, spec.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    push_fill(out, spec.fill, spad);
    if group.is_none() {
        push_fill(out, '0', n_zeros);
        out.push_str(parts.digits);
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(out, spec.fill, rpad);
}

/// Number of code points of `s` (its length when ASCII).
#[inline]
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grp(d: &str, mw: isize, g: GroupInfo) -> String {
        let mut s = String::new();
        let n = insert_grouping(&mut s, d.as_bytes(), mw, g);
        assert_eq!(n, s.chars().count());
        s
    }

    #[test]
    fn grouping() {
        assert_eq!(grp("1234", 0, Some((3, ','))), "1,234");
        assert_eq!(grp("123", 0, Some((3, ','))), "123");
        assert_eq!(grp("1234567", 0, Some((3, ','))), "1,234,567");
        assert_eq!(grp("1234", 8, Some((3, ','))), "0,001,234");
        assert_eq!(grp("1234", 9, Some((3, ','))), "0,001,234");
        assert_eq!(grp("1234", 10, Some((3, ','))), "00,001,234");
        assert_eq!(grp("4d2", 10, Some((4, '_'))), "0_0000_04d2");
        assert_eq!(grp("42", 5, None), "00042");
        assert_eq!(grp("42", 0, None), "42");
    }
}
