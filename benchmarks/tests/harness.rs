//! Harness tests with fake engines: small shell scripts in a temp dir that print a
//! fixed output, fail, hang or log the order they were run in. No test here measures
//! anything real or depends on timing beyond generous timeouts.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tern_bench::engines::{self, Engine, Family};
use tern_bench::machine::TernInfo;
use tern_bench::measure::Exit;
use tern_bench::programs::{Program, Size};
use tern_bench::results::{Cell, EngineInfo, ProgramResult, Results, RunKind, RunRecord, Status};
use tern_bench::runner::Silent;
use tern_bench::stats::{self, summarize};
use tern_bench::tempdir::TempDir;
use tern_bench::{measure, RunConfig};

/// A temp dir with a program and a log file the fake engines append to.
struct Lab {
    dir: TempDir,
}

impl Lab {
    fn new() -> Lab {
        let lab = Lab {
            dir: TempDir::new("tern-bench-test").unwrap(),
        };
        fs::write(
            lab.path().join("prog.py"),
            "\"\"\"A test program.\"\"\"\n# tern-bench: small=1,x default=2,y\nprint('hello')\n",
        )
        .unwrap();
        lab
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn log(&self) -> PathBuf {
        self.path().join("log")
    }

    fn logged(&self) -> Vec<String> {
        fs::read_to_string(self.log())
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    fn program(&self) -> Program {
        Program::load(&self.path().join("prog.py"), None).unwrap()
    }

    /// An engine that logs its name and arguments, then runs `body` (sh).
    fn engine(&self, name: &str, family: Family, body: &str) -> Engine {
        let script = self.path().join(format!("{name}.sh"));
        fs::write(
            &script,
            format!(
                "echo \"{name} $(basename \"$1\") $2 $3\" >> '{}'\n{body}\n",
                self.log().display()
            ),
        )
        .unwrap();
        let s = script.display().to_string();
        Engine::interpreter(name, family, Path::new("/bin/sh"), &[&s])
    }

    fn cpython(&self) -> Engine {
        self.engine(
            "cpython",
            Family::Cpython,
            "echo hello; echo '#iter 0.02' >&2; echo '#iter 0.01' >&2",
        )
    }

    fn config(
        &self,
        engines: Vec<Engine>,
        reference: Option<Engine>,
        warmup: usize,
        runs: usize,
    ) -> RunConfig {
        RunConfig {
            programs: vec![self.program()],
            engines,
            reference,
            size: Size::Default,
            runs,
            warmup,
            timeout: Duration::from_secs(30),
            quick: false,
            tern: TernInfo::default(),
            notes: vec![],
        }
    }
}

fn cell<'a>(r: &'a Results, engine: &str) -> &'a Cell {
    r.cell("prog", engine).unwrap()
}

// ---------------------------------------------------------------------------------
// Output check
// ---------------------------------------------------------------------------------

#[test]
fn output_mismatch_is_a_fail() {
    let lab = Lab::new();
    let config = lab.config(
        vec![
            lab.cpython(),
            lab.engine("liar", Family::Custom, "echo goodbye"),
            lab.engine("good", Family::Custom, "echo hello"),
        ],
        None,
        0,
        3,
    );
    let r = measure(&config, &mut Silent).unwrap();
    let liar = cell(&r, "liar");
    assert_eq!(liar.status, Status::Fail);
    let note = liar.note.as_deref().unwrap();
    assert!(note.contains("stdout differs"), "{note}");
    assert!(note.contains("expected `hello`, got `goodbye`"), "{note}");
    assert!(liar.summary.is_none());
    // A failed cell is not run again.
    assert_eq!(liar.runs.len(), 1);
    assert_eq!(liar.runs[0].stdout_ok, Some(false));
    assert_eq!(cell(&r, "good").status, Status::Ok);
    assert_eq!(cell(&r, "good").runs.len(), 3);
    assert!(r.any_failure());
    let text = tern_bench::report::terminal::render(&r);
    assert!(text.contains("FAIL prog under liar"), "{text}");
}

