//! The engines registry: every way the harness can run a benchmark program, how to
//! find out whether it is available on this machine, and how to build its command.
//!
//! | engine | command | available when |
//! |---|---|---|
//! | `interp` | `tern PROGRAM ARGS` | `tern -c pass` exits 0 |
//! | `jit-O0`..`jit-O3` | `tern --jit --opt-level N PROGRAM ARGS` | `tern --jit --opt-level N -c pass` exits 0 |
//! | `jit-cached` | `tern --jit --jit-cache=DIR PROGRAM ARGS`, after one untimed priming run per program | `tern --jit --jit-cache=DIR -c pass` exits 0 |
//! | `cpython` | `/usr/bin/python3.11` if present, else `python3` | it is found and `--version` works |
//! | `pypy` | `pypy3`, with `PYPY_GC_NURSERY` removed from the environment | it is found |
//! | `pypy-4M` | `pypy3` with `PYPY_GC_NURSERY=4M` | it is found |
//! | `c` | `benchmarks/reference/NAME.c` built with `gcc -O2 ... -lm` | gcc is found; programs without a reference are "n/a" |
//! | custom | `--engine NAME=COMMAND`: `COMMAND PROGRAM ARGS` | its executable is found |
//!
//! The JIT engines are probed at run time, so they report "unavailable" until Tern has
//! `--jit`, and work with no change here once it has. When `tern --jit --jit-stats=json
//! -c pass` also exits 0, they run with `--jit-stats=json` and the runner reads the
//! statistics from stderr (see `measure::parse_stderr`).
//!
//! Invariants: an engine whose `unavailable` is `Some` is never run; probing never
//! panics and never fails the harness, it only makes an engine unavailable with a note.

use crate::measure::{self, Invocation};
use crate::programs::Program;
use crate::results::EngineInfo;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The built-in engines, in the order `all` runs them.
pub const BUILTIN: [&str; 10] = [
    "interp",
    "jit-O0",
    "jit-O1",
    "jit-O2",
    "jit-O3",
    "jit-cached",
    "cpython",
    "pypy",
    "pypy-4M",
    "c",
];

/// Debian's CPython 3.11, the timing reference.
pub const DEBIAN_PYTHON: &str = "/usr/bin/python3.11";

/// What kind of implementation an engine is (ratios compare across families).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Tern, interpreted or compiled.
    Tern,
    /// CPython.
    Cpython,
    /// PyPy.
    Pypy,
    /// A C transliteration.
    C,
    /// A user-defined command.
    Custom,
}

/// How an engine turns a program into a command.
#[derive(Clone, Debug)]
pub enum Launch {
    /// `exe args... PROGRAM.py PROGRAM_ARGS...`
    Interpreter {
        /// The interpreter.
        exe: PathBuf,
        /// Its options, before the program.
        args: Vec<String>,
    },
    /// The program's compiled C reference: `BINARY PROGRAM_ARGS...`.
    CReference {
        /// Per program name: the binary, or why it could not be built.
        binaries: BTreeMap<String, Result<PathBuf, String>>,
    },
}

/// Why an engine has no command for a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoCommand {
    /// Nothing to run, by design (no C reference): an "n/a" cell.
    NotApplicable(String),
    /// Something that should work did not (the C reference did not compile): a FAIL.
    Broken(String),
}

/// One engine.
#[derive(Clone, Debug)]
pub struct Engine {
    /// Its name in `--engines` and in reports.
    pub name: String,
    /// Its family.
    pub family: Family,
    /// How to build its command.
    pub launch: Launch,
    /// Environment variables to set.
    pub env: Vec<(String, String)>,
    /// Environment variables to remove.
    pub env_remove: Vec<String>,
    /// `Some(reason)` when it cannot run here.
    pub unavailable: Option<String>,
    /// What `--version` printed.
    pub version: Option<String>,
    /// Whether it is passed `--jit-stats=json`.
    pub jit_stats: bool,
    /// Whether each program gets one untimed run first (to fill a cache).
    pub prime: bool,
    /// The executable to show in reports when the one run is a private copy of it.
    pub shown_exe: Option<PathBuf>,
}

