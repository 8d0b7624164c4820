//! The small Python syntax tree that the generator builds, the minimiser shrinks and
//! `render` prints.
//!
//! It covers only what the generator emits. Two kinds of node carry their own
//! termination guarantee so that no shrinking step can turn a terminating program into
//! a hanging one: `Stmt::While` always prints its counter increment as the first
//! statement of the body, and `Stmt::Def::depth_guard` always prints the base case of a
//! recursive function. Neither can be deleted on its own, only with the whole node.

/// A whole program: comment lines, then statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub header: Vec<String>,
    pub body: Vec<Stmt>,
}

/// One `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    /// The exception class (or a parenthesised tuple of classes); `None` is a bare
    /// `except:`.
    pub ty: Option<String>,
    /// `as NAME`.
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// A function parameter, with an optional default value.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `target = value`; the target is an expression (a name, `a[i]` or `o.x`).
    Assign(Expr, Expr),
    /// `target op= value`.
    AugAssign(Expr, BinOp, Expr),
    Expr(Expr),
    If {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        var: String,
        iter: Expr,
        body: Vec<Stmt>,
    },
    /// `counter = 0` / `while counter < limit:` / `    counter += 1` / body.
    While {
        counter: String,
        limit: Expr,
        body: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Raise(Option<Expr>),
    Return(Option<Expr>),
    Break,
    Continue,
    Pass,
    Def {
        name: String,
        params: Vec<Param>,
        /// `if PARAM <= 0: return VALUE`, printed first (the base case of recursion).
        depth_guard: Option<(String, Expr)>,
        body: Vec<Stmt>,
        /// `yield` appears in the body (a generator function).
        is_generator: bool,
    },
    Class {
        name: String,
        bases: Vec<String>,
        body: Vec<Stmt>,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// Verbatim source lines, at the current indentation (the prelude).
    Raw(Vec<String>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    Lit(String),
    /// `{expr!conv:spec}`; the expression never contains a string literal.
    Expr {
        expr: Expr,
        conv: Option<char>,
        spec: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// An int literal (wide enough for 2**64 and -2**63; larger values are built
    /// with `**`).
    Int(i128),
    Float(f64),
    Str(String),
    Bool(bool),
    None,
    Name(String),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// A comparison chain: `a < b <= c`.
    Cmp(Box<Expr>, Vec<(CmpOp, Expr)>),
    BoolOp(BoolOp, Box<Expr>, Box<Expr>),
    IfExp {
        cond: Box<Expr>,
        then: Box<Expr>,
        orelse: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    Attr(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    Slice {
        value: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    Comp {
        kind: CompKind,
        /// The element (for a dict comprehension, the key).
        elt: Box<Expr>,
        /// The value of a dict comprehension.
        value: Option<Box<Expr>>,
        var: String,
        iter: Box<Expr>,
        cond: Option<Box<Expr>>,
    },
    FString(Vec<FPart>),
    Lambda(Vec<String>, Box<Expr>),
    Yield(Option<Box<Expr>>),
}

// ---------------------------------------------------------------------------
// Constructors that keep generator code short
// ---------------------------------------------------------------------------

pub fn name(s: &str) -> Expr {
    Expr::Name(s.to_string())
}

pub fn int(v: i128) -> Expr {
    Expr::Int(v)
}

pub fn string(s: &str) -> Expr {
    Expr::Str(s.to_string())
}

pub fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
    Expr::Bin(op, Box::new(a), Box::new(b))
}

pub fn unary(op: UnOp, a: Expr) -> Expr {
    Expr::Unary(op, Box::new(a))
}

pub fn cmp(a: Expr, op: CmpOp, b: Expr) -> Expr {
    Expr::Cmp(Box::new(a), vec![(op, b)])
}

pub fn call(f: &str, args: Vec<Expr>) -> Expr {
    Expr::Call {
        func: Box::new(name(f)),
        args,
        kwargs: Vec::new(),
    }
}

pub fn method(obj: Expr, m: &str, args: Vec<Expr>) -> Expr {
    Expr::Call {
        func: Box::new(Expr::Attr(Box::new(obj), m.to_string())),
        args,
        kwargs: Vec::new(),
    }
}

pub fn attr(obj: Expr, a: &str) -> Expr {
    Expr::Attr(Box::new(obj), a.to_string())
}

pub fn index(v: Expr, i: Expr) -> Expr {
    Expr::Index(Box::new(v), Box::new(i))
}

pub fn if_exp(cond: Expr, then: Expr, orelse: Expr) -> Expr {
    Expr::IfExp {
        cond: Box::new(cond),
        then: Box::new(then),
        orelse: Box::new(orelse),
    }
}

pub fn assign(target: &str, value: Expr) -> Stmt {
    Stmt::Assign(name(target), value)
}

pub fn expr_stmt(e: Expr) -> Stmt {
    Stmt::Expr(e)
}

/// `print(args...)`.
pub fn print(args: Vec<Expr>) -> Stmt {
    Stmt::Expr(call("print", args))
}

/// `for var in range(n):`.
pub fn for_range(var: &str, n: Expr, body: Vec<Stmt>) -> Stmt {
    Stmt::For {
        var: var.to_string(),
        iter: call("range", vec![n]),
        body,
    }
}

// ---------------------------------------------------------------------------
// Traversal (used by the minimiser and by tests)
// ---------------------------------------------------------------------------

impl Expr {
    /// The direct sub-expressions, in printing order.
    pub fn children_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Expr::Int(_)
            | Expr::Float(_)
            | Expr::Str(_)
            | Expr::Bool(_)
            | Expr::None
            | Expr::Name(_) => Vec::new(),
            Expr::Bin(_, a, b) | Expr::BoolOp(_, a, b) | Expr::Index(a, b) => vec![a, b],
            Expr::Unary(_, a) | Expr::Attr(a, _) | Expr::Lambda(_, a) => vec![a],
            Expr::Cmp(a, rest) => {
                let mut v: Vec<&mut Expr> = vec![a];
                v.extend(rest.iter_mut().map(|(_, e)| e));
                v
            }
            Expr::IfExp { cond, then, orelse } => vec![cond, then, orelse],
            Expr::Call { func, args, kwargs } => {
                let mut v: Vec<&mut Expr> = vec![func];
                v.extend(args.iter_mut());
                v.extend(kwargs.iter_mut().map(|(_, e)| e));
                v
            }
            Expr::Slice {
                value,
                lo,
                hi,
                step,
            } => {
                let mut v: Vec<&mut Expr> = vec![value];
                for e in [lo, hi, step].into_iter().flatten() {
                    v.push(e);
                }
                v
            }
            Expr::List(xs) | Expr::Tuple(xs) | Expr::Set(xs) => xs.iter_mut().collect(),
            Expr::Dict(kvs) => kvs.iter_mut().flat_map(|(k, v)| [k, v]).collect(),
            Expr::Comp {
                elt,
                value,
                iter,
                cond,
                ..
            } => {
                let mut v: Vec<&mut Expr> = vec![elt];
                if let Some(x) = value {
                    v.push(x);
                }
                v.push(iter);
                if let Some(c) = cond {
                    v.push(c);
                }
                v
            }
            Expr::FString(parts) => parts
                .iter_mut()
                .filter_map(|p| match p {
                    FPart::Expr { expr, .. } => Some(expr),
                    FPart::Lit(_) => None,
                })
                .collect(),
            Expr::Yield(v) => v.iter_mut().map(|b| &mut **b).collect(),
        }
    }

    /// The number of nodes in this expression tree.
    pub fn size(&mut self) -> usize {
        1 + self
            .children_mut()
            .into_iter()
            .map(|c| c.size())
            .sum::<usize>()
    }
}

impl Stmt {
    /// The expressions directly held by this statement (not those of nested bodies).
    pub fn exprs_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Stmt::Assign(t, v) | Stmt::AugAssign(t, _, v) => vec![t, v],
            Stmt::Expr(e) => vec![e],
            Stmt::If { cond, .. } => vec![cond],
            Stmt::For { iter, .. } => vec![iter],
            Stmt::While { limit, .. } => vec![limit],
            Stmt::Raise(e) | Stmt::Return(e) => e.iter_mut().collect(),
            Stmt::Def {
                params,
                depth_guard,
                ..
            } => {
                let mut v: Vec<&mut Expr> = params
                    .iter_mut()
                    .filter_map(|p| p.default.as_mut())
                    .collect();
                if let Some((_, e)) = depth_guard {
                    v.push(e);
                }
                v
            }
            Stmt::Try { .. }
            | Stmt::Break
            | Stmt::Continue
            | Stmt::Pass
            | Stmt::Class { .. }
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Raw(_) => Vec::new(),
        }
    }

    /// The statement lists nested directly in this statement.
    pub fn bodies_mut(&mut self) -> Vec<&mut Vec<Stmt>> {
        match self {
            Stmt::If { body, orelse, .. } => vec![body, orelse],
            Stmt::For { body, .. }
            | Stmt::While { body, .. }
            | Stmt::Def { body, .. }
            | Stmt::Class { body, .. } => vec![body],
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let mut v: Vec<&mut Vec<Stmt>> = vec![body];
                v.extend(handlers.iter_mut().map(|h| &mut h.body));
                v.push(orelse);
                v.push(finalbody);
                v
            }
            _ => Vec::new(),
        }
    }
}

