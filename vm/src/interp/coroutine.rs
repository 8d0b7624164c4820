//! The coroutine instructions: what `await`, `async for`, `async with` and
//! `yield from` do with their operand before the `Send` loop drives it.
//!
//! A coroutine is a generator object of type `coroutine` (see `generator.rs`), so
//! awaiting one is delegating to it like `yield from` does, on the inline child-frame
//! path. The checks and messages are CPython 3.11's (`_PyCoro_GetAwaitableIter`,
//! `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`, `BEFORE_ASYNC_WITH`).
//!
//! Invariant: every value these return to a `Send` loop is an iterator, or a coroutine
//! (a `coroutine_wrapper` is replaced by its coroutine, which behaves the same and
//! keeps the resumption inline).

use super::{PyErr, PyResult};
use crate::bytecode::Op;
use crate::object::array::ValueArray;
use crate::object::code::code_obj;
use crate::object::coroutine::wrapped_coroutine;
use crate::object::generator::{is_coroutine, GeneratorObj, GEN_SUSPENDED};
use crate::object::{is_kind, obj, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// Where an awaitable came from (the `GetAwaitable` argument).
const AFTER_AENTER: u32 = 1;
const AFTER_AEXIT: u32 = 2;

impl Vm {
    /// What a suspended coroutine (or generator) is awaiting / delegating to: the
    /// receiver of the `Send` loop it is suspended in, if any (`cr_await`).
    pub fn gen_yf(&self, gen: Value) -> Option<Value> {
        // SAFETY: callers pass generator objects.
        let g = unsafe { obj::<GeneratorObj>(gen) };
        if g.state != GEN_SUSPENDED {
            return None;
        }
        // SAFETY: a suspended generator holds its code and saved frame.
        let c = unsafe { code_obj(g.code) };
        let pc = g.pc as usize;
        if pc == 0 {
            return None;
        }
        let y = c.instrs[pc - 1].get();
        if y.op != Op::YieldValue || y.sub != 1 {
            return None;
        }
        // SAFETY: inside the loop the receiver is the top of the saved stack.
        Some(unsafe { (*g.frame.as_ptr::<ValueArray>()).slots()[g.sp as usize - 1] })
    }

    /// CPython's `_PyCoro_GetAwaitableIter`: a coroutine itself, or what its type's
    /// `__await__` returns (which must be an iterator and not a coroutine). None when
    /// the type has no `__await__`.
    fn awaitable_iter(&mut self, v: Value) -> PyResult<Option<Value>> {
        if is_coroutine(v) {
            return Ok(Some(v));
        }
        let name = self.intern("__await__");
        let Some(m) = self.lookup_special(v, name) else {
            return Ok(None);
        };
        let it = self.call_bound_special(m, v, &[], Value::EMPTY)?;
        if is_coroutine(it) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(it) {
            let tn = self.type_name(it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(Some(wrapped_coroutine(it).unwrap_or(it)))
    }

    /// `GetAwaitable`: the iterator that `await v` drives.
    pub fn get_awaitable(&mut self, v: Value, site: u32) -> PyResult<Value> {
        let Some(it) = self.awaitable_iter(v)? else {
            let tn = self.type_name(v);
            let msg = match site {
                AFTER_AENTER => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                AFTER_AEXIT => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                _ => format!("object {tn} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        };
        if is_coroutine(it) && self.gen_yf(it).is_some() {
            return Err(self.runtime_error("coroutine is being awaited already"));
        }
        Ok(it)
    }

    /// `GetYieldFromIter`: generators pass through; a coroutine only in a coroutine
    /// (which cannot contain `yield from`), so never; other iterables through iter().
    pub fn yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if is_kind(v, Kind::Generator) {
            if is_coroutine(v) {
                return Err(self.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            return Ok(v);
        }
        if let Some(c) = wrapped_coroutine(v) {
            return Ok(c);
        }
        self.get_iter(v)
    }

    /// `GetAIter`: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let name = self.intern("__aiter__");
        let Some(m) = self.lookup_special(v, name) else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = self.call_bound_special(m, v, &[], Value::EMPTY)?;
        let next = self.intern("__anext__");
        if self.lookup_special(it, next).is_none() {
            let tn = self.type_name(it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable iterator of `type(it).__anext__(it)`.
    pub fn get_anext(&mut self, it: Value) -> PyResult<Value> {
        let name = self.intern("__anext__");
        let Some(m) = self.lookup_special(it, name) else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let next = self.call_bound_special(m, it, &[], Value::EMPTY)?;
        let cause = match self.awaitable_iter(next) {
            Ok(Some(aw)) => return Ok(aw),
            Ok(None) => {
                let tn = self.type_name(next);
                self.type_error(format!("object {tn} can't be used in 'await' expression"))
            }
            Err(e) => e,
        };
        let tn = self.type_name(next);
        let PyErr(r) = self.type_error(format!(
            "'async for' received an invalid object from __anext__: {tn}"
        ));
        self.set_exception_cause(r, cause.0);
        Err(PyErr(r))
    }

    /// `BeforeAsyncWith`: (bound `__aexit__`, result of `__aenter__()`), the latter
    /// still to be awaited.
    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let (en, ex) = (self.intern("__aenter__"), self.intern("__aexit__"));
        let Some(enter) = self.lookup_special(mgr, en) else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.lookup_special(mgr, ex) else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let exit_bound = self.bind_descriptor(exit, mgr)?;
        let entered = self.call_bound_special(enter, mgr, &[], Value::EMPTY)?;
        Ok((exit_bound, entered))
    }
}
