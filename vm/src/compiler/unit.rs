//! `CodeUnit`: the compiler's output, plain Rust data mirroring a code object, and
//! `Const`, a compile-time constant.
//!
//! Invariant: a `CodeUnit` is complete (labels resolved, stack depth and exception
//! table computed) and can be turned into a code object without further checks.

use crate::bytecode::{ExcTableEntry, Instr};
use num_bigint::BigInt;

#[derive(Debug, Clone)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Ellipsis,
    Code(Box<CodeUnit>),
}

impl Const {
    /// Identity for constant-table deduplication: same type and same value (floats by
    /// bits, so 0.0 and -0.0 stay apart). Code units are never shared.
    pub fn same(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) | (Const::FrozenSet(a), Const::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct CodeUnit {
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    /// Each instruction's source range (parallel to `lines`), for traceback carets.
    pub positions: Vec<crate::object::code::Position>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub exc_table: Vec<ExcTableEntry>,
    pub cell_args: Vec<(u32, u32)>,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    pub stacksize: u32,
    pub firstlineno: u32,
    /// The function's docstring (first statement a string literal).
    pub doc: Option<String>,
}
