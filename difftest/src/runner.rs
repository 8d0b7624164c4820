//! Runs a program under an interpreter (CPython or a Tern engine) with a timeout and
//! captures what the differential comparison needs.
//!
//! Invariants: the child's stdin is `/dev/null`; its environment is the parent's minus
//! `PYTHON*` and `TERN_*` variables, plus exactly what the invocation adds (so a stray
//! `TERN_GC_STRESS` in the caller's shell cannot change an engine); a child that
//! outlives its timeout is killed and reported as `Status::Timeout`; captured output is
//! capped (a runaway program cannot exhaust the driver's memory).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Output beyond this many bytes per stream is dropped (and marked).
const OUTPUT_CAP: usize = 8 << 20;

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    Timeout,
    /// The interpreter could not be started.
    SpawnError(String),
}

/// What a run produced.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Status,
    pub elapsed: Duration,
}

impl Outcome {
    /// The exit status, if the process exited normally.
    pub fn code(&self) -> Option<i32> {
        match self.status {
            Status::Exit(c) => Some(c),
            _ => None,
        }
    }

    /// The last non-empty line of stderr (line ending stripped), as the expected-output
    /// files record it.
    pub fn last_stderr_line(&self) -> String {
        last_nonempty_line(&self.stderr)
    }
}

/// The last non-empty line of `bytes`, lossily decoded, without its line ending:
/// Python's `splitlines()` and `strip()` rules, as `tests/regen_expected.py` applies
/// them when it writes `.err` files.
pub fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    text.split(is_break)
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// One process to run.
#[derive(Clone, Debug)]
pub struct Invocation {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cwd: PathBuf,
    pub timeout: Duration,
}

impl Invocation {
    /// CPython running `script` as the test harness does (hash seed fixed).
    pub fn python(python: &Path, script: &Path, timeout: Duration, hash_seed: &str) -> Invocation {
        Invocation {
            program: python.to_path_buf(),
            args: vec![script_arg(script)],
            env: vec![
                ("PYTHONHASHSEED".into(), hash_seed.into()),
                ("PYTHONIOENCODING".into(), "utf-8".into()),
                ("PYTHONDONTWRITEBYTECODE".into(), "1".into()),
            ],
            cwd: script_dir(script),
            timeout,
        }
    }
}

/// The script's file name (programs run with cwd = their directory).
pub fn script_arg(script: &Path) -> String {
    script
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn script_dir(script: &Path) -> PathBuf {
    match script.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn reader<R: Read + Send + 'static>(r: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let mut chunk = [0u8; 65536];
            loop {
                match r.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if buf.len() < OUTPUT_CAP {
                            buf.extend_from_slice(&chunk[..n]);
                        }
                    }
                }
            }
            if buf.len() >= OUTPUT_CAP {
                buf.truncate(OUTPUT_CAP);
                buf.extend_from_slice(b"\n[output truncated by tern-difftest]\n");
            }
        }
        buf
    })
}

/// Runs `inv` to completion or until its timeout.
pub fn run(inv: &Invocation) -> Outcome {
    let start = Instant::now();
    let mut cmd = Command::new(&inv.program);
    cmd.args(&inv.args)
        .current_dir(&inv.cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy();
        if k.starts_with("PYTHON") || k.starts_with("TERN_") {
            cmd.env_remove(k.as_ref());
        }
    }
    for (k, v) in &inv.env {
        cmd.env(k, v);
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: Status::SpawnError(format!("{}: {e}", inv.program.display())),
                elapsed: start.elapsed(),
            }
        }
    };
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());
    let mut sleep = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break exit_status(st),
            Ok(None) => {}
            Err(e) => break Status::SpawnError(format!("wait: {e}")),
        }
        if start.elapsed() >= inv.timeout {
            let _ = child.kill();
            let _ = child.wait();
            break Status::Timeout;
        }
        std::thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(20));
    };
    Outcome {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status,
        elapsed: start.elapsed(),
    }
}

fn exit_status(st: std::process::ExitStatus) -> Status {
    use std::os::unix::process::ExitStatusExt;
    match (st.code(), st.signal()) {
        (Some(c), _) => Status::Exit(c),
        (None, Some(s)) => Status::Signal(s),
        (None, None) => Status::Exit(-1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_line_skips_blank_lines() {
        assert_eq!(
            last_nonempty_line(b"a\nTraceback\nValueError: x\n\n"),
            "ValueError: x"
        );
        assert_eq!(last_nonempty_line(b""), "");
    }

    #[test]
    fn timeouts_kill_the_child() {
        let inv = Invocation {
            program: PathBuf::from("sleep"),
            args: vec!["5".into()],
            env: vec![],
            cwd: PathBuf::from("."),
            timeout: Duration::from_millis(100),
        };
        let o = run(&inv);
        assert_eq!(o.status, Status::Timeout);
        assert!(o.elapsed < Duration::from_secs(4));
    }

    #[test]
    fn exit_codes_and_output() {
        let inv = Invocation {
            program: PathBuf::from("sh"),
            args: vec!["-c".into(), "echo out; echo err >&2; exit 3".into()],
            env: vec![],
            cwd: PathBuf::from("."),
            timeout: Duration::from_secs(5),
        };
        let o = run(&inv);
        assert_eq!(o.status, Status::Exit(3));
        assert_eq!(o.stdout, b"out\n");
        assert_eq!(o.last_stderr_line(), "err");
    }
}