impl Program {
    /// Calls `f` on every statement list in the program, outermost first (pre-order).
    pub fn for_each_block(&mut self, f: &mut dyn FnMut(&mut Vec<Stmt>)) {
        fn walk(block: &mut Vec<Stmt>, f: &mut dyn FnMut(&mut Vec<Stmt>)) {
            f(block);
            for s in block.iter_mut() {
                for b in s.bodies_mut() {
                    walk(b, f);
                }
            }
        }
        walk(&mut self.body, f);
    }

    /// Calls `f` on every expression node, in pre-order. Assignment targets are not
    /// visited (replacing one could only produce a syntax error).
    pub fn for_each_expr(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        fn walk_expr(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
            f(e);
            for c in e.children_mut() {
                walk_expr(c, f);
            }
        }
        fn walk(block: &mut [Stmt], f: &mut dyn FnMut(&mut Expr)) {
            for s in block.iter_mut() {
                let skip_target = matches!(s, Stmt::Assign(..) | Stmt::AugAssign(..));
                for (k, e) in s.exprs_mut().into_iter().enumerate() {
                    if skip_target && k == 0 {
                        continue;
                    }
                    walk_expr(e, f);
                }
                for b in s.bodies_mut() {
                    walk(b, f);
                }
            }
        }
        walk(&mut self.body, f);
    }

    /// Number of statements (recursively).
    pub fn stmt_count(&mut self) -> usize {
        let mut n = 0;
        self.for_each_block(&mut |b| n += b.len());
        n
    }

    /// Number of expression nodes.
    pub fn expr_count(&mut self) -> usize {
        let mut n = 0;
        self.for_each_expr(&mut |_| n += 1);
        n
    }
}
