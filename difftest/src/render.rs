//! Prints a syntax tree as Python source.
//!
//! Invariants: the output is ASCII; every compound sub-expression is parenthesised,
//! so the printed text means exactly what the tree says whatever the precedence rules;
//! an empty body prints as `pass`; float literals print so that CPython reads back the
//! same double (`float("nan")`, `float("inf")` and `-0.0` are spelled out, with double
//! quotes so that they may appear inside single-quoted f-strings).

use crate::ast::*;
use std::fmt::Write;

/// The program as Python source text.
pub fn program(p: &Program) -> String {
    let mut out = String::new();
    for h in &p.header {
        out.push_str("# ");
        out.push_str(h);
        out.push('\n');
    }
    block(&mut out, &p.body, 0);
    out
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("    ");
    }
}

fn line(out: &mut String, level: usize, text: &str) {
    indent(out, level);
    out.push_str(text);
    out.push('\n');
}

fn block(out: &mut String, body: &[Stmt], level: usize) {
    if body.is_empty() {
        line(out, level, "pass");
        return;
    }
    for s in body {
        stmt(out, s, level);
    }
}

fn stmt(out: &mut String, s: &Stmt, level: usize) {
    match s {
        Stmt::Assign(t, v) => line(out, level, &format!("{} = {}", expr(t), expr(v))),
        Stmt::AugAssign(t, op, v) => line(
            out,
            level,
            &format!("{} {}= {}", expr(t), binop_text(*op), expr(v)),
        ),
        Stmt::Expr(e) => line(out, level, &expr(e)),
        Stmt::If { cond, body, orelse } => {
            line(out, level, &format!("if {}:", expr(cond)));
            block(out, body, level + 1);
            if !orelse.is_empty() {
                line(out, level, "else:");
                block(out, orelse, level + 1);
            }
        }
        Stmt::For { var, iter, body } => {
            line(out, level, &format!("for {var} in {}:", expr(iter)));
            block(out, body, level + 1);
        }
        Stmt::While {
            counter,
            limit,
            body,
        } => {
            line(out, level, &format!("{counter} = 0"));
            line(out, level, &format!("while {counter} < {}:", expr(limit)));
            line(out, level + 1, &format!("{counter} += 1"));
            for s in body {
                stmt(out, s, level + 1);
            }
        }
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            line(out, level, "try:");
            block(out, body, level + 1);
            for h in handlers {
                let head = match (&h.ty, &h.name) {
                    (None, _) => "except:".to_string(),
                    (Some(t), None) => format!("except {t}:"),
                    (Some(t), Some(n)) => format!("except {t} as {n}:"),
                };
                line(out, level, &head);
                block(out, &h.body, level + 1);
            }
            if !orelse.is_empty() && !handlers.is_empty() {
                line(out, level, "else:");
                block(out, orelse, level + 1);
            }
            if !finalbody.is_empty() || handlers.is_empty() {
                line(out, level, "finally:");
                block(out, finalbody, level + 1);
            }
        }
        Stmt::Raise(None) => line(out, level, "raise"),
        Stmt::Raise(Some(e)) => line(out, level, &format!("raise {}", expr(e))),
        Stmt::Return(None) => line(out, level, "return"),
        Stmt::Return(Some(e)) => line(out, level, &format!("return {}", expr(e))),
        Stmt::Break => line(out, level, "break"),
        Stmt::Continue => line(out, level, "continue"),
        Stmt::Pass => line(out, level, "pass"),
        Stmt::Def {
            name,
            params,
            depth_guard,
            body,
            is_generator,
        } => {
            let ps: Vec<String> = params
                .iter()
                .map(|p| match &p.default {
                    Some(d) => format!("{}={}", p.name, expr(d)),
                    None => p.name.clone(),
                })
                .collect();
            line(out, level, &format!("def {name}({}):", ps.join(", ")));
            let mut empty = body.is_empty();
            if let Some((param, base)) = depth_guard {
                line(out, level + 1, &format!("if {param} <= 0:"));
                if *is_generator {
                    // A generator's base case ends the iteration.
                    line(out, level + 2, "return");
                    let _ = base;
                } else {
                    line(out, level + 2, &format!("return {}", expr(base)));
                }
                empty = false;
            }
            if *is_generator && !contains_yield(body) {
                // Keep it a generator function whatever the minimiser removed.
                line(out, level + 1, "if False:");
                line(out, level + 2, "yield None");
                empty = false;
            }
            if empty {
                line(out, level + 1, "pass");
            } else {
                for s in body {
                    stmt(out, s, level + 1);
                }
            }
        }
        Stmt::Class { name, bases, body } => {
            if bases.is_empty() {
                line(out, level, &format!("class {name}:"));
            } else {
                line(out, level, &format!("class {name}({}):", bases.join(", ")));
            }
            block(out, body, level + 1);
        }
        Stmt::Global(names) => line(out, level, &format!("global {}", names.join(", "))),
        Stmt::Nonlocal(names) => line(out, level, &format!("nonlocal {}", names.join(", "))),
        Stmt::Raw(lines) => {
            for l in lines {
                line(out, level, l);
            }
        }
    }
}

