//! Differential testing of Tern against CPython 3.11.
//!
//! `gen` writes seeded, terminating, deterministic Python programs as `ast` trees;
//! `render` prints them; `runner` runs CPython and each Tern `engine` with a timeout;
//! `compare` decides whether the outcomes agree; `minimise` shrinks a disagreeing
//! program while the disagreement persists; `report` writes it as a regression test
//! in the format of `tests/programs/README.md` and prints summaries; `probe` measures
//! under CPython what the programs actually exercise; `driver` ties them together for
//! the `tern-difftest` command and the smoke test.

pub mod ast;
pub mod compare;
pub mod driver;
pub mod engine;
pub mod features;
pub mod gen;
pub mod minimise;
pub mod probe;
pub mod render;
pub mod report;
pub mod rng;
pub mod runner;
