//! The marker line CPython 3.11 prints under a traceback's source line, pointing at the
//! expression that failed:
//!
//! ```text
//!     return a / b
//!            ~~^~~
//! ```
//!
//! Invariants (the rules of CPython's `tb_displayline`, checked against its output):
//! - Columns come from the failing instruction's `Position` (UTF-8 byte columns) and are
//!   converted to character offsets in the line; a position without columns, or outside
//!   the line, gets no marker line.
//! - A range that spans several lines is marked to the last non-blank character of its
//!   first line.
//! - A single-line range is parsed on its own; when it is a binary operation or a
//!   subscript, the operator (or the `[...]`) is marked with `^` and the rest of the
//!   range with `~`. Otherwise the whole range is `^`.
//! - No marker line is printed when the range is exactly the whole stripped line and
//!   there is no operator to single out.

use crate::object::code::Position;
use rustpython_parser::ast::{self, Ranged};

/// The marker line (without its newline) for `line`, the source line as read (with
/// its indentation, without its newline), or None when CPython would print none.
pub fn caret_line(line: &str, pos: Position) -> Option<String> {
    if !pos.has_columns() {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let start = char_offset(line, pos.col as usize)?;
    let end = if pos.end_line == pos.line {
        char_offset(line, pos.end_col as usize)?
    } else {
        line.trim_end().chars().count()
    };
    if end <= start {
        return None;
    }
    let indent = chars
        .iter()
        .take_while(|&&c| c == ' ' || c == '\t' || c == '\x0c')
        .count();
    let anchors = if pos.end_line == pos.line {
        let segment: String = chars[start..end].iter().collect();
        anchors_in_segment(&segment).map(|(l, r)| (start + l, start + r))
    } else {
        None
    };
    if end - start == chars.len() - indent && anchors.is_none() {
        return None;
    }
    let mut out = String::with_capacity(4 + end - indent);
    out.push_str("    ");
    for i in indent..end {
        let c = if i < start {
            ' '
        } else {
            match anchors {
                Some((l, r)) if i >= l && i < r => '^',
                Some(_) => '~',
                None => '^',
            }
        };
        out.push(c);
    }
    Some(out)
}

/// The character offset of UTF-8 byte offset `byte` in `line` (None past its end or
/// inside a character).
fn char_offset(line: &str, byte: usize) -> Option<usize> {
    let prefix = line.get(..byte)?;
    Some(prefix.chars().count())
}

/// For a segment that parses as a single binary operation or subscript expression:
/// the character range to mark with `^` (the operator, or the `[...]`).
fn anchors_in_segment(segment: &str) -> Option<(usize, usize)> {
    let module =
        rustpython_parser::parse(segment, rustpython_parser::Mode::Module, "<string>").ok()?;
    let ast::Mod::Module(m) = module else {
        return None;
    };
    let [ast::Stmt::Expr(stmt)] = m.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right) = match &*stmt.value {
        ast::Expr::BinOp(b) => {
            let from = usize::from(b.left.range().end());
            let to = usize::from(b.right.range().start());
            let mut anchors = None;
            let mut i = from;
            while i < to {
                if bytes[i].is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                // A two-character operator (`//`, `**`, `<<`, ...).
                if i + 1 < to && !bytes[i + 1].is_ascii_whitespace() {
                    r += 1;
                }
                anchors = Some((i, r));
                // A closing parenthesis of the left operand: keep looking.
                if i + 1 < to && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchors?
        }
        ast::Expr::Subscript(s) => {
            let mut l = usize::from(s.value.range().end());
            let mut r = usize::from(s.slice.range().end()) + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    Some((
        char_offset(segment, left)?,
        char_offset(segment, right.min(bytes.len()))?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: &str, from: &str, len: usize) -> Position {
        let col = line.find(from).unwrap() as u32;
        Position {
            line: 1,
            end_line: 1,
            col,
            end_col: col + len as u32,
        }
    }

    #[test]
    fn binary_operator_is_singled_out() {
        let l = "    return a / b";
        assert_eq!(caret_line(l, pos(l, "a /", 5)).unwrap(), "           ~~^~~");
        let l = "z = (x) // 0  # c";
        assert_eq!(caret_line(l, pos(l, "(x)", 8)).unwrap(), "        ~~~~^^~~");
    }

    #[test]
    fn subscript_marks_the_brackets() {
        let l = "print(  (y)  [5]  )";
        assert_eq!(
            caret_line(l, pos(l, "(y)", 8)).unwrap(),
            "            ~~~~~^^^"
        );
        let l = "    print(x[\"nope\"])";
        assert_eq!(
            caret_line(l, pos(l, "x[", 9)).unwrap(),
            "          ~^^^^^^^^"
        );
    }

    #[test]
    fn whole_line_gets_no_marker_unless_an_operator_stands_out() {
        let l = "    x.foo";
        assert_eq!(caret_line(l, pos(l, "x.foo", 5)), None);
        let l = "a + b";
        assert_eq!(caret_line(l, pos(l, "a + b", 5)).unwrap(), "    ~~^~~");
    }

    #[test]
    fn multi_line_range_is_marked_to_the_end_of_its_first_line() {
        let l = "    return f(";
        let mut p = pos(l, "f(", 2);
        p.end_line = 2;
        p.end_col = 9;
        assert_eq!(caret_line(l, p).unwrap(), "           ^^");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let l = "s = \"\u{e9}\u{e9}\"; t = s + 1";
        // `s + 1` starts at byte 16 but at character 14 (four columns of margin).
        let expected = format!("{}~~^~~", " ".repeat(18));
        assert_eq!(caret_line(l, pos(l, "s + 1", 5)).unwrap(), expected);
    }

    #[test]
    fn no_columns_no_marker() {
        assert_eq!(caret_line("x = 1", Position::at_line(1)), None);
    }
}
