//! `--svg`: a horizontal grouped bar chart of speed-up over CPython per program, on a
//! log axis, one bar per engine (PyPy included), drawn with plotters' SVG backend.
//!
//! Reading it: each bar starts at 1x (CPython, the vertical line) and ends at the
//! engine's speed-up, so bars to the right are faster than CPython and bars to the
//! left slower; a log axis makes 2x faster and 2x slower the same length. The thin
//! whisker across a bar is the range of same-round ratios (the noise of the ratio).
//! A cell that failed shows `FAIL` instead of a bar. The last group is the geometric
//! mean over the programs where the engine succeeded.

use super::{fmt_ratio, short_hash};
use crate::results::{EngineInfo, Results, Status};
use crate::stats::CPYTHON;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

/// One bar: the speed-up, its paired range, or why there is none.
struct Bar {
    value: Option<f64>,
    range: Option<(f64, f64)>,
    missing: Option<&'static str>,
    /// For a geometric mean over fewer than all programs: ` (n/N)`.
    count: Option<String>,
}

/// Text colour of a FAIL cell.
static FAIL_RED: RGBColor = RGBColor(200, 0, 0);
/// Text colour of an n/a or missing cell.
static NA_GREY: RGBColor = RGBColor(140, 140, 140);

/// A fixed colour per built-in engine, so charts from different runs read alike.
fn colour(name: &str, index: usize) -> RGBColor {
    match name {
        "interp" => RGBColor(31, 119, 180),
        "jit-O0" => RGBColor(161, 217, 155),
        "jit-O1" => RGBColor(116, 196, 118),
        "jit-O2" => RGBColor(49, 163, 84),
        "jit-O3" => RGBColor(0, 109, 44),
        "jit-cached" => RGBColor(23, 190, 207),
        "pypy" => RGBColor(255, 127, 14),
        "pypy-4M" => RGBColor(214, 39, 40),
        "c" => RGBColor(127, 127, 127),
        _ => {
            const OTHERS: [RGBColor; 4] = [
                RGBColor(148, 103, 189),
                RGBColor(140, 86, 75),
                RGBColor(227, 119, 194),
                RGBColor(188, 189, 34),
            ];
            OTHERS[index % OTHERS.len()]
        }
    }
}

fn axis_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}x")
    } else {
        let s = format!("{v:.3}");
        format!("{}x", s.trim_end_matches('0').trim_end_matches('.'))
    }
}

/// Tick values for a log axis over `lo..hi`: 1, 2 and 5 times each power of ten
/// (labelled), and 1 to 9 times each (grid lines only).
fn log_ticks(lo: f64, hi: f64) -> (Vec<f64>, Vec<f64>) {
    let mut bold = Vec::new();
    let mut light = Vec::new();
    let first = lo.log10().floor() as i32;
    let last = hi.log10().ceil() as i32;
    for exp in first..=last {
        let decade = 10f64.powi(exp);
        for k in 1..=9 {
            let v = decade * f64::from(k);
            if v < lo || v > hi {
                continue;
            }
            if matches!(k, 1 | 2 | 5) {
                bold.push(v);
            } else {
                light.push(v);
            }
        }
    }
    (bold, light)
}

