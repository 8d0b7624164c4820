//! Generators: frames that outlive a call.
//!
//! A generator's frame is saved in a heap `ValueArray` while it is suspended. Resuming
//! copies it onto the value stack as an entry frame (`H_LINK == -1`, `H_GEN` set) and
//! runs `run_frame`, which returns at the next `YieldValue` (the frame is copied back
//! and the state becomes SUSPENDED) or when the frame returns or raises (CLOSED).
//!
//! `yield from` is the `Send` instruction looping over a sub-iterator; `throw` and
//! `close` are forwarded to that sub-iterator while the generator is suspended inside
//! the loop (the receiver is the value on top of the saved stack). `await` is the same
//! loop, so coroutines (generator objects of type `coroutine`) run on this machinery;
//! only their messages differ, and a finished coroutine cannot be resumed again.
//!
//! Handled exceptions are per generator: resuming installs the generator's own
//! (`exc_state`) or inherits the resumer's, and every way out of the frame restores
//! the resumer's (`caller_exc`). Inside a generator frame, `PushExcInfo` saves an
//! inherited exception as None and `PopExcept` turns None back into the inherited one
//! (`gen_saved_exc` / `gen_restored_exc`), so that a handler never restores an
//! exception that belonged to an earlier resumer.

use super::frame::*;
use super::{PyErr, PyResult};
use crate::bytecode::Op;
use crate::object::array::ValueArray;
use crate::object::code::code_obj;
use crate::object::coroutine::wrapped_coroutine;
use crate::object::generator::*;
use crate::object::{is_kind, obj_mut, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// How a generator is resumed.
pub enum Resume {
    /// `send(v)` / `next()` (v = None).
    Send(Value),
    /// `throw(exc)`: forwarded to a `yield from` sub-iterator if there is one.
    Throw(PyErr),
    /// Raise `exc` at the generator's own yield point, without delegating.
    ThrowHere(PyErr),
    /// Continue at `pc` after replacing the saved top of stack with `v` (a delegated
    /// `yield from` finished with value `v`).
    JumpWith(u32, Value),
}

/// What a resumed generator did.
pub enum GenOutcome {
    Yielded(Value),
    Returned(Value),
}

#[inline]
fn gen_obj<'a>(g: Value) -> &'a mut GeneratorObj {
    // SAFETY: callers pass generator objects.
    unsafe { obj_mut::<GeneratorObj>(g) }
}

/// "generator" or "coroutine", for messages.
fn what(gen: Value) -> &'static str {
    if is_coroutine(gen) {
        "coroutine"
    } else {
        "generator"
    }
}

impl Vm {
    /// Turns a freshly bound frame at `fp`/`hp` into a generator object.
    pub fn make_generator(&mut self, func: Value, fp: usize, hp: usize) -> Value {
        // SAFETY: the frame header holds the code object.
        let code = self.stack.at(hp + H_CODE);
        let c = unsafe { code_obj(code) };
        let size = c.nslots() + HDR_SIZE + c.stacksize as usize;
        let arr = self.alloc_array(size);
        // SAFETY: fresh array of `size` slots; the frame is below stack.top.
        unsafe {
            let dst = (*arr).slots_mut();
            dst[..c.nslots() + HDR_SIZE].copy_from_slice(self.stack.slice(fp, hp + HDR_SIZE));
        }
        let globals = self.stack.at(hp + H_GLOBALS);
        let class = if c.has_flag(crate::object::code::flags::COROUTINE) {
            self.types.coroutine
        } else {
            self.types.generator
        };
        let g = self.new_generator(class, code, globals, Value::from_ptr(arr));
        let go = gen_obj(g);
        go.sp = (c.nslots() + HDR_SIZE) as u32;
        go.pc = 0;
        go.state = GEN_CREATED;
        // SAFETY: func is a function; its name/qualname are the generator's.
        unsafe {
            let f = crate::object::obj::<crate::object::function::FunctionObj>(func);
            go.name = f.name;
            go.qualname = f.qualname;
        }
        g
    }

