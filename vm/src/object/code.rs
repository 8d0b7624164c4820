//! Code objects: compiled bytecode plus everything the interpreter and the JIT need to
//! run it and to describe it (names, line table, exception table), and the per-site
//! caches that double as type feedback.
//!
//! Frame slot layout of a code object: `nlocals` plain locals (arguments first, in
//! signature order: positional, `*args`, keyword-only, `**kwargs`), then `ncells` cells
//! for variables captured by inner functions, then `nfrees` cells received from the
//! enclosing function's closure. `varnames` names all of them in that order.
//!
//! Invariants:
//! - `instrs`, `caches`, `lines` and `positions` have the same length; `caches[pc]` belongs to
//!   `instrs[pc]`.
//! - A cache's `key` and `value` are Values (EMPTY or live objects) and are traced; its
//!   other fields are plain numbers.
//! - Code objects own Rust vectors; `trace::finalize` drops them.

use super::{Kind, ObjHeader};
use crate::bytecode::{ExcTableEntry, Instr};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub mod flags {
    pub const VARARGS: u32 = 1 << 0;
    pub const VARKEYWORDS: u32 = 1 << 1;
    pub const GENERATOR: u32 = 1 << 2;
    /// Module-level or class-body code: names go through a namespace dict.
    pub const NAMESPACE: u32 = 1 << 3;
    pub const COROUTINE: u32 = 1 << 4;
    /// A comprehension or generator expression's implicit function.
    pub const COMPREHENSION: u32 = 1 << 5;
    /// Only positional parameters, no cells or free variables, not a generator: a
    /// call with exactly `argcount` positional arguments binds them in place.
    pub const SIMPLE_ARGS: u32 = 1 << 6;
}

/// Per-instruction cache and feedback slot. Its meaning depends on the instruction:
///
/// | instruction | key | value | version | index | feedback | counter |
/// |---|---|---|---|---|---|---|
/// | BinaryOp, CompareOp | - | - | - | - | operand type pair seen | specialisation backoff |
/// | LoadGlobal | - | - | globals version | entry index (+builtins flag) | - | - |
/// | LoadAttr / StoreAttr | shape or class | cached value | class version | slot index | receiver types seen | backoff |
/// | LoadMethod | class | method | class version | - | receiver types seen | backoff |
/// | Call | last callee | - | - | calls | callee kinds seen | - |
/// | PopJumpIf* | - | - | not-taken count | taken count | - | - |
/// | JumpBackward | - | - | - | iterations | - | - |
/// | ForIter, BinarySubscr, UnpackSequence | - | - | - | - | types seen | - |
#[derive(Clone, Copy)]
#[repr(C)]
pub struct SiteCache {
    pub key: Value,
    pub value: Value,
    pub version: u64,
    pub index: u32,
    pub feedback: u16,
    pub counter: u16,
}

impl SiteCache {
    pub const EMPTY: SiteCache = SiteCache {
        key: Value::EMPTY,
        value: Value::EMPTY,
        version: 0,
        index: 0,
        feedback: 0,
        counter: 0,
    };
}

#[repr(C)]
pub struct CodeObj {
    pub header: ObjHeader,
    pub instrs: Box<[Cell<Instr>]>,
    pub caches: Box<[Cell<SiteCache>]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub varnames: Box<[Value]>,
    pub lines: Box<[u32]>,
    /// Each instruction's source range, for the carets under a traceback's line.
    pub positions: Box<[Position]>,
    pub exc_table: Box<[ExcTableEntry]>,
    /// Cell slots that start with an argument's value: (cell slot, argument slot).
    pub cell_args: Box<[(u32, u32)]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    pub stacksize: u32,
    pub firstlineno: u32,
    /// The docstring (a str) or None.
    pub doc: Value,
    /// Calls (function entries) seen, for hotness.
    pub calls: Cell<u32>,
}

