//! The runner: the interleaved schedule of runs, and the output check.
//!
//! For each program, in order:
//! 1. if `cpython` is not one of the measured engines, CPython runs once, untimed, to
//!    give the expected stdout;
//! 2. engines that keep a cache (`jit-cached`) run once, untimed, to fill it;
//! 3. `warmup` rounds, then `runs` measured rounds; each round runs every engine once,
//!    in the order given: `A B C A B C ...`. Interleaving spreads slow phases of a
//!    noisy machine over every engine instead of biasing the one that ran then, and
//!    makes same-round ratios meaningful (see `stats::paired_ratios`).
//!
//! The output check: every run's stdout must equal CPython's, byte for byte, and its
//! exit status must be 0. The expected stdout is CPython's first successful run; later
//! CPython runs must repeat it (a program whose output varies is not a benchmark).
//! Runs made before the expected output is known are checked as soon as it is.
//!
//! Invariants:
//! - Once a cell is `Fail` it is never run again for that program (the failure note
//!   keeps the first reason), so a crashing engine costs one run, not `runs`.
//! - A cell ends `Ok` only if every one of its runs exited 0 and was checked equal.
//! - `Progress::run_done` is called exactly once per planned run, made or skipped, so
//!   a progress bar's length is exact.

use crate::engines::{describe_exit, Engine, NoCommand};
use crate::measure::{self, Invocation, Outcome, StderrReport};
use crate::programs::{sha256_hex, Program, Size};
use crate::results::{Cell, ProgramResult, RunKind, RunRecord, Status};
use crate::stats::{summarize, CPYTHON};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// What to run.
pub struct Plan<'a> {
    /// Programs, in order.
    pub programs: &'a [Program],
    /// Available engines, in interleaving order.
    pub engines: &'a [Engine],
    /// CPython for the expected output when `cpython` is not in `engines`.
    pub reference: Option<&'a Engine>,
    /// Program size.
    pub size: Size,
    /// Measured rounds.
    pub runs: usize,
    /// Warm-up rounds.
    pub warmup: usize,
    /// Per-run timeout.
    pub timeout: Duration,
    /// Set (by a SIGINT handler, say) to stop after the current run.
    pub stop: Option<&'a AtomicBool>,
}

impl Plan<'_> {
    fn stopped(&self) -> bool {
        self.stop.is_some_and(|s| s.load(Ordering::SeqCst))
    }
}

/// One scheduled run: which engine (index into the plan's engines), which round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// Round number: warm-up rounds are `0..warmup`, measured ones follow.
    pub round: usize,
    /// Prime, warm-up or measured.
    pub kind: RunKind,
    /// Engine index.
    pub engine: usize,
}

/// The order of runs for one program: priming runs, then rounds in which every
/// engine runs once in the given order (`A B C A B C ...`), warm-up rounds first.
pub fn schedule(primes: &[bool], warmup: usize, runs: usize) -> Vec<Slot> {
    let mut slots: Vec<Slot> = primes
        .iter()
        .enumerate()
        .filter(|(_, p)| **p)
        .map(|(engine, _)| Slot {
            round: 0,
            kind: RunKind::Prime,
            engine,
        })
        .collect();
    for round in 0..warmup + runs {
        let kind = if round < warmup {
            RunKind::Warmup
        } else {
            RunKind::Measured
        };
        slots.extend((0..primes.len()).map(|engine| Slot {
            round,
            kind,
            engine,
        }));
    }
    slots
}

/// Hooks for showing progress. Every method has a default that does nothing.
pub trait Progress {
    /// Called once, with the number of runs planned.
    fn begin(&mut self, _total_runs: u64) {}
    /// A run is about to start.
    fn run_started(&mut self, _program: &str, _engine: &str, _kind: RunKind, _round: usize) {}
    /// A planned run finished or was skipped.
    fn run_done(&mut self) {}
    /// A program is finished.
    fn program_done(&mut self, _result: &ProgramResult) {}
    /// Everything is finished.
    fn finish(&mut self) {}
}

/// Progress that shows nothing.
pub struct Silent;
impl Progress for Silent {}

/// The runs `plan` will make at most.
pub fn planned_runs(plan: &Plan) -> u64 {
    let reference = u64::from(has_separate_reference(plan));
    let primes = plan.engines.iter().filter(|e| e.prime).count() as u64;
    let rounds = (plan.engines.len() * (plan.warmup + plan.runs)) as u64;
    plan.programs.len() as u64 * (reference + primes + rounds)
}

fn has_separate_reference(plan: &Plan) -> bool {
    !plan.engines.iter().any(|e| e.name == CPYTHON) && plan.reference.is_some()
}

