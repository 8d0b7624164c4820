//! Code generation for statements, and the per-code-object builder (`Unit`).
//!
//! Control flow that leaves a block early (`return`, `break`, `continue`) walks the
//! frame-block stack (`FBlock`) from the innermost block outwards and emits each
//! block's cleanup inline: pop a `for` iterator, call a `with`'s `__exit__`, run a
//! `finally` body, restore the handled exception. While a block's cleanup is emitted,
//! the exception handlers of the blocks being left are suspended (their protected
//! ranges are split), so that an exception raised by cleanup code goes to the right
//! handler.
//!
//! Exception handlers are recorded as protected ranges with an explicit stack depth:
//! the number of values the enclosing blocks keep on the stack (`Unit::base_depth`)
//! plus what the handler itself keeps. Statements always start at that base depth.

use super::assemble;
use super::symtable::{key_of, NameScope, ScopeKind, SymbolTable};
use super::unit::{CodeUnit, Const};
use super::{CompileError, LineIndex};
use crate::bytecode::{BinOp, Instr, Op, INPLACE};
use crate::object::code::flags as cflags;
use crate::object::code::Position;
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;
use std::collections::HashMap;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Label(pub u32);

/// An active exception handler: a label and the stack depth it restores.
pub(super) struct Handler {
    pub label: Label,
    pub depth: u32,
    /// Start of the currently open protected segment, if open.
    pub open: Option<u32>,
}

/// A closed protected segment.
pub(super) struct Protected {
    pub start: u32,
    pub end: u32,
    pub handler: Label,
    pub depth: u32,
    pub level: u32,
}

#[derive(Clone)]
pub(super) enum FBlock<'a> {
    While {
        head: Label,
        exit: Label,
    },
    For {
        head: Label,
        exit: Label,
    },
    /// The body of a try/except: leaving it suspends the handler.
    TryExcept {
        handler: usize,
    },
    /// The body of a try/finally: leaving it runs the finally body.
    FinallyTry {
        handler: usize,
        body: &'a [ast::Stmt],
    },
    /// A finally body running because of an exception: [prev, exc] on the stack.
    FinallyEnd {
        handler: usize,
    },
    /// A with body: the bound __exit__ on the stack.
    With {
        handler: usize,
    },
    /// An async with body: the bound __aexit__ on the stack (awaited on the way out).
    AsyncWith {
        handler: usize,
    },
    /// An except clause body: the previously handled exception on the stack.
    HandlerCleanup {
        handler: usize,
        name: Option<String>,
    },
    /// A finally body run inline by `return`: the return value waits on the stack, and
    /// a `break`/`continue`/`return` inside the finally body must drop it.
    PopValue,
}

impl FBlock<'_> {
    /// Stack values the block keeps below the statements inside it.
    fn stack_items(&self) -> u32 {
        match self {
            FBlock::For { .. }
            | FBlock::With { .. }
            | FBlock::AsyncWith { .. }
            | FBlock::HandlerCleanup { .. }
            | FBlock::PopValue => 1,
            FBlock::FinallyEnd { .. } => 2,
            _ => 0,
        }
    }
}

/// The parts of a `def` or `async def` statement.
struct FuncParts<'a> {
    range: TextRange,
    name: &'a str,
    args: &'a ast::Arguments,
    body: &'a [ast::Stmt],
    decorators: &'a [ast::Expr],
    returns: Option<&'a ast::Expr>,
    is_async: bool,
}

/// One code object under construction.
pub(super) struct Unit<'a> {
    pub scope: usize,
    pub code: CodeUnit,
    pub labels: Vec<u32>,
    pub jumps: Vec<(usize, Label)>,
    pub handlers: Vec<Handler>,
    pub protected: Vec<Protected>,
    pub fblocks: Vec<FBlock<'a>>,
    pub line: u32,
    /// The source range of the node being compiled (see `set_line`).
    pub position: Position,
    pub slots: HashMap<String, u32>,
    pub name_index: HashMap<String, u32>,
}

impl Unit<'_> {
    pub fn base_depth(&self) -> u32 {
        self.fblocks.iter().map(|b| b.stack_items()).sum()
    }
}

pub(super) struct Compiler<'a> {
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
    pub table: &'a SymbolTable,
    pub lines: &'a LineIndex,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
}

