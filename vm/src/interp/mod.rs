//! The interpreter: frames on one value stack (`frame`), the dispatch loop (`eval`),
//! calls and argument binding (`call`), exception unwinding and tracebacks (`unwind`),
//! generators (`generator`) and the coroutine instructions (`coroutine`).

pub mod call;
pub mod carets;
pub mod coroutine;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod suggestions;
pub mod unwind;

use crate::value::Value;

/// A raised Python exception: the exception instance.
#[derive(Copy, Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;
