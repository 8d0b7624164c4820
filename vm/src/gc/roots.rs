//! `RootedVec`: a growable vector of Values that the collector treats as roots.
//!
//! Rust code that must hold Values outside the heap, the frames and the native stack
//! (argument vectors, temporaries in `sorted` or `join`) keeps them here. The vector's
//! storage is registered in a per-thread list while the `RootedVec` lives.
//!
//! Invariant: the registry holds exactly the live `RootedVec`s of this thread, each by
//! the stable address of its boxed inner vector. Dropped vectors of modest capacity are
//! kept (empty) in a small per-thread pool and reused, so that the temporaries of hot
//! paths cost no `malloc`.

use crate::value::Value;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

thread_local! {
    static REGISTRY: UnsafeCell<Vec<*const Vec<Value>>> = const { UnsafeCell::new(Vec::new()) };
    #[allow(clippy::box_collection, clippy::vec_box)]
    static POOL: UnsafeCell<Vec<Box<Vec<Value>>>> = const { UnsafeCell::new(Vec::new()) };
}

/// Vectors up to this capacity go back to the pool when dropped.
const POOL_MAX_CAPACITY: usize = 256;
/// How many empty vectors the pool keeps.
const POOL_MAX_LEN: usize = 64;

pub struct RootedVec {
    // Boxed so that the registered address stays put when the RootedVec moves.
    // ManuallyDrop: on drop the box goes back to the pool instead of being freed.
    #[allow(clippy::box_collection)]
    inner: ManuallyDrop<Box<Vec<Value>>>,
}

impl RootedVec {
    pub fn new() -> RootedVec {
        Self::with_capacity(0)
    }

    pub fn with_capacity(cap: usize) -> RootedVec {
        // SAFETY: the pool is only touched by this thread, never re-entrantly.
        let recycled = POOL.with(|p| unsafe { (*p.get()).pop() });
        let inner = match recycled {
            Some(mut v) => {
                v.reserve(cap);
                v
            }
            None => Box::new(Vec::with_capacity(cap)),
        };
        let ptr: *const Vec<Value> = &*inner;
        // SAFETY: the registry is only touched by this thread, never re-entrantly.
        REGISTRY.with(|r| unsafe { (*r.get()).push(ptr) });
        RootedVec {
            inner: ManuallyDrop::new(inner),
        }
    }

    pub fn from_slice(items: &[Value]) -> RootedVec {
        let mut r = Self::with_capacity(items.len());
        r.extend_from_slice(items);
        r
    }
}

impl Default for RootedVec {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for RootedVec {
    fn drop(&mut self) {
        let ptr: *const Vec<Value> = &**self.inner;
        // SAFETY: as in `with_capacity`.
        REGISTRY.with(|r| unsafe {
            let reg = &mut *r.get();
            if let Some(i) = reg.iter().rposition(|&p| p == ptr) {
                reg.swap_remove(i);
            }
        });
        // SAFETY: `inner` is not used again after this take.
        let mut v = unsafe { ManuallyDrop::take(&mut self.inner) };
        if v.capacity() <= POOL_MAX_CAPACITY {
            v.clear();
            // SAFETY: as in `with_capacity`.
            POOL.with(|p| unsafe {
                let pool = &mut *p.get();
                if pool.len() < POOL_MAX_LEN {
                    pool.push(v);
                }
            });
        }
    }
}

impl Deref for RootedVec {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.inner
    }
}

impl DerefMut for RootedVec {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.inner
    }
}

/// Calls `f` on every Value held in a live `RootedVec` of this thread.
pub fn for_each_rooted(mut f: impl FnMut(Value)) {
    // SAFETY: registered pointers are live boxed vectors (removed on drop); the
    // collector does not create or drop RootedVecs while it walks them.
    REGISTRY.with(|r| unsafe {
        for &p in (*r.get()).iter() {
            for &v in (*p).iter() {
                f(v);
            }
        }
    });
}
