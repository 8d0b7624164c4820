//! `str.format` templates: splitting into literal text and replacement fields, and
//! parsing field names (CPython 3.11's `MarkupIterator`, `parse_field`,
//! `field_name_split` and `FieldNameIterator` in `unicode_format.h`).
//!
//! CPython renders each field as soon as it is parsed, so a later syntax error loses to
//! an earlier field's lookup error. To reproduce that order:
//! - `TemplateParser` yields pieces one by one and an error only where CPython meets it.
//! - A field's name is split (`parse_field_name`) as the field is yielded; an
//!   overflowing index there is yielded as the error, which is where CPython raises it
//!   (first thing when rendering that field). Errors inside the accessor chain come
//!   back in `FieldName::rest_error`, to be raised after the lookups in `rest`.
//! - Auto-numbering (`{}`) vs manual (`{0}`) is checked by `AutoNumber::resolve`, which
//!   the caller calls after `parse_field_name` and before looking the field up.
//!
//! Other order for the caller: look up the object and apply `rest`, then convert
//! (`unknown_conversion` for anything but `r s a`), then expand a spec containing `{`
//! by formatting it as a template with the same args and `AutoNumber` (depth 2 at the
//! top; entering depth 0 raises "Max string recursion exceeded"), then format.
//!
//! Invariants: `{{`/`}}` are literal braces; adjacent literals are merged; `spec` is the
//! raw text between `:` and the matching `}` (nested braces balanced, not expanded).

use std::borrow::Cow;

