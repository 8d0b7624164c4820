//! The format-spec mini-language of `format()` / `str.format` (CPython 3.11's
//! `parse_internal_render_format_spec`):
//! `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
//!
//! Invariants:
//! - `parse_format_spec` records what the text says and nothing type-specific: `align`
//!   is `None` unless written, `sign` is `None` unless written (an explicit `-` is
//!   `Some(Sign::Minus)`: strings reject it), `ty` is `None` unless written.
//! - `zero_pad` is true when the `0` before the width was taken as the zero-padding flag
//!   (only when no fill was given); then `fill` is `'0'`. Numeric formatters treat an
//!   unwritten `align` with `zero_pad` as `=` (`effective_align`), strings as `<`.
//! - Errors are raised in CPython's order: both separators, missing precision, invalid
//!   (too long) spec. The last parse-time check, separator-vs-type, needs the type's
//!   default presentation type, so it is `check_grouping`, which every formatter in this
//!   module runs first.
//! - Digits of width/precision may be any Unicode decimal digits, as in CPython.

use super::error::FormatError;
use super::unicode::decimal_value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-` (the default behaviour, but written explicitly).
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: groups of three (decimal types only).
    Comma,
    /// `_`: groups of three for decimal types, of four for `b o x X`.
    Underscore,
}

/// A parsed format spec. `Default` is the empty spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z` (PEP 682, new in 3.11): negative zero results print as positive zero (floats only).
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits (`get_integer`): `Ok(None)` when there are none.
fn get_integer(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
) -> Result<Option<usize>, FormatError> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(&c) = chars.peek() {
        let Some(d) = decimal_value(c) else { break };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        any = true;
        chars.next();
    }
    Ok(if any { Some(acc) } else { None })
}

/// Parses a format spec (see the module doc for what is and isn't checked here).
pub fn parse_format_spec(s: &str) -> Result<FormatSpec, FormatError> {
    let mut spec = FormatSpec::default();
    if s.is_empty() {
        return Ok(spec);
    }
    let mut it = s.chars().peekable();
    let mut fill_specified = false;

    // [[fill]align]
    let mut two = s.chars();
    let c0 = two.next();
    let c1 = two.next();
    if let Some(a) = c1.and_then(align_of) {
        spec.fill = c0.unwrap();
        spec.align = Some(a);
        fill_specified = true;
        it.next();
        it.next();
    } else if let Some(a) = c0.and_then(align_of) {
        spec.align = Some(a);
        it.next();
    }

    // [sign]
    match it.peek() {
        Some('+') => spec.sign = Some(Sign::Plus),
        Some('-') => spec.sign = Some(Sign::Minus),
        Some(' ') => spec.sign = Some(Sign::Space),
        _ => {}
    }
    if spec.sign.is_some() {
        it.next();
    }
    if it.peek() == Some(&'z') {
        spec.no_neg_0 = true;
        it.next();
    }
    if it.peek() == Some(&'#') {
        spec.alternate = true;
        it.next();
    }
    if !fill_specified && it.peek() == Some(&'0') {
        spec.fill = '0';
        spec.zero_pad = true;
        it.next();
    }
    spec.width = get_integer(&mut it)?;

    if it.peek() == Some(&',') {
        spec.grouping = Some(Grouping::Comma);
        it.next();
    }
    if it.peek() == Some(&'_') {
        if spec.grouping.is_some() {
            return Err(both_separators());
        }
        spec.grouping = Some(Grouping::Underscore);
        it.next();
    }
    if it.peek() == Some(&',') && spec.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }

    if it.peek() == Some(&'.') {
        it.next();
        match get_integer(&mut it)? {
            Some(p) => spec.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
    }

    let t = it.next();
    if it.next().is_some() {
        return Err(FormatError::InvalidSpec(s.to_string()));
    }
    spec.ty = t;
    Ok(spec)
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

impl FormatSpec {
    /// The presentation type, or `default` when none was written.
    #[inline]
    pub fn ty_or(&self, default: char) -> char {
        self.ty.unwrap_or(default)
    }

    /// CPython's separator/type check (the end of `parse_internal_render_format_spec`),
    /// with the type defaulted: `default_ty` is `Some('d')` for int, `None` for float,
    /// `Some('s')` for str.
    pub fn check_grouping(&self, default_ty: Option<char>) -> Result<(), FormatError> {
        let Some(g) = self.grouping else {
            return Ok(());
        };
        let t = self.ty.or(default_ty);
        let ok = match t {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let sc = if g == Grouping::Comma { ',' } else { '_' };
        let t = t.map(|c| c as u32).unwrap_or(0);
        Err(FormatError::Value(if t > 32 && t < 128 {
            format!(
                "Cannot specify '{}' with '{}'.",
                sc,
                char::from_u32(t).unwrap()
            )
        } else {
            format!("Cannot specify '{}' with '\\x{:x}'.", sc, t)
        }))
    }

    /// The alignment numbers use: as written, else `=` when zero-padding, else `>`.
    #[inline]
    pub fn numeric_align(&self) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad => Align::AfterSign,
            None => Align::Right,
        }
    }
}

#[cfg(test)]
#[path = "spec_tests.rs"]
mod tests;
