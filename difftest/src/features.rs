//! What a generated program exercises, and the histogram `--stats` prints.
//!
//! The generator tags a program with a feature when it emits a construct that performs
//! it whenever the enclosing code runs (a hot loop whose trip count is a literal, an
//! accumulator that provably crosses 2**63, a raise three calls below its handler).
//! `probe` measures a few of them again under CPython, so the two columns of the
//! histogram can be compared.

use std::fmt::Write;

macro_rules! features {
    ($($variant:ident => $label:literal,)*) => {
        /// One thing a program can exercise.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Feature {
            $($variant,)*
        }

        impl Feature {
            pub const ALL: &'static [Feature] = &[$(Feature::$variant,)*];

            /// A short stable name (used in the histogram and in reports).
            pub fn label(self) -> &'static str {
                match self {
                    $(Feature::$variant => $label,)*
                }
            }
        }
    };
}

features! {
    BigIntOverflow => "int overflow past 64 bits (big ints)",
    EdgeInts => "edge int literals (2**62, 2**63-1, -2**63, 2**64)",
    FloatSpecial => "float specials (nan, inf, -0.0, 1e308)",
    MixedArith => "mixed int/float arithmetic",
    NegFloorMod => "// and % with negative operands",
    BitOps => "bitwise ops and shifts on negative/big ints",
    Loop1000 => "loop of >= 1000 iterations",
    Loop100 => "loop of 100..999 iterations",
    NestedLoops => "nested loops",
    TypeChangeSite => "type change at one site mid-loop",
    GlobalRebind => "function global rebound mid-loop",
    ExceptionCaught => "exception raised and caught",
    ExceptionDepth3 => "exception across >= 3 frames",
    FinallyBlocks => "try/finally",
    UncaughtExit => "ends with an uncaught exception or sys.exit",
    Recursion => "recursion",
    Closures => "closures / nonlocal",
    Functions => "calls to generated functions",
    Containers => "list/dict/tuple operations",
    Comprehensions => "comprehensions",
    Strings => "string methods and slicing",
    Formatting => "f-strings / % / format()",
    Sets => "sets (printed through sorted())",
    Idioms => "builtin idioms (unpacking, for-else, int(s, b), ...)",
    Classes => "classes",
    Inheritance => "inheritance and method overriding",
    Dunders => "dunder methods (__add__, __eq__, __lt__, ...)",
    ShapeChange => "attribute added / method patched mid-loop",
    Generators => "generators",
    MathModule => "math module",
}

/// The set of features of one program (a bitset over `Feature::ALL`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FeatureSet(u64);

impl FeatureSet {
    pub fn insert(&mut self, f: Feature) {
        self.0 |= 1 << f as u32;
    }

    pub fn contains(self, f: Feature) -> bool {
        self.0 & (1 << f as u32) != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Feature> {
        Feature::ALL
            .iter()
            .copied()
            .filter(move |f| self.contains(*f))
    }
}

/// Counts of programs per feature.
#[derive(Clone, Debug, Default)]
pub struct Histogram {
    pub programs: u64,
    counts: Vec<u64>,
}

impl Histogram {
    pub fn add(&mut self, set: FeatureSet) {
        if self.counts.is_empty() {
            self.counts = vec![0; Feature::ALL.len()];
        }
        self.programs += 1;
        for f in set.iter() {
            self.counts[f as usize] += 1;
        }
    }

    pub fn count(&self, f: Feature) -> u64 {
        self.counts.get(f as usize).copied().unwrap_or(0)
    }

    /// A table: one row per feature, with the count and percentage of programs, and
    /// (when given) the count observed dynamically by the probe.
    pub fn render(&self, observed: Option<&crate::probe::Observed>) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "feature histogram over {} generated programs{}:",
            self.programs,
            if observed.is_some() {
                " (generator tags | observed under CPython)"
            } else {
                " (generator tags)"
            }
        );
        let n = self.programs.max(1) as f64;
        for &f in Feature::ALL {
            let c = self.count(f);
            let _ = write!(
                s,
                "  {:<52} {:>6} {:>6.1}%",
                f.label(),
                c,
                100.0 * c as f64 / n
            );
            if let Some(o) = observed.and_then(|o| o.count(f)) {
                let _ = write!(s, "   | {:>6} {:>6.1}%", o, 100.0 * o as f64 / n);
            }
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_and_histograms() {
        let mut a = FeatureSet::default();
        a.insert(Feature::Loop1000);
        a.insert(Feature::Classes);
        assert!(a.contains(Feature::Loop1000));
        assert!(!a.contains(Feature::Recursion));
        let mut h = Histogram::default();
        h.add(a);
        h.add(FeatureSet::default());
        assert_eq!(h.count(Feature::Loop1000), 1);
        assert_eq!(h.programs, 2);
        assert!(h.render(None).contains("loop of >= 1000 iterations"));
    }
}
