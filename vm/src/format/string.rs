//! `format(s, spec)` for str (`str.__format__`, CPython 3.11's `format_string_internal`).
//!
//! Invariants: type `s` or none; precision truncates to that many code points; width
//! counts code points; default alignment is left; `0` without an alignment pads with
//! `'0'` on the right (fill `'0'`, align `<`). Sign, `z`, `#` and `=` are rejected with
//! CPython's messages, in CPython's order, after the separator check.

use super::error::FormatError;
use super::spec::{Align, FormatSpec, Sign};

/// `format(s, spec)` for a str. Also right for an empty spec.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let mut out = String::new();
    format_str_into(&mut out, s, spec)?;
    Ok(out)
}

/// `format_str`, appending to `out` (which is left as it was on error).
pub fn format_str_into(out: &mut String, s: &str, spec: &FormatSpec) -> Result<(), FormatError> {
    spec.check_grouping(Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(FormatError::UnknownCode(c)),
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if spec.width.is_none() && spec.precision.is_none() {
        out.push_str(s);
        return Ok(());
    }
    // Truncate to the precision, counting code points.
    let mut text = s;
    let mut len = 0usize;
    match spec.precision {
        Some(p) => {
            let mut it = s.char_indices();
            loop {
                if len == p {
                    if let Some((i, _)) = it.next() {
                        text = &s[..i];
                    }
                    break;
                }
                if it.next().is_none() {
                    break;
                }
                len += 1;
            }
        }
        None => {
            len = if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        }
    }
    let width = spec.width.unwrap_or(0);
    if width <= len {
        out.push_str(text);
        return Ok(());
    }
    let pad = width - len;
    let lpad = match spec.align {
        Some(Align::Right) => pad,
        Some(Align::Center) => pad / 2,
        _ => 0,
    };
    let rpad = pad - lpad;
    out.reserve(text.len() + pad * spec.fill.len_utf8());
    out.extend(std::iter::repeat_n(spec.fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(spec.fill, rpad));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::spec::parse_format_spec;
    use super::*;

    fn f(s: &str, spec: &str) -> Result<String, String> {
        let sp = parse_format_spec(spec).map_err(|e| e.message("str"))?;
        format_str(s, &sp).map_err(|e| e.message("str"))
    }

    #[test]
    fn basics() {
        assert_eq!(f("abc", "").unwrap(), "abc");
        assert_eq!(f("abc", ".1").unwrap(), "a");
        assert_eq!(f("abc", "^6.1").unwrap(), "  a   ");
        assert_eq!(f("abc", "^7").unwrap(), "  abc  ");
        assert_eq!(f("ab", "05").unwrap(), "ab000");
        assert_eq!(f("ab", "<05").unwrap(), "ab000");
        assert_eq!(f("ab", ">05").unwrap(), "000ab");
        assert_eq!(f("héllo", "*^9.3").unwrap(), "***hél***");
        assert_eq!(f("héllo", "10").unwrap(), "héllo     ");
        assert_eq!(f("héllo", ".10").unwrap(), "héllo");
        assert_eq!(f("héllo", ".0").unwrap(), "");
        assert_eq!(f("x", "é>3").unwrap(), "ééx");
    }

    #[test]
    fn errors() {
        assert_eq!(
            f("a", "-").unwrap_err(),
            "Sign not allowed in string format specifier"
        );
        assert_eq!(
            f("a", "+").unwrap_err(),
            "Sign not allowed in string format specifier"
        );
        assert_eq!(
            f("a", " ").unwrap_err(),
            "Space not allowed in string format specifier"
        );
        assert_eq!(
            f("a", "z").unwrap_err(),
            "Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            f("a", "#").unwrap_err(),
            "Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            f("a", "=").unwrap_err(),
            "'=' alignment not allowed in string format specifier"
        );
        assert_eq!(f("a", ",").unwrap_err(), "Cannot specify ',' with 's'.");
        assert_eq!(f("a", "_").unwrap_err(), "Cannot specify '_' with 's'.");
        assert_eq!(
            f("a", "d").unwrap_err(),
            "Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            f("a", "abc").unwrap_err(),
            "Invalid format specifier 'abc' for object of type 'str'"
        );
        assert_eq!(
            f("a", "+d").unwrap_err(),
            "Unknown format code 'd' for object of type 'str'"
        );
    }
}
