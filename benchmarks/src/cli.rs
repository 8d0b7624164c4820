//! The `tern bench` command line: the flags, their defaults, and the checks that
//! reject contradictory combinations before anything runs.

use crate::programs::Size;
use clap::Parser;
use std::path::PathBuf;

/// Runs the benchmark programs under Tern's interpreter, Tern's JIT at each opt level
/// and with a warm cache, CPython, PyPy and C, interleaved; checks every engine's
/// stdout against CPython's; reports times, noise, memory and ratios.
#[derive(Parser, Debug, Clone)]
#[command(
    name = "tern bench",
    version,
    after_help = "Engines: interp, jit-O0, jit-O1, jit-O2, jit-O3, jit-cached, cpython, pypy, \
pypy-4M, c, and any --engine NAME=COMMAND. Unavailable engines are skipped with a note.\n\
Exit status: 0 when every run printed CPython's output, 1 when any cell FAILed, 2 for \
bad usage or input (including --compare refusing different program versions)."
)]
pub struct Args {
    /// Programs to run: names in the programs directory (`fib`) or paths to `.py`
    /// files. Every program when omitted.
    #[arg(value_name = "PROGRAMS")]
    pub programs: Vec<String>,

    /// Engines to run, comma-separated, in interleaving order; `all` for every one.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "all",
        value_name = "LIST"
    )]
    pub engines: Vec<String>,

    /// Measured runs per engine and program [default: 5].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub runs: Option<u64>,

    /// Warm-up runs per engine and program, made before the measured ones [default: 1].
    #[arg(long, value_name = "N")]
    pub warmup: Option<u64>,

    /// Small sizes, one run, no warm-up: checks output only and makes no timing claims.
    #[arg(long, conflicts_with_all = ["runs", "warmup", "size", "update_results", "svg"])]
    pub quick: bool,

    /// Which size from each program's `# tern-bench:` header [default: default].
    #[arg(long, value_enum, value_name = "SIZE")]
    pub size: Option<Size>,

    /// Writes every raw run and the summary as JSON.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Writes the results as a Markdown section.
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,

    /// Draws speed-up over CPython per program (log axis) as an SVG chart.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,

    /// Rewrites the section between `<!-- tern-bench:begin -->` and
    /// `<!-- tern-bench:end -->` in benchmarks/RESULTS.md (appended if absent).
    #[arg(long)]
    pub update_results: bool,

    /// The results file `--update-results` edits [default: benchmarks/RESULTS.md].
    #[arg(long, value_name = "FILE")]
    pub results_file: Option<PathBuf>,

    /// Compares two `--json` files: change per program and geometric mean, flagging
    /// changes outside the noise band. Refuses different program versions.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with_all = ["quick", "update_results", "svg", "markdown", "json"])]
    pub compare: Option<Vec<PathBuf>>,

    /// Makes the reports (terminal, --markdown, --svg, --update-results) from a
    /// `--json` file written earlier, without running anything.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["quick", "json", "compare", "install_peers", "list"])]
    pub from_json: Option<PathBuf>,

    /// Installs Debian's python3.11 and pypy3 with apt-get when missing.
    #[arg(long)]
    pub install_peers: bool,

    /// Where the programs are [default: benchmarks/programs of this source tree].
    #[arg(long, value_name = "DIR")]
    pub programs_dir: Option<PathBuf>,

    /// The Tern binary for the interp and jit engines [default: this executable].
    #[arg(long, value_name = "PATH")]
    pub tern: Option<PathBuf>,

    /// An extra engine: `NAME=COMMAND` runs `COMMAND PROGRAM ARGS` (for example an
    /// older tern build). Repeatable.
    #[arg(long = "engine", value_name = "NAME=COMMAND")]
    pub extra_engines: Vec<String>,

    /// Kills a run after this many seconds and marks the cell FAIL.
    #[arg(long, value_name = "SECONDS", default_value_t = 300.0)]
    pub timeout: f64,

    /// Lists the programs and the engines (with availability), then exits.
    #[arg(long)]
    pub list: bool,
}

/// Settings after defaults and `--quick` are applied.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Effective {
    /// Measured runs.
    pub runs: usize,
    /// Warm-up runs.
    pub warmup: usize,
    /// Program size.
    pub size: Size,
}

impl Args {
    /// The run counts and size to use.
    pub fn effective(&self) -> Effective {
        if self.quick {
            return Effective {
                runs: 1,
                warmup: 0,
                size: Size::Small,
            };
        }
        Effective {
            runs: self.runs.unwrap_or(5) as usize,
            warmup: self.warmup.unwrap_or(1) as usize,
            size: self.size.unwrap_or(Size::Default),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, clap::Error> {
        Args::try_parse_from(std::iter::once("tern bench").chain(args.iter().copied()))
    }

    #[test]
    fn defaults_and_quick() {
        let a = parse(&[]).unwrap();
        assert_eq!(a.engines, ["all"]);
        assert_eq!(
            a.effective(),
            Effective {
                runs: 5,
                warmup: 1,
                size: Size::Default
            }
        );
        let q = parse(&["--quick", "fib"]).unwrap();
        assert_eq!(q.programs, ["fib"]);
        assert_eq!(q.effective().runs, 1);
        assert_eq!(q.effective().size, Size::Small);
    }

    #[test]
    fn lists_and_conflicts() {
        let a = parse(&[
            "--engines",
            "interp,cpython",
            "--runs",
            "3",
            "--compare",
            "a",
            "b",
        ]);
        let a = a.unwrap();
        assert_eq!(a.engines, ["interp", "cpython"]);
        assert_eq!(a.compare.unwrap().len(), 2);
        assert!(parse(&["--quick", "--runs", "3"]).is_err());
        assert!(parse(&["--quick", "--update-results"]).is_err());
        assert!(parse(&["--runs", "0"]).is_err());
    }
}
