//! The tables every report shares, built from a `Results`: wall time, speed-ups,
//! first iteration against steady state, memory and CPU, JIT statistics, and the
//! status table of `--quick`; plus the list of notes (failures, skipped engines).
//!
//! Cell conventions: `FAIL` when a cell failed (the reason is in the notes), `n/a` when
//! the engine has nothing to run for the program, `–` when a value does not exist
//! (a baseline failed, or the program prints no `#iter` lines).

use super::{fmt_mib, fmt_noise, fmt_ratio, fmt_time, fmt_time_range, short_hash, Table};
use crate::engines::Family;
use crate::results::{Cell, EngineInfo, Results, Status};
use crate::stats::{Ratio, Summary, CPYTHON};

/// How much detail a table carries: Markdown shows ranges, the terminal shows noise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// `1.23 s ±2.1%`.
    Terminal,
    /// `1.23 s ±2.1% (1.20–1.31 s)`.
    Markdown,
}

fn header(first: &str, engines: &[&EngineInfo], suffix: &str) -> Vec<String> {
    let mut h = vec![first.to_string()];
    h.extend(engines.iter().map(|e| format!("{}{suffix}", e.name)));
    h
}

/// Cell text for a cell without a summary, or `None` when it has one.
fn status_text(cell: Option<&Cell>) -> Option<String> {
    match cell {
        None => Some("–".into()),
        Some(c) => match c.status {
            Status::Fail => Some("FAIL".into()),
            Status::NotApplicable => Some("n/a".into()),
            Status::Ok if c.summary.is_none() => Some("–".into()),
            Status::Ok => None,
        },
    }
}

fn with_summary(
    results: &Results,
    engines: &[&EngineInfo],
    first: &str,
    f: impl Fn(&Summary) -> String,
) -> Table {
    let mut t = Table::new(header(first, engines, ""));
    for p in &results.programs {
        let mut row = vec![p.name.clone()];
        for e in engines {
            let cell = p.cell(&e.name);
            row.push(status_text(cell).unwrap_or_else(|| {
                cell.and_then(|c| c.summary.as_ref())
                    .map(&f)
                    .unwrap_or_default()
            }));
        }
        t.push(row);
    }
    t
}

/// Wall time per program and engine: median, noise, and in Markdown the min–max.
pub fn wall(results: &Results, detail: Detail) -> Table {
    let engines = results.available_engines();
    with_summary(results, &engines, "program", |s| {
        let base = format!("{} {}", fmt_time(s.wall.median), fmt_noise(s.wall.noise()));
        match detail {
            Detail::Terminal => base,
            Detail::Markdown => format!("{base} ({})", fmt_time_range(s.wall.min, s.wall.max)),
        }
    })
}

fn ratio_text(r: Option<&Ratio>, detail: Detail) -> String {
    let Some(r) = r else {
        return "–".into();
    };
    let value = fmt_ratio(r.value);
    match (detail, r.paired_min, r.paired_max) {
        (Detail::Markdown, Some(lo), Some(hi)) => {
            let (lo, hi) = (fmt_ratio(lo), fmt_ratio(hi));
            if lo == hi {
                value
            } else {
                format!("{value} ({lo}–{hi})")
            }
        }
        _ => value,
    }
}

