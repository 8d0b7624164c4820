//! Exception state. An exception instance is an `InstanceObj` (user exception classes
//! are ordinary classes) whose `ext` points to an `ExcDataObj` holding what CPython
//! keeps in `BaseException`: `args`, the traceback, `__cause__`, `__context__` and
//! `__suppress_context__`.
//!
//! Tracebacks are recorded cheaply as a linked list of (code, pc) records, newest
//! (outermost) first, and formatted only when printed.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct ExcDataObj {
    pub header: ObjHeader,
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// One traceback record: a frame's code and the instruction that was running.
#[repr(C)]
pub struct TracebackObj {
    pub header: ObjHeader,
    pub next: Value,
    pub code: Value,
    /// The globals of the frame (for NameError suggestions).
    pub globals: Value,
    pub pc: u32,
}

impl Vm {
    pub fn new_exc_data(&mut self, args: Value) -> Value {
        let p = self.alloc_obj(
            std::mem::size_of::<ExcDataObj>(),
            Kind::ExcData,
            std::ptr::null_mut(),
        ) as *mut ExcDataObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).args = args;
            (*p).traceback = Value::NONE;
            (*p).cause = Value::NONE;
            (*p).context = Value::NONE;
        }
        Value::from_ptr(p)
    }

    pub fn new_traceback(&mut self, next: Value, code: Value, globals: Value, pc: u32) -> Value {
        let class = self.types.traceback;
        let p = self.alloc_obj(std::mem::size_of::<TracebackObj>(), Kind::Traceback, class)
            as *mut TracebackObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).next = next;
            (*p).code = code;
            (*p).globals = globals;
            (*p).pc = pc;
        }
        Value::from_ptr(p)
    }
}
