//! Progress while the harness runs, on stderr: an indicatif bar when stderr is a
//! terminal, otherwise one plain line per finished program (for CI logs).
//!
//! The bar is redrawn only from the runner's hooks, which are called between runs,
//! never during one: there is no ticker thread competing with the measured child for
//! the machine's two cores.

use crate::report::fmt_time;
use crate::results::{ProgramResult, RunKind, Status};
use crate::runner::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// The progress reporter of `tern bench`.
pub struct Reporter {
    bar: Option<ProgressBar>,
    quick: bool,
    programs_total: usize,
    programs_done: usize,
}

impl Reporter {
    /// A reporter for `programs` programs; `quick` leaves times out of the lines.
    pub fn new(programs: usize, quick: bool) -> Reporter {
        Reporter {
            bar: None,
            quick,
            programs_total: programs,
            programs_done: 0,
        }
    }

    fn line(&self, result: &ProgramResult) -> String {
        let cells: Vec<String> = result
            .cells
            .iter()
            .map(|c| match (c.status, &c.summary) {
                (Status::Ok, Some(s)) if !self.quick => {
                    format!("{} {}", c.engine, fmt_time(s.wall.median))
                }
                (Status::Ok, _) => format!("{} ok", c.engine),
                (Status::Fail, _) => format!("{} FAIL", c.engine),
                (Status::NotApplicable, _) => format!("{} n/a", c.engine),
            })
            .collect();
        format!(
            "[{}/{}] {}: {}",
            self.programs_done,
            self.programs_total,
            result.name,
            cells.join(", ")
        )
    }
}

impl Progress for Reporter {
    fn begin(&mut self, total_runs: u64) {
        if !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::with_draw_target(Some(total_runs), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:30.cyan/blue} {pos}/{len} runs  {elapsed_precise} (eta {eta})  {msg}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        self.bar = Some(bar);
    }

    fn run_started(&mut self, program: &str, engine: &str, kind: RunKind, round: usize) {
        if let Some(bar) = &self.bar {
            let what = match kind {
                RunKind::Reference => "expected output".to_string(),
                RunKind::Prime => "priming cache".to_string(),
                RunKind::Warmup => format!("warm-up {}", round + 1),
                RunKind::Measured => format!("round {}", round + 1),
            };
            bar.set_message(format!("{program} · {engine} · {what}"));
        }
    }

    fn run_done(&mut self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn program_done(&mut self, result: &ProgramResult) {
        self.programs_done += 1;
        let line = self.line(result);
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
