//! Fuzz target: the interpreter. Arbitrary bytes, decoded as lossy UTF-8, run as a
//! program in a fresh VM with a step limit and a heap limit (so that every input
//! terminates). The property: whatever the program does (syntax errors, uncaught
//! exceptions, `sys.exit`, RecursionError, MemoryError), the VM reports it as Python
//! would and never panics, aborts or crashes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::Once;

#[path = "common.rs"]
mod common;

/// Loop iterations and calls before "RuntimeError: step limit exceeded".
const STEP_LIMIT: u64 = 20_000;
/// Live heap bytes before MemoryError.
const HEAP_LIMIT: usize = 64 << 20;

static SCRATCH: Once = Once::new();

/// Fuzzed programs may reach `open()` and `os`: run them in a scratch directory, so
/// that a relative path cannot touch the checkout. `run.sh` passes libFuzzer absolute
/// corpus and artifact paths, which this does not affect.
fn enter_scratch_dir() {
    SCRATCH.call_once(|| {
        let dir = std::env::temp_dir().join("tern-fuzz-interp-cwd");
        std::fs::create_dir_all(&dir).expect("creating the scratch directory");
        std::env::set_current_dir(&dir).expect("entering the scratch directory");
    });
}

fuzz_target!(|data: &[u8]| {
    enter_scratch_dir();
    let src = String::from_utf8_lossy(data).into_owned();
    common::on_big_stack(move || {
        let mut vm = vm::Vm::new(vm::Config {
            step_limit: STEP_LIMIT,
            heap_limit: HEAP_LIMIT,
            argv: vec!["<fuzz>".into()],
            ..Default::default()
        });
        vm.out.capture();
        let _status = vm.run_main_source(&src, "<fuzz>");
        let _ = vm.out.take_captured();
    });
});
