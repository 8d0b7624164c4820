//! Tern engines: the ways the driver runs the `tern` binary on a program.
//!
//! | name        | command line / environment                                         |
//! |-------------|--------------------------------------------------------------------|
//! | `interp`    | `tern PROG.py`                                                     |
//! | `gcstress`  | `TERN_GC_STRESS=64 tern PROG.py` (`gcstressN`: collect every N)    |
//! | `jit`       | `tern --jit PROG.py`                                               |
//! | `jit0`      | `tern --jit --jit-threshold 0 PROG.py` (`jitN`: threshold N)       |
//! | `deoptN`    | `TERN_DEOPT_EVERY=N tern --jit --jit-threshold 0 PROG.py`          |
//!
//! Engines that need `--jit` are *available* only when `tern --jit -c pass` exits with
//! status 0; until the JIT lands they are reported as unavailable and skipped, and when
//! it lands they start running with no change here.

use crate::runner::{self, Invocation, Status};
use std::path::Path;
use std::time::Duration;

/// One way of running Tern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Engine {
    pub name: String,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    /// Uses `--jit` (available only when the binary accepts it).
    pub needs_jit: bool,
}

/// The default list of engines.
pub const DEFAULT_ENGINES: &str = "interp,gcstress";

/// The GC stress period of the plain `gcstress` engine (what CI uses).
pub const DEFAULT_GC_STRESS: u64 = 64;

fn number_suffix(name: &str, prefix: &str) -> Option<Result<u64, String>> {
    let rest = name.strip_prefix(prefix)?;
    if rest.is_empty() {
        return None;
    }
    Some(
        rest.parse::<u64>()
            .map_err(|_| format!("engine '{name}': '{rest}' is not a number")),
    )
}

impl Engine {
    /// Parses an engine name (see the module table).
    pub fn parse(name: &str) -> Result<Engine, String> {
        let jit_args = |threshold: Option<u64>| {
            let mut a = vec!["--jit".to_string()];
            if let Some(t) = threshold {
                a.push("--jit-threshold".into());
                a.push(t.to_string());
            }
            a
        };
        let e = |args: Vec<String>, env: Vec<(String, String)>, needs_jit| Engine {
            name: name.to_string(),
            args,
            env,
            needs_jit,
        };
        Ok(match name {
            "interp" => e(vec![], vec![], false),
            "gcstress" => e(
                vec![],
                vec![("TERN_GC_STRESS".into(), DEFAULT_GC_STRESS.to_string())],
                false,
            ),
            "jit" => e(jit_args(None), vec![], true),
            _ => {
                if let Some(n) = number_suffix(name, "gcstress") {
                    let n = n?;
                    if n == 0 {
                        return Err("gcstress0 would turn GC stress off; use interp".into());
                    }
                    e(
                        vec![],
                        vec![("TERN_GC_STRESS".into(), n.to_string())],
                        false,
                    )
                } else if let Some(n) = number_suffix(name, "deopt") {
                    let n = n?;
                    e(
                        jit_args(Some(0)),
                        vec![("TERN_DEOPT_EVERY".into(), n.to_string())],
                        true,
                    )
                } else if let Some(n) = number_suffix(name, "jit") {
                    e(jit_args(Some(n?)), vec![], true)
                } else {
                    return Err(format!(
                        "unknown engine '{name}' (expected interp, gcstress[N], jit, jitN, deoptN)"
                    ));
                }
            }
        })
    }

    /// Parses a comma-separated list.
    pub fn parse_list(list: &str) -> Result<Vec<Engine>, String> {
        let mut out: Vec<Engine> = Vec::new();
        for w in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            if w == "none" {
                continue;
            }
            let e = Engine::parse(w)?;
            if !out.iter().any(|x| x.name == e.name) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// The invocation of `tern` running `script` under this engine.
    pub fn invocation(&self, tern: &Path, script: &Path, timeout: Duration) -> Invocation {
        let mut args = self.args.clone();
        args.push(runner::script_arg(script));
        Invocation {
            program: tern.to_path_buf(),
            args,
            env: self.env.clone(),
            cwd: runner::script_dir(script),
            timeout,
        }
    }

    /// The shell command that reproduces a run (for reports).
    pub fn command_line(&self, script: &str) -> String {
        let mut parts: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        parts.push("tern".into());
        parts.extend(self.args.iter().cloned());
        parts.push(script.to_string());
        parts.join(" ")
    }
}

/// True when the binary runs `--jit` programs (`tern --jit -c pass` exits 0).
pub fn jit_available(tern: &Path) -> bool {
    let inv = Invocation {
        program: tern.to_path_buf(),
        args: vec!["--jit".into(), "-c".into(), "pass".into()],
        env: vec![],
        cwd: std::env::temp_dir(),
        timeout: Duration::from_secs(30),
    };
    runner::run(&inv).status == Status::Exit(0)
}

/// Splits `engines` into those the binary can run and those it cannot (yet).
pub fn split_available(tern: &Path, engines: Vec<Engine>) -> (Vec<Engine>, Vec<Engine>) {
    let jit = if engines.iter().any(|e| e.needs_jit) {
        jit_available(tern)
    } else {
        false
    };
    engines.into_iter().partition(|e| !e.needs_jit || jit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse() {
        let es = Engine::parse_list("interp,gcstress,gcstress1,jit,jit0,deopt1,deopt7").unwrap();
        let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "interp",
                "gcstress",
                "gcstress1",
                "jit",
                "jit0",
                "deopt1",
                "deopt7"
            ]
        );
        assert_eq!(es[1].env, vec![("TERN_GC_STRESS".into(), "64".into())]);
        assert_eq!(es[4].args, ["--jit", "--jit-threshold", "0"]);
        assert_eq!(es[6].env, vec![("TERN_DEOPT_EVERY".into(), "7".into())]);
        assert!(es[5].needs_jit && !es[0].needs_jit);
        assert!(Engine::parse("turbo").is_err());
        assert!(Engine::parse("deoptx").is_err());
        assert_eq!(
            es[6].command_line("p.py"),
            "TERN_DEOPT_EVERY=7 tern --jit --jit-threshold 0 p.py"
        );
    }
}
