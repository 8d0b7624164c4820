//! Frames live on one contiguous value stack: a fixed reservation that is never moved,
//! so pointers into it stay valid and rebuilding interpreter frames (deopt) is pushing
//! them.
//!
//! Frame layout. A frame is identified by its header index `hp`; its code object is
//! at `hp + H_CODE`, which gives `nslots` and so the locals base `fp = hp - nslots`:
//!
//! ```text
//! fp = hp - nslots ..     local, cell and free slots (code.nslots())
//! hp ..                   header: HDR_SIZE Values (below)
//! hp + HDR_SIZE ..        operand stack (code.stacksize)
//! ```
//!
//! For a Python-to-Python call the arguments already sit where the callee's first
//! slots go, so a call binds them in place. Header slots are Values (small ints for
//! numbers), so the collector can scan the stack without knowing frame boundaries.
//!
//! Invariants:
//! - `top` is the end of the topmost frame's region; everything below it is a valid
//!   Value or EMPTY (the reservation starts zero-filled and slots are cleared before
//!   reuse where needed). The collector scans `[0, top)`.
//! - `H_LINK` holds the caller's header index, or -1 when the frame was entered from
//!   native code (its RETURN leaves the dispatch loop). Generator frames are always
//!   entered from native code.

use crate::value::Value;

/// Values reserved for the stack (256 MiB of address space, committed lazily).
pub const STACK_VALUES: usize = 32 << 20;

pub const H_CODE: usize = 0;
pub const H_GLOBALS: usize = 1;
/// Namespace dict of module and class-body frames (EMPTY for functions).
pub const H_NAMESPACE: usize = 2;
/// Caller's header index (small int), or -1 for a frame entered from native code.
pub const H_LINK: usize = 3;
/// The instruction index this frame is at while it calls out (small int).
pub const H_PC: usize = 4;
/// Stack index where the caller expects the return value (small int).
pub const H_RET: usize = 5;
/// Frame flags (small int), see `flags`.
pub const H_FLAGS: usize = 6;
/// The generator object running in this frame, or EMPTY.
pub const H_GEN: usize = 7;
pub const HDR_SIZE: usize = 8;

pub mod flags {
    /// `__init__` frame: its result must be None and is replaced by the instance
    /// stored at the return slot.
    pub const INIT: i64 = 1;
}

pub struct ValueStack {
    pub base: *mut Value,
    pub cap: usize,
    /// End of the topmost frame's region.
    pub top: usize,
}

impl Drop for ValueStack {
    fn drop(&mut self) {
        // SAFETY: `base` is the start of the `cap`-Value mapping `new` made; no frame
        // outlives the stack.
        unsafe {
            libc::munmap(self.base as *mut _, self.cap * 8);
        }
    }
}

impl ValueStack {
    pub fn new() -> ValueStack {
        let bytes = STACK_VALUES * 8;
        // SAFETY: an anonymous private mapping; MAP_NORESERVE commits pages lazily and
        // they read as zero (EMPTY) until written.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            eprintln!("tern: cannot reserve the value stack");
            std::process::exit(1);
        }
        ValueStack {
            base: p as *mut Value,
            cap: STACK_VALUES,
            top: 0,
        }
    }

    /// The slots the collector scans.
    pub fn live_slots(&self) -> &[Value] {
        // SAFETY: `[0, top)` lies inside the mapping and holds Values.
        unsafe { std::slice::from_raw_parts(self.base, self.top) }
    }

    #[inline(always)]
    pub fn at(&self, i: usize) -> Value {
        debug_assert!(i < self.cap);
        // SAFETY: callers index inside the reservation.
        unsafe { *self.base.add(i) }
    }

    #[inline(always)]
    pub fn set(&mut self, i: usize, v: Value) {
        debug_assert!(i < self.cap);
        // SAFETY: as above.
        unsafe { *self.base.add(i) = v }
    }

    #[inline(always)]
    pub fn slice(&self, from: usize, to: usize) -> &[Value] {
        debug_assert!(from <= to && to <= self.cap);
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts(self.base.add(from), to - from) }
    }
}

impl Default for ValueStack {
    fn default() -> Self {
        ValueStack::new()
    }
}
