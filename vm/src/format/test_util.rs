//! Helpers for the table-driven tests: decoding the vector files written by
//! `testdata/gen_vectors.py` and comparing results with CPython's.

use super::error::{ErrorKind, FormatError};

pub fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

pub fn f64_of(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).unwrap())
}

/// Renders a result the way the vector files do: the value, or `!V:msg` / `!O:msg`.
pub fn show(r: Result<String, FormatError>, type_name: &str) -> String {
    match r {
        Ok(s) => s,
        Err(e) => {
            let m = e.message(type_name);
            if m.starts_with("surrogate U+") {
                return "!SURROGATE".into();
            }
            match e.kind() {
                ErrorKind::ValueError => format!("!V:{}", m),
                ErrorKind::OverflowError => format!("!O:{}", m),
            }
        }
    }
}

/// Runs `check` on every line of a vector file; panics listing the first failures.
/// `name` is the file's name in `testdata/`; with `TERN_FORMAT_VECTORS=DIR` set, the
/// file of that name in DIR is used instead (for soak runs with `gen_vectors.py N DIR`).
pub fn run_table(name: &str, data: &str, mut check: impl FnMut(&[&str]) -> Option<String>) {
    let soak = std::env::var("TERN_FORMAT_VECTORS")
        .ok()
        .map(|dir| std::fs::read_to_string(format!("{dir}/{name}")).expect("soak vector file"));
    let data = soak.as_deref().unwrap_or(data);
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines() {
        if line.is_empty() {
            continue;
        }
        n += 1;
        let fields: Vec<&str> = line.split('\t').collect();
        if let Some(f) = check(&fields) {
            failures.push(f);
        }
    }
    assert!(n > 0, "{name}: empty table");
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(25).cloned().collect();
        panic!(
            "{name}: {} of {n} cases failed:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
    eprintln!("{name}: {n} cases ok");
}