impl CodeObj {
    /// Local, cell and free slots.
    #[inline(always)]
    pub fn nslots(&self) -> usize {
        (self.nlocals + self.ncells + self.nfrees) as usize
    }
    #[inline(always)]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// Argument slots including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + (self.flags & flags::VARARGS != 0) as u32
            + (self.flags & flags::VARKEYWORDS != 0) as u32) as usize
    }
    pub fn position_at(&self, pc: usize) -> Position {
        self.positions
            .get(pc)
            .copied()
            .unwrap_or_else(|| Position::at_line(self.line_at(pc)))
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }
    pub fn name_str(&self) -> &str {
        // SAFETY: `name` is a str.
        unsafe { super::str::as_str(self.name) }
    }
    pub fn qualname_str(&self) -> &str {
        // SAFETY: `qualname` is a str.
        unsafe { super::str::as_str(self.qualname) }
    }
    pub fn filename_str(&self) -> &str {
        // SAFETY: `filename` is a str.
        unsafe { super::str::as_str(self.filename) }
    }
    pub fn varname(&self, slot: usize) -> &str {
        // SAFETY: varnames are strs.
        unsafe { super::str::as_str(self.varnames[slot]) }
    }
}

/// The source range an instruction came from: lines are 1-based, columns are 0-based
/// UTF-8 byte offsets within their own lines (as CPython's `co_positions`). A position
/// whose `end_col` is `u32::MAX` has no columns (only the line is known).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl Position {
    /// A position that knows only its line.
    pub fn at_line(line: u32) -> Position {
        Position {
            line,
            end_line: line,
            col: 0,
            end_col: u32::MAX,
        }
    }

    pub fn has_columns(&self) -> bool {
        self.end_col != u32::MAX
    }
}

/// Everything needed to build a code object (produced by the compiler).
pub struct CodeSpec {
    pub instrs: Vec<Instr>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    pub lines: Vec<u32>,
    pub positions: Vec<Position>,
    pub exc_table: Vec<ExcTableEntry>,
    pub cell_args: Vec<(u32, u32)>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    pub stacksize: u32,
    pub firstlineno: u32,
    pub doc: Value,
}

impl Vm {
    pub fn new_code(&mut self, mut spec: CodeSpec) -> Value {
        if spec.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::NAMESPACE)
            == 0
            && spec.kwonlyargcount == 0
            && spec.ncells == 0
            && spec.nfrees == 0
        {
            spec.flags |= flags::SIMPLE_ARGS;
        }
        let class = self.types.code;
        let n = spec.instrs.len();
        let external =
            n * (8 + 32 + 4) + (spec.consts.len() + spec.names.len() + spec.varnames.len()) * 8;
        let p = self.alloc_obj(std::mem::size_of::<CodeObj>(), Kind::Code, class) as *mut CodeObj;
        let code = CodeObj {
            // SAFETY: the header was just written by the allocator; copying it keeps it.
            header: unsafe { std::ptr::read(&(*p).header) },
            instrs: spec.instrs.into_iter().map(Cell::new).collect(),
            caches: (0..n).map(|_| Cell::new(SiteCache::EMPTY)).collect(),
            consts: spec.consts.into_boxed_slice(),
            names: spec.names.into_boxed_slice(),
            varnames: spec.varnames.into_boxed_slice(),
            lines: spec.lines.into_boxed_slice(),
            positions: spec.positions.into_boxed_slice(),
            exc_table: spec.exc_table.into_boxed_slice(),
            cell_args: spec.cell_args.into_boxed_slice(),
            name: spec.name,
            qualname: spec.qualname,
            filename: spec.filename,
            argcount: spec.argcount,
            posonlyargcount: spec.posonlyargcount,
            kwonlyargcount: spec.kwonlyargcount,
            flags: spec.flags,
            nlocals: spec.nlocals,
            ncells: spec.ncells,
            nfrees: spec.nfrees,
            stacksize: spec.stacksize,
            firstlineno: spec.firstlineno,
            doc: spec.doc,
            calls: Cell::new(0),
        };
        // SAFETY: the cell is fresh and zero-filled; `ptr::write` avoids dropping the
        // zeroed (invalid) boxes that are there.
        unsafe { std::ptr::write(p, code) };
        self.heap.note_external_alloc(external);
        Value::from_ptr(p)
    }
}

/// Borrows a code object.
///
/// # Safety
/// `v` must be a live code object.
#[inline(always)]
pub unsafe fn code_obj<'a>(v: Value) -> &'a CodeObj {
    &*v.as_ptr::<CodeObj>()
}
