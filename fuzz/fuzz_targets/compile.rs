//! Fuzz target: the front end. Arbitrary bytes, decoded as lossy UTF-8, go through
//! the parser and the bytecode compiler. The property: `compile_module` returns
//! `Ok` or a `CompileError` for every input, and never panics or overflows the stack.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data).into_owned();
    common::on_big_stack(move || {
        let _ = vm::compiler::compile_module(&src, "<fuzz>");
    });
});
