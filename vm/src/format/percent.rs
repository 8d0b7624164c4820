//! printf-style formatting (`str % args`): parsing the format string and laying out a
//! converted value in its field, as CPython 3.11's `PyUnicode_Format`.
//!
//! CPython parses each conversion just before it formats it, fetching arguments as it
//! goes (`(key)` lookup, `*` width, `*` precision, then the value), so which error wins
//! depends on the arguments. To let the caller reproduce that order exactly:
//! - `PercentParser` is an iterator yielding pieces one at a time; a malformed
//!   conversion yields a `PercentError` that says which argument fetches CPython made
//!   before raising it (`key_started`, `key`, `width_star`, `precision_star`).
//! - A conversion with an unknown type character is *not* a parse error: it is yielded
//!   as a `Conv` (CPython fetches its argument first) and the caller raises
//!   `unsupported_format_char(conv, index)` if `!is_known_conv(conv)`.
//!   `parse_percent_format` (eager, for convenience and tests) reports it as an error.
//!
//! Invariants: `%%` directly after `%` is a literal `%`; any other `%...%` is a conversion
//! with type `'%'` (unsupported, as in CPython). Adjacent literals are merged. Indices
//! in messages count code points. One `h`, `l` or `L` before the type is skipped.
//! Width is at most `isize::MAX` ("width too big") and precision at most `i32::MAX`
//! ("precision too big").

use std::borrow::Cow;

use super::error::FormatError;

/// The flag characters `-` `+` ` ` `#` `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
}

/// A width or precision: `*` (taken from the arguments) or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Star,
    Num(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Literal text; borrowed unless `%%` escapes were merged into it.
    Literal(Cow<'a, str>),
    Conv {
        /// `%(key)s`
        key: Option<&'a str>,
        flags: PercentFlags,
        width: Option<Count>,
        /// `%.f` has precision `Num(0)`.
        precision: Option<Count>,
        /// The type character; may be one CPython does not support (see module doc).
        conv: char,
        /// Code-point index of `conv` in the format string (for error messages).
        index: usize,
    },
}

/// A malformed conversion, with what CPython did before noticing (see module doc):
/// the caller raises `TypeError("format requires a mapping")` first if `key_started`
/// and the args are not a mapping, then looks up `key`, fetches an argument for each
/// star, and only then raises `error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentError {
    pub error: FormatError,
    pub key_started: bool,
    pub key: Option<String>,
    pub width_star: bool,
    pub precision_star: bool,
}

/// True for the conversion types CPython's `%` supports.
pub fn is_known_conv(c: char) -> bool {
    matches!(
        c,
        's' | 'r'
            | 'a'
            | 'c'
            | 'd'
            | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
    )
}

/// `ValueError("unsupported format character 'y' (0x79) at index 3")`.
pub fn unsupported_format_char(conv: char, index: usize) -> FormatError {
    let u = conv as u32;
    let shown = if (31..=126).contains(&u) { conv } else { '?' };
    FormatError::Value(format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, u, index
    ))
}

/// Streaming parser over a printf-style format string.
pub struct PercentParser<'a> {
    s: &'a str,
    /// Byte position.
    pos: usize,
    /// Code-point position.
    cpos: usize,
    done: bool,
}

impl<'a> PercentParser<'a> {
    pub fn new(s: &'a str) -> Self {
        PercentParser {
            s,
            pos: 0,
            cpos: 0,
            done: false,
        }
    }

    #[inline]
    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    #[inline]
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.cpos += 1;
        Some(c)
    }

    /// Parses one conversion; `self.pos` is just after its `%`.
    fn conversion(&mut self) -> Result<PercentPiece<'a>, PercentError> {
        let mut err = PercentError {
            error: FormatError::value("incomplete format"),
            key_started: false,
            key: None,
            width_star: false,
            precision_star: false,
        };
        let mut key = None;
        if self.peek() == Some('(') {
            err.key_started = true;
            self.bump();
            let kstart = self.pos;
            let mut depth = 1;
            let mut kend = None;
            while let Some(c) = self.bump() {
                if c == ')' {
                    depth -= 1;
                    if depth == 0 {
                        kend = Some(self.pos - 1);
                        break;
                    }
                } else if c == '(' {
                    depth += 1;
                }
            }
            match kend {
                Some(e) => key = Some(&self.s[kstart..e]),
                None => {
                    err.error = FormatError::value("incomplete format key");
                    return Err(err);
                }
            }
            err.key = key.map(str::to_string);
        }
        let mut flags = PercentFlags::default();
        let mut ch = self.bump();
        loop {
            match ch {
                Some('-') => flags.left = true,
                Some('+') => flags.plus = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alternate = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
            ch = self.bump();
        }
        let mut width = None;
        if ch == Some('*') {
            width = Some(Count::Star);
            err.width_star = true;
            ch = self.bump();
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            let mut w = d as usize;
            loop {
                ch = self.bump();
                let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                    break;
                };
                if w > (isize::MAX as usize - d as usize) / 10 {
                    err.error = FormatError::value("width too big");
                    return Err(err);
                }
                w = w * 10 + d as usize;
            }
            width = Some(Count::Num(w));
        }
        let mut precision = None;
        if ch == Some('.') {
            precision = Some(Count::Num(0));
            ch = self.bump();
            if ch == Some('*') {
                precision = Some(Count::Star);
                err.precision_star = true;
                ch = self.bump();
            } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                let mut p = d as usize;
                loop {
                    ch = self.bump();
                    let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                        break;
                    };
                    if p > (i32::MAX as usize - d as usize) / 10 {
                        err.error = FormatError::value("precision too big");
                        return Err(err);
                    }
                    p = p * 10 + d as usize;
                }
                precision = Some(Count::Num(p));
            }
        }
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = self.bump();
        }
        match ch {
            None => Err(err),
            Some(conv) => Ok(PercentPiece::Conv {
                key,
                flags,
                width,
                precision,
                conv,
                index: self.cpos - 1,
            }),
        }
    }
}