impl Engine {
    /// An available interpreter-style engine: `exe args... PROGRAM ARGS`.
    pub fn interpreter(name: &str, family: Family, exe: &Path, args: &[&str]) -> Engine {
        Engine {
            name: name.to_string(),
            family,
            launch: Launch::Interpreter {
                exe: exe.to_path_buf(),
                args: args.iter().map(|s| s.to_string()).collect(),
            },
            env: Vec::new(),
            env_remove: Vec::new(),
            unavailable: None,
            version: None,
            jit_stats: false,
            prime: false,
            shown_exe: None,
        }
    }

    /// The same engine, marked unavailable.
    pub fn without(mut self, reason: impl Into<String>) -> Engine {
        self.unavailable = Some(reason.into());
        self
    }

    /// Whether it can run.
    pub fn is_available(&self) -> bool {
        self.unavailable.is_none()
    }

    /// The command that runs `program` with `args`.
    pub fn invocation(
        &self,
        program: &Program,
        args: &[String],
        timeout: Duration,
    ) -> Result<Invocation, NoCommand> {
        let (exe, mut argv) = match &self.launch {
            Launch::Interpreter { exe, args } => {
                let mut argv = args.clone();
                argv.push(program.path.display().to_string());
                (exe.clone(), argv)
            }
            Launch::CReference { binaries } => match binaries.get(&program.name) {
                Some(Ok(bin)) => (bin.clone(), Vec::new()),
                Some(Err(e)) => return Err(NoCommand::Broken(e.clone())),
                None => {
                    return Err(NoCommand::NotApplicable(format!(
                        "no C reference for {}",
                        program.name
                    )))
                }
            },
        };
        argv.extend(args.iter().cloned());
        Ok(Invocation {
            exe,
            args: argv,
            env: self.env.clone(),
            env_remove: self.env_remove.clone(),
            timeout,
        })
    }

    /// The description written to results.
    pub fn info(&self) -> EngineInfo {
        let command = match &self.launch {
            Launch::Interpreter { exe, args } => {
                let shown = self.shown_exe.as_ref().unwrap_or(exe);
                let mut w = vec![shown.display().to_string()];
                w.extend(args.iter().cloned());
                w
            }
            Launch::CReference { .. } => {
                vec!["gcc -O2 -o NAME reference/NAME.c -lm; ./NAME".into()]
            }
        };
        EngineInfo {
            name: self.name.clone(),
            family: self.family,
            available: self.is_available(),
            note: self.unavailable.clone(),
            command,
            env: self.env.clone(),
            version: self.version.clone(),
            jit_stats: self.jit_stats,
        }
    }
}

/// Everything resolving engines needs.
pub struct Setup<'a> {
    /// The Tern binary.
    pub tern: &'a Path,
    /// Scratch space for probes, C binaries and the JIT cache.
    pub work_dir: &'a Path,
    /// The programs that will run (the C engine builds their references).
    pub programs: &'a [Program],
    /// `--engine NAME=COMMAND` definitions: name and command words.
    pub custom: &'a [(String, Vec<String>)],
    /// Timeout of each probe.
    pub probe_timeout: Duration,
}

/// Parses `NAME=COMMAND` (the command is split on whitespace).
pub fn parse_custom(spec: &str) -> Result<(String, Vec<String>), String> {
    let (name, command) = spec
        .split_once('=')
        .ok_or_else(|| format!("--engine `{spec}`: expected NAME=COMMAND"))?;
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !valid || name == "all" || BUILTIN.contains(&name) {
        return Err(format!(
            "--engine `{spec}`: `{name}` is not a free engine name (letters, digits, `-_.`; not a built-in)"
        ));
    }
    let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Err(format!("--engine `{spec}`: empty command"));
    }
    Ok((name.to_string(), words))
}

