//! Greedy delta debugging on the syntax tree: shrinks a program while a test (a
//! function of the rendered source) keeps failing.
//!
//! Passes, repeated until a whole round changes nothing or a limit is reached (1 and
//! 2 first run to their own fixpoint, since they remove the most per test):
//! 1. delete statements: in every statement list, chunks of halving size (the
//!    "ddmin" schedule), then single statements;
//! 2. unwrap compound statements: replace an `if`/`for`/`while`/`try` by one of its
//!    bodies;
//! 3. simplify expressions: replace a node by one of its sub-expressions, or by `0`;
//! 4. shrink literals: ints toward 0 and 1 (halving), floats to 0.0/1.0/their integer
//!    part, strings to their first half.
//!
//! Invariants: `best` always fails the test (it starts as the input, which the caller
//! has checked); a candidate is adopted only after the test confirms it still fails;
//! results are cached by source text, so no text is run twice. Nodes whose
//! simplification could make CPython's output nondeterministic are protected: the
//! argument of `sorted(...)` (a set of str printed directly) and the function of a call
//! (printing a function object shows its address) are never lifted.

use crate::ast::*;
use crate::render;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// When to stop shrinking.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Most candidate programs to test.
    pub max_tests: usize,
    /// Wall-clock limit.
    pub max_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_tests: 2_000,
            max_time: Duration::from_secs(300),
        }
    }
}

/// What the minimiser did.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub tests: usize,
    pub accepted: usize,
    pub rounds: usize,
    pub stmts_before: usize,
    pub stmts_after: usize,
    pub elapsed: Duration,
    /// Stopped by a limit rather than at a fixpoint.
    pub hit_limit: bool,
}

struct Shrinker<'t> {
    best: Program,
    test: &'t mut dyn FnMut(&str) -> bool,
    cache: HashMap<String, bool>,
    limits: Limits,
    start: Instant,
    stats: Stats,
}

/// Shrinks `program`; `still_fails(source)` says whether a candidate still shows the
/// disagreement. Returns the smallest failing program found.
pub fn minimise(
    program: &Program,
    still_fails: &mut dyn FnMut(&str) -> bool,
    limits: &Limits,
) -> (Program, Stats) {
    let mut s = Shrinker {
        best: program.clone(),
        test: still_fails,
        cache: HashMap::new(),
        limits: limits.clone(),
        start: Instant::now(),
        stats: Stats::default(),
    };
    s.stats.stmts_before = s.best.clone().stmt_count();
    s.cache.insert(render::program(&s.best), true);
    loop {
        s.stats.rounds += 1;
        let mut progress = false;
        // The structural passes remove the most per test: run them to a fixpoint
        // before the expression passes, which try every node.
        while !s.exhausted() {
            let structural = s.delete_statements() | s.unwrap_compounds();
            if !structural {
                break;
            }
            progress = true;
        }
        progress |= s.simplify_exprs();
        progress |= s.shrink_literals();
        if !progress || s.exhausted() {
            break;
        }
    }
    s.stats.hit_limit = s.exhausted();
    s.stats.stmts_after = s.best.clone().stmt_count();
    s.stats.elapsed = s.start.elapsed();
    (s.best, s.stats)
}

fn block_count(p: &mut Program) -> usize {
    let mut n = 0;
    p.for_each_block(&mut |_| n += 1);
    n
}

/// Applies `f` to the `k`-th statement list (pre-order).
fn with_block(p: &Program, k: usize, f: &mut dyn FnMut(&mut Vec<Stmt>)) -> Program {
    let mut c = p.clone();
    let mut i = 0;
    c.for_each_block(&mut |b| {
        if i == k {
            f(b);
        }
        i += 1;
    });
    c
}

fn block_len(p: &Program, k: usize) -> usize {
    let mut n = 0;
    let _ = with_block(p, k, &mut |b| n = b.len());
    n
}

