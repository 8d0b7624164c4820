//! Generic operations on values, as the bytecode and the builtins need them: the
//! numeric tower (`arith`), comparisons (`compare`), hashing (`hash`), attributes
//! (`attr`), subscripts (`subscr`), iteration (`iter`), truth and length (`truth`),
//! `repr`/`str` (`repr`), formatting (`format`) and the odds and ends of the
//! interpreter (`misc`).
//!
//! Each operation first handles builtin types natively (no Python code runs) and only
//! then looks for dunder methods on user classes, in CPython's order.

pub mod arith;
pub mod attr;
pub mod compare;
pub mod format;
pub mod hash;
pub mod iter;
pub mod misc;
pub mod repr;
pub mod subscr;
pub mod truth;