/// Expands `all`, checks names, removes duplicates; custom engines not named are
/// appended.
pub fn expand_names(
    names: &[String],
    custom: &[(String, Vec<String>)],
) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let push = |n: &str, out: &mut Vec<String>| {
        if !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
    };
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        if name == "all" {
            for b in BUILTIN {
                push(b, &mut out);
            }
            for (c, _) in custom {
                push(c, &mut out);
            }
        } else if BUILTIN.contains(&name) || custom.iter().any(|(c, _)| c == name) {
            push(name, &mut out);
        } else {
            return Err(format!(
                "unknown engine `{name}` (engines: all, {}{})",
                BUILTIN.join(", "),
                custom
                    .iter()
                    .map(|(c, _)| format!(", {c}"))
                    .collect::<String>()
            ));
        }
    }
    for (c, _) in custom {
        push(c, &mut out);
    }
    if out.is_empty() {
        return Err("no engines selected".into());
    }
    Ok(out)
}

/// Resolves `names` (already expanded) into probed engines, in order.
pub fn resolve(names: &[String], setup: &Setup) -> Vec<Engine> {
    let mut tern = TernProbe::default();
    names
        .iter()
        .map(|name| build(name, setup, &mut tern))
        .collect()
}

/// Results of probing the Tern binary, shared by the Tern engines.
#[derive(Default)]
struct TernProbe {
    runs: Option<Result<(), String>>,
    jit: Option<Result<(), String>>,
    jit_stats: Option<bool>,
    version: Option<Option<String>>,
}

impl TernProbe {
    fn runs(&mut self, setup: &Setup) -> Result<(), String> {
        self.runs
            .get_or_insert_with(|| probe(setup, setup.tern, &["-c", "pass"], &[]))
            .clone()
    }
    fn jit(&mut self, setup: &Setup) -> Result<(), String> {
        self.jit
            .get_or_insert_with(|| probe(setup, setup.tern, &["--jit", "-c", "pass"], &[]))
            .clone()
    }
    fn jit_stats(&mut self, setup: &Setup) -> bool {
        *self.jit_stats.get_or_insert_with(|| {
            probe(
                setup,
                setup.tern,
                &["--jit", "--jit-stats=json", "-c", "pass"],
                &[],
            )
            .is_ok()
        })
    }
    fn version(&mut self, setup: &Setup) -> Option<String> {
        self.version
            .get_or_insert_with(|| crate::machine::command_output(setup.tern, &["--version"]))
            .clone()
    }
}