pub fn compile(
    suite: &[ast::Stmt],
    table: &SymbolTable,
    lines: &LineIndex,
    filename: &str,
) -> Result<CodeUnit, CompileError> {
    let future_annotations = suite.iter().any(|s| {
        matches!(s, ast::Stmt::ImportFrom(i) if i.module.as_deref() == Some("__future__")
            && i.names.iter().any(|a| a.name.as_str() == "annotations"))
    });
    let mut c = Compiler {
        future_annotations,
        table,
        lines,
        filename: filename.to_owned(),
        units: Vec::new(),
    };
    c.enter_unit(0, "<module>", "<module>", 1);
    c.u().code.flags |= cflags::NAMESPACE;
    if let Some(doc) = docstring(suite) {
        c.load_const(Const::Str(doc));
        c.store_name("__doc__");
    }
    c.stmts(suite)?;
    let none = c.add_const(Const::None);
    c.emit(Op::LoadConst, none);
    c.emit(Op::ReturnValue, 0);
    c.leave_unit()
}

impl<'a> Compiler<'a> {
    // ----- units ----------------------------------------------------------------------

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub fn scope(&self) -> &'a super::symtable::Scope {
        &self.table.scopes[self.units.last().unwrap().scope]
    }

    pub fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, firstline: u32) {
        let s = &self.table.scopes[scope];
        let mut slots = HashMap::new();
        let mut varnames = Vec::new();
        for n in s
            .localvars
            .iter()
            .chain(s.cellvars.iter())
            .chain(s.freevars.iter())
        {
            slots.insert(n.clone(), varnames.len() as u32);
            varnames.push(n.clone());
        }
        // Arguments that are also cells: the cell starts with the argument's value.
        let mut cell_args = Vec::new();
        for (i, cell) in s.cellvars.iter().enumerate() {
            if let Some(p) = s.params.iter().position(|p| p == cell) {
                cell_args.push(((s.localvars.len() + i) as u32, p as u32));
            }
        }
        let code = CodeUnit {
            name: name.to_owned(),
            qualname: qualname.to_owned(),
            filename: self.filename.clone(),
            varnames,
            cell_args,
            nlocals: s.localvars.len() as u32,
            ncells: s.cellvars.len() as u32,
            nfrees: s.freevars.len() as u32,
            firstlineno: firstline,
            ..Default::default()
        };
        self.units.push(Unit {
            scope,
            code,
            labels: Vec::new(),
            jumps: Vec::new(),
            handlers: Vec::new(),
            protected: Vec::new(),
            fblocks: Vec::new(),
            line: firstline,
            position: Position::at_line(firstline),
            slots,
            name_index: HashMap::new(),
        });
    }

    pub fn leave_unit(&mut self) -> Result<CodeUnit, CompileError> {
        let u = self.units.pop().unwrap();
        assemble::assemble(u)
    }

    // ----- emission -------------------------------------------------------------------

    /// The current source range, to restore after compiling a sub-node.
    pub fn save_position(&mut self) -> (u32, Position) {
        let u = self.u();
        (u.line, u.position)
    }

    pub fn restore_position(&mut self, saved: (u32, Position)) {
        let u = self.u();
        u.line = saved.0;
        u.position = saved.1;
    }

    /// Makes `r` the source range of the instructions emitted next (its start line is
    /// their line number).
    pub fn set_line(&mut self, r: TextRange) {
        let position = self.lines.position(r.start().into(), r.end().into());
        let u = self.u();
        u.line = position.line;
        u.position = position;
    }

    pub fn emit(&mut self, op: Op, arg: u32) -> usize {
        self.emit_sub(op, 0, arg)
    }

    pub fn emit_sub(&mut self, op: Op, sub: u8, arg: u32) -> usize {
        let u = self.u();
        u.code.instrs.push(Instr::with_sub(op, sub, arg));
        u.code.lines.push(u.line);
        u.code.positions.push(if u.position.line == u.line {
            u.position
        } else {
            Position::at_line(u.line)
        });
        u.code.instrs.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = u.code.instrs.len() as u32;
    }

    pub fn emit_jump(&mut self, op: Op, l: Label) {
        let at = self.emit(op, 0);
        self.u().jumps.push((at, l));
    }

    pub fn pos(&mut self) -> u32 {
        self.u().code.instrs.len() as u32
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if !matches!(c, Const::Code(_)) {
            if let Some(i) = u.code.consts.iter().position(|x| x.same(&c)) {
                return i as u32;
            }
        }
        u.code.consts.push(c);
        u.code.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    pub fn add_name(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(n) {
            return i;
        }
        u.code.names.push(n.to_owned());
        let i = u.code.names.len() as u32 - 1;
        u.name_index.insert(n.to_owned(), i);
        i
    }

    pub fn err(&self, r: TextRange, msg: impl Into<String>) -> CompileError {
        CompileError::syntax(msg.into(), self.lines.locate(r.start().into()))
    }

    pub fn unsupported(&self, r: TextRange, feature: &str) -> CompileError {
        CompileError::unsupported(feature, self.lines.locate(r.start().into()))
    }

    // ----- handlers -------------------------------------------------------------------

    /// Starts protecting the following code with a handler at `label` that restores
    /// the stack to `depth` values (then pushes the exception). Returns its index.
    pub fn push_handler(&mut self, label: Label, depth: u32) -> usize {
        let pos = self.pos();
        let u = self.u();
        u.handlers.push(Handler {
            label,
            depth,
            open: Some(pos),
        });
        u.handlers.len() - 1
    }

    fn close_segment(&mut self, idx: usize) {
        let pos = self.pos();
        let u = self.u();
        if let Some(start) = u.handlers[idx].open.take() {
            if start < pos {
                let h = &u.handlers[idx];
                u.protected.push(Protected {
                    start,
                    end: pos,
                    handler: h.label,
                    depth: h.depth,
                    level: idx as u32,
                });
            }
        }
    }

    fn open_segment(&mut self, idx: usize) {
        let pos = self.pos();
        let u = self.u();
        if u.handlers[idx].open.is_none() {
            u.handlers[idx].open = Some(pos);
        }
    }

    /// Ends the innermost handler's protection for good.
    pub fn pop_handler(&mut self) {
        let idx = self.u().handlers.len() - 1;
        self.close_segment(idx);
        self.u().handlers.pop();
    }

    // ----- names ----------------------------------------------------------------------

    fn slot(&mut self, name: &str) -> u32 {
        *self
            .u()
            .slots
            .get(name)
            .unwrap_or_else(|| panic!("no slot for {name}"))
    }

    pub fn load_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Load)
    }
    pub fn store_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Store)
    }
    pub fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Del)
    }

    /// `name` as this scope stores it: mangled if it is a private identifier.
    pub fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        super::symtable::mangle(self.scope().private.as_deref(), name)
    }

    /// Adds an attribute name to the names table, mangled if private.
    pub fn add_attr_name(&mut self, attr: &str) -> u32 {
        let m = self.mangled(attr).into_owned();
        self.add_name(&m)
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangled(name).into_owned();
        let name = mangled.as_str();
        let scope = self.scope();
        let ns = scope.lookup(name);
        let kind = scope.kind;
        match (kind, ns) {
            (ScopeKind::Class, NameScope::Free) if ctx == NameCtx::Load => {
                // The VM looks the name up in the class namespace first, then in the
                // free-variable slot of the same name.
                let n = self.add_name(name);
                self.emit(Op::LoadClassDeref, n);
            }
            (_, NameScope::Cell) | (_, NameScope::Free) => {
                let slot = self.slot(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadDeref,
                    NameCtx::Store => Op::StoreDeref,
                    NameCtx::Del => Op::DeleteDeref,
                };
                self.emit(op, slot);
            }
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => {
                let n = self.add_name(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Del => Op::DeleteGlobal,
                };
                self.emit(op, n);
            }
            (ScopeKind::Class, _) => {
                let n = self.add_name(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadName,
                    NameCtx::Store => Op::StoreName,
                    NameCtx::Del => Op::DeleteName,
                };
                self.emit(op, n);
            }
            (_, NameScope::GlobalImplicit) => {
                let n = self.add_name(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Del => Op::DeleteGlobal,
                };
                self.emit(op, n);
            }
            (_, NameScope::Local) => {
                let slot = self.slot(name);
                let op = match ctx {
                    NameCtx::Load => {
                        let is_param = scope.params.iter().any(|p| p == name);
                        if is_param && !scope.deleted.contains(name) {
                            Op::LoadFast
                        } else {
                            Op::LoadFastChecked
                        }
                    }
                    NameCtx::Store => Op::StoreFast,
                    NameCtx::Del => Op::DeleteFast,
                };
                self.emit(op, slot);
            }
        }
    }

    /// Emits a LoadClosure for a name of the current scope that a child captures.
    pub fn load_closure(&mut self, name: &str) {
        let slot = self.slot(name);
        self.emit(Op::LoadClosure, slot);
    }

    // ----- statements -----------------------------------------------------------------

    pub fn stmts(&mut self, body: &'a [ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt::*;
        self.set_line(s.range());
        match s {
            FunctionDef(f) => self.function_def(f),
            AsyncFunctionDef(f) => self.async_function_def(f),
            ClassDef(c) => self.class_def(c),
            Return(r) => {
                if !self.scope().kind.is_function_like() {
                    return Err(self.err(r.range, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                let closed = self.unwind_fblocks(0, true)?;
                self.emit(Op::ReturnValue, 0);
                self.reopen(closed);
                Ok(())
            }
            Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Assign(a) => {
                if a.targets.len() == 1 && self.parallel_assign(&a.targets[0], &a.value)? {
                    return Ok(());
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            AugAssign(a) => self.aug_assign(a),
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Module and class bodies record simple annotations in __annotations__.
                let kind = self.scope().kind;
                if a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    if let ast::Expr::Name(n) = &*a.target {
                        self.annotation(&a.annotation)?;
                        self.emit(Op::SetupAnnotations, 0);
                        let key = self.mangled(&n.id).into_owned();
                        self.load_const(Const::Str(key));
                        self.emit(Op::StoreSubscr, 0);
                    }
                }
                Ok(())
            }
            For(f) => self.for_stmt(f),
            AsyncFor(f) => self.async_for_stmt(f),
            While(w) => self.while_stmt(w),
            If(i) => {
                let end = self.new_label();
                let orelse = if i.orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(&i.test, false, orelse)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.emit_jump(Op::Jump, end);
                    self.bind(orelse);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            With(w) => self.with_stmt(&w.items, &w.body),
            AsyncWith(w) => self.async_with_stmt(&w.items, &w.body),
            Match(m) => Err(self.unsupported(m.range, "the 'match' statement")),
            Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise, n);
                Ok(())
            }
            Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            TryStar(t) => Err(self.unsupported(t.range, "'except*'")),
            Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.emit(Op::PushNull, 0);
                    self.emit(Op::Swap, 2);
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::Raise, 1);
                self.bind(end);
                Ok(())
            }
            Import(i) => {
                for a in &i.names {
                    self.load_const(Const::Int(0.into()));
                    self.load_const(Const::None);
                    let n = self.add_name(&a.name);
                    self.emit(Op::ImportName, n);
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let n = self.add_name(p);
                                self.emit(Op::ImportFrom, n);
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap();
                            self.store_name(top);
                        }
                    }
                }
                Ok(())
            }
            ImportFrom(i) => {
                let level = i.level.as_ref().map(|l| l.to_u32()).unwrap_or(0);
                self.load_const(Const::Int(level.into()));
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(a.name.to_string()))
                    .collect();
                self.load_const(Const::Tuple(names));
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let n = self.add_name(module);
                self.emit(Op::ImportName, n);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Op::ImportStar, 0);
                    return Ok(());
                }
                for a in &i.names {
                    let n = self.add_name(&a.name);
                    self.emit(Op::ImportFrom, n);
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(bound);
                }
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Global(_) | Nonlocal(_) | Pass(_) => Ok(()),
            Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Break(b) => self.break_continue(b.range, true),
            Continue(c) => self.break_continue(c.range, false),
            TypeAlias(t) => Err(self.unsupported(t.range, "the 'type' statement")),
        }
    }

    fn break_continue(&mut self, r: TextRange, is_break: bool) -> Result<(), CompileError> {
        let loop_idx = self
            .u()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }));
        let Some(k) = loop_idx else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.err(r, what));
        };
        let closed = self.unwind_fblocks(k + 1, false)?;
        let lp = self.u().fblocks[k].clone();
        match (lp, is_break) {
            (FBlock::For { exit, .. }, true) => {
                self.emit(Op::PopTop, 0);
                self.emit_jump(Op::Jump, exit);
            }
            (FBlock::While { exit, .. }, true) => self.emit_jump(Op::Jump, exit),
            (FBlock::For { head, .. }, false) | (FBlock::While { head, .. }, false) => {
                self.emit_jump(Op::JumpBackward, head)
            }
            _ => unreachable!(),
        }
        self.reopen(closed);
        Ok(())
    }

    /// Emits the cleanup of every frame block from the innermost down to `down_to`
    /// (exclusive of blocks below it). With `preserve_tos` the value on top of the
    /// stack (a return value) is kept above the cleanup. Returns the handlers whose
    /// protection was suspended, to reopen after the jump.
    fn unwind_fblocks(
        &mut self,
        down_to: usize,
        preserve_tos: bool,
    ) -> Result<Vec<usize>, CompileError> {
        let mut closed = Vec::new();
        let n = self.u().fblocks.len();
        for i in (down_to..n).rev() {
            let fb = self.u().fblocks[i].clone();
            let handler = match &fb {
                FBlock::TryExcept { handler }
                | FBlock::FinallyTry { handler, .. }
                | FBlock::FinallyEnd { handler }
                | FBlock::With { handler }
                | FBlock::AsyncWith { handler }
                | FBlock::HandlerCleanup { handler, .. } => Some(*handler),
                _ => None,
            };
            if let Some(h) = handler {
                // Suspend this handler and every handler opened inside it.
                let nh = self.u().handlers.len();
                for j in (h..nh).rev() {
                    if self.u().handlers[j].open.is_some() {
                        self.close_segment(j);
                        closed.push(j);
                    }
                }
            }
            match fb {
                FBlock::While { .. } | FBlock::TryExcept { .. } => {}
                FBlock::For { .. } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
                FBlock::FinallyTry { body, .. } => {
                    // Run the finally body with the blocks outside it active (and the
                    // preserved return value marked as such).
                    let saved = self.u().fblocks.split_off(i);
                    if preserve_tos {
                        self.u().fblocks.push(FBlock::PopValue);
                    }
                    self.stmts(body)?;
                    if preserve_tos {
                        self.u().fblocks.pop();
                    }
                    self.u().fblocks.extend(saved);
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
                FBlock::FinallyEnd { .. } => {
                    // [prev, exc] (+ tos)
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                        self.emit(Op::PopTop, 0);
                        self.emit(Op::Swap, 2);
                    } else {
                        self.emit(Op::PopTop, 0);
                    }
                    self.emit(Op::PopExcept, 0);
                }
                FBlock::With { .. } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.call_exit_with_nones();
                }
                FBlock::AsyncWith { .. } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.await_exit_with_nones();
                }
                FBlock::HandlerCleanup { name, .. } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopExcept, 0);
                    if let Some(n) = name {
                        self.load_const(Const::None);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
            }
        }
        Ok(closed)
    }

    fn reopen(&mut self, mut closed: Vec<usize>) {
        closed.sort_unstable();
        closed.dedup();
        for j in closed {
            if j < self.u().handlers.len() {
                self.open_segment(j);
            }
        }
    }

    /// [exit] -> calls exit(None, None, None) and drops the result.
    fn call_exit_with_nones(&mut self) {
        self.emit(Op::PushNull, 0);
        self.emit(Op::Swap, 2);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::Call, 3);
        self.emit(Op::PopTop, 0);
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        let head = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Op::GetIter, 0);
        self.bind(head);
        self.emit_jump(Op::ForIter, orelse);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::For { head, exit: end });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_line(f.range);
        self.emit_jump(Op::JumpBackward, head);
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Result<(), CompileError> {
        let head = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(head);
        let always = super::fold::const_truth(&w.test) == Some(true);
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.u().fblocks.push(FBlock::While { head, exit: end });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.set_line(w.range);
        self.emit_jump(Op::JumpBackward, head);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let handler_label = self.new_label();
        let end = self.new_label();
        let base = self.u().base_depth();
        let h = self.push_handler(handler_label, base);
        self.u().fblocks.push(FBlock::TryExcept { handler: h });
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::Jump, end);

        // Handler: [exc]
        self.bind(handler_label);
        let cleanup = self.new_label();
        let ch = self.push_handler(cleanup, base + 1);
        self.emit(Op::PushExcInfo, 0);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(self.err(h.range, "default 'except:' must be last"));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name);
                    let name_cleanup = self.new_label();
                    let nh = self.push_handler(name_cleanup, base + 1);
                    self.u().fblocks.push(FBlock::HandlerCleanup {
                        handler: nh,
                        name: Some(name.to_string()),
                    });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.pop_handler();
                    self.emit(Op::PopExcept, 0);
                    self.load_const(Const::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit_jump(Op::Jump, end);
                    // Exception inside the clause body: [prev, exc2]
                    self.bind(name_cleanup);
                    self.load_const(Const::None);
                    self.store_name(name);
                    self.delete_name(name);
                    // The enclosing cleanup handler restores the previous exception.
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.u().fblocks.push(FBlock::HandlerCleanup {
                        handler: ch,
                        name: None,
                    });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Op::PopExcept, 0);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        // No clause matched: re-raise (the cleanup handler restores the previous one).
        self.emit(Op::Reraise, 0);
        let _ = ch;
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let handler_label = self.new_label();
        let end = self.new_label();
        let base = self.u().base_depth();
        let h = self.push_handler(handler_label, base);
        self.u().fblocks.push(FBlock::FinallyTry {
            handler: h,
            body: &t.finalbody,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        // Normal exit: run the finally body.
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);
        // Exceptional exit: [exc]
        self.bind(handler_label);
        let cleanup = self.new_label();
        let ch = self.push_handler(cleanup, base + 1);
        self.emit(Op::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::FinallyEnd { handler: ch });
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        // Re-raise into the cleanup handler, which restores the previous exception.
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
    ) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler_label = self.new_label();
        let after = self.new_label();
        let base = self.u().base_depth();
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith, 0);
        let h = self.push_handler(handler_label, base + 1);
        self.u().fblocks.push(FBlock::With { handler: h });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.with_stmt(rest, body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.call_exit_with_nones();
        self.emit_jump(Op::Jump, after);
        // [exit, exc]
        self.bind(handler_label);
        let cleanup = self.new_label();
        self.push_handler(cleanup, base + 2);
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.bind(after);
        Ok(())
    }

    /// `a, b = x, y` without building a tuple: the values are pushed left to right,
    /// reversed with `Swap` (two or three of them), then stored left to right, as
    /// CPython does. Four or more go straight into distinct fast locals, stored right
    /// to left, which no one can observe. False when the statement is not of this form.
    fn parallel_assign(
        &mut self,
        target: &'a ast::Expr,
        value: &'a ast::Expr,
    ) -> Result<bool, CompileError> {
        let elts = |e: &'a ast::Expr| -> Option<&'a [ast::Expr]> {
            match e {
                ast::Expr::Tuple(t) => Some(&t.elts),
                ast::Expr::List(l) => Some(&l.elts),
                _ => None,
            }
        };
        let (Some(targets), Some(values)) = (elts(target), elts(value)) else {
            return Ok(false);
        };
        let n = targets.len();
        let starred = |e: &ast::Expr| matches!(e, ast::Expr::Starred(_));
        if n != values.len() || n < 2 || targets.iter().chain(values).any(starred) {
            return Ok(false);
        }
        if n > 3 {
            // Only distinct fast locals may be stored in reverse order.
            let mut names = Vec::new();
            for t in targets {
                let ast::Expr::Name(nm) = t else {
                    return Ok(false);
                };
                let m = self.mangled(&nm.id).into_owned();
                let local = self.scope().kind.is_function_like()
                    && self.scope().lookup(&m) == NameScope::Local;
                if !local || names.contains(&m) {
                    return Ok(false);
                }
                names.push(m);
            }
            for v in values {
                self.expr(v)?;
            }
            for t in targets.iter().rev() {
                self.store_target(t)?;
            }
            return Ok(true);
        }
        for v in values {
            self.expr(v)?;
        }
        self.emit(Op::Swap, n as u32);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// `target op= value`: as in CPython, the loads and stores of the target carry the
    /// target's source range and the in-place operation the statement's.
    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = binop(&a.op) as u8 | INPLACE;
        let stmt_pos = self.save_position();
        let target_range = a.target.range();
        match &*a.target {
            ast::Expr::Name(n) => {
                self.set_line(target_range);
                self.load_name(&n.id);
                self.restore_position(stmt_pos);
                self.expr(&a.value)?;
                self.emit_sub(Op::BinaryOp, op, 0);
                self.set_line(target_range);
                self.store_name(&n.id);
            }
            ast::Expr::Attribute(at) => {
                self.set_line(target_range);
                self.expr(&at.value)?;
                self.emit(Op::Copy, 1);
                let n = self.add_attr_name(&at.attr);
                self.emit(Op::LoadAttr, n);
                self.restore_position(stmt_pos);
                self.expr(&a.value)?;
                self.emit_sub(Op::BinaryOp, op, 0);
                self.set_line(target_range);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, n);
            }
            ast::Expr::Subscript(s) => {
                self.set_line(target_range);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.restore_position(stmt_pos);
                self.expr(&a.value)?;
                self.emit_sub(Op::BinaryOp, op, 0);
                self.set_line(target_range);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            other => {
                return Err(self.err(
                    other.range(),
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        self.restore_position(stmt_pos);
        Ok(())
    }

    // ----- assignment targets -----------------------------------------------------------

    /// Stores TOS into target `t`; the store instructions carry the target's range.
    pub fn store_target(&mut self, t: &'a ast::Expr) -> Result<(), CompileError> {
        let saved = self.save_position();
        self.set_line(t.range());
        let r = self.store_target_node(t);
        self.restore_position(saved);
        r
    }

    fn store_target_node(&mut self, t: &'a ast::Expr) -> Result<(), CompileError> {
        match t {
            ast::Expr::Name(n) => {
                self.store_name(&n.id);
                Ok(())
            }
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_attr_name(&a.attr);
                self.emit(Op::StoreAttr, n);
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                if let ast::Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        self.expr(&s.value)?;
                        self.slice_bound(&sl.lower)?;
                        self.slice_bound(&sl.upper)?;
                        self.emit(Op::StoreSlice, 0);
                        return Ok(());
                    }
                }
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            ast::Expr::Tuple(tp) => self.unpack_targets(&tp.elts, tp.range),
            ast::Expr::List(l) => self.unpack_targets(&l.elts, l.range),
            ast::Expr::Starred(s) => Err(self.err(
                s.range,
                "starred assignment target must be in a list or tuple",
            )),
            other => Err(self.err(
                other.range(),
                format!("cannot assign to {}", describe_expr(other)),
            )),
        }
    }

    fn unpack_targets(&mut self, elts: &'a [ast::Expr], r: TextRange) -> Result<(), CompileError> {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, ast::Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.err(r, "multiple starred expressions in assignment"));
        }
        match star {
            Some(i) => {
                let before = i as u32;
                let after = (elts.len() - i - 1) as u32;
                self.emit(Op::UnpackEx, before | (after << 8));
            }
            None => {
                self.emit(Op::UnpackSequence, elts.len() as u32);
            }
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a ast::Expr) -> Result<(), CompileError> {
        match t {
            ast::Expr::Name(n) => {
                self.delete_name(&n.id);
                Ok(())
            }
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_attr_name(&a.attr);
                self.emit(Op::DeleteAttr, n);
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            ast::Expr::Tuple(tp) => {
                for e in &tp.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            ast::Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => Err(self.err(
                other.range(),
                format!("cannot delete {}", describe_expr(other)),
            )),
        }
    }

    pub fn slice_bound(&mut self, b: &'a Option<Box<ast::Expr>>) -> Result<(), CompileError> {
        match b {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Const::None);
                Ok(())
            }
        }
    }

    // ----- functions and classes ------------------------------------------------------

    fn qualname_for(&self, name: &str) -> String {
        let parent = self.units.last().unwrap();
        let pscope = &self.table.scopes[parent.scope];
        match pscope.kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", parent.code.qualname, name),
            _ => format!("{}.<locals>.{}", parent.code.qualname, name),
        }
    }

    /// Evaluates defaults and builds the closure for a function whose scope is
    /// `scope_id`, then emits MakeFunction for `code`.
    fn make_function(
        &mut self,
        scope_id: usize,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
        code: CodeUnit,
    ) -> Result<(), CompileError> {
        let mut flags = 0u32;
        let defaults: Vec<&'a ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &'a ast::Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let key = self.mangled(n).into_owned();
                self.load_const(Const::Str(key));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwdefaults.len() as u32);
            flags |= 2;
        }
        if self.function_annotations(args, returns)? {
            flags |= 4;
        }
        self.closure_for(scope_id, &mut flags);
        self.load_const(Const::Code(Box::new(code)));
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Pushes a dict of a function's annotations (evaluated now, or as source text under
    /// `from __future__ import annotations`); false when it has none.
    fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> Result<bool, CompileError> {
        let mut n = 0;
        let params = args.posonlyargs.iter().chain(args.args.iter());
        let mut all: Vec<(&str, &'a ast::Expr)> = params
            .filter_map(|a| a.def.annotation.as_deref().map(|x| (a.def.arg.as_str(), x)))
            .collect();
        if let Some(v) = &args.vararg {
            if let Some(x) = &v.annotation {
                all.push((v.arg.as_str(), x));
            }
        }
        for a in &args.kwonlyargs {
            if let Some(x) = &a.def.annotation {
                all.push((a.def.arg.as_str(), x));
            }
        }
        if let Some(k) = &args.kwarg {
            if let Some(x) = &k.annotation {
                all.push((k.arg.as_str(), x));
            }
        }
        if let Some(r) = returns {
            all.push(("return", r));
        }
        for (name, ann) in all {
            let key = self.mangled(name).into_owned();
            self.load_const(Const::Str(key));
            self.annotation(ann)?;
            n += 1;
        }
        if n == 0 {
            return Ok(false);
        }
        self.emit(Op::BuildMap, n);
        Ok(true)
    }

    /// Pushes one annotation's value.
    pub fn annotation(&mut self, ann: &'a ast::Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            // CPython stores the expression unparsed (normalised spacing and quotes),
            // not the source text; rustpython-ast's unparser follows ast_unparse.c.
            let text = ann.to_string();
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    fn closure_for(&mut self, scope_id: usize, flags: &mut u32) {
        let frees = &self.table.scopes[scope_id].freevars;
        if !frees.is_empty() {
            for f in frees {
                self.load_closure(f);
            }
            self.emit(Op::BuildTuple, frees.len() as u32);
            *flags |= 8;
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> Result<(), CompileError> {
        self.function_like(FuncParts {
            range: f.range,
            name: &f.name,
            args: &f.args,
            body: &f.body,
            decorators: &f.decorator_list,
            returns: f.returns.as_deref(),
            is_async: false,
        })
    }

    /// `async def`: the code object is flagged COROUTINE as well as GENERATOR, so a
    /// call makes a suspended frame object whose type is `coroutine`.
    fn async_function_def(&mut self, f: &'a ast::StmtAsyncFunctionDef) -> Result<(), CompileError> {
        self.function_like(FuncParts {
            range: f.range,
            name: &f.name,
            args: &f.args,
            body: &f.body,
            decorators: &f.decorator_list,
            returns: f.returns.as_deref(),
            is_async: true,
        })
    }

    fn function_like(&mut self, f: FuncParts<'a>) -> Result<(), CompileError> {
        for d in f.decorators {
            self.emit(Op::PushNull, 0);
            self.expr(d)?;
        }
        let scope_id = *self
            .table
            .by_key
            .get(&key_of(f.range))
            .expect("function scope");
        let qualname = self.qualname_for(f.name);
        let firstline = self.lines.line_of(f.range.start().into());
        self.enter_unit(scope_id, f.name, &qualname, firstline);
        self.set_arg_counts(f.args);
        let s = &self.table.scopes[scope_id];
        if s.is_generator || f.is_async {
            self.u().code.flags |= cflags::GENERATOR;
        }
        if f.is_async {
            self.u().code.flags |= cflags::COROUTINE;
        }
        self.u().code.doc = docstring(f.body);
        self.stmts(f.body)?;
        self.load_const(Const::None);
        self.emit(Op::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_line(f.range);
        self.make_function(scope_id, f.args, f.returns, code)?;
        self.apply_decorators(f.decorators);
        self.set_line(f.range);
        self.store_name(f.name);
        Ok(())
    }

    /// Calls the decorators (already on the stack, innermost last) on TOS; each call
    /// carries its decorator's source range, so an error in one points at its `@` line.
    fn apply_decorators(&mut self, decorators: &'a [ast::Expr]) {
        for d in decorators.iter().rev() {
            self.set_line(d.range());
            self.emit(Op::Call, 1);
        }
    }

    pub fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.u();
        u.code.posonlyargcount = args.posonlyargs.len() as u32;
        u.code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.code.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.code.flags |= cflags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.code.flags |= cflags::VARKEYWORDS;
        }
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> Result<(), CompileError> {
        let scope_id = *self
            .table
            .by_key
            .get(&key_of(l.range))
            .expect("lambda scope");
        let qualname = self.qualname_for("<lambda>");
        let firstline = self.lines.line_of(l.range.start().into());
        self.enter_unit(scope_id, "<lambda>", &qualname, firstline);
        self.set_arg_counts(&l.args);
        if self.table.scopes[scope_id].is_generator {
            self.u().code.flags |= cflags::GENERATOR;
        }
        self.expr(&l.body)?;
        self.emit(Op::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_line(l.range);
        self.make_function(scope_id, &l.args, None, code)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> Result<(), CompileError> {
        for d in &c.decorator_list {
            self.emit(Op::PushNull, 0);
            self.expr(d)?;
        }
        let scope_id = *self
            .table
            .by_key
            .get(&key_of(c.range))
            .expect("class scope");
        let qualname = self.qualname_for(&c.name);
        let firstline = self.lines.line_of(c.range.start().into());
        self.enter_unit(scope_id, &c.name, &qualname, firstline);
        self.u().code.flags |= cflags::NAMESPACE;
        let n = self.add_name("__name__");
        self.emit(Op::LoadName, n);
        let m = self.add_name("__module__");
        self.emit(Op::StoreName, m);
        self.load_const(Const::Str(qualname.clone()));
        let q = self.add_name("__qualname__");
        self.emit(Op::StoreName, q);
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Const::Str(doc));
            let d = self.add_name("__doc__");
            self.emit(Op::StoreName, d);
        }
        self.stmts(&c.body)?;
        if self.table.scopes[scope_id].needs_class_cell {
            self.load_closure("__class__");
            let cc = self.add_name("__classcell__");
            self.emit(Op::StoreName, cc);
        }
        self.load_const(Const::None);
        self.emit(Op::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_line(c.range);
        self.emit(Op::PushNull, 0);
        self.emit(Op::LoadBuildClass, 0);
        let mut flags = 0;
        self.closure_for(scope_id, &mut flags);
        self.load_const(Const::Code(Box::new(code)));
        self.emit(Op::MakeFunction, flags);
        self.load_const(Const::Str(c.name.to_string()));
        self.call_args(&c.bases, &c.keywords, 2, c.range)?;
        self.apply_decorators(&c.decorator_list);
        self.set_line(c.range);
        self.store_name(&c.name);
        Ok(())
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

/// The docstring of a body: its first statement when that is a string literal.
pub fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

pub fn binop(op: &ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn describe_expr(e: &ast::Expr) -> &'static str {
    use ast::Expr::*;
    match e {
        Call(_) => "function call",
        Constant(c) => match c.value {
            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis => "literal",
            _ => "literal",
        },
        BinOp(_) | UnaryOp(_) => "expression",
        BoolOp(_) => "expression",
        Compare(_) => "comparison",
        Lambda(_) => "lambda",
        IfExp(_) => "conditional expression",
        ListComp(_) => "list comprehension",
        SetComp(_) => "set comprehension",
        DictComp(_) => "dict comprehension",
        GeneratorExp(_) => "generator expression",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        JoinedStr(_) | FormattedValue(_) => "f-string expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Await(_) => "await expression",
        NamedExpr(_) => "named expression",
        _ => "expression",
    }
}
