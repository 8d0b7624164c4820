//! `range` helpers.

use crate::object::range::RangeObj;

/// `i in range` for an i64.
pub fn range_contains_i64(r: &RangeObj, i: i64) -> bool {
    if r.len == 0 {
        return false;
    }
    let (start, step) = (r.start as i128, r.step as i128);
    let i = i as i128;
    let last = start + (r.len as i128 - 1) * step;
    let (lo, hi) = if step > 0 { (start, last) } else { (last, start) };
    i >= lo && i <= hi && (i - start) % step == 0
}