fn build(name: &str, setup: &Setup, tern: &mut TernProbe) -> Engine {
    match name {
        "interp" => {
            let mut e = Engine::interpreter(name, Family::Tern, setup.tern, &[]);
            if let Err(why) = tern.runs(setup) {
                return e.without(format!("{} does not run: {why}", setup.tern.display()));
            }
            e.version = tern.version(setup);
            e
        }
        "jit-O0" | "jit-O1" | "jit-O2" | "jit-O3" | "jit-cached" => {
            let mut args: Vec<String> = vec!["--jit".into()];
            let cached = name == "jit-cached";
            if cached {
                let dir = setup.work_dir.join("jit-cache");
                if let Err(e) = std::fs::create_dir_all(&dir) {
                    let e2 = Engine::interpreter(name, Family::Tern, setup.tern, &[]);
                    return e2.without(format!("cannot create {}: {e}", dir.display()));
                }
                args.push(format!("--jit-cache={}", dir.display()));
            } else {
                args.push("--opt-level".into());
                args.push(name["jit-O".len()..].to_string());
            }
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut e = Engine::interpreter(name, Family::Tern, setup.tern, &refs);
            e.prime = cached;
            if let Err(why) = tern.runs(setup) {
                return e.without(format!("{} does not run: {why}", setup.tern.display()));
            }
            if tern.jit(setup).is_err() {
                return e.without("this tern has no --jit yet (`tern --jit -c pass` fails)");
            }
            let mut probe_args = refs.clone();
            probe_args.extend(["-c", "pass"]);
            if let Err(why) = probe(setup, setup.tern, &probe_args, &[]) {
                return e.without(format!("`tern {}` is rejected: {why}", refs.join(" ")));
            }
            if tern.jit_stats(setup) {
                if let Launch::Interpreter { args, .. } = &mut e.launch {
                    args.push("--jit-stats=json".into());
                }
                e.jit_stats = true;
            }
            e.version = tern.version(setup);
            e
        }
        "cpython" => {
            let exe = if Path::new(DEBIAN_PYTHON).is_file() {
                Some(PathBuf::from(DEBIAN_PYTHON))
            } else {
                which("python3")
            };
            let Some(exe) = exe else {
                return Engine::interpreter(name, Family::Cpython, Path::new("python3"), &[])
                    .without(
                    "neither /usr/bin/python3.11 nor python3 is installed (try --install-peers)",
                );
            };
            let mut e = Engine::interpreter(name, Family::Cpython, &exe, &[]);
            match crate::machine::command_output(&exe, &["--version"]) {
                Some(v) => e.version = Some(v),
                None => return e.without(format!("`{} --version` fails", exe.display())),
            }
            e
        }
        "pypy" | "pypy-4M" => {
            let Some(exe) = which("pypy3") else {
                return Engine::interpreter(name, Family::Pypy, Path::new("pypy3"), &[])
                    .without("pypy3 is not installed (try --install-peers)");
            };
            let mut e = Engine::interpreter(name, Family::Pypy, &exe, &[]);
            if name == "pypy-4M" {
                e.env.push(("PYPY_GC_NURSERY".into(), "4M".into()));
            } else {
                e.env_remove.push("PYPY_GC_NURSERY".into());
            }
            e.version =
                crate::machine::command_output(&exe, &["--version"]).map(|v| pypy_version(&v));
            if e.version.is_none() {
                return e.without(format!("`{} --version` fails", exe.display()));
            }
            e
        }
        "c" => build_c(setup),
        custom => {
            let Some((_, words)) = setup.custom.iter().find(|(n, _)| n == custom) else {
                return Engine::interpreter(custom, Family::Custom, Path::new(custom), &[])
                    .without("unknown engine");
            };
            let exe = if words[0].contains('/') {
                Some(PathBuf::from(&words[0])).filter(|p| p.is_file())
            } else {
                which(&words[0])
            };
            let rest: Vec<&str> = words[1..].iter().map(String::as_str).collect();
            match exe {
                Some(exe) => Engine::interpreter(custom, Family::Custom, &exe, &rest),
                None => Engine::interpreter(custom, Family::Custom, Path::new(&words[0]), &rest)
                    .without(format!("{} not found", words[0])),
            }
        }
    }
}

