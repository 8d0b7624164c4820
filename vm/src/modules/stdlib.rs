//! The standard library modules Tern ships as Python source (`vm/src/stdlib/*.py`),
//! embedded in the binary by `build.rs`.
//!
//! They are found after the program's own search path, as CPython finds its stdlib
//! after the script directory, so a program's `string.py` still shadows ours. Their
//! file names are `<tern-stdlib>/NAME.py`; tracebacks read the source from here.

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// The prefix of embedded modules' `__file__`.
pub const STDLIB_PREFIX: &str = "<tern-stdlib>/";

/// The source of embedded module `name`.
pub fn source(name: &str) -> Option<&'static str> {
    STDLIB_SOURCES
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| STDLIB_SOURCES[i].1)
}

/// The source of an embedded module given its `__file__`.
pub fn source_for_file(file: &str) -> Option<&'static str> {
    source(file.strip_prefix(STDLIB_PREFIX)?.strip_suffix(".py")?)
}
