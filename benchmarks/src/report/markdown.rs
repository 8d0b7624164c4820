//! The Markdown report, and `--update-results`, which writes it into
//! `benchmarks/RESULTS.md` between the markers [`BEGIN`] and [`END`].
//!
//! Invariants of the update: everything outside the markers is kept byte for byte; a
//! file without markers gets them appended at its end with the section between them;
//! a file with only one marker, or with them out of order, is refused (rather than
//! guessed at) so hand-written prose is never lost.

use super::tables::{self, Detail};
use super::{fmt_ratio, short_hash};
use crate::results::Results;
use std::path::Path;

/// Start marker of the generated section.
pub const BEGIN: &str = "<!-- tern-bench:begin -->";
/// End marker of the generated section.
pub const END: &str = "<!-- tern-bench:end -->";

/// Renders the Markdown section (a `##` heading and `###` subsections).
pub fn render(results: &Results) -> String {
    let s = &results.settings;
    let m = &results.machine;
    let day = results.date.get(..10).unwrap_or(&results.date);
    let rev = results
        .tern
        .git_revision
        .as_deref()
        .map(|r| short_hash(r, 10).to_string())
        .unwrap_or_else(|| "unknown revision".into());
    let dirty = if results.tern.git_dirty == Some(true) {
        ", with uncommitted changes"
    } else {
        ""
    };
    let mut out = String::new();
    if s.quick {
        out.push_str(&format!(
            "## {day}: `tern bench --quick` (tern {rev}{dirty})\n\n"
        ));
        out.push_str(
            "Output check only: small sizes, one run per engine. These runs make no timing claim.\n\n",
        );
        out.push_str(&tables::status(results).to_markdown());
        push_notes(&mut out, results);
        return out;
    }
    out.push_str(&format!("## {day}: `tern bench` (tern {rev}{dirty})\n\n"));
    out.push_str(&format!(
        "Machine: {} ({} cores), {}, Linux {}, {:.0} GiB; load average {} at the start, {} at the end.\n\n",
        m.cpu_model,
        m.cores,
        m.os,
        m.kernel,
        m.memory_gib,
        load(m.load_start),
        load(m.load_end)
    ));
    out.push_str(&format!(
        "Method: {} measured runs after {} warm-up run(s) per engine and program, at the `{}` size; \
runs interleaved (every engine once per round, rounds repeated), timeout {:.0} s. Every run's \
stdout was checked against CPython's. Times are wall-clock medians with the noise \
(1.4826·MAD/median) and (min–max). Speed-up = baseline median / engine median (above 1: \
faster than the baseline), with the range of same-round ratios in parentheses; \"best pypy\" is \
the faster of `pypy` and `pypy-4M` on each program. \
Geometric means are over the programs where both engines succeeded (count shown when not all).\n\n",
        s.runs, s.warmup, s.size.as_str(), s.timeout_s
    ));
    out.push_str(&format!(
        "Tern: `{}` (sha256 {}), measured as a private copy taken when the run started.\n",
        results.tern.binary,
        results
            .tern
            .binary_sha256
            .as_deref()
            .map(|h| short_hash(h, 12))
            .unwrap_or("unknown"),
    ));
    out.push_str("\nEngines:\n\n");
    for e in &results.engines {
        let what = if e.available {
            let env: String = e.env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
            format!(
                "`{env}{}`{}",
                e.command.join(" "),
                e.version
                    .as_deref()
                    .map(|v| format!(" ({v})"))
                    .unwrap_or_default()
            )
        } else {
            format!("not run: {}", e.note.as_deref().unwrap_or("unavailable"))
        };
        out.push_str(&format!("- `{}`: {what}\n", e.name));
    }

    out.push_str("\n### Wall time\n\n");
    out.push_str(&tables::wall(results, Detail::Markdown).to_markdown());
    out.push_str("\n### Speed-up\n\n");
    out.push_str(&tables::speedups(results, Detail::Markdown).to_markdown());
    let headline: Vec<String> = results
        .analysis
        .geomeans
        .iter()
        .filter_map(|g| {
            g.vs_cpython
                .map(|v| format!("{} {}", g.engine, fmt_ratio(v)))
        })
        .collect();
    if let Some(best) = tables::best_pypy_sentence(results) {
        out.push_str(&format!("\nBest PyPy per program: {best}.\n"));
    }
    if !headline.is_empty() {
        out.push_str(&format!(
            "\nGeometric mean speed-up over CPython: {}.\n",
            headline.join(", ")
        ));
    }
    out.push_str("\n### First iteration and steady state\n\n");
    out.push_str(
        "From the programs' `#iter` lines: median time of the first iteration / median of the \
later iterations (pooled over runs), with the steady state's noise.\n\n",
    );
    out.push_str(&tables::iterations(results).to_markdown());
    if let Some(t) = tables::jit(results) {
        out.push_str("\n### JIT: compile time and interpreter share\n\n");
        out.push_str(&t.to_markdown());
    }
    out.push_str("\n### Memory and CPU\n\n");
    out.push_str(&format!(
        "Peak RSS of the process (median over runs) and user+system CPU time (median).{}\n\n",
        s.rss_floor_kib
            .map(|f| format!(
                " A trivial process (`true`) reports {} measured the same way: no peak is below that.",
                super::fmt_mib(f as f64)
            ))
            .unwrap_or_default()
    ));
    out.push_str(&tables::memory(results).to_markdown());
    push_notes(&mut out, results);
    out.push_str("\n### Program versions\n\n");
    out.push_str(&tables::programs(results).to_markdown());
    out
}

