//! `ValueArray`: the GC payload that holds a counted run of Values (list items, instance
//! slots, saved generator frames).
//!
//! Invariants: `cap` slots follow the header; every slot is a valid Value or `EMPTY`
//! (fresh arrays are zero-filled, which is `EMPTY`). The collector traces all `cap`
//! slots, so owners clear slots they stop using.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct ValueArray {
    pub header: ObjHeader,
    pub cap: usize,
    pub data: [Value; 0],
}

/// Byte offset of the first slot, for compiled code.
pub const VALUE_ARRAY_DATA_OFFSET: usize = 24;

impl ValueArray {
    #[inline(always)]
    pub fn slots(&self) -> &[Value] {
        // SAFETY: `cap` slots follow the header, inside the object's cell.
        unsafe { std::slice::from_raw_parts(self.data.as_ptr(), self.cap) }
    }
    #[inline(always)]
    pub fn slots_mut(&mut self) -> &mut [Value] {
        // SAFETY: as above; `&mut self` guarantees exclusive access.
        unsafe { std::slice::from_raw_parts_mut(self.data.as_mut_ptr(), self.cap) }
    }
    #[inline(always)]
    pub fn ptr(&self) -> *mut Value {
        self.data.as_ptr() as *mut Value
    }
}

impl Vm {
    /// Allocates an array of `cap` EMPTY slots.
    pub fn alloc_array(&mut self, cap: usize) -> *mut ValueArray {
        let size = std::mem::size_of::<ValueArray>() + cap * 8;
        let p = self.alloc_obj(size, Kind::ValueArray, std::ptr::null_mut()) as *mut ValueArray;
        // SAFETY: fresh zero-filled object of the right size.
        unsafe { (*p).cap = cap };
        p
    }
}

/// Reads the slots of the array `arr` points to (null means empty).
///
/// # Safety
/// `arr` must be null or a live ValueArray, and the slice must not outlive it.
#[inline(always)]
pub unsafe fn array_slots<'a>(arr: Value) -> &'a [Value] {
    if arr.is_empty() {
        return &[];
    }
    (*arr.as_ptr::<ValueArray>()).slots()
}
