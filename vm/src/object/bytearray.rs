//! `bytearray`: a mutable byte string. The object holds a length and a GC payload
//! (`ByteBuffer`) of capacity `cap`, as `list` holds a `ValueArray`.
//!
//! Invariants:
//! - `buf` is EMPTY (no payload, `len == 0`) or a `ByteBuffer` with `cap >= len`.
//! - A `ByteBuffer` holds no Values (the collector traces nothing inside it) and has a
//!   null class: it is never visible to Python code.
//! - The buffer is replaced, never reallocated in place: a slice borrowed from it stays
//!   readable until the next collection, but it stops being the bytearray's contents
//!   as soon as the bytearray grows. Code that runs Python code (or mutates the
//!   bytearray) re-reads `len` and `buf` afterwards.

use super::{Kind, ObjHeader, TypeObj};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct ByteArrayObj {
    pub header: ObjHeader,
    pub len: usize,
    pub buf: Value,
}

/// The GC payload behind a bytearray: `cap` bytes after the header.
#[repr(C)]
pub struct ByteBuffer {
    pub header: ObjHeader,
    pub cap: usize,
    pub data: [u8; 0],
}

impl ByteArrayObj {
    #[inline(always)]
    pub fn data(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: invariant: a non-empty bytearray has a buffer with cap >= len.
        unsafe {
            std::slice::from_raw_parts((*self.buf.as_ptr::<ByteBuffer>()).data.as_ptr(), self.len)
        }
    }
    #[inline(always)]
    pub fn data_mut(&mut self) -> &mut [u8] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: as above; `&mut self` stands for exclusive access to the contents.
        unsafe {
            std::slice::from_raw_parts_mut(
                (*self.buf.as_ptr::<ByteBuffer>()).data.as_mut_ptr(),
                self.len,
            )
        }
    }
    #[inline(always)]
    pub fn cap(&self) -> usize {
        if self.buf.is_empty() {
            0
        } else {
            // SAFETY: the payload is a ByteBuffer.
            unsafe { (*self.buf.as_ptr::<ByteBuffer>()).cap }
        }
    }
}

/// Borrows a bytearray object.
///
/// # Safety
/// `v` must be a live bytearray; see `object::obj_mut` for aliasing rules.
#[inline(always)]
pub unsafe fn bytearray_obj<'a>(v: Value) -> &'a mut ByteArrayObj {
    &mut *v.as_ptr::<ByteArrayObj>()
}

impl Vm {
    /// A new bytearray of class `class` holding a copy of `data`.
    pub fn new_bytearray_of_class(&mut self, data: &[u8], class: *mut TypeObj) -> Value {
        let p = self.alloc_obj(std::mem::size_of::<ByteArrayObj>(), Kind::ByteArray, class)
            as *mut ByteArrayObj;
        let v = Value::from_ptr(p);
        self.bytearray_replace(v, data);
        v
    }

    /// A new `bytearray` holding a copy of `data`.
    pub fn new_bytearray(&mut self, data: &[u8]) -> Value {
        let class = self.types.bytearray;
        self.new_bytearray_of_class(data, class)
    }

    fn alloc_byte_buffer(&mut self, cap: usize) -> *mut ByteBuffer {
        let size = std::mem::size_of::<ByteBuffer>() + cap;
        let p = self.alloc_obj(size, Kind::ByteBuffer, std::ptr::null_mut()) as *mut ByteBuffer;
        // SAFETY: fresh object with room for `cap` bytes.
        unsafe { (*p).cap = cap };
        p
    }

    /// Makes sure `ba` can hold `needed` bytes, growing geometrically.
    pub fn bytearray_reserve(&mut self, ba: Value, needed: usize) {
        // SAFETY: `ba` is a live bytearray (rooted by the caller); no borrow of it is
        // held across the allocation, and the old contents are copied after it.
        unsafe {
            let cap = bytearray_obj(ba).cap();
            if needed <= cap {
                return;
            }
            let new_cap = (needed + (needed >> 3) + 6).max(cap * 3 / 2).max(8);
            let buf = self.alloc_byte_buffer(new_cap);
            let o = bytearray_obj(ba);
            if o.len > 0 {
                std::ptr::copy_nonoverlapping(o.data().as_ptr(), (*buf).data.as_mut_ptr(), o.len);
            }
            o.buf = Value::from_ptr(buf);
        }
    }

    /// Replaces the contents of `ba` with `data` (which must not borrow from `ba`).
    pub fn bytearray_replace(&mut self, ba: Value, data: &[u8]) {
        // SAFETY: `ba` is a live bytearray. Dropping the length first means reserve
        // copies nothing; the capacity reserved covers `data`.
        unsafe {
            bytearray_obj(ba).len = 0;
            self.bytearray_reserve(ba, data.len());
            let o = bytearray_obj(ba);
            o.len = data.len();
            o.data_mut().copy_from_slice(data);
        }
    }

    /// Appends `data` (which must not borrow from `ba`) to `ba`.
    pub fn bytearray_extend_from(&mut self, ba: Value, data: &[u8]) {
        // SAFETY: live bytearray; capacity reserved before writing.
        unsafe {
            let len = bytearray_obj(ba).len;
            self.bytearray_reserve(ba, len + data.len());
            let o = bytearray_obj(ba);
            o.len = len + data.len();
            o.data_mut()[len..].copy_from_slice(data);
        }
    }

    /// `ba.append(byte)`.
    pub fn bytearray_push(&mut self, ba: Value, byte: u8) {
        self.bytearray_extend_from(ba, &[byte]);
    }

    /// Shrinks `ba` to `new_len` bytes (no-op when it is not longer).
    pub fn bytearray_truncate(&mut self, ba: Value, new_len: usize) {
        // SAFETY: live bytearray; shrinking keeps cap >= len.
        unsafe {
            let o = bytearray_obj(ba);
            if new_len < o.len {
                o.len = new_len;
            }
        }
    }
}