/// Draws the chart into `path`.
pub fn write(results: &Results, path: &Path) -> Result<(), String> {
    if results.settings.quick {
        return Err("--quick results make no timing claims; no chart".into());
    }
    let engines: Vec<&EngineInfo> = results
        .available_engines()
        .into_iter()
        .filter(|e| e.name != CPYTHON)
        .collect();
    if engines.is_empty()
        || !results
            .available_engines()
            .iter()
            .any(|e| e.name == CPYTHON)
    {
        return Err("the chart needs cpython and at least one other engine".into());
    }
    let a = &results.analysis;

    // Rows top to bottom: programs, then the geometric mean.
    let mut rows: Vec<(String, Vec<Bar>)> = Vec::new();
    for p in &results.programs {
        let bars = engines
            .iter()
            .map(|e| {
                let cell = p.cell(&e.name);
                let ratio = a.ratio(&p.name, &e.name).and_then(|r| r.vs_cpython);
                let missing = match cell.map(|c| c.status) {
                    Some(Status::Fail) => Some("FAIL"),
                    Some(Status::NotApplicable) => Some("n/a"),
                    _ if ratio.is_none() => Some("–"),
                    _ => None,
                };
                Bar {
                    value: ratio.map(|r| r.value),
                    range: ratio.and_then(|r| Some((r.paired_min?, r.paired_max?))),
                    missing,
                    count: None,
                }
            })
            .collect();
        rows.push((p.name.clone(), bars));
    }
    let n_programs = results.programs.len();
    let mean_bars = engines
        .iter()
        .map(|e| {
            let g = a.geomean(&e.name);
            let v = g.and_then(|g| g.vs_cpython);
            let count = g.map_or(0, |g| g.vs_cpython_programs);
            Bar {
                value: v,
                range: None,
                missing: v.is_none().then_some("–"),
                count: (count < n_programs).then(|| format!(" ({count}/{n_programs})")),
            }
        })
        .collect();
    rows.push(("geometric mean".into(), mean_bars));

    // The x extent: every value and whisker, and 1x, with a margin for the labels.
    let mut lo = 1.0f64;
    let mut hi = 1.0f64;
    for (_, bars) in &rows {
        for b in bars {
            for v in b
                .value
                .into_iter()
                .chain(b.range.into_iter().flat_map(|(l, h)| [l, h]))
            {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    let lo = (lo / 1.25).min(0.5);
    let hi = hi * 1.7;
    let (bold_ticks, light_ticks) = log_ticks(lo, hi);

    // Layout in bar slots (y units), rows top to bottom. An engine with nothing to run
    // for a program (n/a) gets no slot in that row, so rows differ in height.
    const GAP: f64 = 0.8;
    let slots: Vec<Vec<usize>> = rows
        .iter()
        .map(|(_, bars)| {
            bars.iter()
                .enumerate()
                .filter(|(_, b)| b.missing != Some("n/a"))
                .map(|(j, _)| j)
                .collect()
        })
        .collect();
    let heights: Vec<f64> = slots.iter().map(|s| s.len().max(1) as f64 + GAP).collect();
    let total: f64 = heights.iter().sum();
    let tops: Vec<f64> = heights
        .iter()
        .scan(total, |top, h| {
            let this = *top;
            *top -= h;
            Some(this)
        })
        .collect();

    let unit_px = 14.0;
    let width = 1100u32;
    let header_px = 110u32;
    let height = header_px + (total * unit_px).ceil() as u32 + 60;
    let err = |e: &dyn std::fmt::Display| format!("{}: drawing the chart: {e}", path.display());

    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let (head, body) = root.split_vertically(header_px);

    // Title, subtitle and legend.
    let s = &results.settings;
    let title = format!(
        "Speed-up over CPython 3.11 (wall time, median of {} interleaved runs, {} size)",
        s.runs,
        s.size.as_str()
    );
    head.draw(&Text::new(
        title,
        (20, 12),
        ("sans-serif", 20).into_font().style(FontStyle::Bold),
    ))
    .map_err(|e| err(&e))?;
    let sub = format!(
        "{} · {} ({} cores) · tern {} · log axis: right of 1x is faster than CPython · whisker: range of same-round ratios",
        results.date.get(..10).unwrap_or(&results.date),
        results.machine.cpu_model,
        results.machine.cores,
        results
            .tern
            .git_revision
            .as_deref()
            .map(|r| short_hash(r, 10))
            .unwrap_or("?"),
    );
    head.draw(&Text::new(
        sub,
        (20, 42),
        ("sans-serif", 12).into_font().color(&RGBColor(80, 80, 80)),
    ))
    .map_err(|e| err(&e))?;
    let mut x = 170i32;
    for (j, e) in engines.iter().enumerate() {
        let c = colour(&e.name, j);
        head.draw(&Rectangle::new([(x, 74), (x + 14, 88)], c.filled()))
            .map_err(|e| err(&e))?;
        head.draw(&Text::new(e.name.clone(), (x + 19, 74), ("sans-serif", 13)))
            .map_err(|e| err(&e))?;
        x += 19 + (e.name.chars().count() as i32 * 8) + 26;
    }

    let mut chart = ChartBuilder::on(&body)
        .margin_left(10)
        .margin_right(40)
        .margin_top(5)
        .margin_bottom(5)
        .x_label_area_size(45)
        .y_label_area_size(150)
        .build_cartesian_2d(
            (lo..hi)
                .log_scale()
                .with_key_points(bold_ticks)
                .with_light_points(light_ticks),
            0f64..total,
        )
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .x_desc("speed-up over CPython (log scale)")
        .x_label_formatter(&|v| axis_label(*v))
        .disable_y_axis()
        .y_labels(0)
        .x_label_style(("sans-serif", 13))
        .disable_y_mesh()
        .light_line_style(RGBColor(235, 235, 235))
        .bold_line_style(RGBColor(210, 210, 210))
        .draw()
        .map_err(|e| err(&e))?;

    // Separator above the geometric mean (the last row), and the 1x line.
    let mean_top = heights.last().copied().unwrap_or(0.0);
    chart
        .draw_series([
            PathElement::new(
                vec![(lo, mean_top), (hi, mean_top)],
                RGBColor(120, 120, 120),
            ),
            PathElement::new(vec![(1.0, 0.0), (1.0, total)], BLACK.stroke_width(2)),
        ])
        .map_err(|e| err(&e))?;

    // Program names, right-aligned against the plotting area, centred on their group.
    let name_style =
        TextStyle::from(("sans-serif", 14).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for (i, (name, _)) in rows.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(lo, tops[i] - heights[i] / 2.0));
        root.draw(&Text::new(name.clone(), (px - 10, py), name_style.clone()))
            .map_err(|e| err(&e))?;
    }

    let label_style =
        TextStyle::from(("sans-serif", 11).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    for (j, e) in engines.iter().enumerate() {
        let c = colour(&e.name, j);
        let mut bars = Vec::new();
        let mut whiskers = Vec::new();
        let mut labels = Vec::new();
        for (i, (_, row)) in rows.iter().enumerate() {
            let Some(slot) = slots[i].iter().position(|&k| k == j) else {
                continue;
            };
            let y1 = tops[i] - GAP / 2.0 - slot as f64;
            let y0 = y1 - 0.85;
            let yc = (y0 + y1) / 2.0;
            let b = &row[j];
            match (b.value, b.missing) {
                (Some(v), None) => {
                    bars.push(Rectangle::new([(1.0, y0), (v, y1)], c.filled()));
                    let mut end = v.max(1.0);
                    if let Some((l, h)) = b.range {
                        whiskers.push(PathElement::new(
                            vec![(l, yc), (h, yc)],
                            BLACK.stroke_width(1),
                        ));
                        end = end.max(h);
                    }
                    labels.push(Text::new(
                        format!("{}{}", fmt_ratio(v), b.count.as_deref().unwrap_or("")),
                        (end * 1.04, yc),
                        label_style.clone(),
                    ));
                }
                (_, Some(why)) => {
                    let shade: &'static RGBColor = if why == "FAIL" { &FAIL_RED } else { &NA_GREY };
                    let style = label_style.clone().color(shade);
                    labels.push(Text::new(format!("{} {why}", e.name), (1.04, yc), style));
                }
                (None, None) => {}
            }
        }
        chart.draw_series(bars).map_err(|e| err(&e))?;
        chart.draw_series(whiskers).map_err(|e| err(&e))?;
        chart.draw_series(labels).map_err(|e| err(&e))?;
    }
    root.present().map_err(|e| err(&e))?;
    Ok(())
}
