//! Memory management: the heap (`heap`), the roots Rust code registers (`roots`) and
//! the mark-sweep collector with its conservative native-stack scan (`collect`).
//!
//! The rules every other module follows (design.md, "Values and memory"):
//! - every object comes from `Vm::alloc_obj`; objects never move;
//! - Values live in frames (the value stack), in GC objects and their payloads, in Rust
//!   locals (found by the conservative stack scan), or in a `RootedVec`; never in a
//!   plain Rust collection across an allocation;
//! - any allocation may collect.

pub mod collect;
pub mod heap;
pub mod roots;

pub use heap::{GcStats, Heap};
pub use roots::RootedVec;