#[test]
fn mismatch_before_the_reference_ran_is_still_caught() {
    // The liar runs first in every round, before CPython's output is known.
    let lab = Lab::new();
    let config = lab.config(
        vec![
            lab.engine("liar", Family::Custom, "echo hell0"),
            lab.cpython(),
        ],
        None,
        1,
        2,
    );
    let r = measure(&config, &mut Silent).unwrap();
    assert_eq!(cell(&r, "liar").status, Status::Fail);
    assert_eq!(cell(&r, "cpython").status, Status::Ok);
}

#[test]
fn crash_and_timeout_are_fails_with_reasons() {
    let lab = Lab::new();
    let config = RunConfig {
        timeout: Duration::from_millis(500),
        ..lab.config(
            vec![
                lab.cpython(),
                lab.engine(
                    "crash",
                    Family::Custom,
                    "echo 'Traceback...' >&2; echo 'ValueError: boom' >&2; exit 3",
                ),
                lab.engine("hang", Family::Custom, "exec sleep 20"),
            ],
            None,
            0,
            2,
        )
    };
    let r = measure(&config, &mut Silent).unwrap();
    let crash = cell(&r, "crash");
    assert_eq!(crash.status, Status::Fail);
    assert_eq!(crash.note.as_deref(), Some("exit 3: ValueError: boom"));
    assert_eq!(crash.runs[0].exit, Exit::Code(3));
    let hang = cell(&r, "hang");
    assert_eq!(hang.status, Status::Fail);
    assert!(hang.note.as_deref().unwrap().starts_with("timed out"));
    assert_eq!(hang.runs.len(), 1);
}

#[test]
fn a_nondeterministic_reference_is_a_fail() {
    let lab = Lab::new();
    let config = lab.config(
        vec![lab.engine("cpython", Family::Cpython, "date +%N")],
        None,
        0,
        3,
    );
    let r = measure(&config, &mut Silent).unwrap();
    let c = cell(&r, "cpython");
    assert_eq!(c.status, Status::Fail);
    assert!(c.note.as_deref().unwrap().contains("not deterministic"));
}

#[test]
fn a_failing_reference_leaves_nothing_checked() {
    let lab = Lab::new();
    let config = lab.config(
        vec![lab.engine("good", Family::Custom, "echo hello")],
        Some(lab.engine("cpython", Family::Cpython, "exit 1")),
        0,
        2,
    );
    let r = measure(&config, &mut Silent).unwrap();
    assert!(r.programs[0]
        .note
        .as_deref()
        .unwrap()
        .contains("CPython fails"));
    let good = cell(&r, "good");
    assert_eq!(good.status, Status::Fail);
    assert!(good.note.as_deref().unwrap().contains("not checked"));
    assert!(
        good.runs.is_empty(),
        "nothing is run once nothing can be checked"
    );
}

// ---------------------------------------------------------------------------------
// Unavailable engines
// ---------------------------------------------------------------------------------

#[test]
fn unavailable_engine_is_skipped_with_a_note() {
    let lab = Lab::new();
    let ghost = lab
        .engine("ghost", Family::Custom, "echo hello")
        .without("not installed here");
    let config = lab.config(vec![lab.cpython(), ghost], None, 1, 2);
    let r = measure(&config, &mut Silent).unwrap();
    assert!(!r.any_failure());
    assert!(
        r.cell("prog", "ghost").is_none(),
        "no cell for an unavailable engine"
    );
    assert!(!lab.logged().iter().any(|l| l.starts_with("ghost")));
    let info = r.engines.iter().find(|e| e.name == "ghost").unwrap();
    assert!(!info.available);
    assert_eq!(info.note.as_deref(), Some("not installed here"));
    let notes = tern_bench::report::tables::notes(&r);
    assert!(
        notes
            .iter()
            .any(|n| n == "ghost skipped: not installed here"),
        "{notes:?}"
    );
}

