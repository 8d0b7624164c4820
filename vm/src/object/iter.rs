//! Builtin iterator objects share one layout, `IterObj`, with the sub-kind in the
//! header's `aux` field. Each sub-kind is a separate Python type (`list_iterator`,
//! `range_iterator`, `enumerate`, `zip`, ...).
//!
//! Invariant: `seq`, `a` and `b` are the only Values an iterator holds (all traced);
//! `index`, `end` and `step` are plain integers. An exhausted iterator sets `seq` to
//! EMPTY so it stays exhausted and releases its source.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

#[repr(u32)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum IterKind {
    /// list: seq = list, index.
    List = 0,
    /// tuple: seq = tuple, index.
    Tuple,
    /// str: seq = str, index = byte offset.
    Str,
    /// range: index = next value, end = remaining count, step.
    Range,
    /// dict keys/values/items: seq = dict, index = entry position, end = size at start.
    DictKeys,
    DictValues,
    DictItems,
    /// set: seq = set, index = table position, end = size at start.
    Set,
    /// reversed(list/tuple/str/range): seq = sequence, index = next position (counting
    /// down; negative means done).
    Reversed,
    /// enumerate: seq = inner iterator, a = next count (an int Value).
    Enumerate,
    /// zip: seq = tuple of iterators, index = strict flag.
    Zip,
    /// map: seq = tuple of iterators, a = function.
    Map,
    /// filter: seq = iterator, a = predicate (None = truthiness).
    Filter,
    /// iter(callable, sentinel): a = callable, b = sentinel.
    Callable,
    /// iteration via __getitem__: seq = object, index.
    SeqIter,
    /// dict views (not iterators themselves): seq = dict.
    KeysView,
    ValuesView,
    ItemsView,
}

#[repr(C)]
pub struct IterObj {
    pub header: ObjHeader,
    pub seq: Value,
    pub a: Value,
    pub b: Value,
    pub index: i64,
    pub end: i64,
    pub step: i64,
}

impl IterObj {
    #[inline(always)]
    pub fn kind(&self) -> IterKind {
        // SAFETY: `aux` is only ever written from an IterKind by `new_iter`.
        unsafe { std::mem::transmute::<u32, IterKind>(self.header.aux) }
    }
}

impl Vm {
    pub fn new_iter(&mut self, kind: IterKind, seq: Value) -> *mut IterObj {
        let class = self.types.iter_class(kind);
        let p = self.alloc_obj(std::mem::size_of::<IterObj>(), Kind::Iter, class) as *mut IterObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).header.aux = kind as u32;
            (*p).seq = seq;
        }
        p
    }
}
