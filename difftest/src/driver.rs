//! The differential run: generate programs, run each under CPython and every Tern
//! engine, compare, minimise disagreements into regression tests, summarise.
//!
//! Invariants: program `i` of seed `s` is the same whatever `--jobs` is and whichever
//! worker takes it (`rng::program_seed`); a program whose CPython run does not exit
//! normally is not a test (counted as an oracle failure, which points at a generator
//! bug); each disagreement signature (engine + `compare::Mismatch::signature`) is
//! minimised at most `max_per_signature` times, later occurrences are only counted.

use crate::compare::{self, Expected};
use crate::engine::Engine;
use crate::features::Histogram;
use crate::gen;
use crate::minimise::{self, Limits};
use crate::probe::{self, Observed};
use crate::render;
use crate::report::{self, Finding};
use crate::runner::{self, Invocation, Outcome};
use std::collections::HashMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Everything a run needs.
#[derive(Clone, Debug)]
pub struct Options {
    pub count: u64,
    pub seed: u64,
    /// Index of the first program (to resume or split a long run).
    pub start: u64,
    pub engines: Vec<Engine>,
    pub jobs: usize,
    /// Where minimised regressions are written (None: not written).
    pub out_dir: Option<PathBuf>,
    /// Continue after the first disagreement.
    pub keep_going: bool,
    /// Run the CPython probe on every program (for the histogram's second column).
    pub probe: bool,
    pub gen: gen::Config,
    pub tern: PathBuf,
    pub python: PathBuf,
    /// Scratch directory for program files.
    pub work_dir: PathBuf,
    /// Keep every generated program in the work directory.
    pub keep_programs: bool,
    pub cpython_timeout: Duration,
    pub tern_timeout: Duration,
    pub minimise: bool,
    pub limits: Limits,
    pub max_per_signature: usize,
    /// Print progress lines to stderr.
    pub progress: bool,
}

/// Per-engine counters.
#[derive(Clone, Debug, Default)]
pub struct EngineStats {
    pub name: String,
    pub runs: u64,
    pub mismatches: u64,
    pub time: Duration,
}

/// The result of a run.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub seed: u64,
    pub start: u64,
    pub programs: u64,
    /// Programs CPython ran to a normal exit (usable as tests).
    pub compared: u64,
    /// (index, reason) for programs CPython did not run to a normal exit.
    pub oracle_failures: Vec<(u64, String)>,
    pub findings: Vec<Finding>,
    pub engines: Vec<EngineStats>,
    pub unavailable: Vec<String>,
    pub histogram: Histogram,
    pub observed: Option<Observed>,
    pub cpython_time: Duration,
    pub elapsed: Duration,
}

impl Summary {
    /// Programs on which some engine disagreed with CPython.
    pub fn mismatching_programs(&self) -> usize {
        self.findings.len()
    }

