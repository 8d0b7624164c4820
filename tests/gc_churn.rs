//! The collector under sustained churn: `tests/gc/gc_churn.py` allocates about 16 GB
//! in total (lists of 1000 ints, small instances, tuples and two-object cycles) while
//! keeping under 3 MB reachable. Peak RSS must stay small, which only holds if garbage,
//! cyclic garbage included, is reclaimed and its memory reused.
//!
//! The bound here is generous (the measured peak is about 20 MB; see
//! benchmarks/RESULTS.md): it catches a leak, not a few extra megabytes.

mod common;

use std::time::Duration;

/// Iterations of the churn loop: about 8.6 KB each, so about 16 GB in total.
const ITERATIONS: u64 = 1_860_000;
/// Generous peak-RSS bound in KiB.
const RSS_BOUND_KB: u64 = 150 * 1024;

/// What the program prints: the checksum it computes, computed here independently.
fn expected_checksum(iterations: u64) -> u64 {
    (0..iterations).fold(0, |acc, i| {
        let base = i % 1000;
        (acc + (base + 999) + base) % 1_000_000_007
    })
}

/// `key=value` from the `--gc-stats` line.
fn stat(report: &str, key: &str) -> u64 {
    let line = report
        .lines()
        .find(|l| l.starts_with("gc: "))
        .unwrap_or_else(|| panic!("no gc stats line in stderr:\n{report}"));
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(key)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("no {key} in {line}"))
        .parse::<f64>()
        .unwrap() as u64
}

#[test]
fn sixteen_gigabytes_of_churn_stay_small() {
    let dir = common::repo_root().join("tests/gc");
    let n = ITERATIONS.to_string();
    let out = common::run_tern(
        &["--gc-stats", "gc_churn.py", &n],
        &dir,
        &[],
        Duration::from_secs(600),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.timed_out, "gc_churn.py timed out");
    assert_eq!(out.status, Some(0), "gc_churn.py failed:\n{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.trim(),
        expected_checksum(ITERATIONS).to_string(),
        "wrong checksum"
    );
    let allocated = stat(&stderr, "allocated_bytes");
    assert!(
        allocated >= 15_000_000_000,
        "expected about 16 GB allocated, the heap counted {allocated} bytes"
    );
    let collections = stat(&stderr, "collections");
    assert!(collections > 100, "only {collections} collections");
    let rss = stat(&stderr, "peak_rss_kb");
    assert!(
        rss < RSS_BOUND_KB,
        "peak RSS {rss} KiB is over the {RSS_BOUND_KB} KiB bound"
    );
}
