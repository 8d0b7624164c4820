//! Statistics: per-engine summaries of runs, speed-up ratios and geometric means.
//!
//! Definitions (the reports and the JSON use exactly these):
//! - **median, min, max** of the measured runs' wall times. Warm-up, priming and
//!   reference runs are never included.
//! - **noise** of a sample: `1.4826 * MAD / median`, the median absolute deviation
//!   scaled to estimate a relative standard deviation while ignoring outliers (0 for
//!   fewer than two runs).
//! - **speed-up** of engine E over baseline B on a program: `median(B) / median(E)`;
//!   above 1 means E is faster. The baselines are `cpython` and the *best PyPy*, the
//!   PyPy engine (`pypy` or `pypy-4M`) with the lower median on that program.
//! - **paired range** of a speed-up: min and max over rounds of `B_r / E_r`, where
//!   `B_r` and `E_r` ran in the same interleaved round r, so machine drift between
//!   rounds cancels out of each pair.
//! - **first iteration / steady state**, from the `#iter` lines: first = the first
//!   iteration of each measured run (summarised over runs); steady = every later
//!   iteration of every measured run, pooled. Only programs that print two or more
//!   `#iter` lines per run have a steady state.
//! - **geometric mean** of an engine's speed-ups over the programs where both it and
//!   the baseline succeeded; the count of those programs is always reported with it.

use crate::measure::{jit_compile_seconds, jit_interpreter_share};
use crate::results::{Cell, EngineInfo, ProgramResult, RunKind, RunRecord, Status};
use serde::{Deserialize, Serialize};

/// Order statistics of a sample.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stat {
    /// Sample size.
    pub n: usize,
    /// Median (mean of the two middle values for even n).
    pub median: f64,
    /// Smallest value.
    pub min: f64,
    /// Largest value.
    pub max: f64,
    /// Median absolute deviation from the median.
    pub mad: f64,
}

impl Stat {
    /// Statistics of the finite values of `xs`; `None` when there are none.
    pub fn of(xs: &[f64]) -> Option<Stat> {
        let mut v: Vec<f64> = xs.iter().copied().filter(|x| x.is_finite()).collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let median = median_sorted(&v);
        let mut dev: Vec<f64> = v.iter().map(|x| (x - median).abs()).collect();
        dev.sort_by(f64::total_cmp);
        Some(Stat {
            n: v.len(),
            median,
            min: v[0],
            max: v[v.len() - 1],
            mad: median_sorted(&dev),
        })
    }

    /// Robust relative noise, `1.4826 * MAD / median` (0 when undefined).
    pub fn noise(&self) -> f64 {
        if self.n < 2 || self.median <= 0.0 {
            0.0
        } else {
            1.4826 * self.mad / self.median
        }
    }
}

fn median_sorted(v: &[f64]) -> f64 {
    debug_assert!(!v.is_empty(), "median of an empty sample");
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

/// Median of the finite values of `xs`.
pub fn median(xs: &[f64]) -> Option<f64> {
    Stat::of(xs).map(|s| s.median)
}

/// Geometric mean; `None` for an empty slice or any value that is not finite and
/// positive (a ratio of 0 or NaN means a bug upstream, not a slow engine).
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|x| !x.is_finite() || *x <= 0.0) {
        return None;
    }
    let mean_log = xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64;
    Some(mean_log.exp())
}

/// Speed-up of an engine over a baseline: `baseline / engine` (times in seconds).
pub fn speedup(baseline: f64, engine: f64) -> Option<f64> {
    (baseline > 0.0 && engine > 0.0 && baseline.is_finite() && engine.is_finite())
        .then(|| baseline / engine)
}

// ---------------------------------------------------------------------------------
// Per-engine summaries
// ---------------------------------------------------------------------------------

/// Statistics of one engine's measured runs on one program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Summary {
    /// Wall seconds.
    pub wall: Stat,
    /// User CPU seconds.
    pub user: Stat,
    /// System CPU seconds.
    pub sys: Stat,
    /// User + system CPU seconds.
    pub cpu: Stat,
    /// Peak RSS in KiB.
    pub max_rss_kib: Stat,
    /// First `#iter` of each run.
    pub first_iter: Option<Stat>,
    /// `#iter` lines after the first, pooled over runs.
    pub steady: Option<Stat>,
    /// `#iter` lines per run (of the first measured run).
    pub iterations: usize,
    /// JIT compile seconds per run, from `--jit-stats=json`.
    pub compile_s: Option<Stat>,
    /// Share of work run by the interpreter, from `--jit-stats=json`.
    pub interp_share: Option<Stat>,
}