fn contains_yield(body: &[Stmt]) -> bool {
    fn in_expr(e: &Expr) -> bool {
        let mut e = e.clone();
        if matches!(e, Expr::Yield(_)) {
            return true;
        }
        // Lambdas and comprehensions have their own scopes; the generator never puts a
        // yield there.
        e.children_mut().into_iter().any(|c| in_expr(c))
    }
    body.iter().any(|s| {
        let mut s = s.clone();
        if matches!(s, Stmt::Def { .. } | Stmt::Class { .. }) {
            return false;
        }
        s.exprs_mut().into_iter().any(|e| in_expr(e))
            || s.bodies_mut().into_iter().any(|b| contains_yield(b))
    })
}

pub fn binop_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
    }
}

fn cmpop_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
    }
}

/// A float literal that reads back as exactly `f`.
pub fn float_literal(f: f64) -> String {
    if f.is_nan() {
        "float(\"nan\")".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "float(\"inf\")".to_string()
        } else {
            "float(\"-inf\")".to_string()
        }
    } else {
        // Rust's Debug for f64 prints the shortest representation that round-trips,
        // always with a '.' or an exponent, which Python parses identically.
        format!("{f:?}")
    }
}

/// A Python string literal for `s` (single-quoted, ASCII, escapes for the rest).
pub fn str_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (' '..='~').contains(&c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
        }
    }
    out.push('\'');
    out
}

/// True when `e` prints as an atom that needs no parentheses as an operand.
fn is_atom(e: &Expr) -> bool {
    match e {
        Expr::Int(v) => *v >= 0,
        Expr::Float(f) => f.is_nan() || (*f >= 0.0 && f.is_sign_positive()) || f.is_infinite(),
        Expr::Str(_)
        | Expr::Bool(_)
        | Expr::None
        | Expr::Name(_)
        | Expr::Call { .. }
        | Expr::Attr(..)
        | Expr::Index(..)
        | Expr::Slice { .. }
        | Expr::List(_)
        | Expr::Tuple(_)
        | Expr::Dict(_)
        | Expr::Set(_)
        | Expr::Comp { .. }
        | Expr::FString(_) => true,
        _ => false,
    }
}

/// `e` as an operand: parenthesised unless it is an atom.
fn operand(e: &Expr) -> String {
    if is_atom(e) {
        expr(e)
    } else {
        format!("({})", expr(e))
    }
}

/// `e` as the object of `.attr`, `[i]` or a call: int literals need parentheses too
/// (`(5).bit_length()`).
fn primary(e: &Expr) -> String {
    match e {
        Expr::Int(_) | Expr::Float(_) => format!("({})", expr(e)),
        _ => operand(e),
    }
}

fn args_text(args: &[Expr], kwargs: &[(String, Expr)]) -> String {
    let mut parts: Vec<String> = args.iter().map(expr).collect();
    parts.extend(kwargs.iter().map(|(k, v)| format!("{k}={}", expr(v))));
    parts.join(", ")
}

