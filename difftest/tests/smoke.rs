//! The differential smoke test run by `cargo test --release --workspace` (CI): 200
//! generated programs with a fixed seed, and 100 more with every extra (classes,
//! generators, `math`), under CPython 3.11 and the `interp` and `gcstress` engines of
//! the release `tern` binary, must all agree. A second test
//! checks with the CPython probe that generated programs really exercise what the
//! issue asks for (big ints, float specials, exceptions across three frames, loops of
//! 1000 iterations, type changes at one site).
//!
//! A failure names each disagreeing program and the command that minimises it into
//! a regression test (`tern-difftest --seed S --start I --count 1`).

use difftest::driver::{self, Options};
use difftest::engine::Engine;
use difftest::features::Feature;
use difftest::gen;
use difftest::minimise::Limits;
use std::path::PathBuf;
use std::time::Duration;

/// The seed of the CI run. Changing it changes which programs CI runs.
const SEED: u64 = 20_260_101;

/// The `tern` binary of the same profile as this test (`target/release/tern` under
/// `cargo test --release`).
fn tern_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/smoke-HASH -> target/<profile>/tern
    let profile_dir = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target/<profile> directory");
    let tern = profile_dir.join("tern");
    assert!(
        tern.exists(),
        "{} does not exist: build it first (`cargo build --release`; \
         `cargo test --release --workspace` builds it)",
        tern.display()
    );
    tern
}

fn options(count: u64, engines: &str, extras: &str, probe: bool, work: &str) -> Options {
    let python = driver::resolve_python(&PathBuf::from("python3"), false)
        .expect("CPython 3.11 (python3) is the oracle of the differential tests");
    Options {
        count,
        seed: SEED,
        start: 0,
        engines: Engine::parse_list(engines).expect("engine names"),
        jobs: 2,
        out_dir: None,
        keep_going: true,
        probe,
        gen: gen::Config::from_extras(extras).expect("extras"),
        tern: tern_binary(),
        python,
        work_dir: std::env::temp_dir().join(format!("tern-difftest-{work}-{}", std::process::id())),
        keep_programs: false,
        cpython_timeout: Duration::from_secs(10),
        tern_timeout: Duration::from_secs(60),
        minimise: false,
        limits: Limits::default(),
        max_per_signature: 1,
        progress: false,
    }
}

/// Runs `count` programs (a tenth of it in a debug build, where tern is too slow
/// under GC stress) and fails with the list of disagreements.
fn agree(count: u64, extras: &str, work: &str) {
    let count = if cfg!(debug_assertions) {
        count / 10
    } else {
        count
    };
    let opts = options(count, "interp,gcstress", extras, false, work);
    let summary = driver::run(&opts).expect("difftest run");
    let _ = std::fs::remove_dir_all(&opts.work_dir);
    assert!(
        summary.oracle_failures.is_empty(),
        "CPython did not run some generated programs to completion (a generator bug): {:?}",
        summary.oracle_failures
    );
    if !summary.findings.is_empty() {
        let mut msg = summary.render();
        msg.push_str("\nminimise each into tests/programs/regressions/ with:\n");
        for f in &summary.findings {
            msg.push_str(&format!(
                "  cargo run --release -p tern-difftest -- --seed {SEED} --extras {extras} \
                 --start {} --count 1 --engines {}\n",
                f.index, f.engine
            ));
        }
        panic!("{msg}");
    }
    assert_eq!(summary.compared, count);
}

#[test]
fn generated_programs_agree_with_cpython() {
    agree(200, "none", "smoke");
}

/// The same with classes, generators and `math` (the constructs beyond the core).
#[test]
fn generated_programs_with_extras_agree_with_cpython() {
    agree(100, "all", "smoke-extras");
}

#[test]
fn generated_programs_exercise_the_hard_cases() {
    let opts = options(40, "none", "none", true, "probe");
    let summary = driver::run(&opts).expect("probe run");
    let _ = std::fs::remove_dir_all(&opts.work_dir);
    let observed = summary.observed.expect("probe results");
    for f in [
        Feature::BigIntOverflow,
        Feature::FloatSpecial,
        Feature::ExceptionDepth3,
        Feature::Loop1000,
        Feature::TypeChangeSite,
    ] {
        assert!(
            observed.count(f).unwrap_or(0) > 0,
            "no program of 40 was observed to exercise: {}\n{}",
            f.label(),
            summary.histogram.render(Some(&observed))
        );
        assert!(
            summary.histogram.count(f) > 0,
            "never tagged: {}",
            f.label()
        );
    }
}