/// Summarises the measured runs in `runs`; `None` if there are none.
pub fn summarize(runs: &[RunRecord]) -> Option<Summary> {
    let measured: Vec<&RunRecord> = runs
        .iter()
        .filter(|r| r.kind == RunKind::Measured)
        .collect();
    if measured.is_empty() {
        return None;
    }
    let col =
        |f: &dyn Fn(&RunRecord) -> f64| -> Vec<f64> { measured.iter().map(|r| f(r)).collect() };
    let firsts: Vec<f64> = measured
        .iter()
        .filter_map(|r| r.iters.first().copied())
        .collect();
    let steady: Vec<f64> = measured
        .iter()
        .flat_map(|r| r.iters.iter().skip(1).copied())
        .collect();
    let compile: Vec<f64> = measured
        .iter()
        .filter_map(|r| r.jit_stats.as_ref().and_then(jit_compile_seconds))
        .collect();
    let share: Vec<f64> = measured
        .iter()
        .filter_map(|r| r.jit_stats.as_ref().and_then(jit_interpreter_share))
        .collect();
    Some(Summary {
        wall: Stat::of(&col(&|r| r.wall_s))?,
        user: Stat::of(&col(&|r| r.user_s))?,
        sys: Stat::of(&col(&|r| r.sys_s))?,
        cpu: Stat::of(&col(&|r| r.user_s + r.sys_s))?,
        max_rss_kib: Stat::of(&col(&|r| r.max_rss_kib as f64))?,
        first_iter: Stat::of(&firsts),
        steady: Stat::of(&steady),
        iterations: measured[0].iters.len(),
        compile_s: Stat::of(&compile),
        interp_share: Stat::of(&share),
    })
}

// ---------------------------------------------------------------------------------
// Ratios and geometric means
// ---------------------------------------------------------------------------------

/// A speed-up with its paired per-round range.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ratio {
    /// `median(baseline) / median(engine)`.
    pub value: f64,
    /// Smallest same-round ratio.
    pub paired_min: Option<f64>,
    /// Largest same-round ratio.
    pub paired_max: Option<f64>,
}

/// Speed-ups of one engine on one program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProgramRatios {
    /// Program name.
    pub program: String,
    /// Engine name.
    pub engine: String,
    /// Over `cpython` (absent for `cpython` itself).
    pub vs_cpython: Option<Ratio>,
    /// Over the best PyPy (absent for PyPy engines and `cpython`).
    pub vs_pypy: Option<Ratio>,
    /// Steady-state (`#iter` after the first) speed-up over `cpython`.
    pub steady_vs_cpython: Option<f64>,
}

/// Geometric means of one engine's speed-ups.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GeoMean {
    /// Engine name.
    pub engine: String,
    /// Over `cpython`.
    pub vs_cpython: Option<f64>,
    /// Programs in that mean.
    pub vs_cpython_programs: usize,
    /// Over the best PyPy.
    pub vs_pypy: Option<f64>,
    /// Programs in that mean.
    pub vs_pypy_programs: usize,
    /// Steady state over `cpython`.
    pub steady_vs_cpython: Option<f64>,
    /// Programs in that mean.
    pub steady_programs: usize,
}

/// Everything derived from the cells across engines.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Analysis {
    /// Per (program, engine).
    pub ratios: Vec<ProgramRatios>,
    /// Per engine.
    pub geomeans: Vec<GeoMean>,
    /// The PyPy engine used as the PyPy baseline, per program: (program, engine).
    pub best_pypy: Vec<(String, String)>,
    /// How many programs were measured (for "n of N" in reports).
    pub programs: usize,
}

impl Analysis {
    /// The ratios of `engine` on `program`.
    pub fn ratio(&self, program: &str, engine: &str) -> Option<&ProgramRatios> {
        self.ratios
            .iter()
            .find(|r| r.program == program && r.engine == engine)
    }

    /// The geometric means of `engine`.
    pub fn geomean(&self, engine: &str) -> Option<&GeoMean> {
        self.geomeans.iter().find(|g| g.engine == engine)
    }

    /// The best PyPy engine on `program`.
    pub fn best_pypy(&self, program: &str) -> Option<&str> {
        self.best_pypy
            .iter()
            .find(|(p, _)| p == program)
            .map(|(_, e)| e.as_str())
    }
}

/// The name of the CPython baseline engine.
pub const CPYTHON: &str = "cpython";

fn ok_summary(cell: Option<&Cell>) -> Option<(&Cell, &Summary)> {
    let cell = cell?;
    if cell.status != Status::Ok {
        return None;
    }
    Some((cell, cell.summary.as_ref()?))
}

/// Same-round ratios `baseline_r / engine_r` over measured rounds both ran.
pub fn paired_ratios(baseline: &Cell, engine: &Cell) -> Vec<f64> {
    baseline
        .runs
        .iter()
        .filter(|r| r.kind == RunKind::Measured)
        .filter_map(|b| {
            let e = engine
                .runs
                .iter()
                .find(|e| e.kind == RunKind::Measured && e.round == b.round)?;
            speedup(b.wall_s, e.wall_s)
        })
        .collect()
}

