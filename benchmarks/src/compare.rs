//! `--compare OLD.json NEW.json`: the change per program and engine between two
//! results, with geometric means, flagging changes outside the noise band.
//!
//! Rules:
//! - **Frozen programs.** If a program present in both files has a different SHA-256
//!   (or C reference SHA-256, or arguments), the comparison is refused: a changed
//!   program is a new program.
//! - **Change** of an engine on a program is `old median / new median` (above 1: the
//!   new build is faster). On a shared, drifting machine absolute times from two runs
//!   mislead, so when both files measured `cpython` the verdict uses the change of the
//!   engine's speed-up over CPython, `new ratio / old ratio`: CPython, measured
//!   interleaved in each run, is the control.
//! - **Noise band**: `2 * sqrt(sum of squared noises)` of the samples involved (each
//!   noise `1.4826 * MAD / median`), at least 1%. A change outside the band is flagged
//!   `faster` or `slower`; inside it reads `~`. One-run samples have no noise estimate,
//!   and their band is the 1% floor, so compare results of several runs.
//! - `--quick` results carry no timing; only status changes are shown for them.

use crate::report::{fmt_ratio, fmt_time, short_hash, Table};
use crate::results::{Results, Status};
use crate::stats::{geomean, speedup, Stat, CPYTHON};

/// Smallest noise band, as a fraction.
pub const MIN_BAND: f64 = 0.01;

/// Verdict on one change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Faster beyond the band.
    Faster,
    /// Slower beyond the band.
    Slower,
    /// Within the band.
    Noise,
}

/// The band for samples with these noises.
pub fn band(noises: &[f64]) -> f64 {
    (2.0 * noises.iter().map(|n| n * n).sum::<f64>().sqrt()).max(MIN_BAND)
}

/// Classifies a speed-up `change` (above 1: faster) against a band.
pub fn verdict(change: f64, band: f64) -> Verdict {
    if change > 1.0 + band {
        Verdict::Faster
    } else if change < 1.0 / (1.0 + band) {
        Verdict::Slower
    } else {
        Verdict::Noise
    }
}

/// Checks that the two files ran the same program versions; the error lists every
/// program that differs.
pub fn check_versions(old: &Results, new: &Results) -> Result<(), String> {
    let mut differ = Vec::new();
    for o in &old.programs {
        let Some(n) = new.programs.iter().find(|p| p.name == o.name) else {
            continue;
        };
        if o.sha256 != n.sha256 {
            differ.push(format!(
                "{}: sha256 {}… vs {}…",
                o.name,
                short_hash(&o.sha256, 12),
                short_hash(&n.sha256, 12)
            ));
        } else if o.c_sha256.is_some() && n.c_sha256.is_some() && o.c_sha256 != n.c_sha256 {
            differ.push(format!("{}: the C reference changed", o.name));
        } else if o.args != n.args {
            differ.push(format!(
                "{}: arguments `{}` vs `{}`",
                o.name,
                o.args.join(" "),
                n.args.join(" ")
            ));
        }
    }
    if differ.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "refusing to compare different program versions (a changed program is a new program):\n  {}",
            differ.join("\n  ")
        ))
    }
}

fn wall<'a>(r: &'a Results, program: &str, engine: &str) -> Option<&'a Stat> {
    let c = r.cell(program, engine)?;
    (c.status == Status::Ok).then_some(())?;
    c.summary.as_ref().map(|s| &s.wall)
}

fn status_word(r: &Results, program: &str, engine: &str) -> &'static str {
    match r.cell(program, engine).map(|c| c.status) {
        Some(Status::Ok) => "ok",
        Some(Status::Fail) => "FAIL",
        Some(Status::NotApplicable) => "n/a",
        None => "absent",
    }
}

