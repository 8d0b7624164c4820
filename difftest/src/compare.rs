//! Compares a Tern run with CPython's, by the rules of `tests/programs/README.md`:
//! stdout byte for byte; the exit status; and, when CPython failed, the last non-empty
//! line of stderr.
//!
//! A disagreement has a *kind* (crash > timeout > exit status > stderr > stdout, the
//! first that applies) and a *key* that names it more precisely (the panic location,
//! the exception type Tern raised). Kind and key form the *signature* the minimiser
//! keeps constant while it shrinks a program, so that it does not drift from one bug
//! to another, and the driver uses to avoid minimising the same bug again and again.
//! For stdout the key is the *shape* of the first differing lines (digits folded), which
//! with `gen::verbose_checksums` (every `ck` prints its value) names the first value
//! that differs.

use crate::runner::{Outcome, Status};

/// What CPython did (the oracle).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub status: i32,
    /// The last non-empty stderr line; compared only when `status != 0`.
    pub last_stderr: String,
}

impl Expected {
    /// The expectation from a CPython run, or None when CPython did not exit normally
    /// (timeout, signal): such a program cannot be a test.
    pub fn from_outcome(o: &Outcome) -> Option<Expected> {
        let status = o.code()?;
        Some(Expected {
            stdout: o.stdout.clone(),
            status,
            last_stderr: if status != 0 {
                o.last_stderr_line()
            } else {
                String::new()
            },
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A Rust panic, a signal (SIGSEGV, SIGABRT, ...), or the binary failing to start.
    Crash,
    Timeout,
    Status,
    Stderr,
    Stdout,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Crash => "crash",
            Kind::Timeout => "timeout",
            Kind::Status => "exit-status",
            Kind::Stderr => "stderr",
            Kind::Stdout => "stdout",
        }
    }
}

/// One disagreement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub kind: Kind,
    pub key: String,
    /// A human-readable account: expected vs got.
    pub detail: String,
}

impl Mismatch {
    pub fn signature(&self) -> String {
        format!("{}: {}", self.kind.label(), self.key)
    }
}

/// The exception type of a traceback's last line (`ValueError: x` -> `ValueError`).
pub fn exception_type(line: &str) -> String {
    let head = line.split(':').next().unwrap_or("").trim();
    if !head.is_empty()
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        head.to_string()
    } else {
        line.chars().take(40).collect()
    }
}

/// `file:line` of a Rust panic message in `stderr`, if there is one.
pub fn panic_location(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    let at = text.find("panicked at ")? + "panicked at ".len();
    let rest = &text[at..];
    // "vm/src/x.rs:12:5:" -> "vm/src/x.rs:12"
    let mut parts = rest.splitn(3, ':');
    let file = parts.next()?.trim();
    let line = parts.next()?.trim();
    Some(format!("{file}:{line}"))
}

/// A line with every run of digits replaced by `#`, cut to 60 characters: the shape of
/// an output line, stable under the literal shrinking the minimiser does.
pub fn line_shape(line: &str) -> String {
    let mut out = String::new();
    let mut in_digits = false;
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            out.push(c);
            in_digits = false;
        }
        if out.len() >= 60 {
            break;
        }
    }
    out
}

/// The key of a stdout disagreement: the shapes of the first differing lines.
pub fn stdout_key(expected: &[u8], got: &[u8]) -> String {
    let la: Vec<&[u8]> = expected.split(|&c| c == b'\n').collect();
    let lb: Vec<&[u8]> = got.split(|&c| c == b'\n').collect();
    for i in 0..la.len().max(lb.len()) {
        let (x, y) = (la.get(i), lb.get(i));
        if x != y {
            let shape = |l: Option<&&[u8]>| match l {
                Some(l) => line_shape(&String::from_utf8_lossy(l)),
                None => "<end>".to_string(),
            };
            return format!("{} => {}", shape(x), shape(y));
        }
    }
    "?".to_string()
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let la: Vec<&[u8]> = a.split(|&c| c == b'\n').collect();
    let lb: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
    for i in 0..la.len().max(lb.len()) {
        let x = la.get(i).copied();
        let y = lb.get(i).copied();
        if x != y {
            let show = |l: Option<&[u8]>| match l {
                Some(l) => {
                    let s = String::from_utf8_lossy(l);
                    let s: String = s.chars().take(300).collect();
                    format!("{s:?}")
                }
                None => "<end of output>".to_string(),
            };
            return format!(
                "stdout line {}: CPython {} | Tern {}",
                i + 1,
                show(x),
                show(y)
            );
        }
    }
    "stdout differs".to_string()
}

