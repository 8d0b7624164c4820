//! The "idioms" block: short snippets around builtins and corners of the language
//! that the typed expression generator does not reach: numeric hashing across int,
//! float and bool (dict keys, sets), star unpacking, `for`/`while` ... `else`,
//! `assert`, `int(s, base)`, rounding ties, float and int methods, str methods,
//! slice assignment and `del`, dict methods, builtins with `key=`/`default=`/`start=`,
//! `global` counters, `str.format` and `%` corner cases.
//!
//! Snippets are `Stmt::Raw` lines (one statement each, so the minimiser can delete
//! them one by one); those that may raise are wrapped in a `try` that prints the
//! exception. Values come from the edge pools in `values.rs`.

use super::blocks::try_print;
use super::values::{EDGE_FLOATS, EDGE_INTS};
use super::Gen;
use crate::ast::*;
use crate::features::Feature;
use crate::render;

fn raw(line: String) -> Stmt {
    Stmt::Raw(vec![line])
}

/// `print(label, call)` for each call, each in its own `try`, so that one missing
/// method or one exception does not hide the others.
fn each(label: &str, calls: &[String]) -> Vec<Stmt> {
    calls
        .iter()
        .map(|c| try_print(vec![raw(format!("print({label}, {c})"))], "exc"))
        .collect()
}

