//! Tracebacks printed exactly as CPython 3.11 prints them: every program in
//! `tests/tracebacks/` ends with an uncaught exception, and tern's whole stderr (frames,
//! source lines, the `~~^~~` marker lines, the exception line) must equal the
//! `NAME.stderr` that `tests/regen_tracebacks.py` recorded from CPython, where `{DIR}`
//! stands for the directory's absolute path.

mod common;

use std::time::Duration;

#[test]
fn tracebacks_match_cpython() {
    let dir = common::repo_root().join("tests/tracebacks");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/tracebacks")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 20, "expected the traceback programs");
    let dir_text = dir.display().to_string();
    let mut failures = Vec::new();
    for p in &programs {
        let name = p.file_name().unwrap().to_str().unwrap();
        let expected = std::fs::read_to_string(p.with_extension("stderr"))
            .unwrap_or_else(|_| panic!("{name}: no .stderr (run tests/regen_tracebacks.py)"))
            .replace("{DIR}", &dir_text);
        let out = common::run_tern(&[name], &dir, &[], Duration::from_secs(30));
        let got = String::from_utf8_lossy(&out.stderr);
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} tracebacks differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
