//! Tern's language runtime: the front end (`compiler`), the object model and the
//! collector (`object`, `gc`), the interpreter with type feedback (`interp`), the
//! generic operations (`ops`), builtins and native modules.
//!
//! This crate has no LLVM dependency; the JIT backends plug in from outside.

// Type pointers (`*mut TypeObj`) passed between functions always name live type
// objects: every type is reachable from the VM's roots or from its instances, and the
// collector does not move objects. Dereferencing them is the object model's basic
// operation, so the lint that asks for `unsafe fn` on every such function is off.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod disasm;
pub mod format;
pub mod gc;
pub mod interp;
pub mod modules;
pub mod object;
pub mod ops;
pub mod output;
pub mod run;
pub mod types;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{Config, Vm};
