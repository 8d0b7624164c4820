//! Embeds the Python-source standard library (`src/stdlib/*.py`) into the VM.
//!
//! Generates `$OUT_DIR/stdlib_table.rs`: a sorted `&[(module name, source)]` table of
//! `include_str!`s, so adding a module is adding a file.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/stdlib");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut modules: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            println!("cargo:rerun-if-changed={}", path.display());
            if path.extension().is_some_and(|e| e == "py") {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                modules.push((name, path.display().to_string()));
            }
        }
    }
    modules.sort();
    let mut out = String::from("pub static STDLIB_SOURCES: &[(&str, &str)] = &[\n");
    for (name, path) in &modules {
        writeln!(out, "    ({name:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_table.rs");
    std::fs::write(dest, out).unwrap();
}
