//! The table printed to stdout at the end of a run: wall times with noise, speed-ups
//! with geometric means, then every failure and skipped engine. In `--quick` mode it
//! shows only ok/FAIL/n/a, because one run at the small size supports no timing claim.

use super::tables::{self, Detail};
use crate::results::Results;

/// Renders the terminal report.
pub fn render(results: &Results) -> String {
    let s = &results.settings;
    let engines: Vec<&str> = results
        .available_engines()
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    let mut out = String::new();
    out.push_str(&format!(
        "tern bench: {} programs x {} engines ({}), {} size\n",
        results.programs.len(),
        engines.len(),
        engines.join(", "),
        s.size.as_str()
    ));
    out.push_str(&format!(
        "machine: {}, {} cores, Linux {}; tern {}{}\n",
        results.machine.cpu_model,
        results.machine.cores,
        results.machine.kernel,
        results
            .tern
            .git_revision
            .as_deref()
            .map(|r| super::short_hash(r, 10))
            .unwrap_or("(no git revision)"),
        if results.tern.git_dirty == Some(true) {
            " (modified)"
        } else {
            ""
        }
    ));
    if s.quick {
        out.push_str("\n--quick: output check only (small sizes, one run); no timing claims.\n\n");
        out.push_str(&tables::status(results).to_text());
    } else {
        out.push_str(&format!(
            "{} measured runs after {} warm-up, interleaved; wall time median ±noise (1.4826·MAD/median)\n\n",
            s.runs, s.warmup
        ));
        out.push_str(&tables::wall(results, Detail::Terminal).to_text());
        out.push_str("\nspeed-up (baseline median / engine median; above 1 = faster)\n\n");
        out.push_str(&tables::speedups(results, Detail::Terminal).to_text());
        if let Some(best) = tables::best_pypy_sentence(results) {
            out.push_str(&format!("best pypy: {best}\n"));
        }
        if let Some(t) = tables::jit(results) {
            out.push_str("\nJIT\n\n");
            out.push_str(&t.to_text());
        }
    }
    let notes = tables::notes(results);
    if !notes.is_empty() {
        out.push('\n');
        for n in notes {
            out.push_str(&format!("- {n}\n"));
        }
    }
    let (ok, fail, na) = tables::counts(results);
    out.push_str(&format!(
        "\n{ok} ok, {fail} FAIL, {na} n/a{}\n",
        if fail > 0 { " (exit status 1)" } else { "" }
    ));
    out
}