fn fake_tern(dir: &Path, accepts_jit: bool) -> PathBuf {
    let path = dir.join(if accepts_jit {
        "tern-jit"
    } else {
        "tern-nojit"
    });
    let jit_case = if accepts_jit {
        // Emits statistics the way --jit-stats=json is expected to.
        "--jit-stats=json) stats=1 ;;"
    } else {
        "--jit*) echo \"error: unexpected argument '$a' found\" >&2; exit 2 ;;"
    };
    fs::write(
        &path,
        format!(
            "#!/bin/sh\nstats=0\nfor a in \"$@\"; do case \"$a\" in {jit_case} esac; done\n\
             if [ \"$stats\" = 1 ]; then echo '#jit-stats {{\"compile_ms\": 5, \"interpreter_share\": 0.25}}' >&2; fi\n\
             echo hello\n"
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn jit_engines_are_unavailable_until_tern_has_jit() {
    let lab = Lab::new();
    let tern = fake_tern(lab.path(), false);
    let setup = engines::Setup {
        tern: &tern,
        work_dir: lab.path(),
        programs: &[],
        custom: &[],
        probe_timeout: Duration::from_secs(30),
    };
    let names: Vec<String> = ["interp", "jit-O0", "jit-O3", "jit-cached"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let es = engines::resolve(&names, &setup);
    assert!(es[0].is_available());
    for e in &es[1..] {
        let why = e.unavailable.as_deref().unwrap();
        assert!(why.contains("no --jit yet"), "{}: {why}", e.name);
    }
}

#[test]
fn jit_engines_work_and_report_stats_once_tern_has_jit() {
    let lab = Lab::new();
    let tern = fake_tern(lab.path(), true);
    let setup = engines::Setup {
        tern: &tern,
        work_dir: lab.path(),
        programs: &[],
        custom: &[],
        probe_timeout: Duration::from_secs(30),
    };
    let names: Vec<String> = vec!["jit-O2".into(), "jit-cached".into()];
    let mut es = engines::resolve(&names, &setup);
    assert!(es.iter().all(|e| e.is_available() && e.jit_stats), "{es:?}");
    assert!(es[1].prime);
    es.insert(0, lab.cpython());
    let r = measure(&lab.config(es, None, 0, 2), &mut Silent).unwrap();
    assert!(
        !r.any_failure(),
        "{:?}",
        tern_bench::report::tables::notes(&r)
    );
    let s = cell(&r, "jit-O2").summary.as_ref().unwrap();
    assert_eq!(s.compile_s.unwrap().median, 0.005);
    assert_eq!(s.interp_share.unwrap().median, 0.25);
    // jit-cached: one priming run, then the measured ones.
    let kinds: Vec<RunKind> = cell(&r, "jit-cached").runs.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [RunKind::Prime, RunKind::Measured, RunKind::Measured]
    );
    assert!(tern_bench::report::tables::jit(&r).is_some());
}

// ---------------------------------------------------------------------------------
// Interleaving
// ---------------------------------------------------------------------------------

#[test]
fn runs_are_interleaved_with_warmup_first() {
    let lab = Lab::new();
    let config = lab.config(
        vec![
            lab.engine("a", Family::Custom, "echo hello"),
            lab.cpython(),
            lab.engine("c", Family::Custom, "echo hello"),
        ],
        None,
        1,
        2,
    );
    let r = measure(&config, &mut Silent).unwrap();
    let order: Vec<String> = lab
        .logged()
        .iter()
        .map(|l| l.split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(
        order,
        ["a", "cpython", "c", "a", "cpython", "c", "a", "cpython", "c"]
    );
    // Every engine got the program and the `default=` arguments.
    assert!(lab.logged().iter().all(|l| l.ends_with("prog.py 2 y")));
    for e in ["a", "cpython", "c"] {
        let runs = &cell(&r, e).runs;
        let kinds: Vec<(usize, RunKind)> = runs.iter().map(|r| (r.round, r.kind)).collect();
        assert_eq!(
            kinds,
            [
                (0, RunKind::Warmup),
                (1, RunKind::Measured),
                (2, RunKind::Measured)
            ]
        );
        assert_eq!(
            cell(&r, e).summary.as_ref().unwrap().wall.n,
            2,
            "warm-up excluded"
        );
    }
}

#[test]
fn separate_reference_runs_first_and_once() {
    let lab = Lab::new();
    let config = lab.config(
        vec![
            lab.engine("a", Family::Custom, "echo hello"),
            lab.engine("b", Family::Custom, "echo hello"),
        ],
        Some(lab.cpython()),
        0,
        2,
    );
    let r = measure(&config, &mut Silent).unwrap();
    let order: Vec<String> = lab
        .logged()
        .iter()
        .map(|l| l.split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(order, ["cpython", "a", "b", "a", "b"]);
    assert!(r.programs[0].reference_run.is_some());
    assert!(!r.any_failure());
}

// ---------------------------------------------------------------------------------
// Arithmetic: ratios, paired ranges, best PyPy, geometric means, steady state
// ---------------------------------------------------------------------------------

fn run(round: usize, wall: f64, iters: &[f64]) -> RunRecord {
    RunRecord {
        round,
        kind: RunKind::Measured,
        wall_s: wall,
        user_s: wall * 0.9,
        sys_s: wall * 0.1,
        max_rss_kib: 10_240,
        exit: Exit::Code(0),
        stdout_sha256: String::new(),
        stdout_ok: Some(true),
        iters: iters.to_vec(),
        jit_stats: None,
    }
}

fn ok_cell(engine: &str, walls: &[f64]) -> Cell {
    let runs: Vec<RunRecord> = walls
        .iter()
        .enumerate()
        .map(|(i, w)| run(i, *w, &[w / 2.0, w / 4.0, w / 4.0]))
        .collect();
    Cell {
        engine: engine.into(),
        status: Status::Ok,
        note: None,
        summary: summarize(&runs),
        runs,
    }
}

fn program(name: &str, cells: Vec<Cell>) -> ProgramResult {
    ProgramResult {
        name: name.into(),
        sha256: "00".into(),
        c_sha256: None,
        args: vec![],
        expected_stdout_sha256: None,
        expected_stdout_lines: 0,
        note: None,
        reference_run: None,
        cells,
    }
}

fn info(name: &str, family: Family) -> EngineInfo {
    EngineInfo {
        name: name.into(),
        family,
        available: true,
        note: None,
        command: vec![],
        env: vec![],
        version: None,
        jit_stats: false,
    }
}

#[test]
fn ratio_and_geomean_arithmetic() {
    let engines = vec![
        info("interp", Family::Tern),
        info("cpython", Family::Cpython),
        info("pypy", Family::Pypy),
        info("pypy-4M", Family::Pypy),
    ];
    let programs = vec![
        program(
            "p1",
            vec![
                ok_cell("interp", &[1.0, 1.0, 1.0]),
                ok_cell("cpython", &[2.0, 2.0, 2.0]),
                ok_cell("pypy", &[0.5, 0.5, 0.5]),
                ok_cell("pypy-4M", &[0.25, 0.25, 0.25]),
            ],
        ),
        program(
            "p2",
            vec![
                // Medians 2.0 and 8.0; round 0 ratio 6/1 = 6... see below.
                ok_cell("interp", &[1.0, 2.0, 3.0]),
                ok_cell("cpython", &[6.0, 8.0, 9.0]),
                ok_cell("pypy", &[1.0, 1.0, 1.0]),
                ok_cell("pypy-4M", &[4.0, 4.0, 4.0]),
            ],
        ),
        program(
            "p3",
            vec![
                Cell {
                    engine: "interp".into(),
                    status: Status::Fail,
                    note: Some("boom".into()),
                    runs: vec![],
                    summary: None,
                },
                ok_cell("cpython", &[1.0, 1.0, 1.0]),
                ok_cell("pypy", &[1.0, 1.0, 1.0]),
                ok_cell("pypy-4M", &[1.0, 1.0, 1.0]),
            ],
        ),
    ];
    let a = stats::analyse(&programs, &engines);
    let close = |x: f64, y: f64| (x - y).abs() < 1e-12;

    let r1 = a.ratio("p1", "interp").unwrap();
    assert!(close(r1.vs_cpython.unwrap().value, 2.0));
    // Best PyPy on p1 is pypy-4M (0.25 s): interp is 4x slower than it.
    assert_eq!(a.best_pypy("p1"), Some("pypy-4M"));
    assert!(close(r1.vs_pypy.unwrap().value, 0.25));

    let r2 = a.ratio("p2", "interp").unwrap();
    assert!(close(r2.vs_cpython.unwrap().value, 4.0));
    // Same-round ratios: 6/1, 8/2, 9/3 -> 6, 4, 3.
    assert_eq!(r2.vs_cpython.unwrap().paired_min, Some(3.0));
    assert_eq!(r2.vs_cpython.unwrap().paired_max, Some(6.0));
    assert_eq!(a.best_pypy("p2"), Some("pypy"));
    assert!(close(r2.vs_pypy.unwrap().value, 0.5));
    // Steady state: iters after the first are wall/4 in every run; medians 2.0 vs 0.5.
    assert!(close(r2.steady_vs_cpython.unwrap(), 4.0));

    // p3 failed under interp: not in interp's means, which say so.
    assert!(a.ratio("p3", "interp").is_none());
    let g = a.geomean("interp").unwrap();
    assert!(close(g.vs_cpython.unwrap(), 8f64.sqrt()));
    assert_eq!(g.vs_cpython_programs, 2);
    assert!(close(g.vs_pypy.unwrap(), (0.25f64 * 0.5).sqrt()));
    assert_eq!(g.vs_pypy_programs, 2);
    // PyPy engines are compared with CPython, never with themselves.
    let gp = a.geomean("pypy").unwrap();
    assert!(gp.vs_pypy.is_none());
    assert!(close(gp.vs_cpython.unwrap(), (4.0f64 * 8.0 * 1.0).cbrt()));
    assert!(a.geomean("cpython").is_none());

    // First iteration vs steady state of one cell.
    let s = programs[1].cells[0].summary.as_ref().unwrap();
    assert!(close(s.first_iter.unwrap().median, 1.0));
    assert!(close(s.steady.unwrap().median, 0.5));
    assert_eq!(s.steady.unwrap().n, 6);
    assert_eq!(s.iterations, 3);
}

// ---------------------------------------------------------------------------------
// Reports and compare
// ---------------------------------------------------------------------------------

#[test]
fn reports_render_and_compare_guards_versions() {
    let lab = Lab::new();
    let config = lab.config(
        vec![
            lab.engine("fast", Family::Custom, "echo hello; echo '#iter 0.01' >&2"),
            lab.cpython(),
            lab.engine("pypy", Family::Pypy, "echo hello"),
        ],
        None,
        0,
        2,
    );
    let r = measure(&config, &mut Silent).unwrap();
    let json = lab.path().join("r.json");
    r.save(&json).unwrap();
    let back = Results::load(&json).unwrap();
    assert_eq!(back.programs[0].sha256, r.programs[0].sha256);
    assert!(tern_bench::compare::compare(&back, &r).is_ok());

    let mut changed = back.clone();
    changed.programs[0].sha256 = "ff".repeat(32);
    let err = tern_bench::compare::compare(&back, &changed).unwrap_err();
    assert!(err.contains("refusing"), "{err}");

    let md = tern_bench::report::markdown::render(&r);
    assert!(
        md.contains("### Wall time") && md.contains("| prog |"),
        "{md}"
    );
    let svg = lab.path().join("r.svg");
    tern_bench::report::svg::write(&r, &svg).unwrap();
    let text = fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg") && text.contains("prog") && text.contains("geometric mean"));
}

// ---------------------------------------------------------------------------------
// The command line, end to end (real CPython as the reference)
// ---------------------------------------------------------------------------------

fn has_python() -> bool {
    Path::new(engines::DEBIAN_PYTHON).is_file() || engines::which("python3").is_some()
}

#[test]
fn cli_exit_status_reflects_failures() {
    if !has_python() {
        eprintln!("skipped: no python3");
        return;
    }
    let lab = Lab::new();
    let liar = lab.path().join("liar.sh");
    fs::write(&liar, "echo goodbye\n").unwrap();
    let dir = lab.path().display().to_string();
    let base = ["--programs-dir", &dir, "--runs", "1", "--warmup", "0"];
    let args = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    let ok = tern_bench::main_from_args(args(&["--engines", "cpython", "prog"]));
    assert_eq!(ok, 0);
    let spec = format!("liar=/bin/sh {}", liar.display());
    let bad = tern_bench::main_from_args(args(&["--engines", "cpython", "--engine", &spec]));
    assert_eq!(bad, 1);
    let missing = tern_bench::main_from_args(args(&["no_such_program"]));
    assert_eq!(missing, 2);
    let unknown = tern_bench::main_from_args(args(&["--engines", "nope"]));
    assert_eq!(unknown, 2);
}