use super::error::FormatError;
use super::unicode::decimal_value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst<'a> {
    /// `{}`: the next automatic index.
    Auto,
    /// `{0}`
    Index(usize),
    /// `{name}` (any text that is not all decimal digits, e.g. `{ 0}` or `{-1}`).
    Name(&'a str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor<'a> {
    /// `.name`
    Attr(&'a str),
    /// `[3]`
    Index(usize),
    /// `[key]` (not all decimal digits)
    Key(&'a str),
}

/// A parsed field name; its parts borrow from the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName<'a> {
    pub first: FieldFirst<'a>,
    pub rest: Vec<FieldAccessor<'a>>,
    /// An error after `rest` (e.g. "Empty attribute in format string"): raise it after
    /// performing the lookups in `rest`.
    pub rest_error: Option<FormatError>,
}

/// A piece of a template. Text borrows from the template; only a literal that merges
/// escaped braces (`{{`, `}}`) with the text around them is owned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece<'a> {
    Literal(Cow<'a, str>),
    Field {
        name: FieldName<'a>,
        /// The character after `!`, unvalidated (see `unknown_conversion`).
        conversion: Option<char>,
        /// The raw format spec; may itself contain `{fields}` (then expand it first).
        spec: &'a str,
    },
}

/// `get_integer` of `unicode_format.h`: `Ok(None)` if `s` is empty or not all decimal.
fn get_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Splits a field name into its first part and accessors.
pub fn parse_field_name(name: &str) -> Result<FieldName<'_>, FormatError> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first_s, mut rest_s) = name.split_at(split);
    let first = if first_s.is_empty() {
        FieldFirst::Auto
    } else {
        match get_integer(first_s)? {
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Name(first_s),
        }
    };
    let mut rest = Vec::new();
    let mut rest_error = None;
    while !rest_s.is_empty() {
        let c = rest_s.as_bytes()[0];
        let body = &rest_s[1..];
        let acc = if c == b'.' {
            let end = body.find(['.', '[']).unwrap_or(body.len());
            rest_s = &body[end..];
            if end == 0 {
                rest_error = Some(FormatError::value("Empty attribute in format string"));
                break;
            }
            FieldAccessor::Attr(&body[..end])
        } else if c == b'[' {
            let Some(end) = body.find(']') else {
                rest_error = Some(FormatError::value("Missing ']' in format string"));
                break;
            };
            let key = &body[..end];
            rest_s = &body[end + 1..];
            let idx = match get_integer(key) {
                Ok(i) => i,
                Err(e) => {
                    rest_error = Some(e);
                    break;
                }
            };
            if key.is_empty() {
                rest_error = Some(FormatError::value("Empty attribute in format string"));
                break;
            }
            match idx {
                Some(i) => FieldAccessor::Index(i),
                None => FieldAccessor::Key(key),
            }
        } else {
            rest_error = Some(FormatError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
            break;
        };
        rest.push(acc);
    }
    Ok(FieldName {
        first,
        rest,
        rest_error,
    })
}

/// The auto-numbering state of one `str.format` call (shared with nested specs).
#[derive(Debug, Clone, Default)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// Where a field's object comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey<'a> {
    Index(usize),
    Name(&'a str),
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves `first`, numbering `{}` fields and enforcing CPython's
    /// "cannot switch from ... field numbering/specification" rules.
    pub fn resolve<'a>(&mut self, first: &FieldFirst<'a>) -> Result<FieldKey<'a>, FormatError> {
        let (numeric, empty) = match first {
            FieldFirst::Auto => (true, true),
            FieldFirst::Index(_) => (true, false),
            FieldFirst::Name(n) => return Ok(FieldKey::Name(n)),
        };
        debug_assert!(numeric);
        if self.state == AutoState::Init {
            self.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        match (self.state, empty) {
            (AutoState::Manual, true) => Err(FormatError::value(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (AutoState::Auto, false) => Err(FormatError::value(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            _ => Ok(match first {
                FieldFirst::Index(i) => FieldKey::Index(*i),
                _ => {
                    let i = self.next;
                    self.next += 1;
                    FieldKey::Index(i)
                }
            }),
        }
    }
}

/// `ValueError("Unknown conversion specifier X")` for a `!X` other than `r`, `s`, `a`.
pub fn unknown_conversion(c: char) -> FormatError {
    let u = c as u32;
    FormatError::Value(if u > 32 && u < 127 {
        format!("Unknown conversion specifier {}", c)
    } else {
        format!("Unknown conversion specifier \\x{:x}", u)
    })
}

/// Streaming template parser (see module doc).
pub struct TemplateParser<'a> {
    s: &'a str,
    pos: usize,
    /// A field parsed together with the literal before it, to yield next.
    pending: Option<TemplatePiece<'a>>,
    done: bool,
}

impl<'a> TemplateParser<'a> {
    pub fn new(s: &'a str) -> Self {
        TemplateParser {
            s,
            pos: 0,
            pending: None,
            done: false,
        }
    }

    /// `parse_field`: `self.pos` is just after the opening `{`.
    fn field(&mut self) -> Result<TemplatePiece<'a>, FormatError> {
        let s = self.s;
        let b = s.as_bytes();
        let start = self.pos;
        let mut i = start;
        let mut c = 0u8;
        // The field name ends at '}', ':' or '!' (not inside [...]).
        while i < b.len() {
            c = b[i];
            i += 1;
            match c {
                b'{' => return Err(FormatError::value("unexpected '{' in field name")),
                b'[' => {
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        let name_end = i - 1;
        let name = if i > start { &s[start..name_end] } else { "" };
        if c == b'!' || c == b':' {
            let mut conversion = None;
            if c == b'!' {
                let Some(conv) = s[i..].chars().next() else {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                };
                conversion = Some(conv);
                i += conv.len_utf8();
                if i < b.len() {
                    let c2 = b[i];
                    i += 1;
                    if c2 == b'}' {
                        self.pos = i;
                        return Ok(TemplatePiece::Field {
                            name: parse_field_name(name)?,
                            conversion,
                            spec: "",
                        });
                    }
                    if c2 != b':' {
                        return Err(FormatError::value(
                            "expected ':' after conversion specifier",
                        ));
                    }
                }
            }
            let spec_start = i;
            let mut count = 1;
            while i < b.len() {
                let c = b[i];
                i += 1;
                if c == b'{' {
                    count += 1;
                } else if c == b'}' {
                    count -= 1;
                    if count == 0 {
                        self.pos = i;
                        return Ok(TemplatePiece::Field {
                            name: parse_field_name(name)?,
                            conversion,
                            spec: &s[spec_start..i - 1],
                        });
                    }
                }
            }
            return Err(FormatError::value("unmatched '{' in format spec"));
        }
        if c != b'}' || i == start {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        self.pos = i;
        Ok(TemplatePiece::Field {
            name: parse_field_name(name)?,
            conversion: None,
            spec: "",
        })
    }
}

impl<'a> Iterator for TemplateParser<'a> {
    type Item = Result<TemplatePiece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(p) = self.pending.take() {
            return Some(Ok(p));
        }
        if self.done {
            return None;
        }
        let s = self.s;
        let b = s.as_bytes();
        let mut lit: Cow<'a, str> = Cow::Borrowed("");
        // One MarkupIterator_next step per iteration: literal text up to a brace.
        while self.pos < b.len() {
            let rest = &s[self.pos..];
            let n = rest
                .bytes()
                .position(|c| c == b'{' || c == b'}')
                .unwrap_or(rest.len());
            push_cow(&mut lit, &rest[..n]);
            self.pos += n;
            if self.pos >= b.len() {
                break;
            }
            let c = b[self.pos];
            self.pos += 1;
            let at_end = self.pos >= b.len();
            if c == b'}' && (at_end || b[self.pos] != b'}') {
                self.done = true;
                return Some(Err(FormatError::value(
                    "Single '}' encountered in format string",
                )));
            }
            if at_end && c == b'{' {
                self.done = true;
                return Some(Err(FormatError::value(
                    "Single '{' encountered in format string",
                )));
            }
            if b[self.pos] == c {
                // Escaped brace: one brace of text.
                push_cow(&mut lit, &s[self.pos..self.pos + 1]);
                self.pos += 1;
                continue;
            }
            // A field follows.
            match self.field() {
                Ok(f) => {
                    if lit.is_empty() {
                        return Some(Ok(f));
                    }
                    self.pending = Some(f);
                    return Some(Ok(TemplatePiece::Literal(lit)));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        self.done = true;
        if lit.is_empty() {
            None
        } else {
            Some(Ok(TemplatePiece::Literal(lit)))
        }
    }
}

/// Appends `piece` (a slice of the template) to a literal, borrowing while it is the
/// only text.
#[inline]
fn push_cow<'a>(lit: &mut Cow<'a, str>, piece: &'a str) {
    if piece.is_empty() {
        return;
    }
    if lit.is_empty() {
        *lit = Cow::Borrowed(piece);
    } else {
        lit.to_mut().push_str(piece);
    }
}

/// Parses a whole template; the first error wins (`rest_error`s are left in place).
pub fn parse_template(s: &str) -> Result<Vec<TemplatePiece<'_>>, FormatError> {
    TemplateParser::new(s).collect()
}

#[cfg(test)]
#[path = "template_tests.rs"]
mod tests;