    /// The human-readable summary printed at the end of a run.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "tern-difftest: seed {}, programs {}..{} ({} generated, {} compared), {:.1}s",
            self.seed,
            self.start,
            self.start + self.programs,
            self.programs,
            self.compared,
            self.elapsed.as_secs_f64()
        );
        if !self.unavailable.is_empty() {
            let _ = writeln!(
                s,
                "  engines unavailable in this binary (skipped): {}",
                self.unavailable.join(", ")
            );
        }
        let _ = writeln!(
            s,
            "  cpython: {:.1}s total; {} programs unusable as tests",
            self.cpython_time.as_secs_f64(),
            self.oracle_failures.len()
        );
        for (i, why) in self.oracle_failures.iter().take(10) {
            let _ = writeln!(s, "    program {i}: {why}");
        }
        for e in &self.engines {
            let _ = writeln!(
                s,
                "  engine {:<10} {:>7} runs  {:>5} mismatches  {:>8.1}s",
                e.name,
                e.runs,
                e.mismatches,
                e.time.as_secs_f64()
            );
        }
        let mut by_sig: Vec<(String, usize)> = Vec::new();
        for f in &self.findings {
            let sig = format!("{}: {}", f.engine, f.mismatch.signature());
            match by_sig.iter_mut().find(|(x, _)| *x == sig) {
                Some((_, c)) => *c += 1,
                None => by_sig.push((sig, 1)),
            }
        }
        let _ = writeln!(
            s,
            "  {} mismatching programs, {} distinct signatures",
            self.findings.len(),
            by_sig.len()
        );
        for (sig, c) in &by_sig {
            let _ = writeln!(s, "    {c:>5} x {sig}");
        }
        for f in self.findings.iter().filter(|f| !f.duplicate) {
            let _ = writeln!(
                s,
                "\n  program {} on {}: {}\n    {}",
                f.index,
                f.engine,
                f.mismatch.signature(),
                f.mismatch.detail
            );
            if let Some(p) = &f.regression {
                let _ = writeln!(s, "    regression: {}", p.display());
            }
            if let Some(m) = &f.minimised {
                let _ = writeln!(s, "    minimised program:");
                for l in m.lines().filter(|l| !l.starts_with('#')) {
                    let _ = writeln!(s, "      {l}");
                }
                let _ = writeln!(s, "    CPython: {}", f.cpython_summary.trim_end());
                let _ = writeln!(s, "    Tern:    {}", f.tern_summary.trim_end());
            }
        }
        s
    }
}

struct Shared {
    summary: Summary,
    signatures: HashMap<String, usize>,
}

/// Resolves `python3` to the real interpreter and checks that it is CPython 3.11.
pub fn resolve_python(python: &Path, any_version: bool) -> Result<PathBuf, String> {
    let inv = Invocation {
        program: python.to_path_buf(),
        args: vec![
            "-c".into(),
            "import sys; print(sys.executable); print('%d.%d' % sys.version_info[:2])".into(),
        ],
        env: vec![],
        cwd: std::env::temp_dir(),
        timeout: Duration::from_secs(30),
    };
    let o = runner::run(&inv);
    if o.code() != Some(0) {
        return Err(format!(
            "cannot run {}: {:?} {}",
            python.display(),
            o.status,
            o.last_stderr_line()
        ));
    }
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    let mut lines = text.lines();
    let exe = lines.next().unwrap_or("").trim().to_string();
    let version = lines.next().unwrap_or("").trim().to_string();
    if version != "3.11" && !any_version {
        return Err(format!(
            "{} is Python {version}; CPython 3.11 is the oracle (--any-python overrides)",
            python.display()
        ));
    }
    Ok(if exe.is_empty() {
        python.to_path_buf()
    } else {
        PathBuf::from(exe)
    })
}

/// Runs CPython on `script` with the harness's environment (hash seed 0).
fn run_cpython(opts: &Options, script: &Path) -> Outcome {
    runner::run(&Invocation::python(
        &opts.python,
        script,
        opts.cpython_timeout,
        "0",
    ))
}

/// The disagreement `engine` shows on `source` (written to `path`), if any. None
/// also when CPython does not exit normally or prints a memory address: such a
/// program cannot be a test.
fn mismatch_on(
    opts: &Options,
    engine: &Engine,
    path: &Path,
    source: &str,
) -> Option<compare::Mismatch> {
    std::fs::write(path, source).ok()?;
    let cp = run_cpython(opts, path);
    let exp = Expected::from_outcome(&cp)?;
    if String::from_utf8_lossy(&exp.stdout).contains(" at 0x") {
        return None;
    }
    let got = runner::run(&engine.invocation(&opts.tern, path, opts.tern_timeout));
    compare::compare(&exp, &got)
}

