//! Writing results: a minimised disagreement becomes a regression test in the format
//! of `tests/programs/README.md` (`NAME.py`, `NAME.out`, and `NAME.err` when CPython
//! exits non-zero), and a run ends with a summary.
//!
//! Expected outputs are produced exactly as `tests/regen_expected.py` produces them:
//! CPython runs the program twice, with `PYTHONHASHSEED=0` and `=12345`, cwd = the
//! program's directory, stdin = /dev/null, a 10 s timeout; the program is refused when
//! the two runs differ, when it times out or dies by a signal, or when its output
//! contains a memory address. `regen_expected.py --check` therefore agrees with what
//! is written here.

use crate::compare::{Expected, Mismatch};
use crate::runner::{self, Invocation, Outcome};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The timeout `tests/regen_expected.py` uses.
const REGEN_TIMEOUT: Duration = Duration::from_secs(10);

/// One disagreement found by a run, after minimisation.
#[derive(Clone, Debug)]
pub struct Finding {
    pub index: u64,
    pub engine: String,
    pub mismatch: Mismatch,
    /// The regression test written for it (None when not minimised or not written).
    pub regression: Option<PathBuf>,
    /// The minimised program's text.
    pub minimised: Option<String>,
    /// CPython's and Tern's output on the minimised program, for the report.
    pub cpython_summary: String,
    pub tern_summary: String,
    /// True when this signature had been seen before (not minimised again).
    pub duplicate: bool,
}

fn contains_address(b: &[u8]) -> bool {
    let s = String::from_utf8_lossy(b);
    let mut rest = &*s;
    while let Some(i) = rest.find(" at 0x") {
        let after = &rest[i + 6..];
        if after.chars().next().is_some_and(|c| c.is_ascii_hexdigit()) {
            return true;
        }
        rest = after;
    }
    false
}

/// Runs CPython as `regen_expected.py` does and returns the expectation, or why the
/// program cannot be a test.
pub fn regen_expectation(python: &Path, script: &Path) -> Result<Expected, String> {
    let mut results: Vec<Outcome> = Vec::new();
    for seed in ["0", "12345"] {
        let o = runner::run(&Invocation::python(python, script, REGEN_TIMEOUT, seed));
        match &o.status {
            runner::Status::Timeout => return Err(format!("timeout with PYTHONHASHSEED={seed}")),
            runner::Status::Signal(s) => return Err(format!("killed by signal {s}")),
            runner::Status::SpawnError(e) => return Err(e.clone()),
            runner::Status::Exit(_) => {}
        }
        results.push(o);
    }
    let a = Expected::from_outcome(&results[0]).ok_or("no exit status")?;
    let b = Expected::from_outcome(&results[1]).ok_or("no exit status")?;
    if contains_address(&a.stdout) || contains_address(&b.stdout) {
        return Err("stdout contains a memory address".into());
    }
    if a != b {
        return Err("non-deterministic across PYTHONHASHSEED 0/12345".into());
    }
    if contains_address(a.last_stderr.as_bytes()) {
        return Err("stderr's last line contains a memory address".into());
    }
    Ok(a)
}

/// Writes `source` as `dir/NAME.py` with its expected outputs. Returns the path of the
/// program, or why it was refused (then nothing is left behind).
pub fn write_regression(
    dir: &Path,
    name: &str,
    source: &str,
    python: &Path,
) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let py = dir.join(format!("{name}.py"));
    std::fs::write(&py, source).map_err(|e| format!("{}: {e}", py.display()))?;
    let exp = match regen_expectation(python, &py) {
        Ok(e) => e,
        Err(why) => {
            let _ = std::fs::remove_file(&py);
            return Err(why);
        }
    };
    let out = dir.join(format!("{name}.out"));
    let err = dir.join(format!("{name}.err"));
    std::fs::write(&out, &exp.stdout).map_err(|e| format!("{}: {e}", out.display()))?;
    if exp.status != 0 {
        let text = format!("exit {}\n{}\n", exp.status, exp.last_stderr);
        std::fs::write(&err, text).map_err(|e| format!("{}: {e}", err.display()))?;
    } else if err.exists() {
        let _ = std::fs::remove_file(&err);
    }
    Ok(py)
}

/// A short account of an outcome for reports: exit status, last stderr line, and the
/// first lines of stdout.
pub fn summarise(o: &Outcome) -> String {
    let mut s = String::new();
    let status = match &o.status {
        runner::Status::Exit(c) => format!("exit {c}"),
        runner::Status::Signal(sig) => format!("signal {sig}"),
        runner::Status::Timeout => "timeout".to_string(),
        runner::Status::SpawnError(e) => format!("spawn error: {e}"),
    };
    let _ = writeln!(s, "{status}; last stderr line: {:?}", o.last_stderr_line());
    let text = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = text.lines().collect();
    for l in lines.iter().take(12) {
        let l: String = l.chars().take(200).collect();
        let _ = writeln!(s, "  | {l}");
    }
    if lines.len() > 12 {
        let _ = writeln!(s, "  | ... ({} more lines)", lines.len() - 12);
    }
    s
}

/// The header comment of a regression program: where it came from and why.
pub fn regression_header(difftest_args: &str, engine_cmd: &str, m: &Mismatch) -> Vec<String> {
    vec![
        format!("Found and minimised by: tern-difftest {difftest_args}"),
        format!("Reproduce: {engine_cmd}"),
        format!("Disagreement: {}", m.signature()),
        format!(
            "Detail (before minimisation): {}",
            m.detail.chars().take(300).collect::<String>()
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_detected() {
        assert!(contains_address(b"<function f at 0x7f12ab>"));
        assert!(!contains_address(b"look at 0xZ"));
        assert!(!contains_address(b"plain"));
    }
}
