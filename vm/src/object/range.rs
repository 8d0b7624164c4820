//! `range` objects and slice index arithmetic.
//!
//! Invariant: a range's bounds fit in i64 (larger bounds raise OverflowError at
//! construction, a documented limit) and `len` is precomputed.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct RangeObj {
    pub header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

/// Number of elements of range(start, stop, step); step != 0.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

impl Vm {
    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> Value {
        let class = self.types.range;
        let p =
            self.alloc_obj(std::mem::size_of::<RangeObj>(), Kind::Range, class) as *mut RangeObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).start = start;
            (*p).stop = stop;
            (*p).step = step;
            (*p).len = range_len(start, stop, step);
        }
        Value::from_ptr(p)
    }
}

/// CPython's `PySlice_AdjustIndices`: clamps (start, stop) for a sequence of `len` and
/// returns (start, stop, step, slicelength). Missing bounds are None.
pub fn adjust_slice(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, i64) {
    debug_assert!(step != 0);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let slicelen = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, slicelen)
}