/// Handles one disagreement: re-run it with verbose checksums (which names the first
/// differing value and gives the signature), minimise it unless that signature was
/// minimised often enough already, write the regression, and build the finding.
fn handle_mismatch(
    opts: &Options,
    shared: &Mutex<Shared>,
    index: u64,
    engine: &Engine,
    m: compare::Mismatch,
    program: &crate::ast::Program,
) -> Finding {
    let scratch = opts.work_dir.join(format!("min_{index}.py"));
    let verbose = gen::verbose_checksums(&render::program(program));
    let vm = mismatch_on(opts, engine, &scratch, &verbose);
    let mut finding = Finding {
        index,
        engine: engine.name.clone(),
        mismatch: vm.clone().unwrap_or_else(|| m.clone()),
        regression: None,
        minimised: None,
        cpython_summary: String::new(),
        tern_summary: String::new(),
        duplicate: false,
    };
    let Some(vm) = vm else {
        finding.cpython_summary = "(did not reproduce on a second run: flaky)".into();
        let _ = std::fs::remove_file(&scratch);
        return finding;
    };
    let sig = vm.signature();
    let seen = {
        let mut sh = shared.lock().expect("driver state");
        let c = sh
            .signatures
            .entry(format!("{}: {sig}", engine.name))
            .or_insert(0);
        *c += 1;
        *c - 1
    };
    finding.duplicate = seen > 0;
    if !opts.minimise || seen >= opts.max_per_signature {
        let _ = std::fs::remove_file(&scratch);
        return finding;
    }
    let mut test = |src: &str| {
        let v = gen::verbose_checksums(src);
        matches!(mismatch_on(opts, engine, &scratch, &v), Some(x) if x.signature() == sig)
    };
    let (mut small, stats) = minimise::minimise(program, &mut test, &opts.limits);
    // Most minimised programs need only the values `ck` prints, not the checksum.
    if let Some(simpler) = gen::with_simple_checksum(&small) {
        if test(&render::program(&simpler)) {
            small = simpler;
        }
    }
    if opts.progress {
        eprintln!(
            "tern-difftest: program {index} ({}): minimised {} -> {} statements with {} tests in {:.1}s{}",
            engine.name,
            stats.stmts_before,
            stats.stmts_after,
            stats.tests,
            stats.elapsed.as_secs_f64(),
            if stats.hit_limit { " (limit reached)" } else { "" }
        );
    }
    let name = format!("difftest_s{}{}_p{index}", opts.seed, opts.gen.tag());
    small.header = report::regression_header(
        &format!(
            "--seed {} --extras {} --start {index} --count 1 --engines {}",
            opts.seed,
            gen::cfg_label(&opts.gen),
            engine.name
        ),
        &engine.command_line(&format!("{name}.py")),
        &vm,
    );
    let text = gen::verbose_checksums(&render::program(&small));
    finding.minimised = Some(text.clone());
    // The outputs of the minimised program, for the report.
    let _ = std::fs::write(&scratch, &text);
    finding.cpython_summary = report::summarise(&run_cpython(opts, &scratch));
    finding.tern_summary = report::summarise(&runner::run(&engine.invocation(
        &opts.tern,
        &scratch,
        opts.tern_timeout,
    )));
    let _ = std::fs::remove_file(&scratch);
    if let Some(dir) = &opts.out_dir {
        match report::write_regression(dir, &name, &text, &opts.python) {
            Ok(p) => finding.regression = Some(p),
            Err(why) => {
                eprintln!("tern-difftest: regression {name} not written: {why}");
            }
        }
    }
    finding
}