    /// Marks `gen` as running and installs its handled exception (its own, or the
    /// resumer's when it has none).
    fn gen_enter(&mut self, gen: Value) {
        let go = gen_obj(gen);
        go.state = GEN_RUNNING;
        go.caller_exc = self.handled_exc;
        if !go.exc_state.is_empty() {
            self.handled_exc = go.exc_state;
        }
        self.depth += 1;
    }

    /// Gives the resumer its handled exception back when `gen` stops running.
    fn gen_leave_exc(&mut self, go: &mut GeneratorObj, suspending: bool) {
        let h = self.handled_exc;
        go.exc_state = if suspending && h != go.caller_exc && !h.is_none() {
            h
        } else {
            Value::EMPTY
        };
        self.handled_exc = go.caller_exc;
        go.caller_exc = Value::EMPTY;
    }

    /// `PushExcInfo` in the frame of `gen`: the value to save as "previously handled"
    /// (None when the current one is only inherited from the resumer).
    pub fn gen_saved_exc(&self, gen: Value) -> Value {
        let h = self.handled_exc;
        if h == gen_obj(gen).caller_exc {
            Value::NONE
        } else {
            h
        }
    }

    /// `PopExcept` in the frame of `gen`: the handled exception to restore.
    pub fn gen_restored_exc(&self, gen: Value, saved: Value) -> Value {
        if saved.is_none() {
            gen_obj(gen).caller_exc
        } else {
            saved
        }
    }

    /// Saves the running generator frame at a yield.
    pub fn generator_suspend(&mut self, gen: Value, fp: usize, _hp: usize, pc: usize, sp: usize) {
        let go = gen_obj(gen);
        self.gen_leave_exc(go, true);
        // SAFETY: the frame array was sized for the whole frame.
        unsafe {
            let arr = &mut *go.frame.as_ptr::<ValueArray>();
            arr.slots_mut()[..sp - fp].copy_from_slice(self.stack.slice(fp, sp));
        }
        go.pc = pc as u32;
        go.sp = (sp - fp) as u32;
        go.state = GEN_SUSPENDED;
    }

    /// Marks a generator whose frame returned or raised as finished.
    pub fn generator_finish(&mut self, gen: Value) {
        let go = gen_obj(gen);
        if go.state == GEN_RUNNING {
            self.gen_leave_exc(go, false);
        }
        go.state = GEN_CLOSED;
        go.frame = Value::EMPTY;
    }

    /// PEP 479: a StopIteration escaping a generator (or coroutine) becomes
    /// RuntimeError.
    pub fn convert_stop_iteration_in_generator(&mut self, gen: Value, e: PyErr) -> PyErr {
        if self.isinstance(e.0, self.types.stop_iteration) {
            let msg = format!("{} raised StopIteration", what(gen));
            let r = self.new_exception_msg(self.types.runtime_error, &msg);
            self.set_exception_cause(r.0, e.0);
            return r;
        }
        e
    }

