//! Top-level block templates of the core subset: arithmetic on edge values, hot
//! loops (type changes at a site, overflow into big ints, calls, exceptions, global
//! rebinding), exceptions across frames, recursion, containers, strings, closures.
//!
//! Each template tags the features it is sure to exercise when it runs.

use super::expr::{bit_len, ELT_BITS, FLOAT_SAFE_BITS};
use super::values::{EDGE_FLOATS, EDGE_INTS};
use super::{ck, Gen, Ty, Var};
use crate::ast::*;
use crate::features::Feature;

/// A module-level `try:` around `body` whose handler prints the exception.
pub(crate) fn try_print(body: Vec<Stmt>, label: &str) -> Stmt {
    Stmt::Try {
        body,
        handlers: vec![Handler {
            ty: Some("Exception".into()),
            name: Some("exc".into()),
            body: vec![print(vec![
                string(label),
                attr(call("type", vec![name("exc")]), "__name__"),
                name("exc"),
            ])],
        }],
        orelse: vec![],
        finalbody: vec![],
    }
}

/// `name += 1` as a statement.
fn incr(v: &str) -> Stmt {
    Stmt::AugAssign(name(v), BinOp::Add, int(1))
}

impl Gen<'_> {
    // -----------------------------------------------------------------------
    // Arithmetic on edge values
    // -----------------------------------------------------------------------

    pub(crate) fn arith_block(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        let n = self.rng.urange(3, 8);
        for _ in 0..n {
            match self.rng.weighted(&[35, 30, 25, 10]) {
                0 => out.push(self.edge_op()),
                1 => out.extend(self.try_stmt()),
                2 => {
                    let saved = self.guarded;
                    out.extend(self.assign_new());
                    self.guarded = saved;
                }
                _ => out.extend(self.stmts(1)),
            }
        }
        out
    }

    /// `print('edge', A op B)` on two edge values, guarded when it may raise.
    fn edge_op(&mut self) -> Stmt {
        let a_int = self.rng.chance(60);
        let b_int = self.rng.chance(60);
        let a = if a_int {
            int(*self.rng.pick(EDGE_INTS))
        } else {
            Expr::Float(*self.rng.pick(EDGE_FLOATS))
        };
        let b = if b_int {
            int(*self.rng.pick(EDGE_INTS))
        } else {
            Expr::Float(*self.rng.pick(EDGE_FLOATS))
        };
        for e in [&a, &b] {
            match e {
                Expr::Float(f)
                    if f.is_nan()
                        || f.is_infinite()
                        || f.abs() > 1e300
                        || (*f == 0.0 && f.is_sign_negative()) =>
                {
                    self.tag(Feature::FloatSpecial)
                }
                Expr::Int(v) if v.unsigned_abs() >= 1 << 31 => self.tag(Feature::EdgeInts),
                _ => {}
            }
        }
        if a_int != b_int {
            self.tag(Feature::MixedArith);
        }
        let ops = [
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::Div,
            BinOp::FloorDiv,
            BinOp::Mod,
            BinOp::Pow,
            BinOp::LShift,
            BinOp::RShift,
            BinOp::BitAnd,
            BinOp::BitOr,
            BinOp::BitXor,
        ];
        let op = ops[self
            .rng
            .weighted(&[10, 10, 10, 8, 10, 10, 5, 4, 4, 4, 4, 4])];
        let b = match op {
            // Small exponents and shift counts only: no complex results, no huge ints.
            BinOp::Pow => int(self.rng.range(-3, 4) as i128),
            BinOp::LShift | BinOp::RShift if b_int => int(self.rng.range(-2, 70) as i128),
            _ => b,
        };
        if let (Expr::Int(x), Expr::Int(y)) = (&a, &b) {
            let fits = |v: i128| (-(1_i128 << 63)..(1_i128 << 63)).contains(&v);
            let result = match op {
                BinOp::Add => x.checked_add(*y),
                BinOp::Sub => x.checked_sub(*y),
                BinOp::Mul => x.checked_mul(*y),
                BinOp::LShift if (0..64).contains(y) => x.checked_shl(*y as u32),
                _ => Some(0),
            };
            if fits(*x) && fits(*y) && result.is_none_or(|r| !fits(r)) {
                self.tag(Feature::BigIntOverflow);
            }
            if matches!(op, BinOp::FloorDiv | BinOp::Mod) && (*x < 0 || *y < 0) {
                self.tag(Feature::NegFloorMod);
            }
            if matches!(
                op,
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
            ) {
                self.tag(Feature::BitOps);
            }
        }
        let label = self.fresh("edge");
        try_print(vec![print(vec![Expr::Str(label), bin(op, a, b)])], "exc")
    }

    // -----------------------------------------------------------------------
    // Hot loops
    // -----------------------------------------------------------------------

    pub(crate) fn hot_loop_block(&mut self) -> Vec<Stmt> {
        let trips: u64 = if self.rng.chance(65) {
            self.rng.range(1000, 3000) as u64
        } else {
            self.rng.range(100, 999) as u64
        };
        let mut pre = Vec::new();
        let mut post = Vec::new();
        let var = self.fresh("i");
        let nitems = self.rng.urange(2, 5);
        let use_while = self.rng.chance(20);
        let saved_hot = self.in_hot_loop;
        self.in_hot_loop = true;
        let mut body = self.loop_body(trips, |g| {
            g.declare_var(Var {
                name: var.clone(),
                ty: Ty::Int,
                writable: false,
                nonempty: false,
                size: 12,
            });
            let mut body = Vec::new();
            for _ in 0..nitems {
                g.hot_item(&var, trips, &mut pre, &mut body, &mut post);
            }
            if body.is_empty() {
                g.hot_int_acc(&var, trips, &mut pre, &mut body, &mut post);
            }
            body
        });
        self.in_hot_loop = saved_hot;
        if self.rng.chance(15) {
            // Leave the loop early, near its end.
            let at = trips as i128 - self.rng.range(1, 5) as i128;
            body.push(Stmt::If {
                cond: cmp(name(&var), CmpOp::Eq, int(at)),
                body: vec![Stmt::Break],
                orelse: vec![],
            });
        } else if trips >= 1000 {
            self.tag(Feature::Loop1000);
        } else {
            self.tag(Feature::Loop100);
        }
        let mut out = pre;
        if use_while {
            // `while` with an explicit counter: the loop variable is counter - 1.
            let counter = self.fresh("w");
            body.insert(0, assign(&var, bin(BinOp::Sub, name(&counter), int(1))));
            out.push(Stmt::While {
                counter,
                limit: int(trips as i128),
                body,
            });
        } else {
            out.push(for_range(&var, int(trips as i128), body));
        }
        out.extend(post);
        out
    }

    /// One piece of a hot loop body, with its set-up before the loop (`pre`) and its
    /// checks after it (`post`).
    fn hot_item(
        &mut self,
        i: &str,
        trips: u64,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        match self.rng.weighted(&[18, 10, 18, 10, 8, 6, 6, 6, 5, 13]) {
            0 => self.hot_int_acc(i, trips, pre, body, post),
            1 => self.hot_float_acc(i, pre, body, post),
            2 => self.hot_type_change(i, trips, pre, body, post),
            3 => self.hot_call(i, pre, body, post),
            4 => self.hot_exception(i, pre, body, post),
            5 => self.hot_global_rebind(i, trips, pre, body, post),
            6 => {
                // A short inner loop.
                self.tag(Feature::NestedLoops);
                let acc = self.fresh("n");
                let j = self.fresh("j");
                let inner = self.rng.range(2, 6);
                if !self.afford(3 * inner as u64) {
                    return;
                }
                let c = *self.rng.pick(&[7, 31, -3, 1 << 40]);
                pre.push(assign(&acc, int(0)));
                body.push(for_range(
                    &j,
                    int(inner as i128),
                    vec![assign(
                        &acc,
                        bin(
                            BinOp::Mod,
                            bin(
                                BinOp::Add,
                                bin(BinOp::Mul, name(&acc), int(c)),
                                bin(BinOp::Mul, name(i), name(&j)),
                            ),
                            int(1_000_000_007),
                        ),
                    )],
                ));
                post.push(ck(name(&acc)));
            }
            7 => {
                // A bounded list that keeps the last values.
                self.tag(Feature::Containers);
                let l = self.fresh("ls");
                let (x, b) = self.int_expr(2);
                let (x, _) = self.fit(Ty::Int, (x, b), ELT_BITS);
                if !self.afford(4) {
                    return;
                }
                pre.push(assign(&l, Expr::List(vec![])));
                body.push(Stmt::Expr(method(name(&l), "append", vec![x])));
                body.push(Stmt::If {
                    cond: cmp(call("len", vec![name(&l)]), CmpOp::Gt, int(16)),
                    body: vec![Stmt::Expr(method(name(&l), "pop", vec![int(0)]))],
                    orelse: vec![],
                });
                post.push(ck(name(&l)));
            }
            8 => {
                // A dict counting residues.
                self.tag(Feature::Containers);
                let d = self.fresh("dc");
                let m = self.rng.range(2, 9) as i128;
                if !self.afford(4) {
                    return;
                }
                let key = bin(BinOp::Mod, name(i), int(m));
                let (x, _) = self.num_expr(1);
                pre.push(assign(&d, Expr::Dict(vec![])));
                body.push(Stmt::Assign(
                    index(name(&d), key.clone()),
                    bin(
                        BinOp::Mod,
                        bin(BinOp::Add, method(name(&d), "get", vec![key, int(0)]), x),
                        int(1_000_003),
                    ),
                ));
                post.push(ck(name(&d)));
            }
            _ => {
                // Generic statements in the loop.
                let n = self.rng.urange(1, 3);
                body.extend(self.stmts(n));
            }
        }
    }

    /// An int accumulator; some variants cross 2**63 on purpose.
    fn hot_int_acc(
        &mut self,
        i: &str,
        trips: u64,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        if !self.afford(3) {
            return;
        }
        let acc = self.fresh("acc");
        let init = self.int_literal();
        let init = self.fit(Ty::Int, (init, 65), 130).0;
        pre.push(assign(&acc, init));
        match self.rng.below(5) {
            0 => {
                // LCG-style: acc * C overflows 64 bits when C * M >= 2**63.
                let c = *self
                    .rng
                    .pick(&[3_i128, 31, 1_103_515_245, (1 << 32) + 1, -7]);
                let m = *self.rng.pick(&[
                    1_000_003_i128,
                    (1 << 61) - 1,
                    (1 << 64) + 13,
                    -(1 << 31),
                    (1 << 63) - 25,
                ]);
                if bit_len(c) + bit_len(m) > 63 {
                    self.tag(Feature::BigIntOverflow);
                }
                let (x, b) = self.int_expr(1);
                let (x, _) = self.fit(Ty::Int, (x, b), 64);
                body.push(assign(
                    &acc,
                    bin(
                        BinOp::Mod,
                        bin(BinOp::Add, bin(BinOp::Mul, name(&acc), int(c)), x),
                        int(m),
                    ),
                ));
            }
            1 => {
                // Steps of 2**62-ish: crosses 2**63 within a few iterations, then is
                // folded back, so the value moves between the small-int, i64 and big
                // int representations all the time.
                self.tag(Feature::BigIntOverflow);
                self.tag(Feature::EdgeInts);
                let k = *self
                    .rng
                    .pick(&[(1_i128 << 62) + 1, (1 << 61) - 3, 1 << 63, -(1 << 62)]);
                body.push(Stmt::AugAssign(
                    name(&acc),
                    BinOp::Add,
                    bin(BinOp::Mul, name(i), int(k)),
                ));
                body.push(Stmt::If {
                    cond: cmp(call("abs", vec![name(&acc)]), CmpOp::Gt, int(1 << 100)),
                    body: vec![assign(
                        &acc,
                        bin(
                            BinOp::Sub,
                            bin(BinOp::Mod, name(&acc), int(1 << 64)),
                            int(1 << 63),
                        ),
                    )],
                    orelse: vec![],
                });
            }
            2 => {
                // Shift-xor hashing, masked to 64 or 80 bits.
                self.tag(Feature::BitOps);
                let s = self.rng.range(1, 13) as i128;
                let mask = *self
                    .rng
                    .pick(&[(1_i128 << 64) - 1, (1 << 80) - 1, (1 << 62) - 1]);
                if mask > 1 << 63 {
                    self.tag(Feature::BigIntOverflow);
                }
                body.push(assign(
                    &acc,
                    bin(
                        BinOp::BitAnd,
                        bin(
                            BinOp::BitXor,
                            bin(BinOp::LShift, name(&acc), int(s)),
                            bin(BinOp::Add, name(i), bin(BinOp::RShift, name(&acc), int(3))),
                        ),
                        int(mask),
                    ),
                ));
            }
            3 => {
                // Floor division and modulo with negative operands, every iteration.
                self.tag(Feature::NegFloorMod);
                let d = self.divisor_literal();
                let e = self.rng.range(-9, -1) as i128;
                body.push(assign(
                    &acc,
                    bin(
                        BinOp::Add,
                        bin(
                            BinOp::FloorDiv,
                            bin(BinOp::Sub, name(&acc), bin(BinOp::Mul, name(i), int(3))),
                            d,
                        ),
                        bin(BinOp::Mod, bin(BinOp::Sub, int(5), name(i)), int(e)),
                    ),
                ));
                body.push(Stmt::If {
                    cond: cmp(call("abs", vec![name(&acc)]), CmpOp::Gt, int(1 << 40)),
                    body: vec![Stmt::AugAssign(name(&acc), BinOp::Mod, int(1_000_003))],
                    orelse: vec![],
                });
            }
            _ => {
                // A branch whose direction flips once, mid-loop.
                let at = self.rng.range(1, trips as i64 - 1) as i128;
                let (x, b) = self.int_expr(2);
                let (x, _) = self.fit(Ty::Int, (x, b), 64);
                let (y, b) = self.int_expr(2);
                let (y, _) = self.fit(Ty::Int, (y, b), 64);
                body.push(Stmt::If {
                    cond: cmp(name(i), CmpOp::Lt, int(at)),
                    body: vec![assign(
                        &acc,
                        bin(BinOp::Mod, bin(BinOp::Add, name(&acc), x), int(1 << 61)),
                    )],
                    orelse: vec![assign(
                        &acc,
                        bin(BinOp::Mod, bin(BinOp::Sub, name(&acc), y), int(-1_000_003)),
                    )],
                });
            }
        }
        post.push(ck(name(&acc)));
        if self.rng.chance(40) {
            post.push(print(vec![Expr::Str(acc.clone()), name(&acc)]));
        }
    }

    fn hot_float_acc(
        &mut self,
        i: &str,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        if !self.afford(3) {
            return;
        }
        let f = self.fresh("fac");
        pre.push(assign(&f, self.finite_float_literal()));
        self.tag(Feature::MixedArith);
        match self.rng.below(3) {
            0 => {
                let c = *self.rng.pick(&[0.5, 0.999, -0.75, 1.0000001]);
                let dv = self.divisor_literal();
                body.push(assign(
                    &f,
                    bin(
                        BinOp::Add,
                        bin(BinOp::Mul, name(&f), Expr::Float(c)),
                        bin(BinOp::Div, name(i), dv),
                    ),
                ));
            }
            1 => {
                let e = self.num_operand(1);
                let m = *self.rng.pick(&[1000.0, -7.5, 0.1, 1e300]);
                body.push(assign(
                    &f,
                    bin(BinOp::Mod, bin(BinOp::Add, name(&f), e), Expr::Float(m)),
                ));
            }
            _ => {
                // Alternating signs, and -0.0 at the start.
                body.push(assign(
                    &f,
                    bin(
                        BinOp::Sub,
                        bin(BinOp::Mul, name(&f), Expr::Float(-1.0)),
                        bin(
                            BinOp::Div,
                            bin(BinOp::Mod, name(i), int(3)),
                            Expr::Float(4.0),
                        ),
                    ),
                ));
            }
        }
        post.push(ck(name(&f)));
        if self.rng.chance(40) {
            post.push(print(vec![Expr::Str(f.clone()), name(&f)]));
        }
    }

    /// A variable whose type changes at one iteration (or with a period), read at one
    /// site every iteration.
    fn hot_type_change(
        &mut self,
        i: &str,
        trips: u64,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        if !self.afford(4) {
            return;
        }
        self.tag(Feature::TypeChangeSite);
        let x = self.fresh("x");
        let y = self.fresh("y");
        let s = self.fresh("s");
        let at = self.rng.range(1, trips as i64 - 1) as i128;
        let numeric = self.rng.chance(75);
        if numeric {
            let (init, other): (Expr, Expr) = match self.rng.below(6) {
                0 => (
                    self.small_int(-50, 50),
                    Expr::Float(*self.rng.pick(&[2.5, -0.5, 1e16])),
                ),
                1 => {
                    self.tag(Feature::BigIntOverflow);
                    (
                        self.small_int(1, 9),
                        int(*self.rng.pick(&[1 << 64, -(1 << 63) - 1, 1 << 63])),
                    )
                }
                2 => (self.small_int(2, 9), Expr::Bool(true)),
                3 => (Expr::Float(1.5), self.small_int(-3, 3)),
                4 => {
                    self.tag(Feature::FloatSpecial);
                    (
                        self.small_int(1, 5),
                        Expr::Float(*self.rng.pick(&[f64::INFINITY, -0.0, f64::NAN, 1e308])),
                    )
                }
                _ => (int(1 << 62), Expr::Float(0.25)),
            };
            pre.push(assign(&x, init));
            pre.push(assign(&y, int(0)));
            pre.push(assign(&s, int(0)));
            let change = if self.rng.chance(70) {
                Stmt::If {
                    cond: cmp(name(i), CmpOp::Eq, int(at)),
                    body: vec![assign(&x, other)],
                    orelse: vec![],
                }
            } else {
                // Flip-flop: the type alternates with a period.
                let p = self.rng.range(2, 7) as i128;
                Stmt::Assign(
                    name(&x),
                    if_exp(
                        cmp(bin(BinOp::Mod, name(i), int(p)), CmpOp::Eq, int(0)),
                        other,
                        name(i),
                    ),
                )
            };
            body.push(change);
            // The site: one arithmetic expression on x.
            let site = match self.rng.below(5) {
                0 => bin(BinOp::Add, bin(BinOp::Mul, name(&x), int(3)), name(i)),
                1 => bin(BinOp::FloorDiv, name(&x), int(-3)),
                2 => bin(BinOp::Mod, bin(BinOp::Sub, name(i), name(&x)), int(7)),
                3 => bin(BinOp::Mul, name(&x), name(&x)),
                _ => call("abs", vec![bin(BinOp::Sub, name(&x), int(5))]),
            };
            body.push(assign(&y, site));
            body.push(assign(
                &s,
                bin(
                    BinOp::Mod,
                    bin(BinOp::Add, name(&s), name(&y)),
                    int(1_000_003),
                ),
            ));
            post.push(ck(name(&y)));
            post.push(ck(name(&s)));
        } else {
            // Sequence types at one site: `x * 2` and `len`.
            let (init, other) = match self.rng.below(3) {
                0 => (string("ab"), Expr::List(vec![int(1), int(2), int(3)])),
                1 => (Expr::Tuple(vec![int(1), Expr::Float(2.5)]), string("xyz")),
                _ => (Expr::List(vec![]), string("q")),
            };
            pre.push(assign(&x, init));
            pre.push(assign(&y, int(0)));
            pre.push(assign(&s, int(0)));
            body.push(Stmt::If {
                cond: cmp(name(i), CmpOp::Eq, int(at)),
                body: vec![assign(&x, other)],
                orelse: vec![],
            });
            body.push(assign(&y, bin(BinOp::Mul, name(&x), int(2))));
            body.push(Stmt::AugAssign(
                name(&s),
                BinOp::Add,
                call("len", vec![name(&y)]),
            ));
            post.push(ck(name(&y)));
            post.push(ck(name(&s)));
        }
    }

    /// Calls a generated function every iteration.
    fn hot_call(
        &mut self,
        i: &str,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        let ret = *self.rng.pick(&[Ty::Int, Ty::Num, Ty::Float, Ty::Bool]);
        let Some((c, _)) = self.func_call(ret) else {
            return;
        };
        let r = self.fresh("r");
        pre.push(assign(&r, int(0)));
        let _ = i;
        body.push(assign(
            &r,
            bin(BinOp::Mod, bin(BinOp::Add, name(&r), c), int(1_000_000_007)),
        ));
        post.push(ck(name(&r)));
    }

    /// A call chain that raises below three frames, caught in the loop.
    fn hot_exception(
        &mut self,
        i: &str,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        if !self.afford(12) {
            return;
        }
        let (defs, top, counter) = self.raise_chain();
        pre.extend(defs);
        let n = self.fresh("nexc");
        let last = self.fresh("last");
        let r = self.fresh("r");
        pre.push(assign(&n, int(0)));
        pre.push(assign(&last, string("")));
        pre.push(assign(&r, int(0)));
        let e = self.fresh("e");
        body.push(Stmt::Try {
            body: vec![assign(
                &r,
                bin(
                    BinOp::Mod,
                    bin(BinOp::Add, name(&r), call(&top, vec![name(i)])),
                    int(1_000_003),
                ),
            )],
            handlers: self.chain_handlers(&n, &last, &e),
            orelse: vec![],
            finalbody: vec![],
        });
        post.push(print(vec![Expr::Str(n.clone()), name(&n), name(&last)]));
        post.push(ck(name(&r)));
        post.push(ck(name(&counter)));
    }

    /// Handlers for what `raise_chain` functions raise: count, remember the text.
    fn chain_handlers(&mut self, n: &str, last: &str, e: &str) -> Vec<Handler> {
        let mut hs = vec![
            Handler {
                ty: Some("ValueError".into()),
                name: Some(e.into()),
                body: vec![incr(n), assign(last, call("str", vec![name(e)]))],
            },
            Handler {
                ty: Some("(IndexError, KeyError)".into()),
                name: Some(e.into()),
                body: vec![
                    Stmt::AugAssign(name(n), BinOp::Add, int(2)),
                    assign(last, call("repr", vec![name(e)])),
                ],
            },
        ];
        if self.rng.chance(50) {
            hs.push(Handler {
                ty: Some("ZeroDivisionError".into()),
                name: None,
                body: vec![Stmt::AugAssign(name(n), BinOp::Add, int(3))],
            });
        }
        hs.push(Handler {
            ty: Some("Exception".into()),
            name: Some(e.into()),
            body: vec![
                Stmt::AugAssign(name(n), BinOp::Add, int(5)),
                assign(
                    last,
                    bin(
                        BinOp::Add,
                        attr(call("type", vec![name(e)]), "__name__"),
                        call("str", vec![name(e)]),
                    ),
                ),
            ],
        });
        hs
    }

    /// Rebinds the global a hot call site calls through, mid-loop.
    fn hot_global_rebind(
        &mut self,
        i: &str,
        trips: u64,
        pre: &mut Vec<Stmt>,
        body: &mut Vec<Stmt>,
        post: &mut Vec<Stmt>,
    ) {
        if !self.afford(6) {
            return;
        }
        self.tag(Feature::GlobalRebind);
        let fa = self.simple_int_fn();
        let fb = self.simple_int_fn();
        let (Stmt::Def { name: na, .. }, Stmt::Def { name: nb, .. }) = (&fa, &fb) else {
            unreachable!("simple_int_fn returns a def");
        };
        let (na, nb) = (na.clone(), nb.clone());
        let g = self.fresh("gf");
        let r = self.fresh("r");
        pre.push(fa);
        pre.push(fb);
        pre.push(assign(&g, name(&na)));
        pre.push(assign(&r, int(0)));
        let at = self.rng.range(1, trips as i64 - 1) as i128;
        body.push(Stmt::If {
            cond: cmp(name(i), CmpOp::Eq, int(at)),
            body: vec![assign(&g, name(&nb))],
            orelse: vec![],
        });
        body.push(assign(
            &r,
            bin(
                BinOp::Mod,
                bin(BinOp::Add, name(&r), call(&g, vec![name(i)])),
                int(1_000_003),
            ),
        ));
        post.push(ck(name(&r)));
    }

    /// `def fN(x): return <int expression of x>`.
    pub(crate) fn simple_int_fn(&mut self) -> Stmt {
        let f = self.fresh("sf");
        let x = self.fresh("a");
        let body = self.function_scope(|g| {
            g.declare(&x, Ty::Int, 64);
            let (e, b) = g.int_expr(2);
            let (e, _) = g.fit(Ty::Int, (e, b), FLOAT_SAFE_BITS);
            vec![Stmt::Return(Some(e))]
        });
        Stmt::Def {
            name: f,
            params: vec![Param {
                name: x,
                default: None,
            }],
            depth_guard: None,
            body,
            is_generator: false,
        }
    }

    // -----------------------------------------------------------------------
    // Exceptions across frames
    // -----------------------------------------------------------------------

    /// Three to five functions calling each other; the innermost raises for some
    /// arguments (ValueError, IndexError, KeyError, ZeroDivisionError, TypeError or a
    /// user exception), the middle ones catch some, re-raise some, wrap some, and run
    /// `finally` blocks. Returns the defs, the outermost function's name and the name
    /// of a counter list updated by `finally` blocks.
    pub(crate) fn raise_chain(&mut self) -> (Vec<Stmt>, String, String) {
        self.tag(Feature::ExceptionCaught);
        self.tag(Feature::ExceptionDepth3);
        let depth = self.rng.urange(3, 5);
        let mut defs = Vec::new();
        let counter = self.fresh("fin");
        defs.push(assign(&counter, Expr::List(vec![int(0)])));
        let user_exc = if self.cfg.classes && self.rng.chance(50) {
            let c = self.fresh("Err");
            let base = *self.rng.pick(&["ValueError", "Exception", "LookupError"]);
            defs.push(Stmt::Class {
                name: c.clone(),
                bases: vec![base.into()],
                body: vec![Stmt::Pass],
            });
            self.tag(Feature::Classes);
            Some(c)
        } else {
            None
        };
        // The innermost function.
        let x = "x".to_string();
        let f0 = self.fresh("ea");
        let mut body = Vec::new();
        let p = self.rng.range(3, 9) as i128;
        let r = self.rng.range(0, p as i64 - 1) as i128;
        let exc = user_exc.clone().unwrap_or_else(|| "ValueError".into());
        body.push(Stmt::If {
            cond: cmp(bin(BinOp::Mod, name(&x), int(p)), CmpOp::Eq, int(r)),
            body: vec![Stmt::Raise(Some(call(
                &exc,
                vec![bin(BinOp::Add, string("bad "), call("str", vec![name(&x)]))],
            )))],
            orelse: vec![],
        });
        let q = self.rng.range(5, 13) as i128;
        match self.rng.below(4) {
            0 => body.push(Stmt::Return(Some(index(
                Expr::List(vec![int(10), int(20), int(30)]),
                bin(BinOp::Mod, name(&x), int(q)),
            )))),
            1 => body.push(Stmt::Return(Some(index(
                Expr::Dict(vec![(string("k0"), int(7)), (string("k1"), int(-7))]),
                bin(
                    BinOp::Add,
                    string("k"),
                    call("str", vec![bin(BinOp::Mod, name(&x), int(3))]),
                ),
            )))),
            2 => body.push(Stmt::Return(Some(bin(
                BinOp::FloorDiv,
                int(1000),
                bin(BinOp::Sub, bin(BinOp::Mod, name(&x), int(q)), int(2)),
            )))),
            _ => body.push(Stmt::Return(Some(bin(
                BinOp::Add,
                name(&x),
                if_exp(
                    cmp(bin(BinOp::Mod, name(&x), int(q)), CmpOp::Eq, int(1)),
                    string("s"),
                    int(1),
                ),
            )))),
        }
        defs.push(Stmt::Def {
            name: f0.clone(),
            params: vec![Param {
                name: x.clone(),
                default: None,
            }],
            depth_guard: None,
            body,
            is_generator: false,
        });
        let mut inner = f0;
        for level in 1..depth {
            let f = self.fresh("eb");
            let arg = match self.rng.below(3) {
                0 => name(&x),
                1 => bin(BinOp::Add, name(&x), int(level as i128)),
                _ => bin(BinOp::Mul, name(&x), int(3)),
            };
            let inner_call = call(&inner, vec![arg]);
            let body = match self.rng.weighted(&[30, 20, 15, 15, 10, 10]) {
                0 => vec![Stmt::Return(Some(bin(
                    BinOp::Add,
                    inner_call,
                    int(level as i128),
                )))],
                1 => {
                    self.tag(Feature::FinallyBlocks);
                    vec![Stmt::Try {
                        body: vec![Stmt::Return(Some(bin(BinOp::Mul, inner_call, int(2))))],
                        handlers: vec![],
                        orelse: vec![],
                        finalbody: vec![Stmt::AugAssign(
                            index(name(&counter), int(0)),
                            BinOp::Add,
                            int(1),
                        )],
                    }]
                }
                2 => {
                    // Catch one kind and return a value instead.
                    let caught = *self
                        .rng
                        .pick(&["IndexError", "KeyError", "ZeroDivisionError"]);
                    vec![Stmt::Try {
                        body: vec![Stmt::Return(Some(inner_call))],
                        handlers: vec![Handler {
                            ty: Some(caught.into()),
                            name: None,
                            body: vec![Stmt::Return(Some(int(-(level as i128))))],
                        }],
                        orelse: vec![],
                        finalbody: vec![],
                    }]
                }
                3 => {
                    // Catch, count, re-raise.
                    vec![Stmt::Try {
                        body: vec![Stmt::Return(Some(inner_call))],
                        handlers: vec![Handler {
                            ty: Some("Exception".into()),
                            name: None,
                            body: vec![
                                Stmt::AugAssign(
                                    index(name(&counter), int(0)),
                                    BinOp::Add,
                                    int(100),
                                ),
                                Stmt::Raise(None),
                            ],
                        }],
                        orelse: vec![],
                        finalbody: vec![],
                    }]
                }
                4 => {
                    // Wrap in another exception type.
                    let e = self.fresh("e");
                    vec![Stmt::Try {
                        body: vec![Stmt::Return(Some(inner_call))],
                        handlers: vec![Handler {
                            ty: Some("(KeyError, TypeError)".into()),
                            name: Some(e.clone()),
                            body: vec![Stmt::Raise(Some(call(
                                "RuntimeError",
                                vec![bin(
                                    BinOp::Add,
                                    string("wrapped "),
                                    call("repr", vec![name(&e)]),
                                )],
                            )))],
                        }],
                        orelse: vec![],
                        finalbody: vec![],
                    }]
                }
                _ => {
                    // A local computed before and after the call.
                    let t = self.fresh("t");
                    vec![
                        assign(&t, bin(BinOp::Mod, name(&x), int(7))),
                        Stmt::Return(Some(bin(BinOp::Sub, inner_call, name(&t)))),
                    ]
                }
            };
            defs.push(Stmt::Def {
                name: f.clone(),
                params: vec![Param {
                    name: x.clone(),
                    default: None,
                }],
                depth_guard: None,
                body,
                is_generator: false,
            });
            inner = f;
        }
        (defs, inner, counter)
    }

    pub(crate) fn exception_block(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        match self.rng.below(3) {
            0 | 1 => {
                let (defs, top, counter) = self.raise_chain();
                out.extend(defs);
                let trips = self.rng.range(10, 300);
                let i = self.fresh("i");
                let n = self.fresh("nexc");
                let last = self.fresh("last");
                let r = self.fresh("r");
                let e = self.fresh("e");
                out.push(assign(&n, int(0)));
                out.push(assign(&last, string("")));
                out.push(assign(&r, int(0)));
                let handlers = self.chain_handlers(&n, &last, &e);
                out.push(for_range(
                    &i,
                    int(trips as i128),
                    vec![Stmt::Try {
                        body: vec![assign(
                            &r,
                            bin(
                                BinOp::Mod,
                                bin(BinOp::Add, name(&r), call(&top, vec![name(&i)])),
                                int(1_000_003),
                            ),
                        )],
                        handlers,
                        orelse: vec![Stmt::AugAssign(name(&r), BinOp::Add, int(1))],
                        finalbody: vec![],
                    }],
                ));
                out.push(print(vec![
                    Expr::Str(n.clone()),
                    name(&n),
                    name(&last),
                    name(&r),
                    index(name(&counter), int(0)),
                ]));
            }
            _ => out.extend(self.flow_function()),
        }
        out
    }

    /// A function mixing loops with try/except/else/finally and break/continue/
    /// return, logging the path it takes.
    fn flow_function(&mut self) -> Vec<Stmt> {
        self.tag(Feature::FinallyBlocks);
        self.tag(Feature::ExceptionCaught);
        let f = self.fresh("flow");
        let log = "log".to_string();
        let i = "i".to_string();
        let p = self.rng.range(2, 5) as i128;
        let q = self.rng.range(3, 9) as i128;
        let mut try_body = vec![Stmt::Expr(method(name(&log), "append", vec![name(&i)]))];
        match self.rng.below(4) {
            0 => try_body.push(Stmt::If {
                cond: cmp(bin(BinOp::Mod, name(&i), int(p)), CmpOp::Eq, int(0)),
                body: vec![Stmt::Continue],
                orelse: vec![],
            }),
            1 => try_body.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, int(q)),
                body: vec![Stmt::Break],
                orelse: vec![],
            }),
            2 => try_body.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, int(q)),
                body: vec![Stmt::Return(Some(name(&log)))],
                orelse: vec![],
            }),
            _ => {}
        }
        try_body.push(Stmt::If {
            cond: cmp(bin(BinOp::Mod, name(&i), int(q)), CmpOp::Eq, int(1)),
            body: vec![Stmt::Raise(Some(call("ValueError", vec![name(&i)])))],
            orelse: vec![],
        });
        try_body.push(assign(
            "z",
            bin(
                BinOp::FloorDiv,
                int(10),
                bin(BinOp::Mod, name(&i), int(p + 1)),
            ),
        ));
        let handlers = vec![
            Handler {
                ty: Some("ValueError".into()),
                name: Some("e".into()),
                body: vec![Stmt::Expr(method(
                    name(&log),
                    "append",
                    vec![bin(BinOp::Add, string("v"), call("str", vec![name("e")]))],
                ))],
            },
            Handler {
                ty: Some("ZeroDivisionError".into()),
                name: None,
                body: vec![Stmt::Expr(method(name(&log), "append", vec![string("z")]))],
            },
        ];
        let orelse = vec![Stmt::Expr(method(
            name(&log),
            "append",
            vec![string("else")],
        ))];
        let mut finalbody = vec![Stmt::Expr(method(
            name(&log),
            "append",
            vec![unary(UnOp::Neg, name(&i))],
        ))];
        if self.rng.chance(20) {
            // `continue` in a finally block (legal since 3.8).
            finalbody.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, int(q + 1)),
                body: vec![Stmt::Continue],
                orelse: vec![],
            });
        }
        let n = self.rng.range(4, 15) as i128;
        let body = vec![
            assign(&log, Expr::List(vec![])),
            for_range(
                &i,
                int(n),
                vec![Stmt::Try {
                    body: try_body,
                    handlers,
                    orelse,
                    finalbody,
                }],
            ),
            Stmt::Return(Some(name(&log))),
        ];
        vec![
            Stmt::Def {
                name: f.clone(),
                params: vec![],
                depth_guard: None,
                body,
                is_generator: false,
            },
            print(vec![Expr::Str(f.clone()), call(&f, vec![])]),
        ]
    }

    // -----------------------------------------------------------------------
    // Recursion
    // -----------------------------------------------------------------------

    pub(crate) fn recursion_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::Recursion);
        let f = self.fresh("rec");
        let n = "n".to_string();
        let mut out = Vec::new();
        match self.rng.below(5) {
            0 => {
                // Linear, with an accumulator; deep (up to 400 frames).
                let acc = "acc".to_string();
                let c = *self.rng.pick(&[3_i128, 31, -7, (1 << 33) + 1]);
                let m = *self.rng.pick(&[1_000_003_i128, (1 << 64) + 13, 97]);
                if bit_len(c) + bit_len(m) > 63 {
                    self.tag(Feature::BigIntOverflow);
                }
                out.push(Stmt::Def {
                    name: f.clone(),
                    params: vec![
                        Param {
                            name: n.clone(),
                            default: None,
                        },
                        Param {
                            name: acc.clone(),
                            default: Some(int(1)),
                        },
                    ],
                    depth_guard: Some((n.clone(), name(&acc))),
                    body: vec![Stmt::Return(Some(call(
                        &f,
                        vec![
                            bin(BinOp::Sub, name(&n), int(1)),
                            bin(
                                BinOp::Mod,
                                bin(BinOp::Add, bin(BinOp::Mul, name(&acc), int(c)), name(&n)),
                                int(m),
                            ),
                        ],
                    )))],
                    is_generator: false,
                });
                for _ in 0..self.rng.urange(1, 3) {
                    let k = self.rng.range(0, 400) as i128;
                    out.push(ck(call(&f, vec![int(k)])));
                }
            }
            1 => {
                // Tree recursion (fib-like), with a float or int combination.
                let k = self.rng.range(5, 16) as i128;
                let combine = if self.rng.chance(50) {
                    bin(
                        BinOp::Add,
                        call(&f, vec![bin(BinOp::Sub, name(&n), int(1))]),
                        call(&f, vec![bin(BinOp::Sub, name(&n), int(2))]),
                    )
                } else {
                    self.tag(Feature::MixedArith);
                    bin(
                        BinOp::Sub,
                        bin(
                            BinOp::Mul,
                            call(&f, vec![bin(BinOp::Sub, name(&n), int(1))]),
                            Expr::Float(0.5),
                        ),
                        call(&f, vec![bin(BinOp::FloorDiv, name(&n), int(2))]),
                    )
                };
                out.push(Stmt::Def {
                    name: f.clone(),
                    params: vec![Param {
                        name: n.clone(),
                        default: None,
                    }],
                    depth_guard: Some((n.clone(), int(1))),
                    body: vec![
                        Stmt::If {
                            cond: cmp(name(&n), CmpOp::Eq, int(1)),
                            body: vec![Stmt::Return(Some(int(1)))],
                            orelse: vec![],
                        },
                        Stmt::Return(Some(combine)),
                    ],
                    is_generator: false,
                });
                out.push(ck(call(&f, vec![int(k)])));
                out.push(print(vec![
                    Expr::Str(f.clone()),
                    call(&f, vec![int(k - 2)]),
                ]));
            }
            2 => {
                // Mutual recursion.
                let g = self.fresh("rec");
                let k = self.rng.range(0, 300) as i128;
                out.push(Stmt::Def {
                    name: f.clone(),
                    params: vec![Param {
                        name: n.clone(),
                        default: None,
                    }],
                    depth_guard: Some((n.clone(), Expr::Bool(true))),
                    body: vec![Stmt::Return(Some(call(
                        &g,
                        vec![bin(BinOp::Sub, name(&n), int(1))],
                    )))],
                    is_generator: false,
                });
                out.push(Stmt::Def {
                    name: g.clone(),
                    params: vec![Param {
                        name: n.clone(),
                        default: None,
                    }],
                    depth_guard: Some((n.clone(), Expr::Bool(false))),
                    body: vec![Stmt::Return(Some(call(
                        &f,
                        vec![bin(BinOp::Sub, name(&n), int(1))],
                    )))],
                    is_generator: false,
                });
                out.push(print(vec![
                    Expr::Str(f.clone()),
                    call(&f, vec![int(k)]),
                    call(&g, vec![int(k + 1)]),
                ]));
            }
            3 => {
                // An exception raised at the bottom, caught at the top: it unwinds
                // through every frame.
                self.tag(Feature::ExceptionCaught);
                let k = self.rng.range(3, 200) as i128;
                self.tag(Feature::ExceptionDepth3);
                out.push(Stmt::Def {
                    name: f.clone(),
                    params: vec![Param {
                        name: n.clone(),
                        default: None,
                    }],
                    depth_guard: None,
                    body: vec![
                        Stmt::If {
                            cond: cmp(name(&n), CmpOp::Le, int(0)),
                            body: vec![Stmt::Raise(Some(call("KeyError", vec![string("bottom")])))],
                            orelse: vec![],
                        },
                        Stmt::Return(Some(bin(
                            BinOp::Add,
                            call(&f, vec![bin(BinOp::Sub, name(&n), int(1))]),
                            int(1),
                        ))),
                    ],
                    is_generator: false,
                });
                out.push(try_print(
                    vec![print(vec![Expr::Str(f.clone()), call(&f, vec![int(k)])])],
                    "caught",
                ));
            }
            _ => {
                // Merge sort, checked against sorted().
                self.tag(Feature::Containers);
                let l = "l".to_string();
                let body = vec![
                    Stmt::If {
                        cond: cmp(call("len", vec![name(&l)]), CmpOp::Le, int(1)),
                        body: vec![Stmt::Return(Some(name(&l)))],
                        orelse: vec![],
                    },
                    Stmt::Raw(vec![
                        "mid = len(l) // 2".into(),
                        format!("a = {f}(l[:mid])"),
                        format!("b = {f}(l[mid:])"),
                        "out = []".into(),
                        "i = j = 0".into(),
                        "while i < len(a) and j < len(b):".into(),
                        "    if b[j] < a[i]:".into(),
                        "        out.append(b[j])".into(),
                        "        j += 1".into(),
                        "    else:".into(),
                        "        out.append(a[i])".into(),
                        "        i += 1".into(),
                        "return out + a[i:] + b[j:]".into(),
                    ]),
                ];
                out.push(Stmt::Def {
                    name: f.clone(),
                    params: vec![Param {
                        name: l.clone(),
                        default: None,
                    }],
                    depth_guard: None,
                    body,
                    is_generator: false,
                });
                let (xs, _) = self.num_list_expr(2);
                let v = self.fresh("v");
                out.push(assign(&v, xs));
                out.push(print(vec![
                    Expr::Str(f.clone()),
                    call(&f, vec![name(&v)]),
                    cmp(
                        call(&f, vec![name(&v)]),
                        CmpOp::Eq,
                        call("sorted", vec![name(&v)]),
                    ),
                ]));
            }
        }
        out
    }

    // -----------------------------------------------------------------------
    // Containers, strings, closures
    // -----------------------------------------------------------------------

    pub(crate) fn container_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::Containers);
        let mut out = Vec::new();
        // A few containers to work on.
        for ty in [Ty::IntList, Ty::Dict, Ty::StrList, Ty::IntSet, Ty::Tuple] {
            if self.rng.chance(60) {
                let v = self.fresh("c");
                let (e, size) = self.sized_expr(ty, 2);
                let nonempty = matches!(&e, Expr::List(xs) if !xs.is_empty());
                out.push(assign(&v, e));
                self.declare_var(Var {
                    name: v,
                    ty,
                    writable: !nonempty,
                    nonempty,
                    size: size.clamp(16, 300),
                });
            }
        }
        let n = self.rng.urange(3, 8);
        for _ in 0..n {
            match self.rng.below(6) {
                0 | 1 => out.extend(self.stmts(1)),
                2 => {
                    // Iterate a dict in insertion order, or enumerate/zip a list.
                    if let Some(d) = self.pick_var(Ty::Dict) {
                        let acc = self.fresh("acc");
                        out.push(assign(&acc, Expr::List(vec![])));
                        out.push(Stmt::Raw(vec![
                            format!("for k, v in {}.items():", d.name),
                            format!("    {acc}.append(k + '=' + repr(v))"),
                        ]));
                        out.push(ck(name(&acc)));
                    } else if let Some(l) = self.pick_var(Ty::IntList) {
                        out.push(ck(call(
                            "list",
                            vec![call("enumerate", vec![name(&l.name)])],
                        )));
                    }
                }
                3 => {
                    let t = *self
                        .rng
                        .pick(&[Ty::IntList, Ty::NumList, Ty::StrList, Ty::Tuple]);
                    let e = self.expr(t, 3);
                    out.push(ck(e));
                }
                4 => {
                    // Tuple unpacking and swaps.
                    let a = self.fresh("u");
                    let b = self.fresh("u");
                    let (x, _) = self.num_expr(1);
                    let (y, _) = self.num_expr(1);
                    out.push(Stmt::Raw(vec![format!(
                        "{a}, {b} = {}, {}",
                        crate::render::expr(&x),
                        crate::render::expr(&y)
                    )]));
                    out.push(Stmt::Raw(vec![format!("{a}, {b} = {b}, {a}")]));
                    out.push(ck(Expr::Tuple(vec![name(&a), name(&b)])));
                }
                _ => {
                    let e = self.int_set_expr(2).0;
                    out.push(ck(call("sorted", vec![e])));
                }
            }
        }
        out
    }

    pub(crate) fn string_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::Strings);
        let mut out = Vec::new();
        let n = self.rng.urange(3, 8);
        for _ in 0..n {
            match self.rng.below(4) {
                0 => {
                    let v = self.fresh("s");
                    let (e, size) = self.str_expr(3);
                    out.push(assign(&v, e));
                    self.declare(&v, Ty::Str, size.clamp(16, 300));
                    out.push(ck(name(&v)));
                }
                1 => {
                    let (e, _) = self.str_expr(3);
                    let label = self.fresh("str");
                    out.push(print(vec![Expr::Str(label), e]));
                }
                2 => out.extend(self.try_stmt()),
                _ => {
                    let (e, _) = self.str_list_expr(2);
                    out.push(ck(e));
                }
            }
        }
        out
    }

    pub(crate) fn closure_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::Closures);
        let mut out = Vec::new();
        match self.rng.below(3) {
            0 => {
                // A counter with nonlocal state.
                let mk = self.fresh("mk");
                let c = self.fresh("cl");
                let step = self.small_int(1, 9);
                let start = self.int_literal();
                let start = self.fit(Ty::Int, (start, 65), 65).0;
                out.push(Stmt::Raw(vec![
                    format!("def {mk}(start):"),
                    "    count = start".into(),
                    "    def inc(k):".into(),
                    "        nonlocal count".into(),
                    format!(
                        "        count = count * 3 + k * {}",
                        crate::render::expr(&step)
                    ),
                    "        if count > 2 ** 70:".into(),
                    "            count = count % 1000003".into(),
                    "        return count".into(),
                    "    return inc".into(),
                ]));
                out.push(assign(&c, call(&mk, vec![start])));
                let trips = self.rng.range(10, 1500);
                if trips >= 1000 {
                    self.tag(Feature::Loop1000);
                }
                let i = self.fresh("i");
                out.push(for_range(
                    &i,
                    int(trips as i128),
                    vec![Stmt::Expr(call(&c, vec![name(&i)]))],
                ));
                out.push(ck(call(&c, vec![int(0)])));
            }
            1 => {
                // Late binding vs default-argument capture.
                let n = self.rng.range(1, 6);
                let fs = self.fresh("fs");
                let gs = self.fresh("gs");
                out.push(Stmt::Raw(vec![
                    format!("{fs} = [lambda x, j=j: x * j + 1 for j in range({n})]"),
                    format!("{gs} = [lambda x: x * j - 1 for j in range({n})]"),
                ]));
                let (arg, b) = self.num_expr(1);
                let (arg, _) = self.fit(Ty::Num, (arg, b), 64);
                let arg = crate::render::expr(&arg);
                out.push(Stmt::Raw(vec![
                    format!("ck([f({arg}) for f in {fs}])"),
                    format!("ck([g({arg}) for g in {gs}])"),
                ]));
            }
            _ => {
                // Functions as values: a dispatch table of closures.
                let adders = self.fresh("ops");
                let k1 = self.small_int(-5, 5);
                let k2 = self.small_int(-5, 5);
                out.push(Stmt::Raw(vec![
                    format!("def {adders}(k):"),
                    "    def add(x):".into(),
                    "        return x + k".into(),
                    "    def mul(x):".into(),
                    "        return x * k".into(),
                    "    return {'add': add, 'mul': mul, 'neg': lambda x: -x - k}".into(),
                ]));
                let t = self.fresh("tab");
                out.push(assign(&t, call(&adders, vec![k1])));
                let (x, b) = self.num_expr(1);
                let (x, _) = self.fit(Ty::Num, (x, b), 64);
                let x = crate::render::expr(&x);
                let k2 = crate::render::expr(&k2);
                out.push(Stmt::Raw(vec![
                    format!("for name in sorted({t}):"),
                    format!("    ck(name + ':' + repr({t}[name]({x})))"),
                    format!("ck({adders}({k2})['mul'](7))"),
                ]));
            }
        }
        out
    }
}
