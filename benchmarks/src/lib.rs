//! `tern bench`: the benchmark harness. It runs the programs in
//! `benchmarks/programs/` under Tern's interpreter, Tern's JIT at each opt level and
//! with a warm cache, CPython, PyPy and C references; interleaves the runs; checks
//! that every engine prints CPython's stdout; and reports wall time with its noise,
//! CPU time, peak memory, first-iteration and steady-state times, JIT statistics, and
//! speed-ups with geometric means, as a terminal table, Markdown, JSON and SVG.
//!
//! One concern per module:
//! - [`cli`]: the flags;
//! - [`programs`]: finding programs, their size headers and SHA-256;
//! - [`engines`]: the engines registry and availability probes;
//! - [`measure`]: one timed child process (`wait4`) and the stderr protocol;
//! - [`runner`]: the interleaved schedule and the output check;
//! - [`stats`]: summaries, ratios and geometric means;
//! - [`results`]: the data model written as JSON;
//! - [`report`]: terminal, Markdown (and `RESULTS.md` update) and SVG reports;
//! - [`compare`]: `--compare OLD NEW`;
//! - [`machine`]: machine and build description;
//! - [`progress`]: the progress bar.
//!
//! [`main_from_args`] is what `tern bench ...` calls. Exit status: 0 when every cell
//! passed, 1 when any cell failed (output mismatch, crash, timeout), 2 for bad usage
//! or input.

pub mod cli;
pub mod compare;
pub mod engines;
pub mod machine;
pub mod measure;
pub mod programs;
pub mod progress;
pub mod report;
pub mod results;
pub mod runner;
pub mod stats;
pub mod tempdir;

use clap::Parser;
use engines::Engine;
use programs::{Program, Size};
use results::{Results, Settings};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Exit status when every cell passed.
pub const EXIT_OK: i32 = 0;
/// Exit status when any cell failed.
pub const EXIT_FAIL: i32 = 1;
/// Exit status for bad usage or input.
pub const EXIT_USAGE: i32 = 2;

/// Environment variables that change what Tern measures; a run with any of them set
/// is noted in the results.
const DISTORTING_ENV: [&str; 4] = [
    "TERN_GC_STRESS",
    "TERN_STEP_LIMIT",
    "TERN_HEAP_LIMIT",
    "RUST_LOG",
];

/// Set by the SIGINT handler that `tern bench` installs while measuring: the runner
/// stops after the current run, and the scratch directories are cleaned up.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_signal: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Exit status after Ctrl-C.
pub const EXIT_INTERRUPTED: i32 = 130;

/// Everything one measurement needs, already resolved.
pub struct RunConfig {
    /// Programs, in order.
    pub programs: Vec<Program>,
    /// Engines (available or not), in interleaving order.
    pub engines: Vec<Engine>,
    /// CPython for the expected output, used when `cpython` is not in `engines`.
    pub reference: Option<Engine>,
    /// Program size.
    pub size: Size,
    /// Measured runs.
    pub runs: usize,
    /// Warm-up runs.
    pub warmup: usize,
    /// Per-run timeout.
    pub timeout: Duration,
    /// `--quick`.
    pub quick: bool,
    /// The Tern that is measured.
    pub tern: machine::TernInfo,
    /// Notes to carry into the results.
    pub notes: Vec<String>,
}

/// Runs `config` and returns the results, analysis included. Never panics on a
/// failing engine: failures become FAIL cells.
pub fn measure(config: &RunConfig, progress: &mut dyn runner::Progress) -> Result<Results, String> {
    let date = machine::utc_now_iso();
    let mut machine = machine::machine();
    let scratch = tempdir::TempDir::new("tern-bench-run")
        .map_err(|e| format!("cannot create a scratch directory: {e}"))?;
    let available: Vec<Engine> = config
        .engines
        .iter()
        .filter(|e| e.is_available())
        .cloned()
        .collect();
    let plan = runner::Plan {
        programs: &config.programs,
        engines: &available,
        reference: config.reference.as_ref().filter(|e| e.is_available()),
        size: config.size,
        runs: config.runs,
        warmup: config.warmup,
        timeout: config.timeout,
        stop: Some(&INTERRUPTED),
    };
    let mut notes = config.notes.clone();
    if let Some([one, _, _]) = machine.load_start {
        if one > 0.5 {
            notes.push(format!(
                "load average {one:.2} when the run started: other work shared the machine; \
ratios from interleaved runs stay comparable, absolute times less so"
            ));
        }
    }
    let rss_floor_kib = measure::rss_floor(scratch.path());
    let programs = runner::run_all(&plan, scratch.path(), progress);
    if INTERRUPTED.load(Ordering::SeqCst) {
        return Err("interrupted".into());
    }
    machine.load_end = machine::load_average();
    let engines: Vec<results::EngineInfo> = config.engines.iter().map(Engine::info).collect();
    let available_info: Vec<results::EngineInfo> =
        engines.iter().filter(|e| e.available).cloned().collect();
    let analysis = stats::analyse(&programs, &available_info);
    Ok(Results {
        schema: results::SCHEMA.to_string(),
        date,
        machine,
        tern: config.tern.clone(),
        settings: Settings {
            runs: config.runs,
            warmup: config.warmup,
            quick: config.quick,
            size: config.size,
            timeout_s: config.timeout.as_secs_f64(),
            order: "per program: CPython reference run if cpython is not measured, cache priming runs, \
then warm-up rounds and measured rounds, each round running every engine once in the listed order"
                .to_string(),
            rss_floor_kib,
        },
        engines,
        notes,
        programs,
        analysis,
    })
}

