//! The object model: `#[repr(C)]` layouts of every heap object, and the per-type
//! operations in one file per type.
//!
//! Invariants:
//! - Every struct here begins with an `ObjHeader` and is allocated only through
//!   `Vm::alloc_obj` (so the collector knows it).
//! - Values held by an object are either fields of its struct or live in a GC payload
//!   (`ValueArray`, `DictTable`, `SetTable`); never in a Rust `Vec<Value>` that the
//!   collector cannot see, except where the kind's trace function walks that vector
//!   (code objects' constants).
//! - Objects that own memory outside the arena (big ints, code) are listed in
//!   `trace::finalize`, which releases it when the object dies.

pub mod array;
pub mod bytearray;
pub mod code;
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod header;
pub mod int;
pub mod iter;
pub mod list;
pub mod native;
pub mod range;
pub mod set;
pub mod shape;
pub mod str;
pub mod trace;
pub mod tuple;
pub mod typeobj;

pub use header::{Kind, ObjHeader};
pub use typeobj::TypeObj;

use crate::value::Value;

/// Reads an object's kind.
#[inline(always)]
pub fn kind_of(v: Value) -> Kind {
    debug_assert!(v.is_ptr());
    // SAFETY: `v` is a pointer Value, so it points at a live object's header.
    unsafe { (*v.header()).kind }
}

/// True when `v` is a heap object of layout `k`.
#[inline(always)]
pub fn is_kind(v: Value, k: Kind) -> bool {
    v.is_ptr() && kind_of(v) == k
}

/// Casts a pointer Value to a reference to its layout struct.
///
/// # Safety
/// `v` must be a live object whose kind matches `T`'s layout. The reference must not
/// outlive the object (it may be collected once unreachable) and must not alias a
/// `&mut` to the same object.
#[inline(always)]
pub unsafe fn obj<'a, T>(v: Value) -> &'a T {
    &*v.as_ptr::<T>()
}

/// Mutable variant of `obj`.
///
/// # Safety
/// As for `obj`, and no other reference to the object may be live.
#[inline(always)]
pub unsafe fn obj_mut<'a, T>(v: Value) -> &'a mut T {
    &mut *v.as_ptr::<T>()
}

/// A one-word cell holding a value: closure variables.
#[repr(C)]
pub struct CellObj {
    pub header: ObjHeader,
    pub value: Value,
}

/// A module: a name and a namespace dict.
#[repr(C)]
pub struct ModuleObj {
    pub header: ObjHeader,
    pub name: Value,
    pub dict: Value,
}

/// `slice(start, stop, step)`; missing parts are None.
#[repr(C)]
pub struct SliceObj {
    pub header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// `property`, `classmethod`, `staticmethod` share this layout.
#[repr(C)]
pub struct DescriptorObj {
    pub header: ObjHeader,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `bytes`: immutable bytes stored inline.
#[repr(C)]
pub struct BytesObj {
    pub header: ObjHeader,
    pub len: usize,
    pub hash: i64,
    pub data: [u8; 0],
}

/// An instance of a user class. `ext` holds the builtin base value for subclasses of
/// builtins and the exception state for exceptions.
///
/// Attributes live in one of three modes, told apart by `shape`:
/// - a shape object: `slots` is a ValueArray with one value per shape attribute;
/// - `INSTANCE_DICT_MODE`: `slots` is the instance's own dict, handed out live as
///   `__dict__` (an instance switches to this mode the first time `__dict__` is read
///   and never switches back; inline caches never match it, since it is no pointer);
/// - EMPTY: no attribute storage at all (`__slots__` classes without `__dict__`).
#[repr(C)]
pub struct InstanceObj {
    pub header: ObjHeader,
    pub shape: Value,
    pub slots: Value,
    pub ext: Value,
}

/// `super(this_class, obj)`: attribute lookup starts after `this_class` in the MRO of
/// `obj_type` (the type of `obj`, or `obj` itself when it is a class).
#[repr(C)]
pub struct SuperObj {
    pub header: ObjHeader,
    pub this_class: Value,
    pub obj: Value,
    pub obj_type: Value,
}

/// `InstanceObj::shape` of an instance whose attributes live in a dict.
pub const INSTANCE_DICT_MODE: Value = Value::NONE;

/// Byte offsets compiled code relies on.
pub const INSTANCE_SHAPE_OFFSET: usize = 16;
pub const INSTANCE_SLOTS_OFFSET: usize = 24;

/// The `ext` value of an instance (its builtin base value or exception state), or
/// EMPTY when `v` is not an instance.
#[inline]
pub fn instance_ext(v: Value) -> Value {
    if is_kind(v, Kind::Instance) {
        // SAFETY: kind checked.
        unsafe { obj::<InstanceObj>(v).ext }
    } else {
        Value::EMPTY
    }
}
