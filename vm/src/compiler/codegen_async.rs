//! Code generation for coroutines: `await`, `async for` and `async with`.
//!
//! `await x` compiles like `yield from` over `x`'s awaitable iterator: `GetAwaitable`
//! (CPython's checks: a coroutine passes through, anything else needs an `__await__`
//! that returns an iterator) and then the `Send`/`YieldValue` loop shared with
//! `yield from`. So a coroutine is driven exactly like a generator, and `throw()` /
//! `close()` reach whatever it is awaiting.
//!
//! Invariants:
//! - Every await loop is `LoadConst None; Send exit; YieldValue/1; Jump head`, the
//!   shape `Vm::delegate_throw` recognises (the `YieldValue` with sub 1 right after
//!   the `Send` whose target is the loop exit).
//! - `async for` protects only the `__anext__` await with its StopAsyncIteration
//!   handler (at the depth of the enclosing blocks plus the async iterator), never
//!   the loop body.
//! - `async with` keeps the bound `__aexit__` on the stack like `with` keeps
//!   `__exit__`, and every path out of the body (normal, exception, `return`,
//!   `break`, `continue`) awaits the result of calling it.

use super::codegen::{Compiler, FBlock};
use super::unit::Const;
use super::CompileError;
use crate::bytecode::Op;
use rustpython_parser::ast;

/// `GetAwaitable` argument: where the awaitable came from (it selects the message
/// when the object cannot be awaited, as in CPython).
pub mod await_site {
    pub const AWAIT: u32 = 0;
    pub const AENTER: u32 = 1;
    pub const AEXIT: u32 = 2;
}

impl<'a> Compiler<'a> {
    /// [awaitable iterator] -> [result]: sends None first, then whatever the driver
    /// sends, until the iterator returns.
    pub(super) fn await_loop(&mut self) {
        self.load_const(Const::None);
        let head = self.new_label();
        let exit = self.new_label();
        self.bind(head);
        self.emit_jump(Op::Send, exit);
        self.emit_sub(Op::YieldValue, 1, 0);
        self.emit_jump(Op::Jump, head);
        self.bind(exit);
    }

    /// `await <value on the stack>`.
    pub(super) fn emit_await(&mut self, site: u32) {
        self.emit(Op::GetAwaitable, site);
        self.await_loop();
    }

    /// `async for target in iter: body else: orelse`.
    pub(super) fn async_for_stmt(&mut self, f: &'a ast::StmtAsyncFor) -> Result<(), CompileError> {
        let head = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Op::GetAIter, 0);
        let base = self.u().base_depth();
        self.bind(head);
        // [aiter] -> [aiter, next value]; StopAsyncIteration ends the loop.
        self.push_handler(stop, base + 1);
        self.emit(Op::GetANext, 0);
        self.await_loop();
        self.pop_handler();
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::For { head, exit: end });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_line(f.range);
        self.emit_jump(Op::JumpBackward, head);
        // [aiter, exc]: StopAsyncIteration pops both, anything else is re-raised.
        self.bind(stop);
        self.set_line(f.range);
        self.emit(Op::EndAsyncFor, 0);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async with a as x, b as y: body`, one item at a time (like `with_stmt`).
    pub(super) fn async_with_stmt(
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
        // [mgr] -> [bound __aexit__, mgr.__aenter__()] -> [bound __aexit__, entered]
        self.emit(Op::BeforeAsyncWith, 0);
        self.emit_await(await_site::AENTER);
        let h = self.push_handler(handler_label, base + 1);
        self.u().fblocks.push(FBlock::AsyncWith { handler: h });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.async_with_stmt(rest, body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.await_exit_with_nones();
        self.emit_jump(Op::Jump, after);
        // [aexit, exc]
        self.bind(handler_label);
        let cleanup = self.new_label();
        self.push_handler(cleanup, base + 2);
        self.emit(Op::PushExcInfo, 0);
        // [aexit, prev, exc] -> [aexit, prev, exc, await aexit(type, exc, tb)]
        self.emit(Op::WithExceptStart, 0);
        self.emit_await(await_site::AEXIT);
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

    /// [aexit] -> awaits aexit(None, None, None) and drops the result.
    pub(super) fn await_exit_with_nones(&mut self) {
        self.emit(Op::PushNull, 0);
        self.emit(Op::Swap, 2);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::Call, 3);
        self.emit_await(await_site::AEXIT);
        self.emit(Op::PopTop, 0);
    }
}
