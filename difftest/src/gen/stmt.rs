//! Generic statements (assignments, checksums, `if`, small loops, `try`, container
//! mutation) and the pool of small functions that blocks call.
//!
//! Invariants: a variable's size bound is fixed when it is declared, and every later
//! assignment to it is reduced to fit (`Gen::fit`), so loops cannot grow values
//! without bound; a variable introduced inside a nested body is visible only there;
//! a loop multiplies the cost of its body by its trip count (`Gen::mult`).

use super::expr::{ELT_BITS, FLOAT_SAFE_BITS, MAX_INT_BITS, MAX_LEN, PARAM_BITS};
use super::{ck, FuncSig, Gen, Ty, Var};
use crate::ast::*;
use crate::features::Feature;

/// Types of freshly declared variables, with weights.
const VAR_TYPES: &[(Ty, u32)] = &[
    (Ty::Int, 30),
    (Ty::Float, 15),
    (Ty::Num, 15),
    (Ty::Bool, 5),
    (Ty::Str, 12),
    (Ty::IntList, 8),
    (Ty::NumList, 4),
    (Ty::StrList, 4),
    (Ty::Dict, 4),
    (Ty::Tuple, 4),
    (Ty::IntSet, 3),
];

impl Gen<'_> {
    pub(crate) fn pick_var_type(&mut self) -> Ty {
        let w: Vec<u32> = VAR_TYPES.iter().map(|(_, w)| *w).collect();
        VAR_TYPES[self.rng.weighted(&w)].0
    }

    /// The size bound a new variable of type `ty` gets (its later values must fit).
    fn declared_size(ty: Ty, size: u32) -> u32 {
        match ty {
            Ty::Int => size.clamp(64, MAX_INT_BITS),
            Ty::Num => size.clamp(64, FLOAT_SAFE_BITS),
            Ty::Str | Ty::IntList | Ty::NumList | Ty::StrList => size.clamp(16, MAX_LEN),
            _ => size,
        }
    }

    /// `ck(v)`, or `ck(sorted(v))` for a set.
    pub(crate) fn ck_var(&mut self, name_: &str, ty: Ty) -> Stmt {
        if ty == Ty::IntSet {
            ck(call("sorted", vec![name(name_)]))
        } else {
            ck(name(name_))
        }
    }

    /// A value of type `ty` that is always safe (handlers reset variables to it).
    pub(crate) fn default_value(ty: Ty) -> Expr {
        match ty {
            Ty::Int | Ty::Num => int(0),
            Ty::Float => Expr::Float(0.0),
            Ty::Bool => Expr::Bool(false),
            Ty::Str => string(""),
            Ty::IntList | Ty::NumList | Ty::StrList => Expr::List(vec![]),
            Ty::Dict => Expr::Dict(vec![]),
            Ty::Tuple => Expr::Tuple(vec![]),
            Ty::IntSet => Expr::Set(vec![]),
        }
    }

    /// Up to `n` statements (fewer when the budget runs out).
    pub(crate) fn stmts(&mut self, n: usize) -> Vec<Stmt> {
        let mut out = Vec::new();
        for _ in 0..n {
            if !self.afford(2) {
                break;
            }
            out.extend(self.stmt());
        }
        out
    }

    /// One generic statement (possibly followed by a checksum of what it computed).
    pub(crate) fn stmt(&mut self) -> Vec<Stmt> {
        let nest = if self.nesting < 3 { 1 } else { 0 };
        // No break/continue in hot loops: they would skip the other pieces of the body.
        let brk = if self.in_loop && !self.in_hot_loop {
            3
        } else {
            0
        };
        match self.rng.weighted(&[
            30,
            12,
            10,
            10,
            8,
            8 * nest,
            6 * nest,
            3 * nest,
            8 * nest,
            8,
            brk,
        ]) {
            0 => self.assign_new(),
            1 => self.reassign(),
            2 => self.aug_assign(),
            3 => {
                let t = self.pick_var_type();
                let e = self.expr(t, 2);
                self.afford(20);
                let e = if t == Ty::IntSet {
                    call("sorted", vec![e])
                } else {
                    e
                };
                vec![ck(e)]
            }
            4 => {
                let t = self.pick_var_type();
                let e = self.expr(t, 2);
                let e = if t == Ty::IntSet {
                    call("sorted", vec![e])
                } else {
                    e
                };
                let label = self.fresh("p");
                vec![print(vec![Expr::Str(label), e])]
            }
            5 => vec![self.if_stmt()],
            6 => self.small_for(),
            7 => self.small_while(),
            8 => self.try_stmt(),
            9 => self.mutate_container(),
            _ => {
                let c = self.bool_expr(1);
                let s = if self.rng.chance(50) {
                    Stmt::Break
                } else {
                    Stmt::Continue
                };
                vec![Stmt::If {
                    cond: c,
                    body: vec![s],
                    orelse: vec![],
                }]
            }
        }
    }

    /// `vN = expr` (declared afterwards), often followed by `ck(vN)`.
    pub(crate) fn assign_new(&mut self) -> Vec<Stmt> {
        let ty = self.pick_var_type();
        let (e, size) = self.sized_expr(ty, 3);
        let v = self.fresh("v");
        let size = Self::declared_size(ty, size);
        let (e, _) = self.fit(ty, (e, size), size);
        let mut out = vec![assign(&v, e)];
        let nonempty = false;
        self.declare_var(Var {
            name: v.clone(),
            ty,
            writable: true,
            nonempty,
            size,
        });
        if self.rng.chance(70) {
            self.afford(20);
            out.push(self.ck_var(&v, ty));
        }
        out
    }

    /// Assigns a new value of the same type to a writable variable.
    fn reassign(&mut self) -> Vec<Stmt> {
        let ty = self.pick_var_type();
        let Some(v) = self.pick_writable(ty) else {
            return self.assign_new();
        };
        let (e, size) = self.sized_expr(ty, 3);
        let (e, _) = self.fit(ty, (e, size), v.size);
        vec![assign(&v.name, e)]
    }

    /// `v op= e` on a numeric, str or list variable, reduced to its size bound.
    fn aug_assign(&mut self) -> Vec<Stmt> {
        let ty = *self
            .rng
            .pick(&[Ty::Int, Ty::Num, Ty::Float, Ty::Str, Ty::IntList]);
        let Some(v) = self.pick_writable(ty) else {
            return self.assign_new();
        };
        match ty {
            Ty::Int | Ty::Num => {
                let (e, b) = if ty == Ty::Int {
                    self.int_expr(2)
                } else {
                    self.num_expr(2)
                };
                let op = *self.rng.pick(&[
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::BitXor,
                    BinOp::BitOr,
                ]);
                if ty == Ty::Num && matches!(op, BinOp::BitXor | BinOp::BitOr) {
                    return vec![Stmt::AugAssign(name(&v.name), BinOp::Add, e)];
                }
                let grown = if op == BinOp::Mul {
                    v.size + b
                } else {
                    v.size.max(b) + 1
                };
                let mut out = vec![Stmt::AugAssign(name(&v.name), op, e)];
                if grown > v.size {
                    // Reduce it back under its bound when it got too large.
                    let m = *self.rng.pick(&[1_000_003_i128, 1 << 61, 1 << 64, -65_537]);
                    let limit = 1_i128 << (v.size.min(120) - 2);
                    out.push(Stmt::If {
                        cond: cmp(
                            call("abs", vec![name(&v.name)]),
                            CmpOp::Gt,
                            int(limit.min(1 << 100)),
                        ),
                        body: vec![Stmt::AugAssign(name(&v.name), BinOp::Mod, int(m))],
                        orelse: vec![],
                    });
                }
                out
            }
            Ty::Float => {
                let e = self.num_operand(2);
                let op = *self.rng.pick(&[BinOp::Add, BinOp::Sub, BinOp::Mul]);
                vec![Stmt::AugAssign(name(&v.name), op, e)]
            }
            Ty::Str => {
                let (e, n) = self.str_expr(1);
                let (e, _) = self.fit(Ty::Str, (e, n), 8);
                vec![
                    Stmt::AugAssign(name(&v.name), BinOp::Add, e),
                    assign(
                        &v.name,
                        Expr::Slice {
                            value: Box::new(name(&v.name)),
                            lo: Some(Box::new(int(-(v.size.min(40) as i128)))),
                            hi: None,
                            step: None,
                        },
                    ),
                ]
            }
            _ => {
                let (e, n) = self.int_list_expr(1);
                let (e, _) = self.fit(Ty::IntList, (e, n), 6);
                let trim = self.trim_list(&v.name, v.size);
                vec![Stmt::AugAssign(name(&v.name), BinOp::Add, e), trim]
            }
        }
    }

    /// `if len(l) > n: l[:] = l[-n:]` keeps a list under its bound.
    pub(crate) fn trim_list(&mut self, l: &str, size: u32) -> Stmt {
        let n = size.min(40) as i128;
        Stmt::If {
            cond: cmp(call("len", vec![name(l)]), CmpOp::Gt, int(n)),
            body: vec![assign(
                l,
                Expr::Slice {
                    value: Box::new(name(l)),
                    lo: Some(Box::new(int(-n))),
                    hi: None,
                    step: None,
                },
            )],
            orelse: vec![],
        }
    }

    fn if_stmt(&mut self) -> Stmt {
        let cond = self.bool_expr(2);
        self.nesting += 1;
        let n = self.rng.urange(1, 3);
        let body = self.scoped(|g| g.stmts(n));
        let orelse = if self.rng.chance(50) {
            let n = self.rng.urange(1, 2);
            self.scoped(|g| g.stmts(n))
        } else {
            Vec::new()
        };
        self.nesting -= 1;
        Stmt::If { cond, body, orelse }
    }

    /// Runs `f` as a loop body executed `trips` times.
    pub(crate) fn loop_body<T>(&mut self, trips: u64, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = (self.mult, self.in_loop);
        self.mult = self.mult.saturating_mul(trips.max(1));
        self.in_loop = true;
        self.nesting += 1;
        let r = self.scoped(f);
        self.nesting -= 1;
        (self.mult, self.in_loop) = saved;
        r
    }

    /// The largest trip count (up to `want`) whose body of about `body_cost` units
    /// the budget can afford.
    pub(crate) fn affordable_trips(&mut self, want: u64, body_cost: u64) -> u64 {
        let per_trip = body_cost.max(1).saturating_mul(self.mult) as i64;
        let max = (self.budget / per_trip.max(1)).max(0) as u64;
        want.min(max)
    }

    /// A short `for` loop over a range, a list copy, a tuple or a string.
    fn small_for(&mut self) -> Vec<Stmt> {
        let want = self.rng.range(0, 10) as u64;
        let trips = self.affordable_trips(want, 10);
        let var = self.fresh("i");
        let (iter, ty) = match self.rng.below(5) {
            0 | 1 => (call("range", vec![int(trips as i128)]), Ty::Int),
            2 => {
                // Iterate over a copy: the body may mutate the list.
                let (l, n) = self.int_list_expr(1);
                let (l, _) = self.fit(Ty::IntList, (l, n), trips as u32);
                (
                    Expr::Slice {
                        value: Box::new(l),
                        lo: None,
                        hi: None,
                        step: None,
                    },
                    Ty::Int,
                )
            }
            3 => {
                let (s, n) = self.str_expr(1);
                (self.fit(Ty::Str, (s, n), trips as u32).0, Ty::Str)
            }
            _ => {
                let (t, _) = self.tuple_expr(1);
                (t, Ty::Num)
            }
        };
        let n = self.rng.urange(1, 3);
        let body = self.loop_body(trips, |g| {
            g.declare_var(Var {
                name: var.clone(),
                ty,
                writable: false,
                nonempty: false,
                size: if ty == Ty::Str { 1 } else { ELT_BITS },
            });
            g.stmts(n)
        });
        vec![Stmt::For { var, iter, body }]
    }

    fn small_while(&mut self) -> Vec<Stmt> {
        let want = self.rng.range(0, 8) as u64;
        let trips = self.affordable_trips(want, 10);
        let counter = self.fresh("w");
        let n = self.rng.urange(1, 3);
        let body = self.loop_body(trips, |g| {
            g.declare_var(Var {
                name: counter.clone(),
                ty: Ty::Int,
                writable: false,
                nonempty: false,
                size: 8,
            });
            g.stmts(n)
        });
        vec![Stmt::While {
            counter,
            limit: int(trips as i128),
            body,
        }]
    }

    /// `try:` with statements that may raise, a handler that reports the exception
    /// and resets the variable, and sometimes `else`/`finally`.
    pub(crate) fn try_stmt(&mut self) -> Vec<Stmt> {
        self.tag(Feature::ExceptionCaught);
        let ty = *self
            .rng
            .pick(&[Ty::Int, Ty::Float, Ty::Num, Ty::Str, Ty::Bool]);
        let v = self.fresh("t");
        let saved = self.guarded;
        self.guarded = true;
        self.nesting += 1;
        let (e, size) = self.sized_expr(ty, 3);
        let size = Self::declared_size(ty, size);
        let (e, _) = self.fit(ty, (e, size), size);
        let mut body = vec![assign(&v, e)];
        if self.rng.chance(30) {
            let n = self.rng.urange(1, 2);
            body.extend(self.scoped(|g| g.stmts(n)));
        }
        self.guarded = saved;
        let ename = self.fresh("e");
        let report = match self.rng.below(3) {
            0 => print(vec![
                string("exc"),
                attr(call("type", vec![name(&ename)]), "__name__"),
                name(&ename),
            ]),
            1 => ck(call("str", vec![name(&ename)])),
            _ => ck(attr(call("type", vec![name(&ename)]), "__name__")),
        };
        let ty_name = if self.rng.chance(70) {
            "Exception"
        } else {
            "(ArithmeticError, LookupError, ValueError, TypeError)"
        };
        let handlers = vec![Handler {
            ty: Some(ty_name.to_string()),
            name: Some(ename),
            body: vec![assign(&v, Self::default_value(ty)), report],
        }];
        let orelse = if self.rng.chance(25) {
            vec![ck(string("no exception"))]
        } else {
            Vec::new()
        };
        let finalbody = if self.rng.chance(20) {
            self.tag(Feature::FinallyBlocks);
            vec![ck(string("finally"))]
        } else {
            Vec::new()
        };
        self.nesting -= 1;
        self.declare(&v, ty, size);
        let mut out = vec![Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }];
        if self.rng.chance(80) {
            out.push(self.ck_var(&v, ty));
        }
        out
    }

    /// A method call or item assignment that changes a container in place.
    fn mutate_container(&mut self) -> Vec<Stmt> {
        let ty = *self
            .rng
            .pick(&[Ty::IntList, Ty::Dict, Ty::IntSet, Ty::StrList]);
        let Some(v) = self.pick_var(ty) else {
            return self.assign_new();
        };
        self.tag(Feature::Containers);
        let l = name(&v.name);
        match ty {
            Ty::IntList => {
                let (x, b) = self.int_expr(1);
                let (x, _) = self.fit(Ty::Int, (x, b), ELT_BITS);
                let s = match self.rng.below(6) {
                    0 | 1 => method(l, "append", vec![x]),
                    2 => method(l, "insert", vec![self.small_int(-3, 3), x]),
                    3 => method(l, "sort", vec![]),
                    4 => method(l, "reverse", vec![]),
                    _ => method(l, "extend", vec![Expr::List(vec![x, int(0)])]),
                };
                vec![Stmt::Expr(s), self.trim_list(&v.name, v.size)]
            }
            Ty::StrList => {
                let w = self.str_literal();
                vec![
                    Stmt::Expr(method(l, "append", vec![w])),
                    self.trim_list(&v.name, v.size),
                ]
            }
            Ty::Dict => {
                let k = string(self.rng.pick_str(&["a", "b", "c", "key", "new"]));
                let (x, _) = self.num_expr(1);
                match self.rng.below(4) {
                    0 => vec![Stmt::Assign(index(l, k), x)],
                    1 => vec![Stmt::Assign(
                        index(l.clone(), k.clone()),
                        bin(BinOp::Add, method(l, "get", vec![k, int(0)]), x),
                    )],
                    2 => vec![Stmt::Expr(method(l, "pop", vec![k, Expr::None]))],
                    _ => vec![Stmt::Expr(method(l, "setdefault", vec![k, x]))],
                }
            }
            _ => {
                let (x, b) = self.int_expr(1);
                let (x, _) = self.fit(Ty::Int, (x, b), ELT_BITS);
                let m = *self.rng.pick(&["add", "discard"]);
                vec![Stmt::Expr(method(l, m, vec![x]))]
            }
        }
    }

    // -----------------------------------------------------------------------
    // Functions
    // -----------------------------------------------------------------------

    /// A small function of 1-3 typed parameters; registered in `funcs` afterwards.
    pub(crate) fn function_def(&mut self) -> Stmt {
        let fname = self.fresh("f");
        let nparams = self.rng.urange(1, 3);
        let params: Vec<Ty> = (0..nparams)
            .map(|_| {
                *self
                    .rng
                    .pick(&[Ty::Int, Ty::Int, Ty::Num, Ty::Float, Ty::Str, Ty::IntList])
            })
            .collect();
        let ret = *self
            .rng
            .pick(&[Ty::Int, Ty::Int, Ty::Num, Ty::Float, Ty::Str, Ty::Bool]);
        let pnames: Vec<String> = (0..nparams).map(|_| self.fresh("a")).collect();
        let (body, ret_size, cost) = self.function_scope(|g| {
            for (p, &t) in pnames.iter().zip(&params) {
                let size = match t {
                    Ty::Int | Ty::Num => PARAM_BITS,
                    Ty::Float => 0,
                    _ => 60,
                };
                g.declare(p, t, size);
            }
            let start = g.budget;
            let n = g.rng.urange(1, 5);
            let mut body = g.stmts(n);
            let (r, size) = g.sized_expr(ret, 2);
            let limit = match ret {
                Ty::Int => MAX_INT_BITS / 2,
                Ty::Num => FLOAT_SAFE_BITS,
                _ => MAX_LEN,
            };
            let (r, size) = g.fit(ret, (r, size), limit);
            body.push(Stmt::Return(Some(r)));
            let cost = (start - g.budget).max(2) as u64;
            (body, size, cost)
        });
        self.funcs.push(FuncSig {
            name: fname.clone(),
            params,
            ret,
            ret_size,
            cost,
            may_raise: false,
        });
        Stmt::Def {
            name: fname,
            params: pnames
                .into_iter()
                .map(|n| Param {
                    name: n,
                    default: None,
                })
                .collect(),
            depth_guard: None,
            body,
            is_generator: false,
        }
    }
}
