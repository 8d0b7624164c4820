//! The differential suite: every program under `tests/programs/` runs under the `tern`
//! binary and must print exactly what CPython 3.11 printed when its expectations were
//! generated (`tests/regen_expected.py`): the same stdout bytes, the same exit status,
//! and for failing programs the same last line of stderr.
//!
//! Each test runs the whole corpus in one mode (plain interpreter, GC stress, ...) on
//! a small worker pool, and reports every failing program with a diff excerpt.

mod common;

use common::{collect_cases, run_suite};

#[test]
fn interpreter() {
    run_suite("interpreter", &collect_cases(), &[]);
}

#[test]
fn interpreter_under_gc_stress() {
    // A collection every 64 allocations, with poisoning and heap verification.
    run_suite(
        "gc-stress-64",
        &collect_cases(),
        &[("TERN_GC_STRESS", "64")],
    );
}