/// Which PyPy engine was the faster, per program: `pypy-4M on fib, nbody; pypy on go`.
pub fn best_pypy_sentence(results: &Results) -> Option<String> {
    let mut by_engine: Vec<(String, Vec<String>)> = Vec::new();
    for (program, engine) in &results.analysis.best_pypy {
        match by_engine.iter_mut().find(|(e, _)| e == engine) {
            Some((_, ps)) => ps.push(program.clone()),
            None => by_engine.push((engine.clone(), vec![program.clone()])),
        }
    }
    if by_engine.is_empty() {
        return None;
    }
    by_engine.sort_by_key(|(_, ps)| std::cmp::Reverse(ps.len()));
    Some(
        by_engine
            .iter()
            .map(|(e, ps)| format!("{e} on {}", ps.join(", ")))
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// Speed-ups over CPython for every engine but CPython, then over the best PyPy for
/// every engine that is not PyPy; a geometric-mean row closes it.
pub fn speedups(results: &Results, detail: Detail) -> Table {
    let engines = results.available_engines();
    let has_cpython = engines.iter().any(|e| e.name == CPYTHON);
    let has_pypy = engines.iter().any(|e| e.family == Family::Pypy);
    let vs_cpy: Vec<&EngineInfo> = if has_cpython {
        engines
            .iter()
            .copied()
            .filter(|e| e.name != CPYTHON)
            .collect()
    } else {
        Vec::new()
    };
    let vs_pypy: Vec<&EngineInfo> = if has_pypy {
        engines
            .iter()
            .copied()
            .filter(|e| e.name != CPYTHON && e.family != Family::Pypy)
            .collect()
    } else {
        Vec::new()
    };
    let mut h = vec!["program".to_string()];
    h.extend(vs_cpy.iter().map(|e| format!("{} ÷ cpython", e.name)));
    h.extend(vs_pypy.iter().map(|e| format!("{} ÷ best pypy", e.name)));
    let mut t = Table::new(h);
    let a = &results.analysis;
    for p in &results.programs {
        let mut row = vec![p.name.clone()];
        for e in &vs_cpy {
            row.push(status_text(p.cell(&e.name)).unwrap_or_else(|| {
                ratio_text(
                    a.ratio(&p.name, &e.name)
                        .and_then(|r| r.vs_cpython.as_ref()),
                    detail,
                )
            }));
        }
        for e in &vs_pypy {
            row.push(status_text(p.cell(&e.name)).unwrap_or_else(|| {
                ratio_text(
                    a.ratio(&p.name, &e.name).and_then(|r| r.vs_pypy.as_ref()),
                    detail,
                )
            }));
        }
        t.push(row);
    }
    let n = results.programs.len();
    let mean = |value: Option<f64>, count: usize| -> String {
        match value {
            None => "–".into(),
            Some(v) if count == n => fmt_ratio(v),
            Some(v) => format!("{} ({count}/{n})", fmt_ratio(v)),
        }
    };
    let mut row = vec!["geometric mean".to_string()];
    for e in &vs_cpy {
        let g = a.geomean(&e.name);
        row.push(mean(
            g.and_then(|g| g.vs_cpython),
            g.map_or(0, |g| g.vs_cpython_programs),
        ));
    }
    for e in &vs_pypy {
        let g = a.geomean(&e.name);
        row.push(mean(
            g.and_then(|g| g.vs_pypy),
            g.map_or(0, |g| g.vs_pypy_programs),
        ));
    }
    t.push(row);
    t
}

/// First iteration and steady-state median per engine, from the `#iter` lines, with
/// the steady-state speed-up over CPython as a closing geometric-mean row.
pub fn iterations(results: &Results) -> Table {
    let engines = results.available_engines();
    let mut t = with_summary(results, &engines, "program", |s| {
        match (&s.first_iter, &s.steady) {
            (Some(f), Some(st)) => format!(
                "{} / {} {}",
                fmt_time(f.median),
                fmt_time(st.median),
                fmt_noise(st.noise())
            ),
            (Some(f), None) => format!("{} / –", fmt_time(f.median)),
            _ => "–".into(),
        }
    });
    let n = results.programs.len();
    let mut row = vec!["steady speed-up over cpython, geometric mean".to_string()];
    for e in &engines {
        let g = results.analysis.geomean(&e.name);
        row.push(
            match g.and_then(|g| g.steady_vs_cpython.map(|v| (v, g.steady_programs))) {
                Some((v, c)) if c == n => fmt_ratio(v),
                Some((v, c)) => format!("{} ({c}/{n})", fmt_ratio(v)),
                None => "–".into(),
            },
        );
    }
    t.push(row);
    t
}

/// Peak RSS (median) and user+system CPU time (median) per engine.
pub fn memory(results: &Results) -> Table {
    let engines = results.available_engines();
    with_summary(results, &engines, "program", |s| {
        format!(
            "{}, cpu {}",
            fmt_mib(s.max_rss_kib.median),
            fmt_time(s.cpu.median)
        )
    })
}

/// JIT compile time and interpreter share, for engines that reported them; `None`
/// when no engine did.
pub fn jit(results: &Results) -> Option<Table> {
    let engines: Vec<&EngineInfo> = results
        .available_engines()
        .into_iter()
        .filter(|e| e.jit_stats)
        .collect();
    let any = results.programs.iter().any(|p| {
        p.cells.iter().any(|c| {
            c.summary
                .as_ref()
                .is_some_and(|s| s.compile_s.is_some() || s.interp_share.is_some())
        })
    });
    if engines.is_empty() || !any {
        return None;
    }
    Some(with_summary(results, &engines, "program", |s| {
        let compile = s
            .compile_s
            .map(|c| format!("compile {}", fmt_time(c.median)))
            .unwrap_or_else(|| "compile –".into());
        let share = s
            .interp_share
            .map(|x| format!("interp {:.1}%", x.median * 100.0))
            .unwrap_or_else(|| "interp –".into());
        format!("{compile}, {share}, wall {}", fmt_time(s.wall.median))
    }))
}

/// `--quick`: ok, FAIL or n/a per cell, no times.
pub fn status(results: &Results) -> Table {
    let engines = results.available_engines();
    with_summary(results, &engines, "program", |_| "ok".into())
}

/// Program versions: arguments and SHA-256 (first 16 hex digits).
pub fn programs(results: &Results) -> Table {
    let mut t = Table::new(vec![
        "program".into(),
        "args".into(),
        "sha256".into(),
        "C reference sha256".into(),
    ])
    .left_aligned();
    for p in &results.programs {
        t.push(vec![
            p.name.clone(),
            p.args.join(" "),
            short_hash(&p.sha256, 16).to_string(),
            p.c_sha256
                .as_deref()
                .map(|h| short_hash(h, 16).to_string())
                .unwrap_or_else(|| "–".into()),
        ]);
    }
    t
}

/// Failures, program problems, unavailable engines and general notes, one per line.
pub fn notes(results: &Results) -> Vec<String> {
    let mut out = Vec::new();
    for p in &results.programs {
        if let Some(n) = &p.note {
            out.push(format!("{}: {n}", p.name));
        }
        for c in &p.cells {
            if c.status == Status::Fail {
                out.push(format!(
                    "FAIL {} under {}: {}",
                    p.name,
                    c.engine,
                    c.note.as_deref().unwrap_or("failed")
                ));
            }
        }
    }
    for e in &results.engines {
        if !e.available {
            out.push(format!(
                "{} skipped: {}",
                e.name,
                e.note.as_deref().unwrap_or("unavailable")
            ));
        }
    }
    out.extend(results.notes.iter().cloned());
    out
}

/// Counts of cells by status: (ok, fail, n/a).
pub fn counts(results: &Results) -> (usize, usize, usize) {
    let mut c = (0, 0, 0);
    for p in &results.programs {
        for cell in &p.cells {
            match cell.status {
                Status::Ok => c.0 += 1,
                Status::Fail => c.1 += 1,
                Status::NotApplicable => c.2 += 1,
            }
        }
    }
    c
}
