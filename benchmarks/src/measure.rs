//! One measured child process, and the stderr protocol it speaks.
//!
//! [`run`] spawns the child with stdout and stderr redirected to files, waits for it to
//! exit with `waitid(WNOWAIT)` (the wall time stops here), then reaps it with `wait4`,
//! which returns the child's own user and system CPU time and peak resident set size.
//! [`parse_stderr`] reads the `#iter <seconds>` lines and the JIT statistics.
//!
//! Invariants:
//! - The wall time runs from just before `spawn` to the moment the child has exited.
//!   Reading the captured output and parsing it happen after, untimed.
//! - Output goes to files, not pipes: a child that prints a lot never blocks on a full
//!   pipe, and no reader thread competes with it for the CPU (the machine has 2 cores).
//! - The timeout watchdog can only signal our own child: it acts only while `exited` is
//!   false, and the child stays unreaped (a zombie at worst, so its pid cannot be reused)
//!   until the main thread has set `exited` under the same lock.

use serde::{Deserialize, Serialize};
use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// What to run: `exe args...` with `env` added to the harness's environment.
#[derive(Clone, Debug)]
pub struct Invocation {
    /// The executable.
    pub exe: PathBuf,
    /// Its arguments.
    pub args: Vec<String>,
    /// Variables set on top of the inherited environment.
    pub env: Vec<(String, String)>,
    /// Variables removed from the inherited environment.
    pub env_remove: Vec<String>,
    /// The child is killed (SIGKILL) after this long.
    pub timeout: Duration,
}

impl Invocation {
    /// The command line as words, for reports.
    pub fn words(&self) -> Vec<String> {
        let mut w = vec![self.exe.display().to_string()];
        w.extend(self.args.iter().cloned());
        w
    }
}

/// How a child ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exit {
    /// It exited with this status.
    Code(i32),
    /// A signal killed it.
    Signal(i32),
    /// The harness killed it at the timeout.
    Timeout,
}

impl Exit {
    /// Exit status 0.
    pub fn success(self) -> bool {
        self == Exit::Code(0)
    }
}

/// The measurements and output of one run.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Wall-clock seconds, spawn to exit.
    pub wall: f64,
    /// User CPU seconds of the child (and any children it waited for).
    pub user: f64,
    /// System CPU seconds.
    pub sys: f64,
    /// Peak resident set size in KiB (`ru_maxrss`).
    pub max_rss_kib: u64,
    /// How it ended.
    pub exit: Exit,
    /// Everything it wrote to stdout.
    pub stdout: Vec<u8>,
    /// Everything it wrote to stderr.
    pub stderr: Vec<u8>,
}

struct Watch {
    exited: Mutex<bool>,
    cv: Condvar,
    fired: AtomicBool,
}

