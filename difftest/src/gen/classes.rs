//! Block templates behind the extras: classes (attributes, methods, inheritance,
//! dunders, attributes and methods changed mid-loop), generators, and `math`.
//!
//! Instances are never printed with the default repr (it contains an address): every
//! generated class defines `__repr__`.

use super::expr::{call_attr, FLOAT_SAFE_BITS};
use super::values::{EDGE_FLOATS, EDGE_INTS};
use super::{ck, ClassInfo, Gen, Ty, Var};
use crate::ast::*;
use crate::features::Feature;

impl Gen<'_> {
    /// The body of `def NAME(self, x): return <Num expression of self.a, self.b, x>`.
    fn method_expr(&mut self) -> Expr {
        self.function_scope(|g| {
            for (n, ty) in [("self.a", Ty::Num), ("self.b", Ty::Int), ("x", Ty::Int)] {
                g.declare_var(Var {
                    name: n.into(),
                    ty,
                    writable: false,
                    nonempty: false,
                    size: 64,
                });
            }
            let (e, b) = g.num_expr(2);
            g.fit(Ty::Num, (e, b), FLOAT_SAFE_BITS).0
        })
    }

    fn def_method(name_: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
        Stmt::Def {
            name: name_.into(),
            params: params
                .iter()
                .map(|p| Param {
                    name: p.to_string(),
                    default: None,
                })
                .collect(),
            depth_guard: None,
            body,
            is_generator: false,
        }
    }

    /// A base class and a subclass; returns their defs.
    fn class_pair(&mut self) -> (Vec<Stmt>, ClassInfo, String) {
        self.tag(Feature::Classes);
        let base = self.fresh("C");
        let sub = self.fresh("D");
        let kind = self.small_int(-9, 9);
        let mut body = vec![
            Stmt::Assign(name("kind"), kind),
            Self::def_method(
                "__init__",
                &["self", "a", "b"],
                vec![
                    Stmt::Assign(name("self.a"), name("a")),
                    Stmt::Assign(name("self.b"), name("b")),
                ],
            ),
        ];
        let m = self.method_expr();
        body.push(Self::def_method(
            "m",
            &["self", "x"],
            vec![Stmt::Return(Some(m))],
        ));
        body.push(Stmt::Raw(vec![
            "def __repr__(self):".into(),
            format!("    return '{base}(' + repr(self.a) + ', ' + repr(self.b) + ')'"),
        ]));
        let has_add = self.rng.chance(50);
        let has_lt = self.rng.chance(50);
        if has_add {
            self.tag(Feature::Dunders);
            body.push(Stmt::Raw(vec![
                "def __add__(self, o):".into(),
                format!("    return {base}(self.a + o.a, (self.b - o.b) % 1000003)"),
            ]));
        }
        if has_lt {
            self.tag(Feature::Dunders);
            body.push(Stmt::Raw(vec![
                "def __lt__(self, o):".into(),
                "    return (self.a, self.b) < (o.a, o.b)".into(),
            ]));
        }
        if self.rng.chance(40) {
            self.tag(Feature::Dunders);
            body.push(Stmt::Raw(vec![
                "def __eq__(self, o):".into(),
                "    return self.a == o.a and self.b == o.b".into(),
            ]));
        }
        let mut defs = vec![Stmt::Class {
            name: base.clone(),
            bases: vec![],
            body,
        }];
        self.tag(Feature::Inheritance);
        let via = if self.rng.chance(50) {
            "super().m(x)".to_string()
        } else {
            format!("{base}.m(self, x)")
        };
        let extra = self.method_expr();
        let mut sub_body = vec![Stmt::Raw(vec![
            "def m(self, x):".into(),
            format!("    return {via} * 2 - self.kind"),
        ])];
        sub_body.push(Self::def_method(
            "extra",
            &["self", "x"],
            vec![Stmt::Return(Some(extra))],
        ));
        if self.rng.chance(40) {
            sub_body.push(Stmt::Raw(vec![
                "def __init__(self, a, b, c=3):".into(),
                "    super().__init__(a, b)".into(),
                "    self.c = c".into(),
            ]));
        }
        defs.push(Stmt::Class {
            name: sub.clone(),
            bases: vec![base.clone()],
            body: sub_body,
        });
        let info = ClassInfo {
            name: base.clone(),
            has_add,
            has_lt,
        };
        (defs, info, sub)
    }

    pub(crate) fn class_block(&mut self) -> Vec<Stmt> {
        let (mut out, info, sub) = self.class_pair();
        let base = info.name.clone();
        let objs = self.fresh("objs");
        let ctor = |g: &mut Self, c: &str| {
            let a = g.small_int(-20, 20);
            let b = g.small_int(-20, 20);
            call(c, vec![a, b])
        };
        let mut items = vec![ctor(self, &base), ctor(self, &sub), ctor(self, &base)];
        if self.rng.chance(50) {
            items.push(ctor(self, &sub));
        }
        let nobj = items.len() as i128;
        out.push(assign(&objs, Expr::List(items)));
        let trips = if self.rng.chance(60) {
            self.rng.range(1000, 2500)
        } else {
            self.rng.range(50, 999)
        };
        self.tag(if trips >= 1000 {
            Feature::Loop1000
        } else {
            Feature::Loop100
        });
        let i = self.fresh("i");
        let o = self.fresh("o");
        let acc = self.fresh("acc");
        out.push(assign(&acc, int(0)));
        let mut body = vec![
            assign(&o, index(name(&objs), bin(BinOp::Mod, name(&i), int(nobj)))),
            assign(
                &acc,
                bin(
                    BinOp::Mod,
                    bin(
                        BinOp::Add,
                        name(&acc),
                        method(name(&o), "m", vec![name(&i)]),
                    ),
                    int(1_000_003),
                ),
            ),
        ];
        let at = |g: &mut Self| int(g.rng.range(1, trips - 1) as i128);
        if self.rng.chance(50) {
            // An attribute's type changes mid-loop.
            self.tag(Feature::TypeChangeSite);
            let k = at(self);
            let v = Expr::Float(*self.rng.pick(&[2.5, -0.5, 1e16]));
            body.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, k),
                body: vec![Stmt::Assign(attr(index(name(&objs), int(0)), "a"), v)],
                orelse: vec![],
            });
        }
        if self.rng.chance(40) {
            // A new attribute on one instance (a shape transition).
            self.tag(Feature::ShapeChange);
            let k = at(self);
            body.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, k),
                body: vec![Stmt::Assign(
                    attr(index(name(&objs), int(1)), "z"),
                    name(&i),
                )],
                orelse: vec![],
            });
        }
        if self.rng.chance(35) {
            // The base method is replaced mid-loop (subclasses call it too).
            self.tag(Feature::ShapeChange);
            let k = at(self);
            body.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, k),
                body: vec![Stmt::Assign(
                    attr(name(&base), "m"),
                    Expr::Lambda(
                        vec!["self".into(), "x".into()],
                        Box::new(bin(
                            BinOp::Sub,
                            bin(BinOp::Mul, name("x"), int(2)),
                            name("self.b"),
                        )),
                    ),
                )],
                orelse: vec![],
            });
        }
        if self.rng.chance(35) {
            // A class attribute changes mid-loop.
            let k = at(self);
            let v = self.small_int(-9, 9);
            body.push(Stmt::If {
                cond: cmp(name(&i), CmpOp::Eq, k),
                body: vec![Stmt::Assign(attr(name(&base), "kind"), v)],
                orelse: vec![],
            });
        }
        if self.rng.chance(40) {
            let (e, b) = self.num_expr(1);
            let (e, _) = self.fit(Ty::Num, (e, b), 64);
            body.push(Stmt::If {
                cond: call("isinstance", vec![name(&o), name(&sub)]),
                body: vec![assign(
                    &acc,
                    bin(
                        BinOp::Mod,
                        bin(
                            BinOp::Add,
                            name(&acc),
                            method(name(&o), "extra", vec![name(&i)]),
                        ),
                        int(1_000_003),
                    ),
                )],
                orelse: vec![Stmt::AugAssign(name(&acc), BinOp::Add, e)],
            });
        }
        out.push(for_range(&i, int(trips as i128), body));
        out.push(ck(name(&acc)));
        out.push(print(vec![Expr::Str(objs.clone()), name(&objs)]));
        if info.has_add {
            out.push(ck(bin(
                BinOp::Add,
                index(name(&objs), int(0)),
                index(name(&objs), int(1)),
            )));
        }
        if info.has_lt {
            out.push(ck(call("sorted", vec![name(&objs)])));
        }
        out.push(ck(Expr::List(vec![
            call("isinstance", vec![index(name(&objs), int(1)), name(&base)]),
            attr(call("type", vec![index(name(&objs), int(1))]), "__name__"),
            call("hasattr", vec![index(name(&objs), int(1)), string("z")]),
            call(
                "getattr",
                vec![index(name(&objs), int(0)), string("c"), Expr::None],
            ),
            attr(name(&sub), "kind"),
        ])));
        out
    }

    // -----------------------------------------------------------------------
    // Generators
    // -----------------------------------------------------------------------

    pub(crate) fn generator_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::Generators);
        let g = self.fresh("gen");
        let n = "n".to_string();
        let p = self.rng.range(2, 5) as i128;
        let c = *self.rng.pick(&[3_i128, -7, 1 << 62, 1_000_003]);
        let d = self.divisor_literal();
        let mut out = vec![Stmt::Def {
            name: g.clone(),
            params: vec![Param {
                name: n.clone(),
                default: None,
            }],
            depth_guard: None,
            body: vec![for_range(
                "k",
                name(&n),
                vec![Stmt::If {
                    cond: cmp(bin(BinOp::Mod, name("k"), int(p)), CmpOp::Eq, int(0)),
                    body: vec![Stmt::Expr(Expr::Yield(Some(Box::new(bin(
                        BinOp::Mul,
                        name("k"),
                        int(c),
                    )))))],
                    orelse: vec![Stmt::Expr(Expr::Yield(Some(Box::new(bin(
                        BinOp::Div,
                        name("k"),
                        d,
                    )))))],
                }],
            )],
            is_generator: true,
        }];
        let trips = self.rng.range(10, 2000);
        if trips >= 1000 {
            self.tag(Feature::Loop1000);
        }
        let total = self.fresh("tot");
        let v = self.fresh("v");
        out.push(assign(&total, int(0)));
        out.push(Stmt::For {
            var: v.clone(),
            iter: call(&g, vec![int(trips as i128)]),
            body: vec![assign(
                &total,
                bin(
                    BinOp::Mod,
                    bin(BinOp::Add, name(&total), name(&v)),
                    int(1_000_003),
                ),
            )],
        });
        out.push(ck(name(&total)));
        let k = self.rng.range(0, 8) as i128;
        out.push(ck(call("list", vec![call(&g, vec![int(k)])])));
        let it = self.fresh("it");
        out.push(assign(&it, call(&g, vec![int(3)])));
        out.push(Stmt::Raw(vec![
            format!("ck(next({it}))"),
            format!("ck(list({it}))"),
            format!("ck(next({it}, 'done'))"),
        ]));
        let m = self.rng.range(2, 6);
        let r = self.rng.range(0, 50);
        out.push(Stmt::Raw(vec![format!(
            "ck(sum(q * q for q in range({r}) if q % {m}))"
        )]));
        if self.rng.chance(50) {
            let y = self.fresh("gy");
            out.push(Stmt::Raw(vec![
                format!("def {y}(n):"),
                format!("    yield from {g}(n)"),
                "    yield -1".into(),
            ]));
            out.push(ck(call("list", vec![call(&y, vec![int(4)])])));
        }
        out
    }

    // -----------------------------------------------------------------------
    // math
    // -----------------------------------------------------------------------

    pub(crate) fn math_block(&mut self) -> Vec<Stmt> {
        self.tag(Feature::MathModule);
        let mut out = Vec::new();
        let n = self.rng.urange(3, 8);
        for _ in 0..n {
            let x = Expr::Float(*self.rng.pick(EDGE_FLOATS));
            let y = Expr::Float(*self.rng.pick(EDGE_FLOATS));
            let k = int(*self.rng.pick(EDGE_INTS));
            let e = match self.rng.below(14) {
                0 => call_attr(
                    "math",
                    self.rng.pick_str(&["floor", "ceil", "trunc"]),
                    vec![x],
                ),
                1 => call_attr(
                    "math",
                    self.rng.pick_str(&["sqrt", "log", "exp", "log2"]),
                    vec![x],
                ),
                2 => call_attr("math", "fmod", vec![x, y]),
                3 => call_attr("math", "copysign", vec![x, y]),
                4 => call_attr("math", "isqrt", vec![k]),
                5 => call_attr("math", "gcd", vec![k, int(*self.rng.pick(EDGE_INTS))]),
                6 => call_attr("math", "factorial", vec![self.small_int(-1, 25)]),
                7 => call_attr("math", "hypot", vec![x, y]),
                8 => call_attr("math", "frexp", vec![x]),
                9 => call_attr("math", "modf", vec![x]),
                10 => call_attr("math", "ldexp", vec![x, self.small_int(-1100, 1100)]),
                11 => call_attr(
                    "math",
                    "fsum",
                    vec![Expr::List(vec![x, y, Expr::Float(0.1), Expr::Float(-0.1)])],
                ),
                12 => call_attr("math", "isclose", vec![x, y]),
                _ => call_attr(
                    "math",
                    "comb",
                    vec![self.small_int(0, 60), self.small_int(-1, 30)],
                ),
            };
            let label = self.fresh("math");
            out.push(super::blocks::try_print(
                vec![print(vec![Expr::Str(label), e])],
                "exc",
            ));
        }
        out
    }
}
