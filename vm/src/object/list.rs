//! `list`: a length and a GC payload (`ValueArray`) of capacity `cap`.
//!
//! Invariants:
//! - `items` is EMPTY (no payload) or a ValueArray with `cap >= len`.
//! - Slots `len..cap` are EMPTY, so the collector (which traces all `cap` slots) does
//!   not keep dead values alive.
//! - Code that calls back into Python while walking a list re-reads `len` and `items`
//!   after every call: the list may have been resized or mutated.

use super::array::ValueArray;
use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct ListObj {
    pub header: ObjHeader,
    pub len: usize,
    pub items: Value,
}

/// Byte offsets for compiled code.
pub const LIST_LEN_OFFSET: usize = 16;
pub const LIST_ITEMS_OFFSET: usize = 24;

impl ListObj {
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: invariant: a non-empty list has a payload with cap >= len.
        unsafe { std::slice::from_raw_parts((*self.items.as_ptr::<ValueArray>()).ptr(), self.len) }
    }
    #[inline(always)]
    pub fn items_mut(&mut self) -> &mut [Value] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: as above.
        unsafe {
            std::slice::from_raw_parts_mut((*self.items.as_ptr::<ValueArray>()).ptr(), self.len)
        }
    }
    #[inline(always)]
    pub fn cap(&self) -> usize {
        if self.items.is_empty() {
            0
        } else {
            // SAFETY: payload is a ValueArray.
            unsafe { (*self.items.as_ptr::<ValueArray>()).cap }
        }
    }
}

/// Borrows a list object.
///
/// # Safety
/// `v` must be a live list; see `object::obj_mut` for aliasing rules.
#[inline(always)]
pub unsafe fn list_obj<'a>(v: Value) -> &'a mut ListObj {
    &mut *v.as_ptr::<ListObj>()
}

impl Vm {
    /// A new empty list with room for `cap` items.
    pub fn new_list_with_capacity(&mut self, cap: usize) -> Value {
        let class = self.types.list;
        self.new_list_of_class(cap, class)
    }

    pub fn new_list_of_class(&mut self, cap: usize, class: *mut super::TypeObj) -> Value {
        let p = self.alloc_obj(std::mem::size_of::<ListObj>(), Kind::List, class) as *mut ListObj;
        let l = Value::from_ptr(p);
        if cap > 0 {
            let arr = self.alloc_array(cap);
            // SAFETY: `p` is the fresh list (kept alive by the local `l`).
            unsafe { (*p).items = Value::from_ptr(arr) };
        }
        l
    }

    /// A new list holding a copy of `items`.
    pub fn new_list(&mut self, items: &[Value]) -> Value {
        let l = self.new_list_with_capacity(items.len());
        // SAFETY: fresh list with capacity for all items.
        unsafe {
            let lo = list_obj(l);
            lo.len = items.len();
            lo.items_mut().copy_from_slice(items);
        }
        l
    }

    /// Makes sure `list` can hold `needed` items, growing geometrically.
    pub fn list_reserve(&mut self, list: Value, needed: usize) {
        // SAFETY: `list` is a live list; no other borrow is held across the allocation.
        unsafe {
            let cap = list_obj(list).cap();
            if needed <= cap {
                return;
            }
            let new_cap = (needed + (needed >> 3) + 6).max(cap * 3 / 2).max(4);
            let arr = self.alloc_array(new_cap);
            let lo = list_obj(list);
            let len = lo.len;
            if len > 0 {
                std::ptr::copy_nonoverlapping(lo.items().as_ptr(), (*arr).ptr(), len);
            }
            lo.items = Value::from_ptr(arr);
        }
    }

    /// `list.append(v)`.
    #[inline]
    pub fn list_append(&mut self, list: Value, v: Value) {
        // SAFETY: `list` is a live list.
        unsafe {
            let lo = list_obj(list);
            if lo.len < lo.cap() {
                *(*lo.items.as_ptr::<ValueArray>()).ptr().add(lo.len) = v;
                lo.len += 1;
                return;
            }
            let len = lo.len;
            self.list_reserve(list, len + 1);
            let lo = list_obj(list);
            *(*lo.items.as_ptr::<ValueArray>()).ptr().add(lo.len) = v;
            lo.len += 1;
        }
    }

    /// Shrinks or clears: sets the length, clearing abandoned slots.
    pub fn list_truncate(&mut self, list: Value, new_len: usize) {
        // SAFETY: `list` is a live list.
        unsafe {
            let lo = list_obj(list);
            if new_len >= lo.len {
                return;
            }
            for slot in &mut lo.items_mut()[new_len..] {
                *slot = Value::EMPTY;
            }
            lo.len = new_len;
        }
    }
}
