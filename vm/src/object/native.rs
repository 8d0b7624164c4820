//! Objects implemented by native modules (`collections.deque`, `random.Random`, ...):
//! a header, a vtable of GC hooks, then the module's own `#[repr(C)]` fields.
//!
//! Invariant: `vtable.trace` visits every Value the object holds and
//! `vtable.finalize` releases memory it owns outside the arena.

use super::ObjHeader;
use crate::interp::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub struct NativeVTable {
    pub name: &'static str,
    pub trace: fn(*mut ObjHeader, &mut dyn FnMut(Value)),
    pub finalize: fn(*mut ObjHeader),
    /// Optional protocol hooks (None = the object does not support the operation).
    pub ops: NativeOps,
}

type Hook1 = fn(&mut Vm, Value) -> PyResult<Value>;
type Hook2 = fn(&mut Vm, Value, Value) -> PyResult<Value>;
type SetHook = fn(&mut Vm, Value, Value, Value) -> PyResult<()>;
type DelHook = fn(&mut Vm, Value, Value) -> PyResult<()>;
type NextHook = fn(&mut Vm, Value) -> PyResult<Option<Value>>;
type LenHook = fn(&mut Vm, Value) -> PyResult<usize>;
type ReprHook = fn(&mut Vm, Value) -> PyResult<String>;
type ContainsHook = fn(&mut Vm, Value, Value) -> PyResult<bool>;

/// The protocols a native object may implement natively (its methods live in its
/// type's dict like any builtin type's).
#[derive(Default)]
pub struct NativeOps {
    pub getitem: Option<Hook2>,
    pub setitem: Option<SetHook>,
    pub delitem: Option<DelHook>,
    pub iter: Option<Hook1>,
    /// `next()` for native iterators: Ok(None) at the end.
    pub next: Option<NextHook>,
    pub len: Option<LenHook>,
    pub repr: Option<ReprHook>,
    pub contains: Option<ContainsHook>,
}

#[repr(C)]
pub struct NativeObjHeader {
    pub header: ObjHeader,
    pub vtable: &'static NativeVTable,
}

/// The vtable of a native object.
///
/// # Safety
/// `v` must be a live object of kind `Native`.
pub unsafe fn vtable_of(v: Value) -> &'static NativeVTable {
    (*v.as_ptr::<NativeObjHeader>()).vtable
}
