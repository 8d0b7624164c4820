//! Measures under CPython what a generated program actually does, for the second
//! column of the `--stats` histogram.
//!
//! `probe.py` runs the program under `sys.settrace` and records:
//! - `bigint`: an int wider than 64 bits was passed to `ck()`, returned by a function,
//!   or read from a global by module-level code;
//! - `float_special`: likewise a NaN, an infinity, -0.0 or a float beyond 1e300;
//! - `exc_depth3`: an exception's traceback spanned three or more frames while it
//!   propagated;
//! - `loop1000`: a line of module-level code ran 1000 times or more;
//! - `type_change`: a module-level line read one global name that held values of two
//!   or more types at different times (the site saw a type change).
//!
//! Line events are enabled only in the module-level frame, so functions (and `ck`'s
//! own loop) run at near full speed.

use crate::features::Feature;
use crate::runner::{self, Invocation};
use std::path::Path;
use std::time::Duration;

/// The probe script (run as `python3 probe.py PROGRAM.py OUT`).
pub const PROBE_PY: &str = r#"
import dis, math, sys

def main():
    path, out_path = sys.argv[1], sys.argv[2]
    with open(path) as f:
        src = f.read()
    code = compile(src, path, "exec")
    loads = {}
    for ins in dis.get_instructions(code):
        if ins.opname in ("LOAD_NAME", "LOAD_GLOBAL"):
            ln = ins.positions.lineno if ins.positions else None
            if ln:
                loads.setdefault(ln, set()).add(ins.argval)
    seen = set()
    hits = {}
    sites = {}
    inf = float("inf")

    def check(v, depth=0):
        t = type(v)
        if t is int:
            if v.bit_length() > 64:
                seen.add("bigint")
        elif t is float:
            if v != v or v == inf or v == -inf or abs(v) > 1e300 or (
                    v == 0.0 and math.copysign(1.0, v) < 0):
                seen.add("float_special")
        elif depth < 2 and (t is list or t is tuple):
            for x in v[:64]:
                check(x, depth + 1)
        elif depth < 2 and t is dict:
            for x in list(v.values())[:64]:
                check(x, depth + 1)

    def local(frame, event, arg):
        if event == "line":
            ln = frame.f_lineno
            hits[ln] = hits.get(ln, 0) + 1
            names = loads.get(ln)
            if names:
                g = frame.f_globals
                for n in names:
                    if n in g:
                        v = g[n]
                        s = sites.setdefault((ln, n), set())
                        s.add(type(v))
                        check(v)
        elif event == "exception":
            tb = arg[2]
            n = 0
            while tb is not None:
                n += 1
                tb = tb.tb_next
            if n >= 3:
                seen.add("exc_depth3")
        elif event == "return":
            check(arg)
        return local

    def on_call(frame, event, arg):
        if frame.f_code.co_name == "ck":
            check(frame.f_locals.get("v"))
        if frame.f_code is not code:
            frame.f_trace_lines = False
        return local

    g = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    sys.settrace(on_call)
    try:
        exec(code, g)
    except BaseException:
        pass
    finally:
        sys.settrace(None)
    if any(c >= 1000 for c in hits.values()):
        seen.add("loop1000")
    if any(len(s) >= 2 for s in sites.values()):
        seen.add("type_change")
    with open(out_path, "w") as f:
        f.write("\n".join(sorted(seen)))

main()
"#;

/// The probed features and the words `probe.py` writes for them.
const PROBED: &[(&str, Feature)] = &[
    ("bigint", Feature::BigIntOverflow),
    ("float_special", Feature::FloatSpecial),
    ("exc_depth3", Feature::ExceptionDepth3),
    ("loop1000", Feature::Loop1000),
    ("type_change", Feature::TypeChangeSite),
];

/// Counts of programs in which the probe observed each probed feature.
#[derive(Clone, Debug, Default)]
pub struct Observed {
    counts: Vec<(Feature, u64)>,
    pub programs: u64,
    /// Programs the probe could not run to the end (timeout).
    pub failed: u64,
}

impl Observed {
    /// The count for `f`, or None when the probe does not measure it.
    pub fn count(&self, f: Feature) -> Option<u64> {
        if !PROBED.iter().any(|(_, p)| *p == f) {
            return None;
        }
        Some(
            self.counts
                .iter()
                .find(|(g, _)| *g == f)
                .map(|(_, c)| *c)
                .unwrap_or(0),
        )
    }

    pub fn add(&mut self, features: &[Feature]) {
        self.programs += 1;
        for &f in features {
            match self.counts.iter_mut().find(|(g, _)| *g == f) {
                Some((_, c)) => *c += 1,
                None => self.counts.push((f, 1)),
            }
        }
    }
}

/// Writes the probe script into `dir` (once per run) and returns its path.
pub fn install(dir: &Path) -> std::io::Result<std::path::PathBuf> {
    let p = dir.join("tern_difftest_probe.py");
    std::fs::write(&p, PROBE_PY)?;
    Ok(p)
}

/// Runs the probe on `script`; None when it did not finish.
pub fn probe(python: &Path, probe_py: &Path, script: &Path) -> Option<Vec<Feature>> {
    let out = script.with_extension("probe");
    let inv = Invocation {
        program: python.to_path_buf(),
        args: vec![
            probe_py.display().to_string(),
            runner::script_arg(script),
            out.display().to_string(),
        ],
        env: vec![("PYTHONHASHSEED".into(), "0".into())],
        cwd: runner::script_dir(script),
        timeout: Duration::from_secs(120),
    };
    let o = runner::run(&inv);
    if o.code() != Some(0) {
        return None;
    }
    let text = std::fs::read_to_string(&out).ok()?;
    let _ = std::fs::remove_file(&out);
    Some(
        text.lines()
            .filter_map(|w| PROBED.iter().find(|(n, _)| *n == w.trim()).map(|(_, f)| *f))
            .collect(),
    )
}