/// Runs `inv` once and measures it. `scratch` is a directory for the output files.
/// `Err` means the child could not be started (or waited for).
pub fn run(inv: &Invocation, scratch: &Path) -> Result<Outcome, String> {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let out = File::create(&out_path).map_err(|e| format!("{}: {e}", out_path.display()))?;
    let err = File::create(&err_path).map_err(|e| format!("{}: {e}", err_path.display()))?;
    let mut cmd = Command::new(&inv.exe);
    for k in &inv.env_remove {
        cmd.env_remove(k);
    }
    cmd.args(&inv.args)
        .envs(inv.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);

    // SAFETY: the closure runs in the forked child before exec and does nothing, so it
    // cannot break async-signal-safety. Its presence makes std fork instead of using a
    // vfork-style posix_spawn: Linux folds the old address space's high-water RSS into
    // the process's `ru_maxrss` at exec, and with vfork that address space is the
    // harness's, so every child would report at least the harness's peak. After fork
    // it is a copy holding only the harness's current anonymous pages (a few MiB; see
    // `rss_floor`).
    unsafe {
        cmd.pre_exec(|| Ok(()));
    }
    let start = Instant::now();
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", inv.exe.display()))?;
    let pid = child.id() as libc::pid_t;
    let watch = Arc::new(Watch {
        exited: Mutex::new(false),
        cv: Condvar::new(),
        fired: AtomicBool::new(false),
    });
    let watchdog = {
        let watch = Arc::clone(&watch);
        let timeout = inv.timeout;
        std::thread::spawn(move || {
            let guard = watch.exited.lock().unwrap_or_else(|p| p.into_inner());
            let (guard, _) = watch
                .cv
                .wait_timeout_while(guard, timeout, |exited| !*exited)
                .unwrap_or_else(|p| p.into_inner());
            if !*guard {
                watch.fired.store(true, Ordering::SeqCst);
                // SAFETY: `pid` is our child and it has not been reaped (the main thread
                // reaps only after setting `exited`, which we hold the lock of), so the
                // pid still names that child and no other process.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
        })
    };

    let waited = wait_exited(pid);
    let wall = start.elapsed().as_secs_f64();
    {
        let mut exited = watch.exited.lock().unwrap_or_else(|p| p.into_inner());
        *exited = true;
        watch.cv.notify_all();
    }
    let _ = watchdog.join();
    if let Err(e) = waited {
        // SAFETY: as above; the child is still unreaped.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
        let _ = reap(pid);
        return Err(e);
    }
    let (status, usage) = reap(pid)?;
    drop(child);

    let exit = if watch.fired.load(Ordering::SeqCst) {
        Exit::Timeout
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    let seconds = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    Ok(Outcome {
        wall,
        user: seconds(usage.ru_utime),
        sys: seconds(usage.ru_stime),
        max_rss_kib: usage.ru_maxrss.max(0) as u64,
        exit,
        stdout: std::fs::read(&out_path).unwrap_or_default(),
        stderr: std::fs::read(&err_path).unwrap_or_default(),
    })
}

/// What a trivial child (`true`) reports as peak RSS, in KiB: the floor under every
/// engine's peak RSS, inherited from the harness at fork. The smallest of three runs.
pub fn rss_floor(scratch: &Path) -> Option<u64> {
    let exe = ["/bin/true", "/usr/bin/true"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())?;
    let inv = Invocation {
        exe,
        args: Vec::new(),
        env: Vec::new(),
        env_remove: Vec::new(),
        timeout: Duration::from_secs(10),
    };
    (0..3)
        .filter_map(|_| run(&inv, scratch).ok())
        .map(|o| o.max_rss_kib)
        .min()
}

/// Blocks until `pid` has exited, without reaping it.
fn wait_exited(pid: libc::pid_t) -> Result<(), String> {
    loop {
        // SAFETY: siginfo_t is plain data; zeroed is a valid value for waitid to fill.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t; waitid does not keep the pointer.
        let rc = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid({pid}): {err}"));
        }
    }
}

/// Reaps `pid`: its wait status and resource usage.
fn reap(pid: libc::pid_t) -> Result<(libc::c_int, libc::rusage), String> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain data; zeroed is valid for wait4 to fill.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both pointers are valid and writable for the duration of the call.
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == pid {
            return Ok((status, usage));
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4({pid}): {err}"));
        }
    }
}

// ---------------------------------------------------------------------------------
// The stderr protocol
// ---------------------------------------------------------------------------------

/// What a run's stderr said, by the protocol:
/// - `#iter <seconds>`: one line per repetition of the workload (the benchmark
///   programs' protocol, see `benchmarks/programs/README.md`);
/// - `#jit-stats <json object>`, or a line that is a JSON object on its own: the output
///   of Tern's `--jit-stats=json`. The last such line wins.
///
/// Any other line is kept (the last one) to explain a failure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StderrReport {
    /// Seconds per repetition, in order.
    pub iters: Vec<f64>,
    /// The JIT statistics object, when present.
    pub jit_stats: Option<serde_json::Value>,
    /// `#iter` lines whose number did not parse.
    pub malformed_iters: usize,
    /// The last line that is not part of the protocol (a traceback's last line, say).
    pub last_other_line: Option<String>,
}

/// Parses a run's stderr.
pub fn parse_stderr(stderr: &[u8]) -> StderrReport {
    let text = String::from_utf8_lossy(stderr);
    let mut report = StderrReport::default();
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(rest) = line.strip_prefix("#iter") {
            match rest.trim().parse::<f64>() {
                Ok(s) if s.is_finite() && s >= 0.0 => report.iters.push(s),
                _ => report.malformed_iters += 1,
            }
            continue;
        }
        let json_text = line
            .strip_prefix("#jit-stats")
            .map(str::trim)
            .or_else(|| (line.starts_with('{') && line.ends_with('}')).then_some(line));
        if let Some(json_text) = json_text {
            if let Ok(v @ serde_json::Value::Object(_)) = serde_json::from_str(json_text) {
                report.jit_stats = Some(v);
                continue;
            }
        }
        if !line.trim().is_empty() {
            report.last_other_line = Some(line.to_string());
        }
    }
    report
}

