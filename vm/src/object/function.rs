//! Callables: Python functions, native (Rust) functions and bound methods.
//!
//! Invariants:
//! - A `FunctionObj`'s `defaults` is EMPTY or a tuple, `kwdefaults` EMPTY or a dict,
//!   `closure` EMPTY or a tuple of cells matching its code's `nfrees`.
//! - A native function receives its arguments as one slice: positional arguments first,
//!   then the values of keyword arguments whose names are in `kwnames` (a tuple, or
//!   EMPTY). Functions that do not take keywords never see any (the caller raises).
//! - Methods of builtin types are native functions with `METHOD` set: they are called
//!   with the receiver as `args[0]`, and attribute access binds them.

use super::{Kind, ObjHeader};
use crate::interp::PyResult;
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct FunctionObj {
    pub header: ObjHeader,
    pub code: Value,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    pub defaults: Value,
    pub kwdefaults: Value,
    pub closure: Value,
    /// Attribute dict (`__dict__`, set by `functools.wraps` and friends), or EMPTY.
    pub dict: Value,
    pub module: Value,
    pub doc: Value,
}

/// Signature of every native function.
pub type NativeFn = fn(&mut Vm, &[Value], Value) -> PyResult<Value>;

pub mod native_flags {
    /// Accepts keyword arguments.
    pub const KWARGS: u32 = 1 << 0;
    /// A method of a builtin type: binds to its receiver on attribute access.
    pub const METHOD: u32 = 1 << 1;
    /// A classmethod of a builtin type (`dict.fromkeys`): binds to the class.
    pub const CLASSMETHOD: u32 = 1 << 2;
    /// A static method of a builtin type (`str.maketrans`).
    pub const STATIC: u32 = 1 << 3;
}

#[repr(C)]
pub struct NativeFunctionObj {
    pub header: ObjHeader,
    pub name: Value,
    pub func: NativeFn,
    pub flags: u32,
    /// The type a method belongs to (for error messages and descriptor checks), or null.
    pub owner: *mut super::TypeObj,
    /// Extra state for natives that close over a value (module functions bound to
    /// their module's state, partial-like natives), or EMPTY.
    pub data: Value,
}

#[repr(C)]
pub struct BoundMethodObj {
    pub header: ObjHeader,
    pub func: Value,
    pub self_: Value,
}

impl Vm {
    pub fn new_native(
        &mut self,
        name: &str,
        func: NativeFn,
        flags: u32,
        owner: *mut super::TypeObj,
    ) -> Value {
        let name = self.intern(name);
        let class = self.types.builtin_function;
        let p = self.alloc_obj(
            std::mem::size_of::<NativeFunctionObj>(),
            Kind::NativeFunction,
            class,
        ) as *mut NativeFunctionObj;
        // SAFETY: fresh object; `ptr::write` for the fn pointer field (zeroed memory is
        // not a valid fn pointer).
        unsafe {
            (*p).name = name;
            std::ptr::write(&mut (*p).func, func);
            (*p).flags = flags;
            (*p).owner = owner;
        }
        Value::from_ptr(p)
    }

    pub fn new_bound_method(&mut self, func: Value, self_: Value) -> Value {
        let class = self.types.method;
        let p = self.alloc_obj(
            std::mem::size_of::<BoundMethodObj>(),
            Kind::BoundMethod,
            class,
        ) as *mut BoundMethodObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).func = func;
            (*p).self_ = self_;
        }
        Value::from_ptr(p)
    }

    pub fn new_cell(&mut self, value: Value) -> Value {
        let class = self.types.cell;
        let p = self.alloc_obj(std::mem::size_of::<super::CellObj>(), Kind::Cell, class)
            as *mut super::CellObj;
        // SAFETY: fresh object.
        unsafe { (*p).value = value };
        Value::from_ptr(p)
    }
}
