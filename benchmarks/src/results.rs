//! The results data model: what one `tern bench` invocation measured, as written to
//! `--json` and read back by `--compare`.
//!
//! Everything the reports show is derived from this, and everything here is raw or
//! summarised from raw: every run of every engine is kept (`RunRecord`), with its kind
//! (reference, cache priming, warm-up or measured), so that a reader can recompute any
//! statistic. The schema string changes when a field changes meaning.
//!
//! Invariants:
//! - A `Cell` exists for every (program, available engine) pair, in engine order.
//! - `Cell::summary` is present exactly when the status is `Ok` and there is at least
//!   one measured run; it summarises measured runs only.
//! - `ProgramResult::sha256` is the hash of the program file that ran.

use crate::machine::{Machine, TernInfo};
use crate::measure::Exit;
use crate::programs::Size;
use crate::stats::{Analysis, Summary};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Identifies the format of the JSON file.
pub const SCHEMA: &str = "tern-bench/1";

/// One invocation of the harness.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Results {
    /// [`SCHEMA`].
    pub schema: String,
    /// UTC start time, ISO 8601.
    pub date: String,
    /// The machine it ran on.
    pub machine: Machine,
    /// The Tern binary and source tree measured.
    pub tern: TernInfo,
    /// How it was run.
    pub settings: Settings,
    /// Every engine asked for, available or not.
    pub engines: Vec<EngineInfo>,
    /// Notes for the reader (unavailable engines, environment warnings).
    pub notes: Vec<String>,
    /// One entry per program, in run order.
    pub programs: Vec<ProgramResult>,
    /// Ratios and geometric means, derived from `programs`.
    pub analysis: Analysis,
}

/// How the runs were made.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Settings {
    /// Measured runs per engine and program.
    pub runs: usize,
    /// Warm-up runs per engine and program, before the measured ones.
    pub warmup: usize,
    /// `--quick`: output check only, no timing claims.
    pub quick: bool,
    /// Which header size the programs ran at.
    pub size: Size,
    /// Per-run timeout in seconds.
    pub timeout_s: f64,
    /// A sentence saying how runs were ordered.
    pub order: String,
    /// Peak RSS (KiB) that `true` reports: the part of every peak RSS inherited from
    /// the harness at fork.
    #[serde(default)]
    pub rss_floor_kib: Option<u64>,
}

/// An engine as it was found.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EngineInfo {
    /// `interp`, `jit-O2`, `cpython`, ...
    pub name: String,
    /// What kind of implementation it is.
    pub family: crate::engines::Family,
    /// Whether it ran.
    pub available: bool,
    /// Why not, or anything else worth knowing.
    pub note: Option<String>,
    /// The command line before the program and its arguments.
    pub command: Vec<String>,
    /// Environment variables it ran with, on top of the harness's.
    pub env: Vec<(String, String)>,
    /// What `--version` said.
    pub version: Option<String>,
    /// Whether it was run with `--jit-stats=json`.
    pub jit_stats: bool,
}

/// What happened to one (program, engine) pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every run exited 0 and printed CPython's stdout.
    Ok,
    /// A run failed, crashed, timed out or printed something else.
    Fail,
    /// The engine has nothing to run for this program (no C reference).
    NotApplicable,
}

/// Why a run was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    /// CPython run once for the expected output, when `cpython` is not measured.
    Reference,
    /// An untimed run that fills a cache (`jit-cached`).
    Prime,
    /// A warm-up round: output checked, time not used.
    Warmup,
    /// A measured round.
    Measured,
}

/// One run of one engine on one program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunRecord {
    /// Round number (0-based, warm-up rounds first); 0 for reference and prime runs.
    pub round: usize,
    /// Why it ran.
    pub kind: RunKind,
    /// Wall seconds.
    pub wall_s: f64,
    /// User CPU seconds.
    pub user_s: f64,
    /// System CPU seconds.
    pub sys_s: f64,
    /// Peak RSS in KiB.
    pub max_rss_kib: u64,
    /// How it ended.
    pub exit: Exit,
    /// SHA-256 of its stdout.
    pub stdout_sha256: String,
    /// Whether stdout matched CPython's (`None`: not checked, no reference).
    pub stdout_ok: Option<bool>,
    /// `#iter` seconds, in order.
    pub iters: Vec<f64>,
    /// `--jit-stats=json` output, when the engine printed it.
    pub jit_stats: Option<serde_json::Value>,
}

/// One engine on one program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cell {
    /// Engine name.
    pub engine: String,
    /// Outcome.
    pub status: Status,
    /// Why it failed or does not apply.
    pub note: Option<String>,
    /// Every run made, in order.
    pub runs: Vec<RunRecord>,
    /// Statistics over the measured runs (`Ok` cells only).
    pub summary: Option<Summary>,
}

/// One program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProgramResult {
    /// Program name (file stem).
    pub name: String,
    /// SHA-256 of the program file.
    pub sha256: String,
    /// SHA-256 of its C reference, when it has one.
    pub c_sha256: Option<String>,
    /// Its arguments.
    pub args: Vec<String>,
    /// SHA-256 of CPython's stdout (the expected output).
    pub expected_stdout_sha256: Option<String>,
    /// Lines in the expected output.
    pub expected_stdout_lines: usize,
    /// A problem with the program itself (CPython failed on it), if any.
    pub note: Option<String>,
    /// The separate CPython reference run, when `cpython` was not measured.
    pub reference_run: Option<RunRecord>,
    /// One per available engine, in engine order.
    pub cells: Vec<Cell>,
}

impl Results {
    /// The cell of `engine` on `program`.
    pub fn cell(&self, program: &str, engine: &str) -> Option<&Cell> {
        self.programs
            .iter()
            .find(|p| p.name == program)
            .and_then(|p| p.cell(engine))
    }

    /// Engines that ran, in order.
    pub fn available_engines(&self) -> Vec<&EngineInfo> {
        self.engines.iter().filter(|e| e.available).collect()
    }

    /// Whether any cell failed (the command then exits non-zero).
    pub fn any_failure(&self) -> bool {
        self.programs
            .iter()
            .any(|p| p.cells.iter().any(|c| c.status == Status::Fail))
    }

    /// Writes pretty-printed JSON.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a file written by [`Results::save`].
    pub fn load(path: &Path) -> Result<Results, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let results: Results = serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a tern-bench results file: {e}", path.display()))?;
        if results.schema != SCHEMA {
            return Err(format!(
                "{}: schema `{}`, this harness reads `{SCHEMA}`",
                path.display(),
                results.schema
            ));
        }
        Ok(results)
    }
}

impl ProgramResult {
    /// The cell of `engine`.
    pub fn cell(&self, engine: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.engine == engine)
    }
}
