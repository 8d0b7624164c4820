//! Typed expressions, with a bound on the size of their values.
//!
//! Every numeric, str and list expression comes with a size bound (bits for ints,
//! length for str and lists) computed from its operands, so the generator can keep
//! ints far below CPython's 4300-digit str-conversion limit, ints mixed with floats
//! below 2**1000 (no spurious "int too large to convert to float"), and strings and
//! lists short, however many statements feed each other.
//!
//! Operations that can raise (division by a variable, `int(nan)`, float `**`, indexing
//! by a computed index, ...) are chosen only when `Gen::guarded` is set.

use super::values::{INT_SPECS, NUM_SPECS};
use super::{Gen, Ty};
use crate::ast::*;
use crate::features::Feature;

/// No int expression may exceed this many bits.
pub(crate) const MAX_INT_BITS: u32 = 2000;
/// Ints that meet floats (and `Num` values) stay below 2**FLOAT_SAFE_BITS.
pub(crate) const FLOAT_SAFE_BITS: u32 = 1000;
/// Int arguments of generated functions stay below 2**PARAM_BITS.
pub(crate) const PARAM_BITS: u32 = 256;
/// Elements of int lists stay below 2**ELT_BITS.
pub(crate) const ELT_BITS: u32 = 256;
/// Strings and lists stay shorter than this.
pub(crate) const MAX_LEN: u32 = 300;

/// The number of bits of `|v|` (at least 1).
pub(crate) fn bit_len(v: i128) -> u32 {
    (128 - v.unsigned_abs().leading_zeros()).max(1)
}

