//! Generators keep their frame on the heap between resumptions.
//!
//! When a generator runs, its saved slots are copied onto the value stack as an
//! ordinary frame; when it yields, the live part of the frame is copied back into
//! `frame` (a ValueArray sized for the whole frame). `pc` is where it resumes, `sp` how
//! many stack items were live at the yield.
//!
//! A coroutine (`async def`) is the same object with the `coroutine` type: its code
//! has the COROUTINE flag as well as GENERATOR.
//!
//! Invariants:
//! - `state` is one of the `GEN_*` constants; a running generator cannot be
//!   re-entered (ValueError "generator already executing").
//! - The handled exception (`sys.exc_info()`) is per generator, as in CPython: while it
//!   runs, `caller_exc` holds the resumer's handled exception (restored when it yields,
//!   returns or raises); while it is suspended inside an `except` block, `exc_state`
//!   holds the exception being handled there (EMPTY otherwise).

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

pub const GEN_CREATED: u8 = 0;
pub const GEN_SUSPENDED: u8 = 1;
pub const GEN_RUNNING: u8 = 2;
pub const GEN_CLOSED: u8 = 3;

#[repr(C)]
pub struct GeneratorObj {
    pub header: ObjHeader,
    pub code: Value,
    pub globals: Value,
    pub frame: Value,
    pub name: Value,
    pub qualname: Value,
    /// The iterator a `yield from` is delegating to, or EMPTY.
    pub yield_from: Value,
    /// The exception handled inside the suspended generator, or EMPTY.
    pub exc_state: Value,
    /// While running: the resumer's handled exception.
    pub caller_exc: Value,
    pub pc: u32,
    pub sp: u32,
    pub state: u8,
}

impl Vm {
    pub fn new_generator(
        &mut self,
        class: *mut super::TypeObj,
        code: Value,
        globals: Value,
        frame: Value,
    ) -> Value {
        let p = self.alloc_obj(std::mem::size_of::<GeneratorObj>(), Kind::Generator, class)
            as *mut GeneratorObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).code = code;
            (*p).globals = globals;
            (*p).frame = frame;
            (*p).yield_from = Value::EMPTY;
            (*p).exc_state = Value::EMPTY;
            (*p).caller_exc = Value::EMPTY;
            let c = super::code::code_obj(code);
            (*p).name = c.name;
            (*p).qualname = c.qualname;
        }
        Value::from_ptr(p)
    }
}

/// True when `v` is a coroutine object (the frame object of an `async def`).
#[inline]
pub fn is_coroutine(v: Value) -> bool {
    if !super::is_kind(v, Kind::Generator) {
        return false;
    }
    // SAFETY: kind checked; a generator always holds its code object.
    unsafe {
        let g = &*v.as_ptr::<GeneratorObj>();
        super::code::code_obj(g.code).has_flag(super::code::flags::COROUTINE)
    }
}