/// A copy of the `j`-th expression node (pre-order).
fn nth_expr(p: &Program, j: usize) -> Option<Expr> {
    let mut c = p.clone();
    let mut i = 0;
    let mut found = None;
    c.for_each_expr(&mut |e| {
        if i == j {
            found = Some(e.clone());
        }
        i += 1;
    });
    found
}

/// The program with the `j`-th expression node replaced by `new`.
fn replace_expr(p: &Program, j: usize, new: &Expr) -> Program {
    let mut c = p.clone();
    let mut i = 0;
    c.for_each_expr(&mut |e| {
        if i == j {
            *e = new.clone();
        }
        i += 1;
    });
    c
}

/// Sub-expressions that may replace `e` (see the module doc for the protected ones).
fn liftable_children(e: &Expr) -> Vec<Expr> {
    let mut e = e.clone();
    match &e {
        Expr::Call { func, .. } if matches!(&**func, Expr::Name(n) if n == "sorted") => {
            return Vec::new()
        }
        Expr::Attr(..) | Expr::Lambda(..) | Expr::Yield(_) => return Vec::new(),
        Expr::Comp { .. } => {
            // Only the iterable is meaningful outside the comprehension's scope.
            if let Expr::Comp { iter, .. } = &e {
                return vec![(**iter).clone()];
            }
        }
        _ => {}
    }
    let skip_func = matches!(e, Expr::Call { .. });
    e.children_mut()
        .into_iter()
        .enumerate()
        .filter(|(k, _)| !(skip_func && *k == 0))
        .map(|(_, c)| c.clone())
        .collect()
}

fn is_trivial(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Int(0 | 1) | Expr::Bool(_) | Expr::None | Expr::Name(_)
    ) || matches!(e, Expr::Str(s) if s.is_empty())
        || matches!(e, Expr::Float(f) if *f == 0.0 && f.is_sign_positive())
}

/// Smaller versions of a literal.
fn smaller_literals(e: &Expr) -> Vec<Expr> {
    match e {
        Expr::Int(v) => {
            let v = *v;
            let mut out = Vec::new();
            for c in [0, 1, v / 2, v - v.signum(), -v] {
                if c.unsigned_abs() < v.unsigned_abs() || (c == -v && v < 0) {
                    out.push(Expr::Int(c));
                }
            }
            out.dedup();
            out
        }
        Expr::Float(f) => {
            let f = *f;
            let mut out = Vec::new();
            for c in [0.0, 1.0, f.trunc()] {
                if c.to_bits() != f.to_bits() {
                    out.push(Expr::Float(c));
                }
            }
            out
        }
        Expr::Str(s) if !s.is_empty() => {
            vec![
                Expr::Str(String::new()),
                Expr::Str(s[..s.len() / 2].to_string()),
            ]
        }
        _ => Vec::new(),
    }
}