/// Runs the whole plan. `scratch` holds the captured output of the current run. When
/// `plan.stop` is set, it returns early with the programs finished so far (and the
/// current one, partly run).
pub fn run_all(plan: &Plan, scratch: &Path, progress: &mut dyn Progress) -> Vec<ProgramResult> {
    progress.begin(planned_runs(plan));
    let mut results = Vec::new();
    for program in plan.programs {
        if plan.stopped() {
            break;
        }
        let result = run_program(plan, program, scratch, progress);
        progress.program_done(&result);
        results.push(result);
    }
    progress.finish();
    results
}

/// A cell while its program runs.
struct CellState {
    invocation: Option<Invocation>,
    status: Status,
    note: Option<String>,
    runs: Vec<RunRecord>,
    /// Runs whose stdout waits for the expected output: (index in `runs`, stdout).
    pending: Vec<(usize, Vec<u8>)>,
}

impl CellState {
    fn fail(&mut self, note: String) {
        if self.status != Status::Fail {
            self.status = Status::Fail;
            self.note = Some(note);
        }
        self.pending.clear();
    }

    /// Checks one run's stdout against the expected output.
    fn check(&mut self, index: usize, stdout: &[u8], expected: &[u8]) {
        let ok = stdout == expected;
        self.runs[index].stdout_ok = Some(ok);
        if !ok {
            self.fail(format!(
                "stdout differs from CPython's: {}",
                first_difference(expected, stdout)
            ));
        }
    }

    fn check_pending(&mut self, expected: &[u8]) {
        for (index, stdout) in std::mem::take(&mut self.pending) {
            if self.status == Status::Ok {
                self.check(index, &stdout, expected);
            }
        }
    }
}

fn record(o: &Outcome, report: &StderrReport, round: usize, kind: RunKind) -> RunRecord {
    RunRecord {
        round,
        kind,
        wall_s: o.wall,
        user_s: o.user,
        sys_s: o.sys,
        max_rss_kib: o.max_rss_kib,
        exit: o.exit,
        stdout_sha256: sha256_hex(&o.stdout),
        stdout_ok: None,
        iters: report.iters.clone(),
        jit_stats: report.jit_stats.clone(),
    }
}