/// `tern bench ARGS...` (the arguments after `bench`). Returns the exit status.
pub fn main_from_args<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let argv =
        std::iter::once(OsString::from("tern bench")).chain(args.into_iter().map(Into::into));
    let args = match cli::Args::try_parse_from(argv) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    match run_cli(&args) {
        Ok(status) => status,
        Err(e) => {
            eprintln!("tern bench: {e}");
            EXIT_USAGE
        }
    }
}

/// The directory holding the benchmark programs: `./benchmarks/programs` in the
/// current directory or one of its ancestors, else the one this crate was built from.
pub fn find_programs_dir() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok();
    let from_cwd = cwd.iter().flat_map(|c| c.ancestors()).find_map(|a| {
        let d = a.join("benchmarks").join("programs");
        d.is_dir().then_some(d)
    });
    from_cwd.or_else(|| {
        let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        d.is_dir().then_some(d)
    })
}

fn run_cli(args: &cli::Args) -> Result<i32, String> {
    if let Some(files) = &args.compare {
        let (old, new) = match files.as_slice() {
            [old, new] => (results::Results::load(old)?, results::Results::load(new)?),
            _ => return Err("--compare takes OLD.json NEW.json".into()),
        };
        print!("{}", compare::compare(&old, &new)?);
        return Ok(EXIT_OK);
    }
    if let Some(file) = &args.from_json {
        let results = results::Results::load(file)?;
        let bench_dir = args
            .programs_dir
            .clone()
            .or_else(find_programs_dir)
            .and_then(|d| d.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        return Ok(write_reports(args, &results, &bench_dir));
    }
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err("--timeout must be a positive number of seconds".into());
    }

    let programs_dir = match &args.programs_dir {
        Some(d) => d.clone(),
        None => find_programs_dir().ok_or(
            "cannot find benchmarks/programs (run from the Tern source tree or pass --programs-dir)",
        )?,
    };
    let bench_dir = programs_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let reference_dir = bench_dir.join("reference");
    let reference_dir = reference_dir.is_dir().then_some(reference_dir);
    let programs = programs::select(&programs_dir, reference_dir.as_deref(), &args.programs)?;

    let mut notes = Vec::new();
    if args.install_peers {
        notes.extend(engines::install_peers());
    }
    let tern = match &args.tern {
        Some(t) => t.clone(),
        None => std::env::current_exe().map_err(|e| format!("cannot find this executable: {e}"))?,
    };
    let custom: Vec<(String, Vec<String>)> = args
        .extra_engines
        .iter()
        .map(|s| engines::parse_custom(s))
        .collect::<Result<_, _>>()?;
    let names = engines::expand_names(&args.engines, &custom)?;

    let work = tempdir::TempDir::new("tern-bench")
        .map_err(|e| format!("cannot create a scratch directory: {e}"))?;
    // Measure a private copy: the shared target/ may be rebuilt while the harness runs,
    // and one result must come from one build.
    let measured_tern = private_copy(&tern, work.path(), &mut notes);
    let setup = engines::Setup {
        tern: &measured_tern,
        work_dir: work.path(),
        programs: &programs,
        custom: &custom,
        probe_timeout: Duration::from_secs(60),
    };
    let mut engines = engines::resolve(&names, &setup);
    for e in engines
        .iter_mut()
        .filter(|e| e.family == engines::Family::Tern)
    {
        e.shown_exe = Some(tern.clone());
    }
    let reference = if names.iter().any(|n| n == stats::CPYTHON) {
        None
    } else {
        engines::resolve(&[stats::CPYTHON.to_string()], &setup).pop()
    };

    if args.list {
        print_list(&programs, &engines, reference.as_ref());
        return Ok(EXIT_OK);
    }

    let cpython_ok = engines
        .iter()
        .chain(reference.iter())
        .any(|e| e.name == stats::CPYTHON && e.is_available());
    if !cpython_ok {
        let why = engines
            .iter()
            .chain(reference.iter())
            .find(|e| e.name == stats::CPYTHON)
            .and_then(|e| e.unavailable.clone())
            .unwrap_or_default();
        return Err(format!(
            "the output check needs CPython, and it is unavailable: {why}"
        ));
    }
    if !engines.iter().any(Engine::is_available) {
        return Err("none of the selected engines is available here".into());
    }

    for var in DISTORTING_ENV {
        if let Ok(v) = std::env::var(var) {
            notes.push(format!(
                "{var}={v} was set in the environment of every run: times may not be representative"
            ));
        }
    }
    let tern_text = tern.display().to_string();
    if tern_text.contains("/debug/") {
        notes.push(format!(
            "{tern_text} looks like a debug build: measure a release build (cargo build --release)"
        ));
    }
    let repo = bench_dir.parent().map(Path::to_path_buf);
    let eff = args.effective();
    let config = RunConfig {
        tern: machine::TernInfo {
            binary: tern.display().to_string(),
            ..machine::tern_info(&measured_tern, repo.as_deref())
        },
        programs,
        engines,
        reference,
        size: eff.size,
        runs: eff.runs,
        warmup: eff.warmup,
        timeout: Duration::from_secs_f64(args.timeout),
        quick: args.quick,
        notes,
    };
    let mut progress = progress::Reporter::new(config.programs.len(), args.quick);
    // SAFETY: `on_interrupt` only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as extern "C" fn(libc::c_int) as *const () as libc::sighandler_t,
        );
    }
    let measured = measure(&config, &mut progress);
    // SAFETY: restores the default disposition; no handler code involved.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    }
    drop(work);
    if INTERRUPTED.load(Ordering::SeqCst) {
        eprintln!("tern bench: interrupted; nothing written");
        return Ok(EXIT_INTERRUPTED);
    }
    let results = measured?;
    Ok(write_reports(args, &results, &bench_dir))
}