impl Shrinker<'_> {
    fn exhausted(&self) -> bool {
        self.stats.tests >= self.limits.max_tests || self.start.elapsed() >= self.limits.max_time
    }

    /// Tests `cand`; adopts it when it still fails.
    fn attempt(&mut self, cand: Program) -> bool {
        let text = render::program(&cand);
        if let Some(&r) = self.cache.get(&text) {
            // A cached failure is `best` itself or an earlier state: not progress.
            let _ = r;
            return false;
        }
        if self.exhausted() {
            return false;
        }
        self.stats.tests += 1;
        let fails = (self.test)(&text);
        self.cache.insert(text, fails);
        if fails {
            self.best = cand;
            self.stats.accepted += 1;
        }
        fails
    }

    fn delete_statements(&mut self) -> bool {
        let mut progress = false;
        let mut k = 0;
        while k < block_count(&mut self.best.clone()) && !self.exhausted() {
            let mut chunk = block_len(&self.best, k);
            while chunk >= 1 && !self.exhausted() {
                let mut start = 0;
                while start < block_len(&self.best, k) && !self.exhausted() {
                    let cand = with_block(&self.best, k, &mut |b| {
                        let end = (start + chunk).min(b.len());
                        b.drain(start..end);
                    });
                    if self.attempt(cand) {
                        progress = true;
                    } else {
                        start += chunk;
                    }
                }
                chunk /= 2;
            }
            k += 1;
        }
        progress
    }

    fn unwrap_compounds(&mut self) -> bool {
        let mut progress = false;
        let mut k = 0;
        while k < block_count(&mut self.best.clone()) && !self.exhausted() {
            let mut i = 0;
            while i < block_len(&self.best, k) && !self.exhausted() {
                let mut bodies: Vec<Vec<Stmt>> = Vec::new();
                let _ = with_block(&self.best, k, &mut |b| {
                    let s = &mut b[i];
                    if !matches!(s, Stmt::Def { .. } | Stmt::Class { .. }) {
                        bodies = s.bodies_mut().into_iter().map(|x| x.clone()).collect();
                    }
                });
                let mut changed = false;
                for body in bodies {
                    let cand = with_block(&self.best, k, &mut |b| {
                        b.splice(i..i + 1, body.clone());
                    });
                    if self.attempt(cand) {
                        changed = true;
                        progress = true;
                        break;
                    }
                }
                if !changed {
                    i += 1;
                }
            }
            k += 1;
        }
        progress
    }

    fn simplify_exprs(&mut self) -> bool {
        let mut progress = false;
        let mut j = 0;
        while !self.exhausted() {
            let Some(node) = nth_expr(&self.best, j) else {
                break;
            };
            if is_trivial(&node) {
                j += 1;
                continue;
            }
            let mut cands = liftable_children(&node);
            cands.push(Expr::Int(0));
            let mut changed = false;
            for c in cands {
                if c == node {
                    continue;
                }
                let cand = replace_expr(&self.best, j, &c);
                if self.attempt(cand) {
                    changed = true;
                    progress = true;
                    break;
                }
            }
            if !changed {
                j += 1;
            }
        }
        progress
    }

    fn shrink_literals(&mut self) -> bool {
        let mut progress = false;
        let mut j = 0;
        while !self.exhausted() {
            let Some(node) = nth_expr(&self.best, j) else {
                break;
            };
            let mut changed = false;
            for c in smaller_literals(&node) {
                let cand = replace_expr(&self.best, j, &c);
                if self.attempt(cand) {
                    changed = true;
                    progress = true;
                    break;
                }
            }
            if !changed {
                j += 1;
            }
        }
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program whose "bug" is the presence of `print(7 // -2)` anywhere.
    #[test]
    fn shrinks_to_the_failing_statement() {
        let mut body = Vec::new();
        for k in 0..20 {
            body.push(assign(&format!("v{k}"), bin(BinOp::Add, int(k), int(100))));
        }
        body.insert(
            13,
            Stmt::If {
                cond: Expr::Bool(true),
                body: vec![
                    print(vec![string("x")]),
                    print(vec![bin(BinOp::FloorDiv, int(7), int(-2))]),
                ],
                orelse: vec![],
            },
        );
        let p = Program {
            header: vec![],
            body,
        };
        let mut test = |src: &str| src.contains("7 // (-2)");
        let (small, stats) = minimise(&p, &mut test, &Limits::default());
        // The print call itself is not needed for the test to fail.
        assert_eq!(render::program(&small), "7 // (-2)\n");
        assert!(!stats.hit_limit);
        assert!(stats.stmts_after < stats.stmts_before);
    }

    #[test]
    fn literals_shrink() {
        assert!(smaller_literals(&Expr::Int(1000)).contains(&Expr::Int(500)));
        assert!(smaller_literals(&Expr::Int(0)).is_empty());
        assert_eq!(
            smaller_literals(&Expr::Str("abcd".into())),
            vec![Expr::Str("".into()), Expr::Str("ab".into())]
        );
    }

    #[test]
    fn protected_nodes_are_not_lifted() {
        let sorted_set = call("sorted", vec![Expr::Set(vec![string("a")])]);
        assert!(liftable_children(&sorted_set).is_empty());
        let c = call("f", vec![int(3)]);
        assert_eq!(liftable_children(&c), vec![int(3)]);
    }
}
