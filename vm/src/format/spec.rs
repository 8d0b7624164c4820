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

/// Reads decimal digits (`get_integer`) from `cs[*i..]`: `Ok(None)` when there are none.
fn get_integer(cs: &[char], i: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(&c) = cs.get(*i) {
        let Some(d) = decimal_value(c) else { break };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        any = true;
        *i += 1;
    }
    Ok(if any { Some(acc) } else { None })
}

/// Parses a format spec (see the module doc for what is and isn't checked here).
pub fn parse_format_spec(s: &str) -> Result<FormatSpec, FormatError> {
    let mut spec = FormatSpec::default();
    if s.is_empty() {
        return Ok(spec);
    }
    // Decode once into a slice of chars (on the stack for the usual short specs) and
    // parse by index.
    let mut small = ['\0'; 32];
    let heap: Vec<char>;
    let cs: &[char] = if s.len() <= small.len() {
        let mut n = 0;
        for c in s.chars() {
            small[n] = c;
            n += 1;
        }
        &small[..n]
    } else {
        heap = s.chars().collect();
        &heap
    };
    let peek = |i: usize| cs.get(i).copied();
    let mut i = 0;
    let mut fill_specified = false;

    // [[fill]align]: an align character in second place means the first is the fill.
    if let Some(a) = peek(1).and_then(align_of) {
        spec.fill = cs[0];
        spec.align = Some(a);
        fill_specified = true;
        i = 2;
    } else if let Some(a) = peek(0).and_then(align_of) {
        spec.align = Some(a);
        i = 1;
    }

    spec.sign = match peek(i) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if spec.sign.is_some() {
        i += 1;
    }
    if peek(i) == Some('z') {
        spec.no_neg_0 = true;
        i += 1;
    }
    if peek(i) == Some('#') {
        spec.alternate = true;
        i += 1;
    }
    // A leading '0' (when no fill was given) means zero padding.
    if !fill_specified && peek(i) == Some('0') {
        spec.fill = '0';
        spec.zero_pad = true;
        i += 1;
    }
    spec.width = get_integer(cs, &mut i)?;

    if peek(i) == Some(',') {
        spec.grouping = Some(Grouping::Comma);
        i += 1;
    }
    if peek(i) == Some('_') {
        if spec.grouping.is_some() {
            return Err(both_separators());
        }
        spec.grouping = Some(Grouping::Underscore);
        i += 1;
    }
    if peek(i) == Some(',') && spec.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }

    if peek(i) == Some('.') {
        i += 1;
        match get_integer(cs, &mut i)? {
            Some(p) => spec.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
    }

    // At most one character (the type) may remain.
    if cs.len() > i + 1 {
        return Err(FormatError::InvalidSpec(s.to_string()));
    }
    spec.ty = peek(i);
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
