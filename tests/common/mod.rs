//! Shared machinery of the end-to-end tests: finding test programs and their
//! expectations, running the `tern` binary with a timeout, and comparing results.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Path of the binary under test.
pub fn tern() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tern"))
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One program of the differential suite.
#[derive(Clone, Debug)]
pub struct Case {
    /// Shown in reports (relative to tests/programs).
    pub name: String,
    pub script: PathBuf,
    pub args: Vec<String>,
    pub cwd: PathBuf,
    pub expected_stdout: Vec<u8>,
    pub expected_status: i32,
    pub expected_last_stderr: String,
}

fn is_helper_module(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with("mod_") || name == "__init__.py" {
        return true;
    }
    std::fs::read_to_string(p)
        .map(|t| t.lines().next() == Some("# tern-test: module"))
        .unwrap_or(false)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        if p.is_dir() {
            if !name.starts_with('.') && !name.starts_with("__") {
                walk(&p, out);
            }
        } else {
            out.push(p);
        }
    }
}

fn read_expectations(stem: &Path) -> Option<(Vec<u8>, i32, String)> {
    let out = std::fs::read(stem.with_extension("out")).ok()?;
    let (status, last) = match std::fs::read_to_string(stem.with_extension("err")) {
        Ok(t) => {
            let mut lines = t.lines();
            let status = lines
                .next()
                .and_then(|l| l.strip_prefix("exit "))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(1);
            (status, lines.next().unwrap_or("").to_owned())
        }
        Err(_) => (0, String::new()),
    };
    Some((out, status, last))
}

/// Every program under tests/programs (and benchmark runs described by `.bench`).
pub fn collect_cases() -> Vec<Case> {
    let root = repo_root().join("tests/programs");
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut cases = Vec::new();
    for f in files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        let name = f.strip_prefix(&root).unwrap().display().to_string();
        match ext {
            "py" if !is_helper_module(&f) => {
                let Some((out, status, last)) = read_expectations(&f) else {
                    panic!("{name}: no expected output (run tests/regen_expected.py)");
                };
                let args = std::fs::read_to_string(f.with_extension("args"))
                    .map(|t| t.split_whitespace().map(String::from).collect())
                    .unwrap_or_default();
                cases.push(Case {
                    name,
                    script: PathBuf::from(f.file_name().unwrap()),
                    args,
                    cwd: f.parent().unwrap().to_path_buf(),
                    expected_stdout: out,
                    expected_status: status,
                    expected_last_stderr: last,
                });
            }
            "bench" => {
                let line = std::fs::read_to_string(&f).unwrap();
                let mut words = line.split_whitespace();
                let rel = PathBuf::from(words.next().expect("empty .bench file"));
                let prog = f.parent().unwrap().join(rel);
                let prog = prog.canonicalize().unwrap_or(prog);
                let Some((out, status, last)) = read_expectations(&f) else {
                    panic!("{name}: no expected output");
                };
                cases.push(Case {
                    name,
                    script: PathBuf::from(prog.file_name().unwrap()),
                    args: words.map(String::from).collect(),
                    cwd: prog.parent().unwrap().to_path_buf(),
                    expected_stdout: out,
                    expected_status: status,
                    expected_last_stderr: last,
                });
            }
            _ => {}
        }
    }
    assert!(
        !cases.is_empty(),
        "no test programs found under {}",
        root.display()
    );
    cases
}

/// Result of running the binary.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Option<i32>,
    pub timed_out: bool,
}

/// Runs `tern` with `args` in `cwd`, killing it after `timeout`.
pub fn run_tern(args: &[&str], cwd: &Path, env: &[(&str, &str)], timeout: Duration) -> Outcome {
    let mut cmd = Command::new(tern());
    cmd.args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.env_remove("TERN_GC_STRESS")
        .env_remove("PYTHONPATH")
        .env("PYTHONHASHSEED", "0");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawning tern");
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s.code(),
            Ok(None) => {
                if start.elapsed() > timeout {
                    let _ = child.kill();
                    timed_out = true;
                    break child.wait().ok().and_then(|s| s.code());
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    Outcome {
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
        status,
        timed_out,
    }
}

fn last_nonempty_line(b: &[u8]) -> String {
    String::from_utf8_lossy(b)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_owned()
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (ta, tb) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    for (i, (x, y)) in ta.lines().zip(tb.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n      expected: {x}\n      got:      {y}", i + 1);
        }
    }
    format!(
        "line counts differ: expected {}, got {}",
        ta.lines().count(),
        tb.lines().count()
    )
}

/// Checks one case; Err describes the mismatch.
pub fn check_case(case: &Case, env: &[(&str, &str)]) -> Result<(), String> {
    let mut args: Vec<&str> = vec![case.script.to_str().unwrap()];
    args.extend(case.args.iter().map(|s| s.as_str()));
    let o = run_tern(&args, &case.cwd, env, Duration::from_secs(120));
    let stderr = String::from_utf8_lossy(&o.stderr);
    if o.timed_out {
        return Err("timed out".into());
    }
    if stderr.contains("panicked") || o.status.is_none() {
        return Err(format!(
            "crashed (status {:?}):\n{}",
            o.status,
            stderr.lines().take(8).collect::<Vec<_>>().join("\n")
        ));
    }
    if o.stdout != case.expected_stdout {
        return Err(format!(
            "stdout differs at {}",
            first_difference(&case.expected_stdout, &o.stdout)
        ));
    }
    let status = o.status.unwrap();
    if status != case.expected_status {
        return Err(format!(
            "exit status {status}, expected {} (stderr: {})",
            case.expected_status,
            last_nonempty_line(&o.stderr)
        ));
    }
    if case.expected_status != 0 {
        let last = last_nonempty_line(&o.stderr);
        if last != case.expected_last_stderr {
            return Err(format!(
                "last stderr line\n      expected: {}\n      got:      {last}",
                case.expected_last_stderr
            ));
        }
    }
    Ok(())
}

/// Runs all cases in one mode on a worker pool and fails with a report.
pub fn run_suite(mode: &str, cases: &[Case], env: &[(&str, &str)]) {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(case) = cases.get(i) else { break };
                if let Err(msg) = check_case(case, env) {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("  {} [{mode}]: {msg}", case.name));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    if !failures.is_empty() {
        panic!(
            "{} of {} programs failed in mode {mode}:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
    eprintln!("{mode}: all {} programs match CPython", cases.len());
}