fn load(l: Option<[f64; 3]>) -> String {
    l.map(|l| format!("{:.2}", l[0]))
        .unwrap_or_else(|| "unknown".into())
}

fn push_notes(out: &mut String, results: &Results) {
    let notes = tables::notes(results);
    if notes.is_empty() {
        return;
    }
    out.push_str("\n### Failures and notes\n\n");
    for n in notes {
        out.push_str(&format!("- {}\n", n.replace('|', "\\|")));
    }
}

/// `text` with the generated section replaced (or appended), per the module's rules.
pub fn splice(text: &str, section: &str) -> Result<String, String> {
    let block = format!("{BEGIN}\n{}\n{END}", section.trim_end());
    match (text.find(BEGIN), text.find(END)) {
        (Some(b), Some(e)) if b < e => {
            let mut out = String::with_capacity(text.len() + block.len());
            out.push_str(&text[..b]);
            out.push_str(&block);
            out.push_str(&text[e + END.len()..]);
            Ok(out)
        }
        (None, None) => {
            let mut out = text.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&block);
            out.push('\n');
            Ok(out)
        }
        _ => Err(format!(
            "the markers `{BEGIN}` and `{END}` are not a matched pair; fix the file by hand"
        )),
    }
}

/// Writes `section` into the results file at `path`.
pub fn update_results(path: &Path, section: &str) -> Result<(), String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => "# Benchmark results\n".into(),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let new = splice(&text, section).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, new).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_markers_when_absent() {
        let out = splice("# R\n\nprose\n", "## new\n").unwrap();
        assert_eq!(out, format!("# R\n\nprose\n\n{BEGIN}\n## new\n{END}\n"));
    }

    #[test]
    fn replaces_only_between_markers() {
        let text = format!("# R\nbefore\n{BEGIN}\nold\n{END}\nafter\n");
        let out = splice(&text, "new").unwrap();
        assert_eq!(out, format!("# R\nbefore\n{BEGIN}\nnew\n{END}\nafter\n"));
        // Idempotent.
        assert_eq!(splice(&out, "new").unwrap(), out);
    }

    #[test]
    fn refuses_unmatched_markers() {
        assert!(splice(&format!("{BEGIN}\nx"), "s").is_err());
        assert!(splice(&format!("{END}\n{BEGIN}"), "s").is_err());
    }
}
