//! The two Unicode facts CPython's number parsers use: which code points count as
//! whitespace and which are decimal digits (Unicode 14.0, as in CPython 3.11).
//!
//! Invariants: `decimal_value` returns `Some(0..=9)` exactly for the code points whose
//! Unicode `Numeric_Type` is `Decimal` (CPython's `Py_UNICODE_TODECIMAL`); every such
//! block is a contiguous run of ten starting at its zero, so the table lists only zeros.
//! `is_space_ascii` is C's `Py_ISSPACE` (note: not `\x1c`-`\x1f`, which `str.isspace()`
//! accepts); `is_space_nonascii` is `Py_UNICODE_ISSPACE` for code points >= 127.

/// The zero of every block of Unicode decimal digits above ASCII (Unicode 14.0).
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of `c` (`Py_UNICODE_TODECIMAL`), ASCII digits included.
#[inline]
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if u < 128 {
        return if c.is_ascii_digit() {
            Some(u - '0' as u32)
        } else {
            None
        };
    }
    // Last zero <= u, then check u is within its run of ten.
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let d = u - DECIMAL_ZEROS[i - 1];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// C's `Py_ISSPACE`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
#[inline]
pub fn is_space_ascii(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `Py_UNICODE_ISSPACE` restricted to code points >= 127.
#[inline]
pub fn is_space_nonascii(c: char) -> bool {
    matches!(
        c as u32,
        0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
    )
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: what `int(str)` and `float(str)` parse.
///
/// ASCII text is returned unchanged (borrowed). Otherwise characters below 127 are kept,
/// non-ASCII whitespace becomes `' '`, non-ASCII decimal digits become their ASCII digit,
/// and at the first other character the result is cut after a `'?'` (which no parser
/// accepts, so the parse fails as in CPython).
pub fn to_ascii_number_text(s: &str) -> std::borrow::Cow<'_, [u8]> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space_nonascii(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{661}'), Some(1));
        assert_eq!(decimal_value('\u{669}'), Some(9));
        assert_eq!(decimal_value('\u{66a}'), None);
        assert_eq!(decimal_value('\u{ff19}'), Some(9));
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('\u{1fbfa}'), None);
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is a digit, not decimal
    }

    #[test]
    fn transform() {
        assert_eq!(&*to_ascii_number_text("\u{a0}\u{661}2\u{3000}"), b" 12 ");
        assert_eq!(&*to_ascii_number_text("1\u{e9}2"), b"1?");
        assert_eq!(&*to_ascii_number_text("\x1c1"), b"\x1c1");
    }
}
