//! `tuple`: immutable, items stored inline.
//!
//! Invariant: `len` items follow the header and are never EMPTY once the tuple is
//! visible to Python code. The empty tuple is a singleton.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct TupleObj {
    pub header: ObjHeader,
    pub len: usize,
    pub items: [Value; 0],
}

/// Byte offset of the first item, for compiled code.
pub const TUPLE_ITEMS_OFFSET: usize = 24;

impl TupleObj {
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `len` items follow the header.
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.len) }
    }
    #[inline(always)]
    pub fn items_mut(&mut self) -> &mut [Value] {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts_mut(self.items.as_mut_ptr(), self.len) }
    }
}

/// Borrows a tuple's items.
///
/// # Safety
/// `v` must be a live tuple; the slice must not outlive it.
#[inline(always)]
pub unsafe fn tuple_items<'a>(v: Value) -> &'a [Value] {
    (*v.as_ptr::<TupleObj>()).items()
}

impl Vm {
    /// Allocates a tuple of `len` EMPTY items, to be filled before Python sees it.
    pub fn alloc_tuple(&mut self, len: usize) -> Value {
        if len == 0 {
            return self.singletons.empty_tuple;
        }
        let class = self.types.tuple;
        self.alloc_tuple_of_class(len, class)
    }

    pub fn alloc_tuple_of_class(&mut self, len: usize, class: *mut super::TypeObj) -> Value {
        let size = std::mem::size_of::<TupleObj>() + len * 8;
        let p = self.alloc_obj(size, Kind::Tuple, class) as *mut TupleObj;
        // SAFETY: fresh object with room for `len` items.
        unsafe { (*p).len = len };
        Value::from_ptr(p)
    }

    /// Makes a tuple from a slice of values.
    pub fn new_tuple(&mut self, items: &[Value]) -> Value {
        if items.is_empty() {
            return self.singletons.empty_tuple;
        }
        // `items` may point into the value stack or a rooted vector, both of which the
        // collector sees, so allocating first is safe.
        let t = self.alloc_tuple(items.len());
        // SAFETY: fresh tuple of the same length.
        unsafe { (*t.as_ptr::<TupleObj>()).items_mut().copy_from_slice(items) };
        t
    }
}