fn ratio(baseline: (&Cell, &Summary), engine: (&Cell, &Summary)) -> Option<Ratio> {
    let value = speedup(baseline.1.wall.median, engine.1.wall.median)?;
    let paired = Stat::of(&paired_ratios(baseline.0, engine.0));
    Some(Ratio {
        value,
        paired_min: paired.map(|s| s.min),
        paired_max: paired.map(|s| s.max),
    })
}

/// Ratios and geometric means for `engines` (the available ones) over `programs`.
pub fn analyse(programs: &[ProgramResult], engines: &[EngineInfo]) -> Analysis {
    use crate::engines::Family;
    let mut analysis = Analysis {
        programs: programs.len(),
        ..Analysis::default()
    };
    for p in programs {
        let cpython = ok_summary(p.cell(CPYTHON));
        let best_pypy = engines
            .iter()
            .filter(|e| e.family == Family::Pypy)
            .filter_map(|e| ok_summary(p.cell(&e.name)).map(|cs| (e.name.clone(), cs)))
            .min_by(|a, b| a.1 .1.wall.median.total_cmp(&b.1 .1.wall.median));
        if let Some((name, _)) = &best_pypy {
            analysis.best_pypy.push((p.name.clone(), name.clone()));
        }
        for e in engines {
            if e.name == CPYTHON {
                continue;
            }
            let Some(this) = ok_summary(p.cell(&e.name)) else {
                continue;
            };
            let vs_cpython = cpython.and_then(|c| ratio(c, this));
            let vs_pypy = match (&best_pypy, e.family) {
                (_, Family::Pypy) => None,
                (Some((_, pypy)), _) => ratio(*pypy, this),
                (None, _) => None,
            };
            let steady_vs_cpython = cpython.and_then(|(_, c)| {
                speedup(c.steady.as_ref()?.median, this.1.steady.as_ref()?.median)
            });
            analysis.ratios.push(ProgramRatios {
                program: p.name.clone(),
                engine: e.name.clone(),
                vs_cpython,
                vs_pypy,
                steady_vs_cpython,
            });
        }
    }
    for e in engines {
        if e.name == CPYTHON {
            continue;
        }
        let mine: Vec<&ProgramRatios> = analysis
            .ratios
            .iter()
            .filter(|r| r.engine == e.name)
            .collect();
        let cpy: Vec<f64> = mine
            .iter()
            .filter_map(|r| r.vs_cpython.map(|x| x.value))
            .collect();
        let pypy: Vec<f64> = mine
            .iter()
            .filter_map(|r| r.vs_pypy.map(|x| x.value))
            .collect();
        let steady: Vec<f64> = mine.iter().filter_map(|r| r.steady_vs_cpython).collect();
        analysis.geomeans.push(GeoMean {
            engine: e.name.clone(),
            vs_cpython: geomean(&cpy),
            vs_cpython_programs: cpy.len(),
            vs_pypy: geomean(&pypy),
            vs_pypy_programs: pypy.len(),
            steady_vs_cpython: geomean(&steady),
            steady_programs: steady.len(),
        });
    }
    analysis
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn stat_median_min_max_mad() {
        let s = Stat::of(&[3.0, 1.0, 2.0, 10.0]).unwrap();
        assert_eq!((s.n, s.median, s.min, s.max), (4, 2.5, 1.0, 10.0));
        // deviations from 2.5: 1.5, 0.5, 0.5, 7.5 -> sorted 0.5 0.5 1.5 7.5 -> MAD 1.0
        assert_eq!(s.mad, 1.0);
        assert!(close(s.noise(), 1.4826 / 2.5));
        let odd = Stat::of(&[5.0, 1.0, 3.0]).unwrap();
        assert_eq!(odd.median, 3.0);
        assert_eq!(Stat::of(&[4.0]).unwrap().noise(), 0.0);
        assert!(Stat::of(&[]).is_none());
        assert!(Stat::of(&[f64::NAN]).is_none());
    }

    #[test]
    fn geomean_arithmetic() {
        assert!(close(geomean(&[2.0, 8.0]).unwrap(), 4.0));
        assert!(close(geomean(&[1.0, 10.0, 100.0]).unwrap(), 10.0));
        // The geometric mean of reciprocal ratios is the reciprocal.
        assert!(close(geomean(&[0.5, 0.125]).unwrap(), 0.25));
        assert!(close(geomean(&[3.0]).unwrap(), 3.0));
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[1.0, 0.0]), None);
        assert_eq!(geomean(&[1.0, -2.0]), None);
        assert_eq!(geomean(&[f64::INFINITY]), None);
    }

    #[test]
    fn speedup_is_baseline_over_engine() {
        assert_eq!(speedup(2.0, 1.0), Some(2.0));
        assert_eq!(speedup(1.0, 4.0), Some(0.25));
        assert_eq!(speedup(0.0, 1.0), None);
        assert_eq!(speedup(1.0, 0.0), None);
    }
}