/// Compares Tern's outcome with the expectation; None when they agree.
pub fn compare(exp: &Expected, got: &Outcome) -> Option<Mismatch> {
    let last = got.last_stderr_line();
    let mk = |kind, key: String, detail: String| Some(Mismatch { kind, key, detail });
    match &got.status {
        Status::SpawnError(e) => return mk(Kind::Crash, "spawn".into(), e.clone()),
        Status::Signal(s) => {
            return mk(
                Kind::Crash,
                format!("signal {s}"),
                format!("killed by signal {s}; stderr: {last}"),
            )
        }
        Status::Timeout => {
            return mk(
                Kind::Timeout,
                "timeout".into(),
                format!("timed out after {:.1}s", got.elapsed.as_secs_f64()),
            )
        }
        Status::Exit(_) => {}
    }
    let code = got.code().unwrap_or(-1);
    if let Some(loc) = panic_location(&got.stderr) {
        return mk(
            Kind::Crash,
            format!("panic at {loc}"),
            format!("Rust panic at {loc} (exit {code}); last stderr line: {last}"),
        );
    }
    if code != exp.status {
        let tern_exc = if code != 0 {
            exception_type(&last)
        } else {
            String::new()
        };
        return mk(
            Kind::Status,
            format!("exit {} vs {code} {tern_exc}", exp.status),
            format!(
                "exit status: CPython {} ({:?}) | Tern {code} ({last:?})",
                exp.status, exp.last_stderr
            ),
        );
    }
    if exp.status != 0 && last != exp.last_stderr {
        return mk(
            Kind::Stderr,
            exception_type(&last),
            format!(
                "last stderr line: CPython {:?} | Tern {last:?}",
                exp.last_stderr
            ),
        );
    }
    if got.stdout != exp.stdout {
        return mk(
            Kind::Stdout,
            stdout_key(&exp.stdout, &got.stdout),
            first_difference(&exp.stdout, &got.stdout),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn outcome(stdout: &str, stderr: &str, status: Status) -> Outcome {
        Outcome {
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            status,
            elapsed: Duration::from_millis(1),
        }
    }

    #[test]
    fn agreement_and_kinds() {
        let exp = Expected {
            stdout: b"1\n".to_vec(),
            status: 0,
            last_stderr: String::new(),
        };
        assert!(compare(&exp, &outcome("1\n", "noise on stderr", Status::Exit(0))).is_none());
        let m = compare(&exp, &outcome("2\n", "", Status::Exit(0))).unwrap();
        assert_eq!(m.kind, Kind::Stdout);
        assert!(m.detail.contains("line 1"));
        assert_eq!(m.key, "# => #");
        let m = compare(&exp, &outcome("1\n", "KeyError: 'a'\n", Status::Exit(1))).unwrap();
        assert_eq!(m.signature(), "exit-status: exit 0 vs 1 KeyError");
        let m = compare(
            &exp,
            &outcome(
                "",
                "thread 'tern-vm' panicked at vm/src/ops/arith.rs:12:5:\nboom\n",
                Status::Exit(70),
            ),
        )
        .unwrap();
        assert_eq!(m.signature(), "crash: panic at vm/src/ops/arith.rs:12");
        let m = compare(&exp, &outcome("", "", Status::Signal(11))).unwrap();
        assert_eq!(m.kind, Kind::Crash);
    }

    #[test]
    fn failing_programs_compare_the_last_line() {
        let exp = Expected {
            stdout: b"".to_vec(),
            status: 1,
            last_stderr: "ValueError: x".into(),
        };
        assert!(compare(
            &exp,
            &outcome("", "Traceback\nValueError: x\n", Status::Exit(1))
        )
        .is_none());
        let m = compare(&exp, &outcome("", "ValueError: y\n", Status::Exit(1))).unwrap();
        assert_eq!(m.signature(), "stderr: ValueError");
    }
}
