//! Number and string formatting and parsing, byte-for-byte as CPython 3.11:
//! `repr(float)`, `format()` for float/int/str, printf-style `%`, `str.format`
//! templates, `round(float, n)`, `float(str)`, `int(str, base)`.
//!
//! Self-contained: no interpreter types. Objects are passed in as Rust values (`f64`,
//! `&BigInt`, `&str`) and errors come back as `FormatError` (see `error`) whose
//! messages are CPython's. The interpreter supplies what needs objects: argument
//! fetching, `__format__` dispatch, `repr()` of arguments, and type names.
//!
//! Files: `spec` (format-spec mini-language), `float`, `int`, `string` (the three
//! `__format__`s and their parsers), `percent` (printf-style), `template`
//! (`str.format` syntax), `number` (shared field layout and digit grouping), `unicode`
//! (whitespace/decimal-digit tables), `error`.
//!
//! Tests: `*_tests.rs` and `#[cfg(test)]` modules. The tables in `testdata/` were
//! written by CPython 3.11 running `testdata/gen_vectors.py`; for a soak run write
//! bigger ones (`python3 gen_vectors.py 60 /tmp/soak`) and run the tests with
//! `TERN_FORMAT_VECTORS=/tmp/soak`.

pub mod error;
pub mod float;
pub mod int;
mod number;
pub mod percent;
pub mod spec;
pub mod string;
pub mod template;
#[cfg(test)]
mod test_util;
pub mod unicode;

pub use error::{ErrorKind, FormatError};
pub use float::{
    float_fromhex, float_hex, float_repr, float_repr_into, float_round, format_float,
    format_float_into, parse_float, percent_format_float, percent_format_float_into,
};
pub use int::{
    format_int, format_int_into, int_max_str_digits, int_to_decimal_checked, int_to_f64,
    int_to_str_radix, parse_int, parse_int_small, percent_format_int, percent_format_int_into,
    set_int_max_str_digits, IntRef, ParseIntError, DEFAULT_MAX_STR_DIGITS,
};
pub use percent::{
    is_known_conv, pad_percent, pad_percent_into, parse_percent_format, percent_format_str,
    percent_format_str_into, unsupported_format_char, Count, PercentError, PercentFlags,
    PercentParser, PercentPiece,
};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use string::{format_str, format_str_into};
pub use template::{
    parse_field_name, parse_template, unknown_conversion, AutoNumber, FieldAccessor, FieldFirst,
    FieldKey, FieldName, TemplateParser, TemplatePiece,
};

thread_local! {
    /// Reusable buffers for intermediate text (see `with_scratch`).
    static SCRATCH: std::cell::Cell<Vec<String>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Scratch strings longer than this are not kept for reuse.
const SCRATCH_MAX_CAPACITY: usize = 1 << 16;
/// How many scratch strings are kept for reuse.
const SCRATCH_MAX_KEPT: usize = 8;

/// Runs `f` with an empty scratch string taken from a small per-thread pool, so that
/// building text in steps (a field laid out from its digits, a whole `%` or
/// `str.format` result) costs no allocation once the pool is warm. Re-entrant: nested
/// calls (`__format__` calling `str.format`) take another string.
pub fn with_scratch<R>(f: impl FnOnce(&mut String) -> R) -> R {
    let mut buf = SCRATCH
        .with(|c| {
            let mut pool = c.take();
            let b = pool.pop();
            c.set(pool);
            b
        })
        .unwrap_or_default();
    buf.clear();
    let r = f(&mut buf);
    if buf.capacity() <= SCRATCH_MAX_CAPACITY {
        SCRATCH.with(|c| {
            let mut pool = c.take();
            if pool.len() < SCRATCH_MAX_KEPT {
                pool.push(buf);
            }
            c.set(pool);
        });
    }
    r
}