/// Runs the differential test described by `opts`.
pub fn run(opts: &Options) -> Result<Summary, String> {
    let start = Instant::now();
    std::fs::create_dir_all(&opts.work_dir)
        .map_err(|e| format!("{}: {e}", opts.work_dir.display()))?;
    let (engines, unavailable) = crate::engine::split_available(&opts.tern, opts.engines.clone());
    if !engines.is_empty() && !opts.tern.exists() {
        return Err(format!(
            "{} does not exist (run `cargo build --release` first, or pass --tern)",
            opts.tern.display()
        ));
    }
    let probe_py = if opts.probe {
        Some(probe::install(&opts.work_dir).map_err(|e| e.to_string())?)
    } else {
        None
    };
    let shared = Mutex::new(Shared {
        summary: Summary {
            seed: opts.seed,
            start: opts.start,
            engines: engines
                .iter()
                .map(|e| EngineStats {
                    name: e.name.clone(),
                    ..Default::default()
                })
                .collect(),
            unavailable: unavailable.iter().map(|e| e.name.clone()).collect(),
            observed: if opts.probe {
                Some(Observed::default())
            } else {
                None
            },
            ..Default::default()
        },
        signatures: HashMap::new(),
    });
    let next = AtomicU64::new(opts.start);
    let done = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let end = opts.start + opts.count;
    let progress_every = (opts.count / 20).clamp(50, 1000);

    let worker = || loop {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let index = next.fetch_add(1, Ordering::Relaxed);
        if index >= end {
            break;
        }
        let g = gen::generate(opts.seed, index, &opts.gen);
        let text = render::program(&g.program);
        let path = opts.work_dir.join(format!("p{index}.py"));
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("tern-difftest: {}: {e}", path.display());
            stop.store(true, Ordering::Relaxed);
            break;
        }
        let observed = probe_py
            .as_ref()
            .map(|p| probe::probe(&opts.python, p, &path));
        {
            let mut sh = shared.lock().expect("driver state");
            sh.summary.programs += 1;
            sh.summary.histogram.add(g.features);
            if let (Some(obs), Some(res)) = (sh.summary.observed.as_mut(), observed) {
                match res {
                    Some(fs) => obs.add(&fs),
                    None => {
                        obs.failed += 1;
                        obs.programs += 1;
                    }
                }
            }
        }
        if !engines.is_empty() {
            let cp = run_cpython(opts, &path);
            let exp = Expected::from_outcome(&cp);
            {
                let mut sh = shared.lock().expect("driver state");
                sh.summary.cpython_time += cp.elapsed;
                match &exp {
                    Some(_) => sh.summary.compared += 1,
                    None => sh
                        .summary
                        .oracle_failures
                        .push((index, format!("CPython: {:?}", cp.status))),
                }
            }
            if let Some(exp) = exp {
                for (k, engine) in engines.iter().enumerate() {
                    let got = runner::run(&engine.invocation(&opts.tern, &path, opts.tern_timeout));
                    let mismatch = compare::compare(&exp, &got);
                    {
                        let mut sh = shared.lock().expect("driver state");
                        let st = &mut sh.summary.engines[k];
                        st.runs += 1;
                        st.time += got.elapsed;
                        if mismatch.is_some() {
                            st.mismatches += 1;
                        }
                    }
                    if let Some(m) = mismatch {
                        if opts.progress {
                            eprintln!(
                                "tern-difftest: program {index}: {} disagrees: {}",
                                engine.name, m.detail
                            );
                        }
                        if !opts.keep_going {
                            stop.store(true, Ordering::Relaxed);
                        }
                        let f = handle_mismatch(opts, &shared, index, engine, m, &g.program);
                        shared
                            .lock()
                            .expect("driver state")
                            .summary
                            .findings
                            .push(f);
                        break;
                    }
                }
            }
        }
        if !opts.keep_programs {
            let _ = std::fs::remove_file(&path);
        }
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if opts.progress && n.is_multiple_of(progress_every) {
            let sh = shared.lock().expect("driver state");
            let secs = start.elapsed().as_secs_f64();
            let rate = n as f64 / secs.max(1e-9);
            eprintln!(
                "tern-difftest: [{n}/{}] {} mismatching, {:.1} programs/s, eta {:.0}s",
                opts.count,
                sh.summary.findings.len(),
                rate,
                (opts.count - n) as f64 / rate.max(1e-9)
            );
        }
    };
    std::thread::scope(|s| {
        for _ in 0..opts.jobs.max(1) {
            s.spawn(worker);
        }
    });
    let mut summary = shared.into_inner().expect("driver state").summary;
    summary.findings.sort_by_key(|f| f.index);
    summary.oracle_failures.sort();
    summary.elapsed = start.elapsed();
    if let Some(p) = probe_py {
        let _ = std::fs::remove_file(p);
    }
    Ok(summary)
}