/// Prints the terminal report and writes the files asked for; returns the exit status.
fn write_reports(args: &cli::Args, results: &Results, bench_dir: &Path) -> i32 {
    print!("{}", report::terminal::render(results));
    let mut status = if results.any_failure() {
        EXIT_FAIL
    } else {
        EXIT_OK
    };
    let mut write = |what: &str, r: Result<(), String>| match r {
        Ok(()) => eprintln!("tern bench: wrote {what}"),
        Err(e) => {
            eprintln!("tern bench: {e}");
            status = status.max(EXIT_USAGE);
        }
    };
    if let Some(path) = &args.json {
        write(&path.display().to_string(), results.save(path));
    }
    let section = report::markdown::render(results);
    if let Some(path) = &args.markdown {
        write(
            &path.display().to_string(),
            std::fs::write(path, &section).map_err(|e| format!("{}: {e}", path.display())),
        );
    }
    if args.update_results {
        let path = args
            .results_file
            .clone()
            .unwrap_or_else(|| bench_dir.join("RESULTS.md"));
        let updated = if results.settings.quick {
            Err("--quick results make no timing claims: RESULTS.md left as it is".to_string())
        } else {
            report::markdown::update_results(&path, &section)
        };
        write(&path.display().to_string(), updated);
    }
    if let Some(path) = &args.svg {
        write(
            &path.display().to_string(),
            report::svg::write(results, path),
        );
    }
    status
}

/// Copies the Tern binary into `dir` and returns the copy's path; falls back to the
/// original (with a note) when it cannot be copied.
fn private_copy(tern: &Path, dir: &Path, notes: &mut Vec<String>) -> PathBuf {
    if !tern.is_file() {
        return tern.to_path_buf();
    }
    let copy = dir.join("tern");
    match std::fs::copy(tern, &copy) {
        Ok(_) => copy,
        Err(e) => {
            notes.push(format!(
                "could not copy {} before measuring ({e}): if it was rebuilt during the run, \
results mix two builds",
                tern.display()
            ));
            tern.to_path_buf()
        }
    }
}

fn print_list(programs: &[Program], engines: &[Engine], reference: Option<&Engine>) {
    let mut t = report::Table::new(vec![
        "program".into(),
        "small".into(),
        "default".into(),
        "sha256".into(),
        "C reference".into(),
    ])
    .left_aligned();
    for p in programs {
        t.push(vec![
            p.name.clone(),
            p.args(Size::Small).join(" "),
            p.args(Size::Default).join(" "),
            report::short_hash(&p.sha256, 16).to_string(),
            if p.c_reference.is_some() { "yes" } else { "" }.to_string(),
        ]);
    }
    print!("{}", t.to_text());
    println!();
    let mut t =
        report::Table::new(vec!["engine".into(), "status".into(), "command".into()]).left_aligned();
    for e in engines.iter().chain(reference) {
        let info = e.info();
        t.push(vec![
            e.name.clone(),
            match &e.unavailable {
                None => "available".into(),
                Some(why) => format!("unavailable: {why}"),
            },
            info.env
                .iter()
                .map(|(k, v)| format!("{k}={v} "))
                .collect::<String>()
                + &info.command.join(" "),
        ]);
    }
    print!("{}", t.to_text());
}