impl<'a> Iterator for PercentParser<'a> {
    type Item = Result<PercentPiece<'a>, PercentError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.s.len() {
            return None;
        }
        let mut lit: Cow<'a, str> = Cow::Borrowed("");
        let s = self.s;
        loop {
            let rest = &s[self.pos..];
            let n = rest.bytes().position(|c| c == b'%').unwrap_or(rest.len());
            if n > 0 {
                let text = &rest[..n];
                push_cow(&mut lit, text);
                self.cpos += if text.is_ascii() {
                    n
                } else {
                    text.chars().count()
                };
                self.pos += n;
            }
            if self.pos >= s.len() {
                break;
            }
            // At a '%'.
            if s[self.pos + 1..].starts_with('%') {
                push_cow(&mut lit, &s[self.pos..self.pos + 1]);
                self.pos += 2;
                self.cpos += 2;
                continue;
            }
            if !lit.is_empty() {
                break;
            }
            self.pos += 1;
            self.cpos += 1;
            let r = self.conversion();
            if r.is_err() {
                self.done = true;
            }
            return Some(r);
        }
        if lit.is_empty() {
            None
        } else {
            Some(Ok(PercentPiece::Literal(lit)))
        }
    }
}

/// Parses a whole printf-style format string; the first error wins, and unsupported
/// type characters are errors here (see the module doc for exact-order use).
pub fn parse_percent_format(fmt: &str) -> Result<Vec<PercentPiece<'_>>, FormatError> {
    let mut out = Vec::new();
    for p in PercentParser::new(fmt) {
        let p = p.map_err(|e| e.error)?;
        if let PercentPiece::Conv { conv, index, .. } = p {
            if !is_known_conv(conv) {
                return Err(unsupported_format_char(conv, index));
            }
        }
        out.push(p);
    }
    Ok(out)
}

/// Lays out a converted value in its field (`unicode_format_arg_output`).
/// `numeric` is CPython's `arg->sign`: true for `d i u o x X e E f F g G`, where the
/// `+`/` `/`0` flags apply; `%#x`-style prefixes in `body` are kept before the zeros.
#[cfg(test)]
pub(crate) fn percent_output(
    body: &str,
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    numeric: bool,
) -> String {
    let mut out = String::new();
    percent_output_into(&mut out, body, conv, flags, width, numeric);
    out
}

/// `percent_output`, appending to `out`.
pub(crate) fn percent_output_into(
    out: &mut String,
    body: &str,
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    numeric: bool,
) {
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut len = body.chars().count() as isize;
    let mut width = width.map(|w| w as isize).unwrap_or(-1);
    let mut chars = body.chars();
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match body.chars().next() {
            Some(c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                chars.next();
            }
            _ if flags.plus => signchar = '+',
            _ if flags.space => signchar = ' ',
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    out.reserve(width as usize + 1);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alternate && matches!(conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            chars.next();
            chars.next();
        }
        width -= 2;
        if width < 0 {
            width = 0;
        }
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(conv);
            chars.next();
            chars.next();
        }
    }
    out.push_str(chars.as_str());
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}

/// Pads the text of `%s`, `%r`, `%a` or `%c` to `width` (spaces; `-` left-justifies).
/// Precision truncation of `%s`/`%r`/`%a` is `percent_format_str`'s job.
pub fn pad_percent(body: String, flags: &PercentFlags, width: Option<usize>) -> String {
    let mut out = String::new();
    pad_percent_into(&mut out, &body, flags, width);
    out
}

/// `pad_percent`, appending to `out`.
pub fn pad_percent_into(out: &mut String, body: &str, flags: &PercentFlags, width: Option<usize>) {
    let w = width.unwrap_or(0);
    let len = if w == 0 {
        0
    } else if body.is_ascii() {
        body.len()
    } else {
        body.chars().count()
    };
    if w <= len {
        out.push_str(body);
        return;
    }
    let pad = w - len;
    out.reserve(body.len() + pad);
    if flags.left {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(body);
    }
}

/// `%s` / `%r` / `%a` given the already-converted text: truncate to `precision` code
/// points, then pad.
pub fn percent_format_str(
    body: &str,
    flags: &PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    percent_format_str_into(&mut out, body, flags, precision, width);
    out
}

/// `percent_format_str`, appending to `out`.
pub fn percent_format_str_into(
    out: &mut String,
    body: &str,
    flags: &PercentFlags,
    precision: Option<usize>,
    width: Option<usize>,
) {
    let t = match precision {
        Some(p) => match body.char_indices().nth(p) {
            Some((i, _)) => &body[..i],
            None => body,
        },
        None => body,
    };
    pad_percent_into(out, t, flags, width);
}

/// Appends `piece` (a slice of the format string) to a literal, borrowing while it is
/// the only text.
#[inline]
fn push_cow<'a>(lit: &mut Cow<'a, str>, piece: &'a str) {
    if lit.is_empty() {
        *lit = Cow::Borrowed(piece);
    } else {
        lit.to_mut().push_str(piece);
    }
}

#[cfg(test)]
#[path = "percent_tests.rs"]
mod tests;
