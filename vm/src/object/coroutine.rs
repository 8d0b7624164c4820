//! `coroutine_wrapper`: what `coroutine.__await__()` returns, an iterator that drives
//! the coroutine (`__next__`, `send`, `throw`, `close`).
//!
//! A coroutine itself is a `GeneratorObj` (see `generator.rs`); only the wrapper has a
//! layout of its own: a native object holding the coroutine.
//!
//! Invariants:
//! - `coro` is always a coroutine object (`generator::is_coroutine`).
//! - The wrapper adds no state: the interpreter may replace a wrapper by its
//!   coroutine wherever it delegates to it (`await`, `yield from`), which keeps
//!   those resumptions on the inline child-frame path.

use super::native::{NativeObjHeader, NativeOps, NativeVTable};
use super::{is_kind, Kind, ObjHeader};
use crate::interp::generator::{GenOutcome, Resume};
use crate::interp::PyResult;
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct CoroWrapperObj {
    pub hdr: NativeObjHeader,
    pub coro: Value,
}

fn trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live wrappers only (this vtable is theirs).
    let c = unsafe { (*(o as *const CoroWrapperObj)).coro };
    visit(c);
}

fn no_finalize(_o: *mut ObjHeader) {}

/// `next(wrapper)`: Some(yielded value), or None when the coroutine returned (callers
/// that need the return value unwrap the coroutine first, see `wrapped_coroutine`).
fn next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this hook is only attached to wrappers.
    let coro = unsafe { (*o.as_ptr::<CoroWrapperObj>()).coro };
    match vm.gen_resume(coro, Resume::Send(Value::NONE))? {
        GenOutcome::Yielded(v) => Ok(Some(v)),
        GenOutcome::Returned(_) => Ok(None),
    }
}

static VTABLE: NativeVTable = NativeVTable {
    name: "coroutine_wrapper",
    trace,
    finalize: no_finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        next: Some(next),
        len: None,
        repr: None,
        contains: None,
    },
};

/// The coroutine behind `v` when `v` is a `coroutine_wrapper`.
#[inline]
pub fn wrapped_coroutine(v: Value) -> Option<Value> {
    if !is_kind(v, Kind::Native) {
        return None;
    }
    // SAFETY: kind checked; the vtable identifies wrappers.
    unsafe {
        if !std::ptr::eq(super::native::vtable_of(v), &VTABLE) {
            return None;
        }
        Some((*v.as_ptr::<CoroWrapperObj>()).coro)
    }
}

impl Vm {
    /// `coro.__await__()`.
    pub fn new_coroutine_wrapper(&mut self, coro: Value) -> Value {
        debug_assert!(
            super::generator::is_coroutine(coro),
            "wrapping a non-coroutine"
        );
        let t = self.types.coroutine_wrapper;
        let p = self.alloc_obj(std::mem::size_of::<CoroWrapperObj>(), Kind::Native, t)
            as *mut CoroWrapperObj;
        // SAFETY: fresh object, fully written before anything else can allocate.
        unsafe {
            std::ptr::write(&mut (*p).hdr.vtable, &VTABLE);
            (*p).coro = coro;
        }
        Value::from_ptr(p)
    }
}