/// The JIT's compile time in seconds, from a `--jit-stats=json` object: the first of
/// `compile_seconds`, `compile_s`, `compile_ms` (milliseconds), `compile_time_ms`.
pub fn jit_compile_seconds(stats: &serde_json::Value) -> Option<f64> {
    let get = |k: &str| stats.get(k).and_then(serde_json::Value::as_f64);
    get("compile_seconds")
        .or_else(|| get("compile_s"))
        .or_else(|| get("compile_ms").map(|ms| ms / 1e3))
        .or_else(|| get("compile_time_ms").map(|ms| ms / 1e3))
}

/// The share (0 to 1) of the work still run by the interpreter, from a
/// `--jit-stats=json` object: `interpreter_share`, `interp_share` or
/// `interpreted_fraction`.
pub fn jit_interpreter_share(stats: &serde_json::Value) -> Option<f64> {
    let get = |k: &str| stats.get(k).and_then(serde_json::Value::as_f64);
    get("interpreter_share")
        .or_else(|| get("interp_share"))
        .or_else(|| get("interpreted_fraction"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: f64) -> Outcome {
        let dir = crate::tempdir::TempDir::new("tern-bench-measure").unwrap();
        let inv = Invocation {
            exe: "/bin/sh".into(),
            args: vec!["-c".into(), script.into()],
            env: vec![("TERN_BENCH_TEST".into(), "yes".into())],
            env_remove: vec![],
            timeout: Duration::from_secs_f64(timeout),
        };
        run(&inv, dir.path()).unwrap()
    }

    #[test]
    fn captures_output_status_and_env() {
        let o = sh(
            "echo out $TERN_BENCH_TEST; echo '#iter 0.5' >&2; exit 3",
            10.0,
        );
        assert_eq!(o.stdout, b"out yes\n");
        assert_eq!(o.exit, Exit::Code(3));
        assert_eq!(parse_stderr(&o.stderr).iters, [0.5]);
        assert!(o.max_rss_kib > 0);
    }

    #[test]
    fn measures_cpu_time_of_the_child() {
        let o = sh("i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done", 60.0);
        assert!(o.exit.success());
        assert!(o.user + o.sys > 0.01, "{o:?}");
        assert!(o.wall >= o.user * 0.5);
    }

    #[test]
    fn timeout_kills_the_child() {
        let o = sh("exec sleep 30", 0.2);
        assert_eq!(o.exit, Exit::Timeout);
        assert!(o.wall < 10.0);
    }

    #[test]
    fn signals_are_reported() {
        let o = sh("kill -SEGV $$", 10.0);
        assert_eq!(o.exit, Exit::Signal(libc::SIGSEGV));
    }

    #[test]
    fn missing_executable_is_an_error_not_a_panic() {
        let dir = crate::tempdir::TempDir::new("tern-bench-measure").unwrap();
        let inv = Invocation {
            exe: "/nonexistent/engine".into(),
            args: vec![],
            env: vec![],
            env_remove: vec![],
            timeout: Duration::from_secs(1),
        };
        assert!(run(&inv, dir.path()).is_err());
    }

    #[test]
    fn peak_rss_is_the_childs_not_the_harness_high_water_mark() {
        // Raise this process's high-water RSS to 96 MiB, then free it: a child spawned
        // vfork-style would report at least that.
        let big = vec![1u8; 96 << 20];
        assert_eq!(
            big.iter().step_by(4096).map(|b| *b as usize).sum::<usize>(),
            96 << 8
        );
        drop(big);
        let dir = crate::tempdir::TempDir::new("tern-bench-measure").unwrap();
        let floor = rss_floor(dir.path()).unwrap();
        assert!(floor > 0 && floor < 48 << 10, "true reported {floor} KiB");
    }

    #[test]
    fn stderr_protocol() {
        let r = parse_stderr(
            b"#iter 0.25\n#iter 0.125\n#iter nope\n#jit-stats {\"compile_ms\": 12.5, \"interp_share\": 0.25}\nTraceback\nValueError: x\n",
        );
        assert_eq!(r.iters, [0.25, 0.125]);
        assert_eq!(r.malformed_iters, 1);
        let stats = r.jit_stats.unwrap();
        assert_eq!(jit_compile_seconds(&stats), Some(0.0125));
        assert_eq!(jit_interpreter_share(&stats), Some(0.25));
        assert_eq!(r.last_other_line.as_deref(), Some("ValueError: x"));
        let bare = parse_stderr(b"{\"compile_seconds\": 1.5}\n");
        assert_eq!(jit_compile_seconds(&bare.jit_stats.unwrap()), Some(1.5));
    }
}