/// The comparison report, or why it is refused.
pub fn compare(old: &Results, new: &Results) -> Result<String, String> {
    check_versions(old, new)?;
    let mut out = String::new();
    out.push_str(&format!(
        "old: {} tern {} ({} runs)\nnew: {} tern {} ({} runs)\n",
        old.date,
        old.tern
            .git_revision
            .as_deref()
            .map(|r| short_hash(r, 10))
            .unwrap_or("?"),
        old.settings.runs,
        new.date,
        new.tern
            .git_revision
            .as_deref()
            .map(|r| short_hash(r, 10))
            .unwrap_or("?"),
        new.settings.runs,
    ));
    let only = |a: &Results, b: &Results| -> Vec<String> {
        a.programs
            .iter()
            .filter(|p| !b.programs.iter().any(|q| q.name == p.name))
            .map(|p| p.name.clone())
            .collect()
    };
    let (only_old, only_new) = (only(old, new), only(new, old));
    if !only_old.is_empty() {
        out.push_str(&format!(
            "only in OLD (not compared): {}\n",
            only_old.join(", ")
        ));
    }
    if !only_new.is_empty() {
        out.push_str(&format!(
            "only in NEW (not compared): {}\n",
            only_new.join(", ")
        ));
    }
    let programs: Vec<&str> = new
        .programs
        .iter()
        .filter(|p| old.programs.iter().any(|q| q.name == p.name))
        .map(|p| p.name.as_str())
        .collect();
    let engines: Vec<&str> = new
        .available_engines()
        .iter()
        .filter(|e| old.available_engines().iter().any(|o| o.name == e.name))
        .map(|e| e.name.as_str())
        .collect();
    let timed = !old.settings.quick && !new.settings.quick;
    if !timed {
        out.push_str("--quick results carry no timing: status changes only.\n");
    }
    let has_cpython = engines.contains(&CPYTHON);

    // Status changes.
    let mut changes = Vec::new();
    for p in &programs {
        for e in &engines {
            let (a, b) = (status_word(old, p, e), status_word(new, p, e));
            if a != b {
                changes.push(format!("{p} under {e}: {a} -> {b}"));
            }
        }
    }
    if !changes.is_empty() {
        out.push_str("\nstatus changes:\n");
        for c in &changes {
            out.push_str(&format!("  {c}\n"));
        }
    }
    if !timed {
        return Ok(out);
    }

    for e in &engines {
        let normalise = has_cpython && *e != CPYTHON;
        out.push_str(&format!(
            "\n{e}: speed-up of NEW over OLD (above 1: faster){}\n\n",
            if normalise {
                "; verdict on the change relative to CPython in each run"
            } else {
                "; verdict on absolute times"
            }
        ));
        let mut header = vec![
            "program".to_string(),
            "old".into(),
            "new".into(),
            "change".into(),
        ];
        if normalise {
            header.push("vs cpython".into());
        }
        header.push("band".into());
        header.push("verdict".into());
        let mut t = Table::new(header);
        let mut abs_changes = Vec::new();
        let mut norm_changes = Vec::new();
        for p in &programs {
            let (Some(o), Some(n)) = (wall(old, p, e), wall(new, p, e)) else {
                continue;
            };
            let Some(change) = speedup(o.median, n.median) else {
                continue;
            };
            abs_changes.push(change);
            let mut noises = vec![o.noise(), n.noise()];
            let mut judged = change;
            let mut row = vec![
                p.to_string(),
                fmt_time(o.median),
                fmt_time(n.median),
                fmt_ratio(change),
            ];
            if normalise {
                let cpy = (wall(old, p, CPYTHON), wall(new, p, CPYTHON));
                match cpy {
                    (Some(co), Some(cn)) => {
                        let old_ratio = speedup(co.median, o.median);
                        let new_ratio = speedup(cn.median, n.median);
                        match (old_ratio, new_ratio) {
                            (Some(a), Some(b)) => {
                                judged = b / a;
                                norm_changes.push(judged);
                                noises.extend([co.noise(), cn.noise()]);
                                row.push(fmt_ratio(judged));
                            }
                            _ => row.push("–".into()),
                        }
                    }
                    _ => row.push("–".into()),
                }
            }
            let b = band(&noises);
            row.push(format!("±{:.1}%", b * 100.0));
            row.push(
                match verdict(judged, b) {
                    Verdict::Faster => "faster",
                    Verdict::Slower => "SLOWER",
                    Verdict::Noise => "~",
                }
                .into(),
            );
            t.push(row);
        }
        let mut row = vec![
            "geometric mean".to_string(),
            String::new(),
            String::new(),
            geomean(&abs_changes)
                .map(fmt_ratio)
                .unwrap_or_else(|| "–".into()),
        ];
        if normalise {
            row.push(
                geomean(&norm_changes)
                    .map(fmt_ratio)
                    .unwrap_or_else(|| "–".into()),
            );
        }
        t.push(row);
        out.push_str(&t.to_text());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_and_verdicts() {
        assert_eq!(band(&[0.0, 0.0]), MIN_BAND);
        assert!((band(&[0.03, 0.04]) - 0.10).abs() < 1e-12);
        assert_eq!(verdict(1.2, 0.1), Verdict::Faster);
        assert_eq!(verdict(1.05, 0.1), Verdict::Noise);
        assert_eq!(verdict(1.0 / 1.05, 0.1), Verdict::Noise);
        assert_eq!(verdict(0.8, 0.1), Verdict::Slower);
    }
}