    /// Pushes the frame of `gen` on the value stack as a child of the frame at
    /// `caller_hp`, for the interpreter to continue in without recursing (`for` over a
    /// generator, `yield from` a generator). `ret_slot` is where a yielded value goes
    /// in the caller's stack; `send` is the value sent (None for `next`).
    ///
    /// Returns the new frame's (hp, pc, sp), or None when `gen` must be resumed the
    /// slow way instead (not a generator, a coroutine unless `allow_coroutine` (only
    /// `await`/`yield from` may drive one), running or closed, a non-None value sent
    /// to a fresh generator, or too little stack left).
    pub fn gen_push_inline(
        &mut self,
        gen: Value,
        caller_hp: usize,
        ret_slot: usize,
        send: Value,
        allow_coroutine: bool,
    ) -> Option<(usize, usize, usize)> {
        if !is_kind(gen, Kind::Generator) || self.depth >= self.recursion_limit {
            return None;
        }
        let go = gen_obj(gen);
        let state = go.state;
        if !(state == GEN_SUSPENDED || (state == GEN_CREATED && send.is_none())) {
            return None;
        }
        // SAFETY: a suspended or fresh generator has its code and saved frame.
        let c = unsafe { code_obj(go.code) };
        if !allow_coroutine && c.has_flag(crate::object::code::flags::COROUTINE) {
            return None;
        }
        let fp = self.stack.top;
        let hp = fp + c.nslots();
        let end = hp + HDR_SIZE + c.stacksize as usize;
        if end + 4096 > self.stack.cap {
            return None;
        }
        let saved = go.sp as usize;
        // SAFETY: the saved frame holds `saved` live slots; the destination lies inside
        // the reservation (checked above).
        unsafe {
            let arr = &*go.frame.as_ptr::<ValueArray>();
            std::ptr::copy_nonoverlapping(arr.slots().as_ptr(), self.stack.base.add(fp), saved);
        }
        self.stack
            .set(hp + H_LINK, Value::small_int(caller_hp as i64));
        self.stack.set(hp + H_GEN, gen);
        self.stack
            .set(hp + H_RET, Value::small_int(ret_slot as i64));
        self.stack.top = end;
        let mut sp = fp + saved;
        if state == GEN_SUSPENDED {
            self.stack.set(sp, send);
            sp += 1;
        }
        let pc = go.pc as usize;
        self.gen_enter(gen);
        Some((hp, pc, sp))
    }

