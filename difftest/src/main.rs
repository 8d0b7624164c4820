//! `tern-difftest`: generate Python programs, run them under CPython 3.11 and every
//! Tern engine, and turn each disagreement into a minimised regression test.
//!
//! Exit status: 0 when every compared program agreed, 1 when some disagreed, 2 on a
//! usage or setup error.

use clap::Parser;
use difftest::driver::{self, Options};
use difftest::engine::{Engine, DEFAULT_ENGINES};
use difftest::minimise::Limits;
use difftest::{gen, render};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The repository root (this crate lives in `difftest/`).
fn repo_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

/// Differential testing of Tern against CPython 3.11 with generated programs.
#[derive(Parser, Debug)]
#[command(name = "tern-difftest", version, about)]
struct Cli {
    /// Number of programs to generate.
    #[arg(long, default_value_t = 100)]
    count: u64,

    /// Seed of the run; program I of seed S is always the same program.
    #[arg(long, default_value_t = 1)]
    seed: u64,

    /// Index of the first program (to resume or split a run).
    #[arg(long, default_value_t = 0)]
    start: u64,

    /// Comma-separated Tern engines: interp, gcstress[N], jit, jitN, deoptN ("none":
    /// generate only). Engines needing --jit are skipped while the binary lacks it.
    #[arg(long, default_value = DEFAULT_ENGINES)]
    engines: String,

    /// Worker threads (each runs one program at a time).
    #[arg(long, default_value_t = 1)]
    jobs: usize,

    /// Directory for minimised regression tests.
    #[arg(long, default_value_os_t = repo_root().join("tests/programs/regressions"))]
    out: PathBuf,

    /// Do not write regression tests (report only).
    #[arg(long)]
    no_write: bool,

    /// Continue after the first disagreement.
    #[arg(long)]
    keep_going: bool,

    /// Constructs beyond the core subset: classes, generators, math, all.
    #[arg(long, default_value = "none")]
    extras: String,

    /// Print the feature histogram of the generated programs.
    #[arg(long)]
    stats: bool,

    /// With --stats: also measure features under CPython with a tracing probe.
    #[arg(long)]
    probe: bool,

    /// Print program number I of the seed and exit.
    #[arg(long, value_name = "I")]
    print_program: Option<u64>,

    /// Keep every generated program in this directory.
    #[arg(long, value_name = "DIR")]
    emit: Option<PathBuf>,

    /// The tern binary.
    #[arg(long, default_value_os_t = repo_root().join("target/release/tern"))]
    tern: PathBuf,

    /// The CPython 3.11 interpreter.
    #[arg(long, default_value = "python3")]
    python: PathBuf,

    /// Accept a python3 that is not 3.11.
    #[arg(long)]
    any_python: bool,

    /// Seconds before a Tern run is killed (a timeout is a disagreement).
    #[arg(long, default_value_t = 30)]
    timeout: u64,

    /// Do not minimise disagreements.
    #[arg(long)]
    no_minimise: bool,

    /// Most candidate runs per minimisation.
    #[arg(long, default_value_t = 2000)]
    min_tests: usize,

    /// Most seconds per minimisation.
    #[arg(long, default_value_t = 300)]
    min_seconds: u64,

    /// Minimise at most this many programs per disagreement signature.
    #[arg(long, default_value_t = 2)]
    max_per_signature: usize,

    /// No progress lines.
    #[arg(long, short)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let cfg = match gen::Config::from_extras(&cli.extras) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("tern-difftest: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(i) = cli.print_program {
        print!(
            "{}",
            render::program(&gen::generate(cli.seed, i, &cfg).program)
        );
        return ExitCode::SUCCESS;
    }
    let engines = match Engine::parse_list(&cli.engines) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("tern-difftest: {e}");
            return ExitCode::from(2);
        }
    };
    let python = if engines.is_empty() && !cli.probe {
        cli.python.clone()
    } else {
        match driver::resolve_python(&cli.python, cli.any_python) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("tern-difftest: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let scratch = cli.emit.is_none();
    let work_dir = cli.emit.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("tern-difftest-{}", std::process::id()))
    });
    let opts = Options {
        count: cli.count,
        seed: cli.seed,
        start: cli.start,
        engines,
        jobs: cli.jobs,
        out_dir: if cli.no_write {
            None
        } else {
            Some(cli.out.clone())
        },
        keep_going: cli.keep_going,
        probe: cli.probe,
        gen: cfg,
        tern: cli.tern.clone(),
        python,
        work_dir: work_dir.clone(),
        keep_programs: cli.emit.is_some(),
        cpython_timeout: Duration::from_secs(10),
        tern_timeout: Duration::from_secs(cli.timeout),
        minimise: !cli.no_minimise,
        limits: Limits {
            max_tests: cli.min_tests,
            max_time: Duration::from_secs(cli.min_seconds),
        },
        max_per_signature: cli.max_per_signature,
        progress: !cli.quiet,
    };
    let summary = match driver::run(&opts) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("tern-difftest: {e}");
            return ExitCode::from(2);
        }
    };
    if scratch {
        let _ = std::fs::remove_dir_all(&work_dir);
    }
    if cli.stats || cli.probe {
        print!("{}", summary.histogram.render(summary.observed.as_ref()));
        if let Some(o) = &summary.observed {
            if o.failed > 0 {
                println!("  (the probe did not finish on {} programs)", o.failed);
            }
        }
    }
    if !opts.engines.is_empty() {
        print!("{}", summary.render());
    }
    if summary.mismatching_programs() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