/// "exit 1: ValueError: ..." for a run that did not exit 0.
fn failure_note(o: &Outcome, report: &StderrReport) -> String {
    let mut note = describe_exit(o.exit);
    if let Some(line) = &report.last_other_line {
        note.push_str(": ");
        note.push_str(&clip(line, 160));
    }
    note
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Where two outputs first differ, for a failure note.
pub fn first_difference(expected: &[u8], got: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    let (el, gl): (Vec<&str>, Vec<&str>) = (e.lines().collect(), g.lines().collect());
    for (i, (a, b)) in el.iter().zip(gl.iter()).enumerate() {
        if a != b {
            return format!(
                "line {}: expected `{}`, got `{}`",
                i + 1,
                clip(a, 60),
                clip(b, 60)
            );
        }
    }
    if el.len() != gl.len() {
        format!("expected {} lines, got {}", el.len(), gl.len())
    } else {
        "line endings or trailing bytes differ".to_string()
    }
}

fn run_program(
    plan: &Plan,
    program: &Program,
    scratch: &Path,
    progress: &mut dyn Progress,
) -> ProgramResult {
    let args = program.args(plan.size);
    let mut cells: Vec<CellState> = plan
        .engines
        .iter()
        .map(|e| {
            let (invocation, status, note) = match e.invocation(program, &args, plan.timeout) {
                Ok(inv) => (Some(inv), Status::Ok, None),
                Err(NoCommand::NotApplicable(n)) => (None, Status::NotApplicable, Some(n)),
                Err(NoCommand::Broken(n)) => (None, Status::Fail, Some(n)),
            };
            CellState {
                invocation,
                status,
                note,
                runs: Vec::new(),
                pending: Vec::new(),
            }
        })
        .collect();
    let reference_index = plan.engines.iter().position(|e| e.name == CPYTHON);
    let mut expected: Option<Vec<u8>> = None;
    let mut program_note: Option<String> = None;
    let mut reference_run = None;

    // 1. The separate reference run.
    if reference_index.is_none() {
        match plan.reference {
            Some(reference) => {
                progress.run_started(&program.name, CPYTHON, RunKind::Reference, 0);
                let outcome = reference
                    .invocation(program, &args, plan.timeout)
                    .map_err(|e| format!("{e:?}"))
                    .and_then(|inv| measure::run(&inv, scratch));
                progress.run_done();
                match outcome {
                    Ok(o) => {
                        let report = measure::parse_stderr(&o.stderr);
                        let mut rec = record(&o, &report, 0, RunKind::Reference);
                        if o.exit.success() {
                            rec.stdout_ok = Some(true);
                            expected = Some(o.stdout);
                        } else {
                            program_note = Some(format!(
                                "CPython fails on it: {}",
                                failure_note(&o, &report)
                            ));
                        }
                        reference_run = Some(rec);
                    }
                    Err(e) => program_note = Some(format!("cannot run CPython: {e}")),
                }
            }
            None => program_note = Some("no CPython to take the expected output from".into()),
        }
    }

    // 2 and 3. Priming runs, warm-up and measured rounds.
    let primes: Vec<bool> = plan.engines.iter().map(|e| e.prime).collect();
    for slot in schedule(&primes, plan.warmup, plan.runs) {
        if plan.stopped() {
            break;
        }
        if expected.is_none() && reference_unusable(reference_index, &cells, &program_note) {
            // Nothing run from here on could be checked: stop this program.
            progress.run_done();
            continue;
        }
        let engine = &plan.engines[slot.engine];
        let cell = &mut cells[slot.engine];
        let Some(invocation) = cell
            .invocation
            .clone()
            .filter(|_| cell.status == Status::Ok)
        else {
            progress.run_done();
            continue;
        };
        progress.run_started(&program.name, &engine.name, slot.kind, slot.round);
        let outcome = measure::run(&invocation, scratch);
        progress.run_done();
        let o = match outcome {
            Ok(o) => o,
            Err(e) => {
                cell.fail(format!("cannot run: {e}"));
                continue;
            }
        };
        let report = measure::parse_stderr(&o.stderr);
        cell.runs.push(record(&o, &report, slot.round, slot.kind));
        let index = cell.runs.len() - 1;
        if !o.exit.success() {
            cell.fail(failure_note(&o, &report));
            continue;
        }
        if Some(slot.engine) == reference_index {
            match &expected {
                None => {
                    cell.runs[index].stdout_ok = Some(true);
                    for other in cells.iter_mut() {
                        other.check_pending(&o.stdout);
                    }
                    expected = Some(o.stdout);
                }
                Some(exp) => {
                    let same = *exp == o.stdout;
                    cell.runs[index].stdout_ok = Some(same);
                    if !same {
                        cell.fail(format!(
                            "CPython's own stdout changed between runs ({}): the program is not deterministic",
                            first_difference(exp, &o.stdout)
                        ));
                    }
                }
            }
        } else if let Some(exp) = &expected {
            cell.check(index, &o.stdout, exp);
        } else {
            cell.pending.push((index, o.stdout));
        }
    }

    // Anything still unchecked could not be checked.
    let unchecked = program_note
        .clone()
        .unwrap_or_else(|| "CPython failed on this program".into());
    for (i, cell) in cells.iter_mut().enumerate() {
        if cell.status == Status::Ok && Some(i) != reference_index && expected.is_none() {
            cell.fail(format!("output not checked: {unchecked}"));
        }
    }

    ProgramResult {
        name: program.name.clone(),
        sha256: program.sha256.clone(),
        c_sha256: program.c_sha256.clone(),
        args,
        expected_stdout_sha256: expected.as_deref().map(sha256_hex),
        expected_stdout_lines: expected
            .as_deref()
            .map(|e| e.iter().filter(|b| **b == b'\n').count())
            .unwrap_or(0),
        note: program_note,
        reference_run,
        cells: plan
            .engines
            .iter()
            .zip(cells)
            .map(|(engine, cell)| {
                let summary = if cell.status == Status::Ok {
                    summarize(&cell.runs)
                } else {
                    None
                };
                Cell {
                    engine: engine.name.clone(),
                    status: cell.status,
                    note: cell.note,
                    runs: cell.runs,
                    summary,
                }
            })
            .collect(),
    }
}

/// Whether the expected output can no longer arrive: the separate reference failed,
/// or the measured `cpython` cell failed before producing it.
fn reference_unusable(
    reference_index: Option<usize>,
    cells: &[CellState],
    program_note: &Option<String>,
) -> bool {
    match reference_index {
        Some(i) => cells[i].status != Status::Ok,
        None => program_note.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_interleaves_after_priming() {
        let s = schedule(&[false, true, false], 1, 2);
        let kinds: Vec<(usize, RunKind, usize)> =
            s.iter().map(|x| (x.round, x.kind, x.engine)).collect();
        use RunKind::*;
        assert_eq!(
            kinds,
            [
                (0, Prime, 1),
                (0, Warmup, 0),
                (0, Warmup, 1),
                (0, Warmup, 2),
                (1, Measured, 0),
                (1, Measured, 1),
                (1, Measured, 2),
                (2, Measured, 0),
                (2, Measured, 1),
                (2, Measured, 2),
            ]
        );
    }

    #[test]
    fn differences_are_located() {
        assert_eq!(
            first_difference(b"a\nb\n", b"a\nc\n"),
            "line 2: expected `b`, got `c`"
        );
        assert_eq!(
            first_difference(b"a\nb\n", b"a\n"),
            "expected 2 lines, got 1"
        );
        assert_eq!(
            first_difference(b"a\n", b"a"),
            "line endings or trailing bytes differ"
        );
    }
}