    /// Resumes a generator.
    pub fn gen_resume(&mut self, gen: Value, how: Resume) -> PyResult<GenOutcome> {
        let state = gen_obj(gen).state;
        match state {
            GEN_RUNNING => {
                let msg = format!("{} already executing", what(gen));
                return Err(self.new_exception_msg(self.types.value_error, &msg));
            }
            GEN_CLOSED => {
                if is_coroutine(gen) {
                    return Err(self.new_exception_msg(
                        self.types.runtime_error,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return match how {
                    Resume::Throw(e) | Resume::ThrowHere(e) => Err(e),
                    _ => Ok(GenOutcome::Returned(Value::NONE)),
                };
            }
            GEN_CREATED => match how {
                Resume::Send(v) if !v.is_none() => {
                    let msg = format!("can't send non-None value to a just-started {}", what(gen));
                    return Err(self.type_error(msg));
                }
                Resume::Throw(e) | Resume::ThrowHere(e) => {
                    // Raised before the first line: no handler of the body sees it.
                    let (code, globals) = (gen_obj(gen).code, gen_obj(gen).globals);
                    if let Some(d) = super::unwind::exc_data(e.0) {
                        let next = d.traceback;
                        let tb = self.new_traceback(next, code, globals, 0);
                        if let Some(d) = super::unwind::exc_data(e.0) {
                            d.traceback = tb;
                        }
                    }
                    let go = gen_obj(gen);
                    go.state = GEN_CLOSED;
                    go.frame = Value::EMPTY;
                    return Err(self.convert_stop_iteration_in_generator(gen, e));
                }
                _ => {}
            },
            _ => {}
        }
        // Delegate throw() to a `yield from` sub-iterator first.
        let how = match how {
            Resume::Throw(e) if state == GEN_SUSPENDED => match self.delegate_throw(gen, e)? {
                Some(done) => return Ok(done),
                None => Resume::Throw(e),
            },
            other => other,
        };
        self.check_native_stack()?;
        if self.depth >= self.recursion_limit {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let go = gen_obj(gen);
        // SAFETY: a live generator has its code and saved frame.
        let c = unsafe { code_obj(go.code) };
        let nslots = c.nslots();
        let fp = self.stack.top;
        let hp = fp + nslots;
        let end = hp + HDR_SIZE + c.stacksize as usize;
        if end + 4096 > self.stack.cap {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let saved = go.sp as usize;
        // SAFETY: the saved frame holds `saved` live slots; the destination lies inside
        // the reservation (checked above).
        unsafe {
            let arr = &*go.frame.as_ptr::<ValueArray>();
            std::ptr::copy_nonoverlapping(arr.slots().as_ptr(), self.stack.base.add(fp), saved);
        }
        self.stack.set(hp + H_LINK, Value::small_int(-1));
        self.stack.set(hp + H_GEN, gen);
        self.stack.set(hp + H_RET, Value::small_int(fp as i64));
        self.stack.top = end;
        let mut pc = go.pc as usize;
        let mut sp = fp + saved;
        let mut throw = None;
        match how {
            Resume::Send(v) => {
                if state == GEN_SUSPENDED {
                    self.stack.set(sp, v);
                    sp += 1;
                }
            }
            Resume::Throw(e) | Resume::ThrowHere(e) => {
                self.stack
                    .set(hp + H_PC, Value::small_int(pc.saturating_sub(1) as i64));
                throw = Some(e);
            }
            Resume::JumpWith(target, v) => {
                self.stack.set(sp - 1, v);
                pc = target as usize;
            }
        }
        self.gen_enter(gen);
        let r = self.run_frame(hp, pc, sp, throw);
        let go = gen_obj(gen);
        if go.state == GEN_RUNNING {
            // Left without a yield, return or unwind (should not happen): still give
            // the resumer its handled exception back.
            self.gen_leave_exc(go, false);
        }
        if go.state == GEN_SUSPENDED {
            return r.map(GenOutcome::Yielded);
        }
        go.state = GEN_CLOSED;
        go.frame = Value::EMPTY;
        r.map(GenOutcome::Returned)
    }

    /// If `gen` is suspended inside `yield from`, forwards `e` to the sub-iterator.
    /// Returns Some(outcome) when the delegation settled the resumption.
    fn delegate_throw(&mut self, gen: Value, e: PyErr) -> PyResult<Option<GenOutcome>> {
        let go = gen_obj(gen);
        // SAFETY: a suspended generator has code and frame.
        let c = unsafe { code_obj(go.code) };
        let pc = go.pc as usize;
        if pc < 2 {
            return Ok(None);
        }
        let y = c.instrs[pc - 1].get();
        if y.op != Op::YieldValue || y.sub != 1 {
            return Ok(None);
        }
        let send = c.instrs[pc - 2].get();
        let exit_pc = send.arg;
        // SAFETY: the receiver is the top of the saved stack.
        let recv = unsafe { (*go.frame.as_ptr::<ValueArray>()).slots()[go.sp as usize - 1] };
        let recv = wrapped_coroutine(recv).unwrap_or(recv);
        if self.isinstance(e.0, self.types.generator_exit) {
            // close() the sub-iterator, then raise GeneratorExit here.
            if is_kind(recv, Kind::Generator) {
                self.gen_close(recv)?;
            } else if let Some(close) = self.get_attr_opt(recv, self.names.close)? {
                self.call(close, &[])?;
            }
            return Ok(None);
        }
        let result = if is_kind(recv, Kind::Generator) {
            match self.gen_resume(recv, Resume::Throw(e)) {
                Ok(GenOutcome::Yielded(v)) => Ok(Ok(v)),
                Ok(GenOutcome::Returned(v)) => Ok(Err(v)),
                Err(e2) => Err(e2),
            }
        } else {
            match self.get_attr_opt(recv, self.names.throw)? {
                None => return Ok(None),
                Some(t) => match self.call(t, &[e.0]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e2) if self.isinstance(e2.0, self.types.stop_iteration) => {
                        let v = self.stop_iteration_value(e2.0);
                        Ok(Err(v))
                    }
                    Err(e2) => Err(e2),
                },
            }
        };
        match result {
            Ok(Ok(v)) => Ok(Some(GenOutcome::Yielded(v))),
            Ok(Err(v)) => self.gen_resume(gen, Resume::JumpWith(exit_pc, v)).map(Some),
            Err(e2) => {
                // The sub-iterator raised: raise it at our yield point.
                self.gen_resume(gen, Resume::ThrowHere(e2)).map(Some)
            }
        }
    }

    /// `throw(*args)` whose arguments could not make an exception (`err`): a
    /// generator suspended in `yield from` / `await` passes the call down, and the
    /// innermost one fails with `err` untouched; each generator above it then sees
    /// that error raised at its own yield point (CPython's `_gen_throw`).
    pub fn gen_throw_failed(
        &mut self,
        gen: Value,
        err: PyErr,
        args: &[Value],
    ) -> PyResult<GenOutcome> {
        if gen_obj(gen).state != GEN_SUSPENDED {
            return Err(err);
        }
        let Some(recv) = self.gen_yf(gen) else {
            return Err(err);
        };
        let recv = wrapped_coroutine(recv).unwrap_or(recv);
        let result = if is_kind(recv, Kind::Generator) {
            match self.gen_throw_failed(recv, err, args) {
                Ok(GenOutcome::Yielded(v)) => Ok(Ok(v)),
                Ok(GenOutcome::Returned(v)) => Ok(Err(v)),
                Err(e2) => Err(e2),
            }
        } else {
            match self.get_attr_opt(recv, self.names.throw)? {
                None => return Err(err),
                Some(t) => match self.call(t, args) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e2) if self.isinstance(e2.0, self.types.stop_iteration) => {
                        Ok(Err(self.stop_iteration_value(e2.0)))
                    }
                    Err(e2) => Err(e2),
                },
            }
        };
        match result {
            Ok(Ok(v)) => Ok(GenOutcome::Yielded(v)),
            Ok(Err(v)) => {
                // SAFETY: a suspended generator has its code; gen_yf saw the loop.
                let c = unsafe { code_obj(gen_obj(gen).code) };
                let exit_pc = c.instrs[gen_obj(gen).pc as usize - 2].get().arg;
                self.gen_resume(gen, Resume::JumpWith(exit_pc, v))
            }
            Err(e2) => self.gen_resume(gen, Resume::ThrowHere(e2)),
        }
    }

    /// `generator.close()`.
    pub fn gen_close(&mut self, gen: Value) -> PyResult<()> {
        let state = gen_obj(gen).state;
        if state == GEN_CREATED || state == GEN_CLOSED {
            gen_obj(gen).state = GEN_CLOSED;
            gen_obj(gen).frame = Value::EMPTY;
            return Ok(());
        }
        let exc = self.new_exception_args(self.types.generator_exit, &[]);
        match self.gen_resume(gen, Resume::Throw(exc)) {
            Ok(GenOutcome::Yielded(_)) => {
                let msg = format!("{} ignored GeneratorExit", what(gen));
                Err(self.new_exception_msg(self.types.runtime_error, &msg))
            }
            Ok(GenOutcome::Returned(_)) => Ok(()),
            Err(e) => {
                if self.isinstance(e.0, self.types.generator_exit)
                    || self.isinstance(e.0, self.types.stop_iteration)
                {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// One step of `yield from`: sends `v` to `recv`. Ok(Ok(y)) when it yielded `y`,
    /// Ok(Err(r)) when it finished with value `r`.
    pub fn send_to(&mut self, recv: Value, v: Value) -> PyResult<Result<Value, Value>> {
        let recv = wrapped_coroutine(recv).unwrap_or(recv);
        if is_kind(recv, Kind::Generator) {
            return match self.gen_resume(recv, Resume::Send(v))? {
                GenOutcome::Yielded(y) => Ok(Ok(y)),
                GenOutcome::Returned(r) => Ok(Err(r)),
            };
        }
        let r = if v.is_none() {
            self.iter_next_raw(recv)
        } else {
            let send = self.names.send;
            let m = self.get_attr(recv, send)?;
            self.call(m, &[v])
        };
        match r {
            Ok(y) => Ok(Ok(y)),
            Err(e) if self.isinstance(e.0, self.types.stop_iteration) => {
                Ok(Err(self.stop_iteration_value(e.0)))
            }
            Err(e) => Err(e),
        }
    }
}