impl Gen<'_> {
    /// An expression of type `ty` (the size bound is dropped).
    pub(crate) fn expr(&mut self, ty: Ty, depth: u32) -> Expr {
        self.sized_expr(ty, depth).0
    }

    /// An expression of type `ty` and its size bound.
    pub(crate) fn sized_expr(&mut self, ty: Ty, depth: u32) -> (Expr, u32) {
        match ty {
            Ty::Int => self.int_expr(depth),
            Ty::Float => (self.float_expr(depth), 0),
            Ty::Num => self.num_expr(depth),
            Ty::Bool => (self.bool_expr(depth), 1),
            Ty::Str => self.str_expr(depth),
            Ty::IntList => self.int_list_expr(depth),
            Ty::NumList => self.num_list_expr(depth),
            Ty::StrList => self.str_list_expr(depth),
            Ty::Dict => self.dict_expr(depth),
            Ty::Tuple => self.tuple_expr(depth),
            Ty::IntSet => self.int_set_expr(depth),
        }
    }

    /// `e` reduced so that its size is at most `limit` (ints: `% 1000003`; str and
    /// lists: a slice).
    pub(crate) fn fit(&mut self, ty: Ty, (e, size): (Expr, u32), limit: u32) -> (Expr, u32) {
        if size <= limit {
            return (e, size);
        }
        match ty {
            Ty::Int | Ty::Num => {
                let m = *self
                    .rng
                    .pick(&[1_000_003_i128, -1_000_003, 65_537, 1 << 61]);
                (bin(BinOp::Mod, e, int(m)), bit_len(m))
            }
            Ty::Str | Ty::IntList | Ty::NumList | Ty::StrList => {
                let n = limit.min(40);
                (
                    Expr::Slice {
                        value: Box::new(e),
                        lo: None,
                        hi: Some(Box::new(int(n as i128))),
                        step: None,
                    },
                    n,
                )
            }
            _ => (e, size),
        }
    }

    // -----------------------------------------------------------------------
    // int
    // -----------------------------------------------------------------------

    fn int_leaf(&mut self) -> (Expr, u32) {
        if self.rng.chance(65) {
            if let Some(v) = self.pick_var(Ty::Int) {
                return (Expr::Name(v.name), v.size);
            }
        }
        let e = self.int_literal();
        let bits = match &e {
            Expr::Int(v) => bit_len(*v),
            _ => 64,
        };
        (e, bits)
    }

    pub(crate) fn int_expr(&mut self, depth: u32) -> (Expr, u32) {
        if depth == 0 || self.rng.chance(20) {
            return self.int_leaf();
        }
        let d = depth - 1;
        let risky = if self.guarded { 10 } else { 0 };
        match self.rng.weighted(&[30, 10, 8, 6, 4, 5, 8, 6, 4, risky, 5]) {
            0 => {
                let a = self.int_expr(d);
                let b = self.int_expr(d);
                let ops = [
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::BitAnd,
                    BinOp::BitOr,
                    BinOp::BitXor,
                ];
                let mut op = ops[self.rng.weighted(&[5, 4, 4, 2, 2, 2])];
                let mut bits = match op {
                    BinOp::Mul => a.1 + b.1,
                    BinOp::Add | BinOp::Sub => a.1.max(b.1) + 1,
                    _ => a.1.max(b.1),
                };
                if bits > MAX_INT_BITS {
                    op = BinOp::Sub;
                    bits = a.1.max(b.1) + 1;
                }
                if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
                    self.tag(Feature::BitOps);
                }
                (bin(op, a.0, b.0), bits)
            }
            1 => {
                // Floor division and modulo by a nonzero literal (often negative).
                let a = self.int_expr(d);
                let m = self.divisor_literal();
                let mb = if let Expr::Int(v) = m { bit_len(v) } else { 64 };
                if self.rng.chance(50) {
                    (bin(BinOp::FloorDiv, a.0, m), a.1)
                } else {
                    (bin(BinOp::Mod, a.0, m), mb)
                }
            }
            2 => {
                self.tag(Feature::BitOps);
                let a = self.int_expr(d);
                if self.rng.chance(50) && a.1 < MAX_INT_BITS - 70 {
                    let k = self.rng.range(0, 66);
                    (bin(BinOp::LShift, a.0, int(k as i128)), a.1 + k as u32)
                } else {
                    let k = self.rng.range(0, 70);
                    (bin(BinOp::RShift, a.0, int(k as i128)), a.1)
                }
            }
            3 => {
                let a = self.int_expr(d);
                match self.rng.below(4) {
                    0 => (unary(UnOp::Neg, a.0), a.1),
                    1 => {
                        self.tag(Feature::BitOps);
                        (unary(UnOp::Invert, a.0), a.1 + 1)
                    }
                    2 => (call("abs", vec![a.0]), a.1),
                    _ => (unary(UnOp::Pos, a.0), a.1),
                }
            }
            4 => {
                let a = self.int_leaf();
                let k = self.rng.range(0, 3) as u32;
                if a.1 * k.max(1) > 512 {
                    return a;
                }
                (bin(BinOp::Pow, a.0, int(k as i128)), a.1 * k.max(1))
            }
            5 => {
                let t = *self
                    .rng
                    .pick(&[Ty::Str, Ty::IntList, Ty::StrList, Ty::Tuple]);
                let (e, _) = self.sized_expr(t, d.min(1));
                (call("len", vec![e]), 16)
            }
            6 => {
                let a = self.int_expr(d);
                match self.rng.below(6) {
                    0 | 1 => {
                        let b = self.int_expr(d);
                        let f = if self.rng.chance(50) { "min" } else { "max" };
                        (call(f, vec![a.0, b.0]), a.1.max(b.1))
                    }
                    2 => {
                        let (l, n) = self.int_list_expr(d.min(1));
                        (call("sum", vec![l]), ELT_BITS + bit_len(n as i128))
                    }
                    3 => {
                        let m = self.divisor_literal();
                        let which = self.rng.below(2) as i128;
                        (index(call("divmod", vec![a.0, m]), int(which)), a.1)
                    }
                    4 => {
                        let e = self.small_int(0, 40);
                        let m = self.divisor_literal();
                        let mb = if let Expr::Int(v) = m { bit_len(v) } else { 64 };
                        (call("pow", vec![a.0, e, m]), mb)
                    }
                    _ => (method(a.0, "bit_length", vec![]), 16),
                }
            }
            7 => match self.func_call(Ty::Int) {
                Some(c) => c,
                None => self.nonempty_index().unwrap_or_else(|| self.int_leaf()),
            },
            8 => {
                let c = self.bool_expr(d);
                let a = self.int_expr(d);
                let b = self.int_expr(d);
                (if_exp(c, a.0, b.0), a.1.max(b.1))
            }
            9 => self.risky_int(d),
            _ => match self.rng.below(4) {
                0 => {
                    let b = self.bool_expr(d);
                    (call("int", vec![b]), 1)
                }
                1 => {
                    let s = *self
                        .rng
                        .pick(&["12", "-7", " 42 ", "0", "+9", "1_000", "007"]);
                    (call("int", vec![string(s)]), 16)
                }
                2 => {
                    // len(str(round(x, n))) is an int for any float, NaN included.
                    let f = self.float_expr(d);
                    let r = call("round", vec![f, self.small_int(-2, 3)]);
                    (call("len", vec![call("str", vec![r])]), 16)
                }
                _ => {
                    let s = self.str_expr(d).0;
                    let w = self.str_literal();
                    let m = *self.rng.pick(&["find", "count", "rfind"]);
                    (method(s, m, vec![w]), 16)
                }
            },
        }
    }

    /// `l[i % len(l)]` on a list variable that is never empty, if there is one.
    fn nonempty_index(&mut self) -> Option<(Expr, u32)> {
        let vs: Vec<super::Var> = self
            .vars_of(Ty::IntList)
            .into_iter()
            .filter(|v| v.nonempty)
            .collect();
        if vs.is_empty() {
            return None;
        }
        let l = self.rng.pick(&vs).name.clone();
        let (i, _) = self.int_expr(1);
        Some((
            index(name(&l), bin(BinOp::Mod, i, call("len", vec![name(&l)]))),
            ELT_BITS,
        ))
    }

    /// Int operations that may raise (guarded code only).
    fn risky_int(&mut self, d: u32) -> (Expr, u32) {
        match self.rng.below(7) {
            0 | 1 => {
                let a = self.int_expr(d);
                let b = self.int_expr(d);
                self.tag(Feature::NegFloorMod);
                if self.rng.chance(50) {
                    (bin(BinOp::FloorDiv, a.0, b.0), a.1)
                } else {
                    (bin(BinOp::Mod, a.0, b.0), b.1)
                }
            }
            2 => {
                let f = self.float_expr(d);
                let conv = *self.rng.pick(&["int", "round"]);
                (call(conv, vec![f]), 1024)
            }
            3 => {
                let a = self.int_expr(d);
                let k = self.small_int(-3, 40);
                self.tag(Feature::BitOps);
                (bin(BinOp::LShift, a.0, k), a.1 + 40)
            }
            4 => {
                let (l, _) = self.int_list_expr(d.min(1));
                let i = self.small_int(-8, 8);
                (index(l, i), ELT_BITS)
            }
            5 => {
                let a = self.int_expr(d);
                let e = self.small_int(-3, 5);
                let m = self.int_expr(0);
                (call("pow", vec![a.0, e, m.0]), m.1)
            }
            _ => {
                let s = self.str_literal();
                (call("int", vec![s]), 16)
            }
        }
    }

    // -----------------------------------------------------------------------
    // float and Num
    // -----------------------------------------------------------------------

    fn float_leaf(&mut self) -> Expr {
        if self.rng.chance(60) {
            if let Some(v) = self.pick_var(Ty::Float) {
                return Expr::Name(v.name);
            }
        }
        self.float_literal()
    }

    pub(crate) fn float_expr(&mut self, depth: u32) -> Expr {
        if depth == 0 || self.rng.chance(20) {
            return self.float_leaf();
        }
        let d = depth - 1;
        let risky = if self.guarded { 8 } else { 0 };
        let math = if self.cfg.math { 6 } else { 0 };
        match self.rng.weighted(&[25, 12, 10, 8, 8, 6, 5, 4, risky, math]) {
            0 => {
                // float op Num: + - *
                let a = self.float_expr(d);
                let b = self.num_operand(d);
                self.tag(Feature::MixedArith);
                let op = *self.rng.pick(&[BinOp::Add, BinOp::Sub, BinOp::Mul]);
                if self.rng.chance(50) {
                    bin(op, a, b)
                } else {
                    bin(op, b, a)
                }
            }
            1 => {
                // True division by a nonzero literal; int / int gives a float too.
                let a = self.num_operand(d);
                let m = if self.rng.chance(60) {
                    self.divisor_literal()
                } else {
                    self.float_divisor_literal()
                };
                bin(BinOp::Div, a, m)
            }
            2 => {
                let a = self.float_expr(d);
                let m = if self.rng.chance(50) {
                    self.divisor_literal()
                } else {
                    self.float_divisor_literal()
                };
                self.tag(Feature::NegFloorMod);
                let op = if self.rng.chance(50) {
                    BinOp::FloorDiv
                } else {
                    BinOp::Mod
                };
                bin(op, a, m)
            }
            3 => {
                let (i, bits) = self.int_expr(d);
                let (i, _) = self.fit(Ty::Int, (i, bits), FLOAT_SAFE_BITS);
                self.tag(Feature::MixedArith);
                call("float", vec![i])
            }
            4 => {
                let a = self.float_expr(d);
                match self.rng.below(5) {
                    0 => unary(UnOp::Neg, a),
                    1 => call("abs", vec![a]),
                    2 => call("round", vec![a, self.small_int(-2, 4)]),
                    3 => {
                        let b = self.float_expr(d);
                        call(if self.rng.chance(50) { "min" } else { "max" }, vec![a, b])
                    }
                    _ => unary(UnOp::Pos, a),
                }
            }
            5 => {
                let s = *self.rng.pick(&[
                    "3.5", "-0.0", "nan", "-inf", "1e308", " 12 ", "1_000.5", "infinity", "2e-5",
                ]);
                if s.contains("nan") || s.contains("inf") || s.contains("0.0") {
                    self.tag(Feature::FloatSpecial);
                }
                call("float", vec![string(s)])
            }
            6 => {
                let c = self.bool_expr(d);
                let a = self.float_expr(d);
                let b = self.float_expr(d);
                if_exp(c, a, b)
            }
            7 => {
                // int / int true division.
                let (a, ab) = self.int_expr(d);
                let (a, _) = self.fit(Ty::Int, (a, ab), FLOAT_SAFE_BITS);
                let m = self.divisor_literal();
                self.tag(Feature::MixedArith);
                bin(BinOp::Div, a, m)
            }
            8 => match self.rng.below(3) {
                0 => {
                    let a = self.float_expr(d);
                    let k = self.small_int(-2, 3);
                    bin(BinOp::Pow, a, k)
                }
                1 => {
                    let a = self.num_operand(d);
                    let b = self.num_operand(d);
                    bin(BinOp::Div, a, b)
                }
                _ => {
                    let a = self.float_expr(d);
                    let b = self.num_operand(d);
                    bin(*self.rng.pick(&[BinOp::FloorDiv, BinOp::Mod]), a, b)
                }
            },
            _ => self.math_float(d),
        }
    }

    /// A numeric operand safe to mix with floats (ints bounded by FLOAT_SAFE_BITS).
    pub(crate) fn num_operand(&mut self, d: u32) -> Expr {
        match self.rng.below(3) {
            0 => self.float_expr(d),
            1 => {
                let (e, b) = self.int_expr(d);
                self.fit(Ty::Int, (e, b), FLOAT_SAFE_BITS).0
            }
            _ => {
                let (e, b) = self.num_expr(d);
                self.fit(Ty::Num, (e, b), FLOAT_SAFE_BITS).0
            }
        }
    }

    /// A Num expression: an int, a float, a bool, or a mix. Its size bound (bits of
    /// the int case) is at most FLOAT_SAFE_BITS.
    pub(crate) fn num_expr(&mut self, depth: u32) -> (Expr, u32) {
        let r = if depth == 0 {
            match self.rng.below(3) {
                0 => match self.pick_var(Ty::Num) {
                    Some(v) => (Expr::Name(v.name), v.size),
                    None => self.int_leaf(),
                },
                1 => self.int_leaf(),
                _ => (self.float_leaf(), 0),
            }
        } else {
            let d = depth - 1;
            match self.rng.weighted(&[25, 20, 20, 25, 10]) {
                0 => self.int_expr(depth),
                1 => (self.float_expr(depth), 0),
                2 => match self.pick_var(Ty::Num) {
                    Some(v) => (Expr::Name(v.name), v.size),
                    None => self.int_expr(d),
                },
                3 => {
                    let a = self.num_expr(d);
                    let b = self.num_expr(d);
                    self.tag(Feature::MixedArith);
                    match self.rng.below(5) {
                        0 => (bin(BinOp::Mul, a.0, b.0), a.1 + b.1),
                        1 => (bin(BinOp::Sub, a.0, b.0), a.1.max(b.1) + 1),
                        2 => {
                            let m = self.divisor_literal();
                            let op = *self.rng.pick(&[BinOp::FloorDiv, BinOp::Mod]);
                            (bin(op, a.0, m), a.1)
                        }
                        _ => (bin(BinOp::Add, a.0, b.0), a.1.max(b.1) + 1),
                    }
                }
                _ => {
                    // bools are ints too
                    let b = self.bool_expr(d);
                    let a = self.num_expr(d);
                    (bin(BinOp::Add, b, a.0), a.1 + 1)
                }
            }
        };
        self.fit(Ty::Num, r, FLOAT_SAFE_BITS)
    }

    fn math_float(&mut self, d: u32) -> Expr {
        self.tag(Feature::MathModule);
        let x = self.float_expr(d);
        let safe = [
            "fabs", "floor", "ceil", "trunc", "isnan", "isinf", "isfinite",
        ];
        let risky = ["sqrt", "log", "exp", "log10", "atan", "sin", "cos"];
        let f = if self.guarded && self.rng.chance(50) {
            *self.rng.pick(&risky)
        } else {
            *self.rng.pick(&safe)
        };
        let f = if !self.guarded && matches!(f, "floor" | "ceil" | "trunc") {
            // These raise on nan/inf.
            "fabs"
        } else {
            f
        };
        let e = call_attr("math", f, vec![x]);
        match f {
            "isnan" | "isinf" | "isfinite" => if_exp(e, Expr::Float(1.0), Expr::Float(0.0)),
            "floor" | "ceil" | "trunc" => call("float", vec![e]),
            _ => e,
        }
    }

    // -----------------------------------------------------------------------
    // bool
    // -----------------------------------------------------------------------

    pub(crate) fn bool_expr(&mut self, depth: u32) -> Expr {
        if depth == 0 || self.rng.chance(10) {
            if let Some(v) = self.pick_var(Ty::Bool) {
                if self.rng.chance(50) {
                    return Expr::Name(v.name);
                }
            }
            let (a, _) = self.num_expr(0);
            let (b, _) = self.num_expr(0);
            return cmp(a, self.cmp_op(), b);
        }
        let d = depth - 1;
        match self.rng.weighted(&[30, 8, 10, 10, 8, 8, 6, 6, 5]) {
            0 => {
                let a = self.num_expr(d).0;
                let b = self.num_expr(d).0;
                cmp(a, self.cmp_op(), b)
            }
            1 => {
                let a = self.num_expr(d).0;
                let b = self.num_expr(d).0;
                let c = self.num_expr(d).0;
                Expr::Cmp(Box::new(a), vec![(self.cmp_op(), b), (self.cmp_op(), c)])
            }
            2 => unary(UnOp::Not, self.bool_expr(d)),
            3 => {
                let a = self.bool_expr(d);
                let b = self.bool_expr(d);
                let op = if self.rng.chance(50) {
                    BoolOp::And
                } else {
                    BoolOp::Or
                };
                Expr::BoolOp(op, Box::new(a), Box::new(b))
            }
            4 => {
                let x = self.int_expr(d).0;
                let coll = match self.rng.below(3) {
                    0 => self.int_list_expr(d.min(1)).0,
                    1 => self.int_set_expr(d.min(1)).0,
                    _ => self.tuple_expr(d.min(1)).0,
                };
                let op = if self.rng.chance(70) {
                    CmpOp::In
                } else {
                    CmpOp::NotIn
                };
                cmp(x, op, coll)
            }
            5 => {
                let s = self.str_expr(d).0;
                match self.rng.below(4) {
                    0 => {
                        let w = self.str_literal();
                        cmp(w, CmpOp::In, s)
                    }
                    1 => {
                        let w = self.str_literal();
                        method(s, self.rng.pick_str(&["startswith", "endswith"]), vec![w])
                    }
                    2 => method(
                        s,
                        self.rng
                            .pick_str(&["isdigit", "isalpha", "isupper", "islower", "isspace"]),
                        vec![],
                    ),
                    _ => {
                        let t = self.str_expr(d).0;
                        cmp(s, self.cmp_op_eq_or_order(), t)
                    }
                }
            }
            6 => {
                let (x, _) = self.num_expr(d);
                let t = *self.rng.pick(&["int", "float", "bool"]);
                call("isinstance", vec![x, name(t)])
            }
            7 => {
                let t = *self.rng.pick(&[Ty::Str, Ty::IntList, Ty::Num, Ty::Dict]);
                let e = self.expr(t, d.min(1));
                call("bool", vec![e])
            }
            _ => {
                let t = *self.rng.pick(&[Ty::Tuple, Ty::IntList, Ty::StrList]);
                let a = self.expr(t, d.min(1));
                let b = self.expr(t, d.min(1));
                cmp(a, self.cmp_op(), b)
            }
        }
    }

    fn cmp_op(&mut self) -> CmpOp {
        *self.rng.pick(&[
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Gt,
            CmpOp::Ge,
            CmpOp::Eq,
            CmpOp::Ne,
        ])
    }

    fn cmp_op_eq_or_order(&mut self) -> CmpOp {
        self.cmp_op()
    }

    // -----------------------------------------------------------------------
    // str
    // -----------------------------------------------------------------------

    pub(crate) fn str_expr(&mut self, depth: u32) -> (Expr, u32) {
        if depth == 0 || self.rng.chance(20) {
            if self.rng.chance(55) {
                if let Some(v) = self.pick_var(Ty::Str) {
                    return (Expr::Name(v.name), v.size);
                }
            }
            let e = self.str_literal();
            let n = if let Expr::Str(s) = &e {
                s.len() as u32
            } else {
                10
            };
            return (e, n);
        }
        let d = depth - 1;
        self.tag(Feature::Strings);
        let risky = if self.guarded { 5 } else { 0 };
        let r = match self
            .rng
            .weighted(&[12, 6, 14, 12, 10, 8, 6, 10, 6, 4, 4, risky])
        {
            0 => {
                let a = self.str_expr(d);
                let b = self.str_expr(d);
                (bin(BinOp::Add, a.0, b.0), a.1 + b.1)
            }
            1 => {
                let a = self.str_expr(d);
                let k = self.rng.range(-1, 3);
                (bin(BinOp::Mul, a.0, int(k as i128)), a.1 * k.max(0) as u32)
            }
            2 => {
                let (x, bits) = self.num_expr(d);
                let f = *self.rng.pick(&["str", "repr"]);
                (call(f, vec![x]), bits / 3 + 30)
            }
            3 => {
                let a = self.str_expr(d);
                let lo = self.opt_small(-6, 6);
                let hi = self.opt_small(-6, 8);
                let step = if self.rng.chance(40) {
                    Some(Box::new(int(*self.rng.pick(&[-1, 2, -2, 3]) as i128)))
                } else {
                    None
                };
                (
                    Expr::Slice {
                        value: Box::new(a.0),
                        lo,
                        hi,
                        step,
                    },
                    a.1,
                )
            }
            4 => {
                let a = self.str_expr(d);
                let m = *self.rng.pick(&[
                    "upper",
                    "lower",
                    "strip",
                    "lstrip",
                    "rstrip",
                    "title",
                    "capitalize",
                    "swapcase",
                ]);
                (method(a.0, m, vec![]), a.1)
            }
            5 => {
                let a = self.str_expr(d);
                let old = self.str_literal();
                let new = self.str_literal();
                let grow = if let Expr::Str(n) = &new {
                    n.len() as u32
                } else {
                    10
                };
                (method(a.0, "replace", vec![old, new]), a.1 * (grow + 1) + 1)
            }
            6 => {
                let a = self.str_expr(d);
                let w = self.rng.range(0, 24);
                let m = *self.rng.pick(&["center", "ljust", "rjust", "zfill"]);
                (method(a.0, m, vec![int(w as i128)]), a.1.max(w as u32))
            }
            7 => self.fstring(d),
            8 => self.percent_format(d),
            9 => {
                let sep = *self.rng.pick(&["", ",", " ", "-", ", "]);
                let (l, n) = self.str_list_expr(d.min(1));
                (method(string(sep), "join", vec![l]), n * 30 + n * 2)
            }
            10 => match self.rng.below(3) {
                0 => {
                    let (i, _) = self.int_expr(d);
                    (
                        call(
                            "chr",
                            vec![bin(BinOp::Add, int(65), bin(BinOp::Mod, i, int(26)))],
                        ),
                        1,
                    )
                }
                1 => {
                    let (i, bits) = self.int_expr(d);
                    let f = *self.rng.pick(&["hex", "bin", "oct"]);
                    (call(f, vec![i]), bits + 4)
                }
                _ => {
                    let (l, n) = self.int_list_expr(d.min(1));
                    (call("str", vec![l]), n * 80 + 2)
                }
            },
            _ => {
                // Index into a string (IndexError), or a slice step of 0 (ValueError).
                let a = self.str_expr(d);
                if self.rng.chance(70) {
                    let i = self.small_int(-8, 8);
                    (index(a.0, i), 1)
                } else {
                    (
                        Expr::Slice {
                            value: Box::new(a.0),
                            lo: None,
                            hi: None,
                            step: Some(Box::new(int(0))),
                        },
                        a.1,
                    )
                }
            }
        };
        self.fit(Ty::Str, r, MAX_LEN)
    }

    fn opt_small(&mut self, lo: i64, hi: i64) -> Option<Box<Expr>> {
        if self.rng.chance(60) {
            Some(Box::new(self.small_int(lo, hi)))
        } else {
            None
        }
    }

    /// A numeric operand for formatting and its kind (true = int).
    fn format_operand(&mut self, d: u32) -> (Expr, bool) {
        if self.rng.chance(50) {
            let (e, b) = self.int_expr(d.min(1));
            (self.fit(Ty::Int, (e, b), FLOAT_SAFE_BITS).0, true)
        } else {
            (self.float_expr(d.min(1)), false)
        }
    }

    fn fstring(&mut self, d: u32) -> (Expr, u32) {
        self.tag(Feature::Formatting);
        let n = self.rng.urange(1, 3);
        let mut parts = Vec::new();
        for _ in 0..n {
            if self.rng.chance(60) {
                let w = *self.rng.pick(&["", "v=", " | ", "[", "] ", "x"]);
                if !w.is_empty() {
                    parts.push(FPart::Lit(w.to_string()));
                }
            }
            // Expressions inside an f-string may not contain string literals (the
            // quotes would end the f-string in Python 3.11).
            let (mut e, mut is_int) = self.format_operand(d);
            for _ in 0..8 {
                if !has_str_literal(&e) {
                    break;
                }
                (e, is_int) = self.format_operand(d);
            }
            if has_str_literal(&e) {
                (e, is_int) = (self.small_int(-99, 99), true);
            }
            let spec = if is_int && self.rng.chance(50) {
                self.rng.pick(INT_SPECS).to_string()
            } else {
                self.rng.pick(NUM_SPECS).to_string()
            };
            let conv = if self.rng.chance(10) {
                Some(*self.rng.pick(&['r', 's']))
            } else {
                None
            };
            // A conversion makes the value a str: only str specs then.
            let spec = if conv.is_some() {
                self.rng.pick_str(&["", ">10", "<5", "^9"]).to_string()
            } else {
                spec
            };
            parts.push(FPart::Expr {
                expr: e,
                conv,
                spec,
            });
        }
        (Expr::FString(parts), 200)
    }

    fn percent_format(&mut self, d: u32) -> (Expr, u32) {
        self.tag(Feature::Formatting);
        let n = self.rng.urange(1, 3);
        let mut fmt = String::new();
        let mut args = Vec::new();
        for i in 0..n {
            if i > 0 {
                fmt.push_str(self.rng.pick_str(&[" ", "|", ", "]));
            }
            let (e, is_int) = self.format_operand(d);
            let conv = if is_int {
                *self.rng.pick(&[
                    "%d", "%i", "%x", "%X", "%o", "%s", "%r", "%5d", "%-6d", "%+d", "%05d", "%e",
                    "%.3f", "%g",
                ])
            } else if self.guarded && self.rng.chance(15) {
                "%d"
            } else {
                *self.rng.pick(&[
                    "%f", "%.2f", "%e", "%g", "%s", "%r", "%10.3f", "%-8.1f", "%+.2e", "%.0f",
                    "%G", "%E",
                ])
            };
            fmt.push_str(conv);
            args.push(e);
        }
        let rhs = if args.len() == 1 && self.rng.chance(50) {
            args.pop().unwrap()
        } else {
            Expr::Tuple(args)
        };
        (bin(BinOp::Mod, Expr::Str(fmt), rhs), 200)
    }

    // -----------------------------------------------------------------------
    // Containers
    // -----------------------------------------------------------------------

    pub(crate) fn int_list_expr(&mut self, depth: u32) -> (Expr, u32) {
        if depth == 0 || self.rng.chance(15) {
            if self.rng.chance(50) {
                if let Some(v) = self.pick_var(Ty::IntList) {
                    return (Expr::Name(v.name), v.size);
                }
            }
            let n = self.rng.urange(0, 6);
            let xs: Vec<Expr> = (0..n)
                .map(|_| {
                    let (e, b) = self.int_expr(0);
                    self.fit(Ty::Int, (e, b), ELT_BITS).0
                })
                .collect();
            return (Expr::List(xs), n as u32);
        }
        let d = depth - 1;
        self.tag(Feature::Containers);
        let r = match self.rng.weighted(&[12, 14, 10, 8, 8, 6, 6, 4]) {
            0 => {
                let a = self.rng.range(-5, 5);
                let b = self.rng.range(-5, 20);
                let s = *self.rng.pick(&[1, 2, 3, -1, -2]);
                let n = ((b - a) / s).clamp(0, 30) as u32;
                (
                    call(
                        "list",
                        vec![call(
                            "range",
                            vec![int(a as i128), int(b as i128), int(s as i128)],
                        )],
                    ),
                    n,
                )
            }
            1 => self.int_comprehension(d),
            2 => {
                let (l, n) = self.int_list_expr(d);
                if self.rng.chance(50) {
                    (call("sorted", vec![l]), n)
                } else {
                    let key = *self.rng.pick(&["abs", "lambda t: -t", "lambda t: t % 7"]);
                    let key = if key == "abs" {
                        name("abs")
                    } else if key == "lambda t: -t" {
                        Expr::Lambda(vec!["t".into()], Box::new(unary(UnOp::Neg, name("t"))))
                    } else {
                        Expr::Lambda(
                            vec!["t".into()],
                            Box::new(bin(BinOp::Mod, name("t"), int(7))),
                        )
                    };
                    let mut kwargs = vec![("key".to_string(), key)];
                    if self.rng.chance(40) {
                        kwargs.push(("reverse".to_string(), Expr::Bool(true)));
                    }
                    (
                        Expr::Call {
                            func: Box::new(name("sorted")),
                            args: vec![l],
                            kwargs,
                        },
                        n,
                    )
                }
            }
            3 => {
                let a = self.int_list_expr(d);
                let b = self.int_list_expr(d);
                (bin(BinOp::Add, a.0, b.0), a.1 + b.1)
            }
            4 => {
                let a = self.int_list_expr(d);
                let lo = self.opt_small(-4, 4);
                let hi = self.opt_small(-4, 6);
                let step = if self.rng.chance(30) {
                    Some(Box::new(int(*self.rng.pick(&[-1, 2, -2]) as i128)))
                } else {
                    None
                };
                (
                    Expr::Slice {
                        value: Box::new(a.0),
                        lo,
                        hi,
                        step,
                    },
                    a.1,
                )
            }
            5 => {
                let a = self.int_list_expr(d);
                let k = self.rng.range(0, 3);
                (bin(BinOp::Mul, a.0, int(k as i128)), a.1 * k as u32)
            }
            6 => {
                let s = self.int_set_expr(d);
                (call("sorted", vec![s.0]), s.1)
            }
            _ => {
                let a = self.int_list_expr(d);
                match self.rng.below(3) {
                    0 => (call("list", vec![call("reversed", vec![a.0])]), a.1),
                    1 => (call("list", vec![call("map", vec![name("abs"), a.0])]), a.1),
                    _ => (
                        call(
                            "list",
                            vec![call(
                                "filter",
                                vec![
                                    Expr::Lambda(
                                        vec!["t".into()],
                                        Box::new(bin(BinOp::Mod, name("t"), int(3))),
                                    ),
                                    a.0,
                                ],
                            )],
                        ),
                        a.1,
                    ),
                }
            }
        };
        self.fit(Ty::IntList, r, MAX_LEN)
    }

    /// `[elt for x in range(n) if cond]` (or over a list).
    fn int_comprehension(&mut self, d: u32) -> (Expr, u32) {
        self.tag(Feature::Comprehensions);
        let var = self.fresh("q");
        let (iter, n) = if self.rng.chance(60) {
            let n = self.rng.range(0, 12);
            (call("range", vec![int(n as i128)]), n as u32)
        } else {
            self.int_list_expr(d.min(1))
        };
        self.scoped(|g| {
            g.declare_var(super::Var {
                name: var.clone(),
                ty: Ty::Int,
                writable: false,
                nonempty: false,
                size: ELT_BITS,
            });
            let (elt, b) = g.int_expr(d.min(2));
            let (elt, _) = g.fit(Ty::Int, (elt, b), ELT_BITS);
            let cond = if g.rng.chance(40) {
                Some(Box::new(g.bool_expr(1)))
            } else {
                None
            };
            (
                Expr::Comp {
                    kind: CompKind::List,
                    elt: Box::new(elt),
                    value: None,
                    var: var.clone(),
                    iter: Box::new(iter),
                    cond,
                },
                n,
            )
        })
    }

    pub(crate) fn num_list_expr(&mut self, depth: u32) -> (Expr, u32) {
        if self.rng.chance(40) {
            if let Some(v) = self.pick_var(Ty::NumList) {
                return (Expr::Name(v.name), v.size);
            }
        }
        self.tag(Feature::Containers);
        if depth == 0 || self.rng.chance(50) {
            let n = self.rng.urange(1, 6);
            let xs: Vec<Expr> = (0..n)
                .map(|_| {
                    if self.rng.chance(50) {
                        self.finite_float_literal()
                    } else {
                        let (e, b) = self.int_expr(0);
                        self.fit(Ty::Int, (e, b), FLOAT_SAFE_BITS).0
                    }
                })
                .collect();
            return (Expr::List(xs), n as u32);
        }
        // [x * c for x in ints] with a finite nonzero c: never NaN.
        let (l, n) = self.int_list_expr(depth - 1);
        let var = self.fresh("q");
        let c = self.float_divisor_literal();
        let op = *self.rng.pick(&[BinOp::Mul, BinOp::Div, BinOp::Add]);
        self.tag(Feature::Comprehensions);
        (
            Expr::Comp {
                kind: CompKind::List,
                elt: Box::new(bin(op, name(&var), c)),
                value: None,
                var,
                iter: Box::new(l),
                cond: None,
            },
            n,
        )
    }

    pub(crate) fn str_list_expr(&mut self, depth: u32) -> (Expr, u32) {
        if self.rng.chance(35) {
            if let Some(v) = self.pick_var(Ty::StrList) {
                return (Expr::Name(v.name), v.size);
            }
        }
        self.tag(Feature::Strings);
        match if depth == 0 { 0 } else { self.rng.below(5) } {
            0 => {
                let n = self.rng.urange(0, 5);
                let xs: Vec<Expr> = (0..n).map(|_| self.str_literal()).collect();
                (Expr::List(xs), n as u32)
            }
            1 => {
                let (s, n) = self.str_expr(depth - 1);
                if self.rng.chance(50) {
                    (method(s, "split", vec![]), n)
                } else {
                    let sep = *self.rng.pick(&[",", " ", "a", "ab"]);
                    (method(s, "split", vec![string(sep)]), n + 1)
                }
            }
            2 => {
                let (l, n) = self.str_list_expr(depth - 1);
                (call("sorted", vec![l]), n)
            }
            3 => {
                let (l, n) = self.int_list_expr(depth - 1);
                let var = self.fresh("q");
                self.tag(Feature::Comprehensions);
                (
                    Expr::Comp {
                        kind: CompKind::List,
                        elt: Box::new(call("str", vec![name(&var)])),
                        value: None,
                        var,
                        iter: Box::new(l),
                        cond: None,
                    },
                    n,
                )
            }
            _ => {
                let (s, n) = self.str_expr(depth - 1);
                (call("list", vec![s]), n)
            }
        }
    }

    pub(crate) fn dict_expr(&mut self, depth: u32) -> (Expr, u32) {
        if self.rng.chance(40) {
            if let Some(v) = self.pick_var(Ty::Dict) {
                return (Expr::Name(v.name), v.size);
            }
        }
        self.tag(Feature::Containers);
        if depth == 0 || self.rng.chance(60) {
            let n = self.rng.urange(0, 5);
            let keys = ["a", "b", "c", "key", "zz", "A", ""];
            let kvs: Vec<(Expr, Expr)> = (0..n)
                .map(|_| {
                    let k = *self.rng.pick(&keys);
                    let (v, _) = self.num_expr(0);
                    (string(k), v)
                })
                .collect();
            return (Expr::Dict(kvs), n as u32);
        }
        let (ks, n) = self.str_list_expr(depth - 1);
        let (vs, _) = self.num_list_expr(depth - 1);
        if self.rng.chance(50) {
            (call("dict", vec![call("zip", vec![ks, vs])]), n)
        } else {
            let var = self.fresh("q");
            self.tag(Feature::Comprehensions);
            (
                Expr::Comp {
                    kind: CompKind::Dict,
                    elt: Box::new(name(&var)),
                    value: Some(Box::new(call("len", vec![name(&var)]))),
                    var,
                    iter: Box::new(ks),
                    cond: None,
                },
                n,
            )
        }
    }

    pub(crate) fn tuple_expr(&mut self, depth: u32) -> (Expr, u32) {
        if self.rng.chance(30) {
            if let Some(v) = self.pick_var(Ty::Tuple) {
                return (Expr::Name(v.name), v.size);
            }
        }
        self.tag(Feature::Containers);
        match if depth == 0 { 0 } else { self.rng.below(4) } {
            0 | 1 => {
                let n = self.rng.urange(0, 4);
                let xs: Vec<Expr> = (0..n).map(|_| self.num_expr(depth.min(1)).0).collect();
                (Expr::Tuple(xs), n as u32)
            }
            2 => {
                let (a, _) = self.int_expr(depth - 1);
                let m = self.divisor_literal();
                (call("divmod", vec![a, m]), 2)
            }
            _ => {
                let (l, n) = self.int_list_expr(depth - 1);
                (call("tuple", vec![l]), n)
            }
        }
    }

    pub(crate) fn int_set_expr(&mut self, depth: u32) -> (Expr, u32) {
        if self.rng.chance(40) {
            if let Some(v) = self.pick_var(Ty::IntSet) {
                return (Expr::Name(v.name), v.size);
            }
        }
        self.tag(Feature::Sets);
        match if depth == 0 { 0 } else { self.rng.below(4) } {
            0 => {
                let n = self.rng.urange(0, 5);
                let xs: Vec<Expr> = (0..n)
                    .map(|_| {
                        let (e, b) = self.int_expr(0);
                        self.fit(Ty::Int, (e, b), ELT_BITS).0
                    })
                    .collect();
                (Expr::Set(xs), n as u32)
            }
            1 => {
                let (l, n) = self.int_list_expr(depth - 1);
                (call("set", vec![l]), n)
            }
            2 => {
                let a = self.int_set_expr(depth - 1);
                let b = self.int_set_expr(depth - 1);
                let op = *self
                    .rng
                    .pick(&[BinOp::BitOr, BinOp::BitAnd, BinOp::Sub, BinOp::BitXor]);
                (bin(op, a.0, b.0), a.1 + b.1)
            }
            _ => {
                let var = self.fresh("q");
                let n = self.rng.range(0, 15);
                let m = self.rng.range(2, 9);
                self.tag(Feature::Comprehensions);
                (
                    Expr::Comp {
                        kind: CompKind::Set,
                        elt: Box::new(bin(
                            BinOp::Mod,
                            bin(BinOp::Mul, name(&var), name(&var)),
                            int(m as i128),
                        )),
                        value: None,
                        var,
                        iter: Box::new(call("range", vec![int(n as i128)])),
                        cond: None,
                    },
                    n as u32,
                )
            }
        }
    }

    // -----------------------------------------------------------------------
    // Calls of generated functions
    // -----------------------------------------------------------------------

    /// A call of a generated function returning `ret`, if one is affordable here.
    pub(crate) fn func_call(&mut self, ret: Ty) -> Option<(Expr, u32)> {
        let mult = self.mult;
        let budget = self.budget;
        let guarded = self.guarded;
        let candidates: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| {
                let f = &self.funcs[i];
                f.ret == ret
                    && (!f.may_raise || guarded)
                    && (f.cost.saturating_mul(mult) as i64) <= budget / 4
            })
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let f = self.funcs[*self.rng.pick(&candidates)].clone();
        self.budget -= f.cost.saturating_mul(mult) as i64;
        self.tag(Feature::Functions);
        let args = f.params.iter().map(|&t| self.arg_expr(t)).collect();
        Some((call(&f.name, args), f.ret_size))
    }

    /// An argument for a parameter of type `ty` (within the parameter size bounds).
    pub(crate) fn arg_expr(&mut self, ty: Ty) -> Expr {
        let (e, size) = self.sized_expr(ty, 1);
        let limit = match ty {
            Ty::Int | Ty::Num => PARAM_BITS,
            _ => 60,
        };
        self.fit(ty, (e, size), limit).0
    }
}

/// `module.f(args)`.
pub(crate) fn call_attr(module: &str, f: &str, args: Vec<Expr>) -> Expr {
    Expr::Call {
        func: Box::new(attr(name(module), f)),
        args,
        kwargs: Vec::new(),
    }
}

/// True when `e` contains a string literal (or an f-string).
pub(crate) fn has_str_literal(e: &Expr) -> bool {
    let mut e = e.clone();
    if matches!(e, Expr::Str(_) | Expr::FString(_)) {
        return true;
    }
    e.children_mut().into_iter().any(|c| has_str_literal(c))
}
