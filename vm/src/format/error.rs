//! `FormatError`: the exception a formatting or parsing routine raises, carrying
//! CPython 3.11's exact message.
//!
//! Invariants: `Value` and `Overflow` hold the complete message. The variants whose
//! CPython message names the type of the object being formatted (`UnknownCode`,
//! `InvalidSpec`) hold only their own part; `message(type_name)` renders the full text
//! with `type_name` cut to 200 bytes, as CPython's `%.200s` does.

use std::fmt;

/// A formatting/parsing error; the Python exception class is given by `kind()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError` with a complete message.
    Value(String),
    /// `OverflowError` with a complete message.
    Overflow(String),
    /// `ValueError("Unknown format code 'c' for object of type 'T'")`.
    UnknownCode(char),
    /// `ValueError("Invalid format specifier 'SPEC' for object of type 'T'")`.
    InvalidSpec(String),
}

/// The Python exception class of a `FormatError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
}

impl FormatError {
    pub fn value(msg: impl Into<String>) -> Self {
        FormatError::Value(msg.into())
    }

    pub fn overflow(msg: impl Into<String>) -> Self {
        FormatError::Overflow(msg.into())
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            FormatError::Overflow(_) => ErrorKind::OverflowError,
            _ => ErrorKind::ValueError,
        }
    }

    pub fn is_overflow(&self) -> bool {
        matches!(self, FormatError::Overflow(_))
    }

    /// The exception message; `type_name` is `type(obj).__name__` of the formatted object
    /// (CPython's `tp_name`), used only by the variants that mention it.
    pub fn message(&self, type_name: &str) -> String {
        let t = truncate_bytes(type_name, 200);
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m.clone(),
            FormatError::UnknownCode(c) => {
                let u = *c as u32;
                if u > 32 && u < 128 {
                    format!("Unknown format code '{}' for object of type '{}'", c, t)
                } else {
                    format!(
                        "Unknown format code '\\x{:x}' for object of type '{}'",
                        u, t
                    )
                }
            }
            FormatError::InvalidSpec(spec) => {
                format!(
                    "Invalid format specifier '{}' for object of type '{}'",
                    spec, t
                )
            }
        }
    }
}

/// `s` cut to at most `n` bytes, at a character boundary.
fn truncate_bytes(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl fmt::Display for FormatError {
    /// The message with the type name shown as `object` where one is needed; callers
    /// that know the type should use `message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("object"))
    }
}

impl std::error::Error for FormatError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        assert_eq!(
            FormatError::UnknownCode('x').message("float"),
            "Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            FormatError::UnknownCode('\u{100}').message("float"),
            "Unknown format code '\\x100' for object of type 'float'"
        );
        assert_eq!(
            FormatError::UnknownCode('\x05').message("float"),
            "Unknown format code '\\x5' for object of type 'float'"
        );
        assert_eq!(
            FormatError::UnknownCode(' ').message("int"),
            "Unknown format code '\\x20' for object of type 'int'"
        );
        assert_eq!(
            FormatError::InvalidSpec("abc".into()).message("str"),
            "Invalid format specifier 'abc' for object of type 'str'"
        );
        assert!(FormatError::overflow("x").is_overflow());
        assert_eq!(FormatError::value("m").kind(), ErrorKind::ValueError);
    }
}