impl Gen<'_> {
    fn edge_int_text(&mut self) -> String {
        let v = if self.rng.chance(50) {
            *self.rng.pick(EDGE_INTS)
        } else {
            self.rng.range(-20, 20) as i128
        };
        render::expr(&int(v))
    }

    fn edge_float_text(&mut self) -> String {
        let f = *self.rng.pick(EDGE_FLOATS);
        render::expr(&Expr::Float(f))
    }

    fn finite_float_text(&mut self) -> String {
        let e = self.finite_float_literal();
        render::expr(&e)
    }

    fn word_text(&mut self) -> String {
        let w = self.str_literal();
        render::expr(&w)
    }

    pub(crate) fn misc_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::Idioms);
        let mut out = Vec::new();
        let n = self.rng.urange(3, 7);
        for _ in 0..n {
            let label = self.fresh("m");
            let snippet = self.rng.below(16);
            out.extend(self.misc_snippet(snippet, &label));
        }
        out
    }

    fn misc_snippet(&mut self, which: u64, label: &str) -> Vec<Stmt> {
        let l = render::str_literal(label);
        match which {
            0 => {
                // Numeric hashing: int, float and bool keys that are equal collide.
                self.tag(Feature::Containers);
                let k = *self
                    .rng
                    .pick(&[0_i128, 1, 2, -1, 1 << 53, (1 << 63) - 1, 1 << 64]);
                let d = self.fresh("d");
                let (a, b, c) = (self.word_text(), self.word_text(), self.word_text());
                vec![
                    raw(format!("{d} = {{{k}: {a}}}")),
                    raw(format!("{d}[float({k})] = {b}")),
                    raw(format!("{d}[{k} == 1] = {c}")),
                    raw(format!(
                        "print({l}, {d}, len({d}), sorted({{{k}, float({k}), True, 0.0, -0.0}}))"
                    )),
                ]
            }
            1 => {
                // Star unpacking (ValueError when too short).
                let (e, _) = self.int_list_expr(2);
                let e = render::expr(&e);
                let (a, b, c) = (self.fresh("u"), self.fresh("u"), self.fresh("u"));
                vec![try_print(
                    vec![
                        raw(format!("{a}, *{b}, {c} = {e}")),
                        raw(format!("print({l}, {a}, {b}, {c})")),
                    ],
                    "exc",
                )]
            }
            2 => {
                // for/else and while/else, with and without break.
                let n = self.rng.range(0, 6);
                let k = self.rng.range(0, 7);
                let v = self.fresh("k");
                vec![Stmt::Raw(vec![
                    format!("for {v} in range({n}):"),
                    format!("    if {v} == {k}:"),
                    format!("        print({l}, 'break', {v})"),
                    "        break".into(),
                    "else:".into(),
                    format!("    print({l}, 'for-else')"),
                    format!("{v} = 0"),
                    format!("while {v} < {n}:"),
                    format!("    {v} += 1"),
                    format!("    if {v} == {k}:"),
                    "        break".into(),
                    "else:".into(),
                    format!("    print({l}, 'while-else', {v})"),
                ])]
            }
            3 => {
                let a = self.edge_int_text();
                let b = self.edge_int_text();
                vec![try_print(
                    vec![raw(format!(
                        "assert {a} < {b}, 'assert ' + repr(({a}, {b}))"
                    ))],
                    "exc",
                )]
            }
            4 => {
                // int() with a base.
                let s = *self.rng.pick(&[
                    "ff", "FF", "z", "0x1f", "0b101", "0o17", "12", "-7", " 42 ", "1_000", "9", "",
                    "0", "00", "1__0", "+zz",
                ]);
                let base = *self.rng.pick(&[0, 2, 8, 10, 16, 36]);
                vec![try_print(
                    vec![raw(format!(
                        "print({l}, int({}, {base}))",
                        render::str_literal(s)
                    ))],
                    "exc",
                )]
            }
            5 => {
                // Rounding: ties, negative ndigits, floats and ints.
                let k = self.rng.range(-5, 5);
                let i = self.edge_int_text();
                let f = self.finite_float_text();
                let nd = self.rng.range(-3, 3);
                vec![try_print(
                    vec![raw(format!(
                        "print({l}, round({k} + 0.5), round({k} - 0.5), round({i}, {nd}), round({f}, {nd}), round({f}))"
                    ))],
                    "exc",
                )]
            }
            6 => {
                // Float methods.
                let f = self.edge_float_text();
                each(
                    &l,
                    &[
                        format!("({f}).is_integer()"),
                        format!("({f}).hex()"),
                        format!("float.fromhex(({f}).hex()) == {f}"),
                        format!("({f}).as_integer_ratio()"),
                    ],
                )
            }
            7 => {
                // Int methods and conversions.
                let i = self.edge_int_text();
                each(
                    &l,
                    &[
                        format!("({i}).bit_length(), ({i}).bit_count()"),
                        format!("float({i}), int(float({i})), ({i}) / 3, ({i}) // 1.0"),
                        format!("divmod({i}, -7.5), str({i} ** 3)"),
                    ],
                )
            }
            8 => {
                // str methods.
                self.tag(Feature::Strings);
                let s = self.word_text();
                let w = self.word_text();
                let k = self.rng.range(-1, 3);
                each(
                    &l,
                    &[
                        format!("{s}.partition({w}), {s}.rpartition({w})"),
                        format!("{s}.rsplit(None, {k}), {s}.splitlines()"),
                        format!("{s}.removeprefix({w}), {s}.removesuffix({w})"),
                        format!("{s}.casefold(), {s}.expandtabs(4), {s}.isalnum(), {s}.istitle()"),
                        format!("{s}.index({w})"),
                    ],
                )
            }
            9 => {
                // Slice assignment and del.
                self.tag(Feature::Containers);
                let v = self.fresh("sl");
                let (e, _) = self.int_list_expr(2);
                let e = render::expr(&e);
                let a = self.rng.range(-4, 4);
                let b = self.rng.range(-4, 6);
                let st = *self.rng.pick(&[1, 2, -1]);
                vec![
                    raw(format!("{v} = {e} + [7, 8, 9]")),
                    try_print(
                        vec![
                            raw(format!("{v}[{a}:{b}] = [0] * {}", self.rng.range(0, 3))),
                            raw(format!("del {v}[{a}]")),
                            raw(format!("{v}[::{st}] = {v}[::{st}][::-1]")),
                            raw(format!("del {v}[{a}:{b}:{st}]")),
                        ],
                        "exc",
                    ),
                    raw(format!("print({l}, {v})")),
                ]
            }
            10 => {
                // Dict methods.
                self.tag(Feature::Containers);
                let v = self.fresh("dm");
                let (e, _) = self.dict_expr(2);
                let e = render::expr(&e);
                let w = self.word_text();
                vec![
                    raw(format!("{v} = {e}")),
                    raw(format!("{v}.update(zz=1, a=-0.0)")),
                    raw(format!(
                        "print({l}, list({v}), list(reversed({v})), sorted({v}.items()), dict.fromkeys({v}, 0), {v}.get({w}, 'none'), {v} == dict({v}))"
                    )),
                    try_print(
                        vec![
                            raw(format!("del {v}[{w}]")),
                            raw(format!("print({l}, {v}.popitem(), {v})")),
                        ],
                        "exc",
                    ),
                ]
            }
            11 => {
                // Builtins with key=, default=, start=.
                let (e, _) = self.int_list_expr(2);
                let e = render::expr(&e);
                let v = self.fresh("bl");
                let mut out = vec![raw(format!("{v} = {e}"))];
                out.extend(each(
                    &l,
                    &[
                        format!("max({v}, key=lambda t: (t % 5, -t), default=None)"),
                        format!("min({v}, default='empty'), sum({v}, 0.5)"),
                        format!("list(enumerate({v}, -2)), list(zip({v}, 'abc'))"),
                        format!("list(filter(None, {v})), any({v}), all({v})"),
                    ],
                ));
                out
            }
            12 => {
                // A global counter bumped from a function in a loop.
                let g = self.fresh("G");
                let f = self.fresh("bump");
                let n = self.rng.range(0, 1500);
                if n >= 1000 {
                    self.tag(Feature::Loop1000);
                }
                let step = self.edge_int_text();
                vec![
                    raw(format!("{g} = 0")),
                    Stmt::Raw(vec![
                        format!("def {f}(k):"),
                        format!("    global {g}"),
                        format!("    {g} = ({g} + k * {step}) % 1000000007"),
                    ]),
                    Stmt::Raw(vec![format!("for q in range({n}):"), format!("    {f}(q)")]),
                    raw(format!("print({l}, {g})")),
                ]
            }
            13 => {
                // Comparisons across types; and/or return an operand.
                let a = self.edge_int_text();
                let f = self.edge_float_text();
                let w = self.word_text();
                vec![try_print(
                    vec![raw(format!(
                        "print({l}, {a} == float({a}), {a} == {f}, {a} < {f}, (1, {a}) < (1, {f}), [{a}] == [{f}], {a} or {w}, {w} and {f}, None == 0, {w} < {w}.upper(), [1, {w}] < [1, 2])"
                    ))],
                    "exc",
                )]
            }
            14 => {
                // str.format and % corner cases.
                self.tag(Feature::Formatting);
                let i = self.edge_int_text();
                let f = self.edge_float_text();
                let w = self.word_text();
                let width = self.rng.range(0, 12);
                each(
                    &l,
                    &[
                        format!("'{{:>{{w}}}}|{{!r:^9}}|{{x:+.3e}}|{{0}}{{1}}{{0}}'.format({w}, {f}, w={width}, x={f})"),
                        format!("'{{:,}} {{:_x}} {{:#o}}'.format({i}, {i}, {i})"),
                        format!("'%-10s|%c|%%|%5.1f' % ({w}, 65, {f})"),
                        format!("'{{:08.3f}}'.format({f})"),
                    ],
                )
            }
            _ => {
                // del of a name, then its NameError; chained comparison evaluation.
                let v = self.fresh("dv");
                let a = self.edge_int_text();
                let cnt = self.fresh("ev");
                vec![
                    raw(format!("{v} = {a}")),
                    raw(format!("del {v}")),
                    try_print(vec![raw(format!("print({l}, {v})"))], "exc"),
                    raw(format!("{cnt} = []")),
                    raw(format!(
                        "print({l}, 0 < ({cnt}.append(1) or 5) < ({cnt}.append(2) or 3) < ({cnt}.append(3) or 9), {cnt})"
                    )),
                ]
            }
        }
    }
}