/// `PyPy 7.3.11 (Python 3.9.16)` from pypy3's two-line `--version`.
fn pypy_version(text: &str) -> String {
    let python = text
        .split_whitespace()
        .skip_while(|w| *w != "Python")
        .nth(1);
    let pypy = text
        .split("[PyPy ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next());
    match (pypy, python) {
        (Some(pypy), Some(python)) => format!("PyPy {pypy} (Python {python})"),
        _ => text.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

fn build_c(setup: &Setup) -> Engine {
    let mut e = Engine {
        name: "c".into(),
        family: Family::C,
        launch: Launch::CReference {
            binaries: BTreeMap::new(),
        },
        env: Vec::new(),
        env_remove: Vec::new(),
        unavailable: None,
        version: None,
        jit_stats: false,
        prime: false,
        shown_exe: None,
    };
    let Some(gcc) = which("gcc") else {
        return e.without("gcc is not installed");
    };
    e.version = crate::machine::command_output(&gcc, &["--version"])
        .and_then(|v| v.lines().next().map(str::to_string));
    let dir = setup.work_dir.join("c");
    if let Err(err) = std::fs::create_dir_all(&dir) {
        return e.without(format!("cannot create {}: {err}", dir.display()));
    }
    let mut binaries = BTreeMap::new();
    for p in setup.programs {
        let Some(src) = &p.c_reference else { continue };
        let bin = dir.join(&p.name);
        let out = Command::new(&gcc)
            .arg("-O2")
            .arg("-o")
            .arg(&bin)
            .arg(src)
            .arg("-lm")
            .stdin(Stdio::null())
            .output();
        let built = match out {
            Ok(o) if o.status.success() => Ok(bin),
            Ok(o) => Err(format!(
                "gcc -O2 {} failed: {}",
                src.display(),
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .find(|l| l.contains("error"))
                    .unwrap_or("")
                    .trim()
            )),
            Err(err) => Err(format!("cannot run gcc: {err}")),
        };
        binaries.insert(p.name.clone(), built);
    }
    e.launch = Launch::CReference { binaries };
    e
}

/// Runs a probe command; `Err` says how it failed.
fn probe(setup: &Setup, exe: &Path, args: &[&str], env: &[(String, String)]) -> Result<(), String> {
    let dir = setup.work_dir.join("probe");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let inv = Invocation {
        exe: exe.to_path_buf(),
        args: args.iter().map(|s| s.to_string()).collect(),
        env: env.to_vec(),
        env_remove: Vec::new(),
        timeout: setup.probe_timeout,
    };
    let out = measure::run(&inv, &dir)?;
    if out.exit.success() {
        Ok(())
    } else {
        let last = String::from_utf8_lossy(&out.stderr)
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map(|l| format!(": {}", l.trim()))
            .unwrap_or_default();
        Err(format!("{}{last}", describe_exit(out.exit)))
    }
}

/// "exit 2", "killed by signal 11", "timed out".
pub fn describe_exit(exit: measure::Exit) -> String {
    match exit {
        measure::Exit::Code(c) => format!("exit {c}"),
        measure::Exit::Signal(s) => format!("killed by signal {s}"),
        measure::Exit::Timeout => "timed out".into(),
    }
}

/// The first executable file named `name` on `PATH`.
pub fn which(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| {
            p.metadata()
                .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
                .unwrap_or(false)
        })
}

/// `--install-peers`: installs Debian's `python3.11` and `pypy3` when missing, with
/// apt-get (its output goes to stderr). Returns notes saying what happened.
pub fn install_peers() -> Vec<String> {
    let mut need = Vec::new();
    if !Path::new(DEBIAN_PYTHON).is_file() {
        need.push("python3.11");
    }
    if which("pypy3").is_none() {
        need.push("pypy3");
    }
    if need.is_empty() {
        return vec!["--install-peers: python3.11 and pypy3 are already installed".into()];
    }
    eprintln!("tern bench: installing {} with apt-get", need.join(" "));
    let apt = |args: &[&str]| -> Result<(), String> {
        let status = Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null())
            .stdout(Stdio::from(std::io::stderr()))
            .status()
            .map_err(|e| format!("cannot run apt-get: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("apt-get {} failed ({status})", args.join(" ")))
        }
    };
    let mut install = vec!["install", "-y", "-qq"];
    install.extend(need.iter().copied());
    match apt(&["update", "-qq"]).and_then(|()| apt(&install)) {
        Ok(()) => vec![format!("--install-peers installed {}", need.join(" "))],
        Err(e) => vec![format!("--install-peers: {e}")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_engine_specs() {
        let (n, w) = parse_custom("old=/opt/tern/bin/tern --flag").unwrap();
        assert_eq!(n, "old");
        assert_eq!(w, ["/opt/tern/bin/tern", "--flag"]);
        assert!(parse_custom("interp=/bin/true").is_err());
        assert!(parse_custom("noequals").is_err());
        assert!(parse_custom("x=").is_err());
        assert!(parse_custom("a b=/bin/true").is_err());
    }

    #[test]
    fn pypy_versions_are_shortened() {
        let v = "Python 3.9.16 (7.3.11+dfsg-2+deb12u3, Dec 30 2024, 22:36:23)\n[PyPy 7.3.11 with GCC 12.2.0]";
        assert_eq!(pypy_version(v), "PyPy 7.3.11 (Python 3.9.16)");
        assert_eq!(pypy_version("odd  output"), "odd output");
    }

    #[test]
    fn names_expand() {
        let custom = vec![("mine".to_string(), vec!["/bin/true".to_string()])];
        let all = expand_names(&["all".into()], &custom).unwrap();
        assert_eq!(all.len(), BUILTIN.len() + 1);
        let some =
            expand_names(&["cpython".into(), "interp".into(), "cpython".into()], &[]).unwrap();
        assert_eq!(some, ["cpython", "interp"]);
        assert!(expand_names(&["nope".into()], &[]).is_err());
        let appended = expand_names(&["interp".into()], &custom).unwrap();
        assert_eq!(appended, ["interp", "mine"]);
    }
}
