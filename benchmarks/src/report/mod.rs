//! Reports: the terminal table, the Markdown section of `benchmarks/RESULTS.md`, and
//! the SVG chart. The JSON report is `Results::save`.
//!
//! Every report is a pure function of a [`Results`](crate::results::Results); none
//! measures or recomputes anything the analysis did not. This module holds the shared
//! pieces: a table type that renders as aligned text or as Markdown, and the number
//! formats (so a time or a ratio reads the same everywhere).

pub mod markdown;
pub mod svg;
pub mod tables;
pub mod terminal;

/// A table of strings; the first column is a label, the others are right-aligned.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Column titles.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// Left-align every column (text listings), not just the first.
    pub all_left: bool,
}

impl Table {
    /// A table with these column titles.
    pub fn new(header: Vec<String>) -> Table {
        Table {
            header,
            rows: Vec::new(),
            all_left: false,
        }
    }

    /// The same table with every column left-aligned.
    pub fn left_aligned(mut self) -> Table {
        self.all_left = true;
        self
    }

    /// Appends a row (padded or cut to the header's width).
    pub fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.header.len(), String::new());
        self.rows.push(row);
    }

    /// Aligned plain text, two spaces between columns.
    pub fn to_text(&self) -> String {
        let width = |s: &str| s.chars().count();
        let mut widths: Vec<usize> = self.header.iter().map(|h| width(h)).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(width(cell));
            }
        }
        let line = |cells: &[String]| -> String {
            let mut out = String::new();
            for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
                let pad = " ".repeat(w - width(cell));
                if i == 0 || self.all_left {
                    if i > 0 {
                        out.push_str("  ");
                    }
                    out.push_str(cell);
                    out.push_str(&pad);
                } else {
                    out.push_str("  ");
                    out.push_str(&pad);
                    out.push_str(cell);
                }
            }
            out.trim_end().to_string() + "\n"
        };
        let mut out = line(&self.header);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        out.push_str(&line(&rule));
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }

    /// A GitHub-flavoured Markdown table.
    pub fn to_markdown(&self) -> String {
        let esc = |s: &str| s.replace('|', "\\|");
        let mut out = format!(
            "| {} |\n",
            self.header
                .iter()
                .map(|h| esc(h))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let aligns: Vec<&str> = (0..self.header.len())
            .map(|i| {
                if i == 0 || self.all_left {
                    "---"
                } else {
                    "---:"
                }
            })
            .collect();
        out.push_str(&format!("|{}|\n", aligns.join("|")));
        for row in &self.rows {
            out.push_str(&format!(
                "| {} |\n",
                row.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
            ));
        }
        out
    }
}

/// A duration: `1.23 s`, `456 ms`, `12.3 ms`, `1.23 ms`.
pub fn fmt_time(s: f64) -> String {
    if !s.is_finite() {
        return "?".into();
    }
    if s >= 100.0 {
        format!("{s:.0} s")
    } else if s >= 10.0 {
        format!("{s:.1} s")
    } else if s >= 1.0 {
        format!("{s:.2} s")
    } else {
        let ms = s * 1e3;
        if ms >= 100.0 {
            format!("{ms:.0} ms")
        } else if ms >= 10.0 {
            format!("{ms:.1} ms")
        } else {
            format!("{ms:.2} ms")
        }
    }
}

/// A range of durations in the unit of the first: `1.20–1.31 s`.
pub fn fmt_time_range(lo: f64, hi: f64) -> String {
    let a = fmt_time(lo);
    let b = fmt_time(hi);
    match (a.rsplit_once(' '), b.rsplit_once(' ')) {
        (Some((na, ua)), Some((nb, ub))) if ua == ub => format!("{na}–{nb} {ua}"),
        _ => format!("{a}–{b}"),
    }
}

/// A speed-up: `1.45x`, `12.3x`, `0.85x`.
pub fn fmt_ratio(r: f64) -> String {
    if !r.is_finite() {
        "?".into()
    } else if r >= 10.0 {
        format!("{r:.1}x")
    } else {
        format!("{r:.2}x")
    }
}

/// A relative noise: `±2.1%`, `±13%`.
pub fn fmt_noise(n: f64) -> String {
    let pct = n * 100.0;
    if pct < 10.0 {
        format!("±{pct:.1}%")
    } else {
        format!("±{pct:.0}%")
    }
}

/// KiB as MiB: `45 MiB`, `7.5 MiB`.
pub fn fmt_mib(kib: f64) -> String {
    let mib = kib / 1024.0;
    if mib >= 10.0 {
        format!("{mib:.0} MiB")
    } else {
        format!("{mib:.1} MiB")
    }
}

/// The first `n` hex digits of a hash.
pub fn short_hash(h: &str, n: usize) -> &str {
    &h[..h.len().min(n)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(fmt_time(1.234), "1.23 s");
        assert_eq!(fmt_time(0.4567), "457 ms");
        assert_eq!(fmt_time(0.01234), "12.3 ms");
        assert_eq!(fmt_time(12.34), "12.3 s");
        assert_eq!(fmt_time_range(1.2, 1.31), "1.20–1.31 s");
        assert_eq!(fmt_time_range(0.9, 1.1), "900 ms–1.10 s");
        assert_eq!(fmt_ratio(1.456), "1.46x");
        assert_eq!(fmt_ratio(12.34), "12.3x");
        assert_eq!(fmt_noise(0.021), "±2.1%");
        assert_eq!(fmt_mib(46080.0), "45 MiB");
    }

    #[test]
    fn tables_render() {
        let mut t = Table::new(vec!["program".into(), "a".into()]);
        t.push(vec!["fib".into(), "1.00 s".into()]);
        assert_eq!(
            t.to_text(),
            "program       a\n-------  ------\nfib      1.00 s\n"
        );
        assert_eq!(
            t.to_markdown(),
            "| program | a |\n|---|---:|\n| fib | 1.00 s |\n"
        );
    }
}
