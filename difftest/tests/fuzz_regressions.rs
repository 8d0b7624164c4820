//! Replays the inputs kept under `fuzz/regressions/` (crashes the fuzzers found, once
//! minimised) without cargo-fuzz, so that `cargo test --release --workspace` checks
//! them on the stable toolchain:
//! - `fuzz/regressions/compile/*`: `compile_module` on the input must not panic;
//! - `fuzz/regressions/interp/*`: running the input in a VM with the fuzz target's
//!   step and heap limits must not panic.
//!
//! Each input runs on its own thread with a large stack, as in the fuzz targets; a
//! panic is caught and reported with the input's name.
//!
//! `vm_drop_releases_its_memory` keeps the first bug the interpreter fuzzer found: a
//! dropped `Vm` kept its GC arena and value stack reserved, so a process that creates
//! VMs one after another (the fuzz target, an embedder) ran out of address space after
//! about 2000 of them and the VM called `exit(1)`.

use std::path::{Path, PathBuf};

/// Must match fuzz/fuzz_targets/interp.rs.
const STEP_LIMIT: u64 = 20_000;
const HEAP_LIMIT: usize = 64 << 20;
const STACK_BYTES: usize = 256 << 20;

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.retain(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| !n.starts_with('.') && !n.ends_with(".md"))
    });
    v.sort();
    v
}

/// Runs `f` on a big-stack thread; Err(message) if it panicked.
fn on_big_stack(f: impl FnOnce() + Send + 'static) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(f)
        .expect("spawn")
        .join()
        .map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".into())
        })
}

fn replay(target: &str, run: fn(String)) {
    let mut failures = Vec::new();
    for p in inputs(target) {
        let bytes = std::fs::read(&p).expect("read input");
        let src = String::from_utf8_lossy(&bytes).into_owned();
        if let Err(msg) = on_big_stack(move || run(src)) {
            failures.push(format!("{}: {msg}", p.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "fuzz regression inputs still panic:\n{}",
        failures.join("\n")
    );
}

#[test]
fn compile_regressions() {
    replay("compile", |src| {
        let _ = vm::compiler::compile_module(&src, "<fuzz>");
    });
}

#[test]
fn interp_regressions() {
    replay("interp", |src| {
        let mut vm = vm::Vm::new(vm::Config {
            step_limit: STEP_LIMIT,
            heap_limit: HEAP_LIMIT,
            argv: vec!["<fuzz>".into()],
            ..Default::default()
        });
        vm.out.capture();
        let _ = vm.run_main_source(&src, "<fuzz>");
        let _ = vm.out.take_captured();
    });
}

/// The process's virtual size in bytes (`VmSize` in /proc/self/status).
fn virtual_size() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmSize:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[test]
fn vm_drop_releases_its_memory() {
    const VMS: u64 = 32;
    let Some(before) = virtual_size() else {
        return; // not Linux
    };
    for _ in 0..VMS {
        on_big_stack(|| {
            let mut vm = vm::Vm::new(vm::Config::default());
            vm.out.capture();
            let _ = vm.run_main_source("x = [1, 2, 3]\n", "<leak>");
        })
        .expect("a VM running a trivial program");
    }
    let after = virtual_size().unwrap_or(before);
    let grown = after.saturating_sub(before);
    // Other tests of this binary may hold a VM or two at the same time; a leak of
    // every VM's arena (64 GiB each) grows far more than this bound.
    assert!(
        grown < 256 << 30,
        "creating and dropping {VMS} VMs grew the address space by {} GiB: \
         a dropped Vm does not release its GC arena / value stack",
        grown >> 30
    );
}
