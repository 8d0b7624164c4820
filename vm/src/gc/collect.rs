//! The mark-sweep collector.
//!
//! Roots:
//! - precise: the VM's own roots (types, interned strings, builtins, modules, the
//!   handled exception, ...) and every `RootedVec`;
//! - the value stack up to the end of the topmost frame, each slot validated (slots
//!   above a frame's live stack may hold stale values; validating keeps that safe);
//! - a conservative scan of the native stack, after `tern_spill_registers` has pushed
//!   every callee-saved register (rbx, rbp, r12-r15) so that values compiled code or
//!   Rust keeps in registers are on the stack too. Any word that points into an
//!   allocated cell, interior pointers included, keeps that object alive.
//!
//! Marking uses an explicit stack (no recursion). After the sweep, stress mode runs
//! `verify_heap`, which checks that every live object is well formed and that every
//! Value it holds points at a live object.

use super::heap::Heap;
use super::roots::for_each_rooted;
use crate::object::header::{Kind, ObjHeader};
use crate::object::trace::{finalize, trace};
use crate::value::Value;
use crate::vm::Vm;
use std::time::Instant;

struct Marker<'h> {
    heap: &'h Heap,
    stack: Vec<*mut ObjHeader>,
}

impl Marker<'_> {
    /// Marks an object known to be live.
    #[inline]
    fn mark_precise(&mut self, v: Value) {
        if !v.is_ptr() {
            return;
        }
        let obj = v.header();
        // SAFETY: precise roots and traced fields are live objects (module invariant of
        // every layout); in verify mode this is double-checked.
        unsafe {
            debug_assert!(
                self.heap.find_object(obj as usize) == Some(obj),
                "precise root is not an object: {v:?}"
            );
            if (*obj).mark == 0 {
                (*obj).mark = 1;
                self.stack.push(obj);
            }
        }
    }

    /// Marks whatever object contains `addr`, if any.
    #[inline]
    fn mark_conservative(&mut self, addr: usize) {
        if let Some(obj) = self.heap.find_object(addr) {
            // SAFETY: find_object returns only allocated cells.
            unsafe {
                if (*obj).mark == 0 {
                    (*obj).mark = 1;
                    self.stack.push(obj);
                }
            }
        }
    }

    fn drain(&mut self) {
        while let Some(obj) = self.stack.pop() {
            // SAFETY: only marked live objects are pushed.
            unsafe {
                trace(obj, &mut |v| {
                    if v.is_ptr() {
                        let o = v.header();
                        if (*o).mark == 0 {
                            (*o).mark = 1;
                            self.stack.push(o);
                        }
                    }
                });
            }
        }
    }
}

std::arch::global_asm!(
    ".globl tern_spill_registers",
    ".type tern_spill_registers,@function",
    "tern_spill_registers:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov rax, rsi",
    "mov rsi, rsp",
    "call rax",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size tern_spill_registers, .-tern_spill_registers",
);

extern "C" {
    /// Pushes the callee-saved registers, then calls `f(ctx, sp)` with the resulting
    /// stack pointer, so everything the caller chain holds is at or above `sp`.
    fn tern_spill_registers(ctx: *mut u8, f: extern "C" fn(*mut u8, usize));
}

struct StackScan<'a, 'h> {
    marker: &'a mut Marker<'h>,
    stack_hi: usize,
}

extern "C" fn scan_from(ctx: *mut u8, sp: usize) {
    // SAFETY: `ctx` is the StackScan passed by `scan_native_stack`, alive for the call.
    let scan = unsafe { &mut *(ctx as *mut StackScan) };
    let mut p = sp & !7;
    while p < scan.stack_hi {
        // SAFETY: [sp, stack_hi) is this thread's mapped stack.
        let word = unsafe { *(p as *const usize) };
        scan.marker.mark_conservative(word);
        p += 8;
    }
}

fn scan_native_stack(marker: &mut Marker, stack_hi: usize) {
    let mut scan = StackScan { marker, stack_hi };
    // SAFETY: the stub preserves all callee-saved registers and calls back once.
    unsafe { tern_spill_registers(&mut scan as *mut StackScan as *mut u8, scan_from) };
}

/// The high end of the current thread's stack.
pub fn current_stack_hi() -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; the attribute is
    // destroyed after reading the stack bounds.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        addr as usize + size
    }
}

impl Vm {
    /// Runs a full collection.
    pub fn collect(&mut self) {
        if self.heap.collecting {
            return;
        }
        let start = Instant::now();
        self.heap.collecting = true;
        {
            let mut marker = Marker {
                heap: &self.heap,
                stack: Vec::with_capacity(1024),
            };
            self.visit_roots(&mut |v| marker.mark_precise(v));
            for_each_rooted(|v| marker.mark_precise(v));
            for &v in self.stack.live_slots() {
                if v.is_ptr() {
                    marker.mark_conservative(v.bits() as usize);
                }
            }
            marker.drain();
            if self.stack_hi != 0 {
                scan_native_stack(&mut marker, self.stack_hi);
                marker.drain();
            }
        }
        let mut released = 0usize;
        self.heap.sweep(|obj| {
            // SAFETY: the sweep passes only unreachable objects about to be freed.
            released += unsafe { finalize(obj) };
        });
        self.heap.note_external_free(released);
        self.heap.collecting = false;
        self.heap.stats.collections += 1;
        self.heap.stats.gc_nanos += start.elapsed().as_nanos() as u64;
        if self.heap.verify {
            self.verify_heap();
        }
    }

    /// Frees every object of a Vm that is going away, running the finalisers that
    /// release memory outside the arena (big-int limbs, code, native state).
    pub(crate) fn free_all_objects(&mut self) {
        let mut released = 0usize;
        self.heap.free_all(|obj| {
            // SAFETY: the Vm is being dropped; no Value of it is used again.
            released += unsafe { finalize(obj) };
        });
        self.heap.note_external_free(released);
    }

    /// Checks every live object: a valid kind, a class that is a live type (or null for
    /// payloads), and every traced Value pointing at a live object. Aborts with a
    /// message on the first violation (this is a debugging aid for stress mode).
    pub fn verify_heap(&self) {
        let heap = &self.heap;
        heap.for_each_object(|obj| {
            // SAFETY: for_each_object yields allocated cells.
            unsafe {
                let k = (*obj).kind as u8;
                if k == 0 || k > Kind::LAST as u8 {
                    panic!("heap verify: bad kind {k} at {obj:p}");
                }
                trace(obj, &mut |v| {
                    if v.is_ptr() {
                        match heap.find_object(v.bits() as usize) {
                            Some(o) if o == v.header() => {}
                            _ => panic!(
                                "heap verify: {:?} at {obj:p} holds a dangling value {:#x}",
                                (*obj).kind,
                                v.bits()
                            ),
                        }
                    } else if !(v.is_empty()
                        || v.is_none()
                        || v.is_bool()
                        || v.is_float()
                        || v.is_small_int()
                        || v == Value::DUMMY)
                    {
                        panic!(
                            "heap verify: {:?} at {obj:p} holds a malformed value {:#x}",
                            (*obj).kind,
                            v.bits()
                        );
                    }
                });
            }
        });
    }
}