/// The source text of an expression.
pub fn expr(e: &Expr) -> String {
    match e {
        Expr::Int(v) => v.to_string(),
        Expr::Float(f) => float_literal(*f),
        Expr::Str(s) => str_literal(s),
        Expr::Bool(true) => "True".to_string(),
        Expr::Bool(false) => "False".to_string(),
        Expr::None => "None".to_string(),
        Expr::Name(n) => n.clone(),
        Expr::Bin(op, a, b) => format!("{} {} {}", operand(a), binop_text(*op), operand(b)),
        Expr::Unary(op, a) => match op {
            UnOp::Neg => format!("-{}", operand(a)),
            UnOp::Pos => format!("+{}", operand(a)),
            UnOp::Invert => format!("~{}", operand(a)),
            UnOp::Not => format!("not {}", operand(a)),
        },
        Expr::Cmp(first, rest) => {
            let mut s = operand(first);
            for (op, e) in rest {
                let _ = write!(s, " {} {}", cmpop_text(*op), operand(e));
            }
            s
        }
        Expr::BoolOp(op, a, b) => {
            let word = if *op == BoolOp::And { "and" } else { "or" };
            format!("{} {word} {}", operand(a), operand(b))
        }
        Expr::IfExp { cond, then, orelse } => format!(
            "{} if {} else {}",
            operand(then),
            operand(cond),
            operand(orelse)
        ),
        Expr::Call { func, args, kwargs } => {
            format!("{}({})", primary(func), args_text(args, kwargs))
        }
        Expr::Attr(obj, a) => format!("{}.{a}", primary(obj)),
        Expr::Index(v, i) => format!("{}[{}]", primary(v), expr(i)),
        Expr::Slice {
            value,
            lo,
            hi,
            step,
        } => {
            let part = |x: &Option<Box<Expr>>| x.as_ref().map(|e| expr(e)).unwrap_or_default();
            match step {
                Some(_) => format!(
                    "{}[{}:{}:{}]",
                    primary(value),
                    part(lo),
                    part(hi),
                    part(step)
                ),
                None => format!("{}[{}:{}]", primary(value), part(lo), part(hi)),
            }
        }
        Expr::List(xs) => format!("[{}]", args_text(xs, &[])),
        Expr::Tuple(xs) => match xs.len() {
            0 => "()".to_string(),
            1 => format!("({},)", expr(&xs[0])),
            _ => format!("({})", args_text(xs, &[])),
        },
        Expr::Dict(kvs) => {
            let parts: Vec<String> = kvs
                .iter()
                .map(|(k, v)| format!("{}: {}", expr(k), expr(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Expr::Set(xs) => {
            if xs.is_empty() {
                "set()".to_string()
            } else {
                format!("{{{}}}", args_text(xs, &[]))
            }
        }
        Expr::Comp {
            kind,
            elt,
            value,
            var,
            iter,
            cond,
        } => {
            let head = match (kind, value) {
                (CompKind::Dict, Some(v)) => format!("{}: {}", operand(elt), operand(v)),
                _ => operand(elt),
            };
            let mut body = format!("{head} for {var} in {}", operand(iter));
            if let Some(c) = cond {
                let _ = write!(body, " if {}", operand(c));
            }
            match kind {
                CompKind::List => format!("[{body}]"),
                CompKind::Set => format!("{{{body}}}"),
                CompKind::Dict => {
                    if value.is_some() {
                        format!("{{{body}}}")
                    } else {
                        // A dict comprehension that lost its value: keep it valid.
                        format!("{{{head}: None for {var} in {}}}", operand(iter))
                    }
                }
                CompKind::Gen => format!("({body})"),
            }
        }
        Expr::FString(parts) => {
            let mut s = String::from("f'");
            for p in parts {
                match p {
                    FPart::Lit(t) => {
                        let lit = str_literal(t);
                        let inner = &lit[1..lit.len() - 1];
                        s.push_str(&inner.replace('{', "{{").replace('}', "}}"));
                    }
                    FPart::Expr {
                        expr: e,
                        conv,
                        spec,
                    } => {
                        s.push('{');
                        // A leading '{' or a string literal would confuse the
                        // f-string parser: parenthesise all but names.
                        match e {
                            Expr::Name(n) => s.push_str(n),
                            _ => {
                                let _ = write!(s, "({})", expr(e));
                            }
                        }
                        if let Some(c) = conv {
                            s.push('!');
                            s.push(*c);
                        }
                        if !spec.is_empty() {
                            s.push(':');
                            s.push_str(spec);
                        }
                        s.push('}');
                    }
                }
            }
            s.push('\'');
            s
        }
        Expr::Lambda(params, body) => format!("lambda {}: {}", params.join(", "), operand(body)),
        Expr::Yield(None) => "(yield)".to_string(),
        Expr::Yield(Some(v)) => format!("(yield {})", expr(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_round_trip() {
        assert_eq!(float_literal(-0.0), "-0.0");
        assert_eq!(float_literal(1e308), "1e308");
        assert_eq!(float_literal(0.1), "0.1");
        assert_eq!(float_literal(2.0), "2.0");
        assert_eq!(float_literal(f64::NAN), "float(\"nan\")");
        assert_eq!(str_literal("a'b\\c\n"), "'a\\'b\\\\c\\n'");
    }

    #[test]
    fn operands_are_parenthesised() {
        let e = bin(
            BinOp::Pow,
            int(-5),
            bin(BinOp::Add, name("x"), Expr::Float(-0.0)),
        );
        assert_eq!(expr(&e), "(-5) ** (x + (-0.0))");
        assert_eq!(
            expr(&method(int(5), "bit_length", vec![])),
            "(5).bit_length()"
        );
    }

    #[test]
    fn empty_bodies_print_pass() {
        let p = Program {
            header: vec!["h".into()],
            body: vec![Stmt::If {
                cond: Expr::Bool(true),
                body: vec![],
                orelse: vec![],
            }],
        };
        assert_eq!(program(&p), "# h\nif True:\n    pass\n");
    }
}
