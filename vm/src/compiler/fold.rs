//! Constant folding of the forms CPython folds and whose result cannot depend on the
//! runtime: literals, tuples of constants, unary `-`/`+`/`~` on numbers, and `+ - *`
//! and small `**` on numbers. Results are computed with the same semantics the
//! interpreter uses (IEEE doubles, arbitrary-precision ints), and folding is skipped
//! whenever an operation could raise or produce a huge value.

use super::codegen_expr::const_of;
use super::unit::Const;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use rustpython_parser::ast;

/// Folds `e` to a constant if possible (plain literals included).
pub fn fold(e: &ast::Expr) -> Option<Const> {
    match e {
        ast::Expr::Constant(c) => const_of(&c.value),
        ast::Expr::Tuple(t) if matches!(t.ctx, ast::ExprContext::Load) => {
            let items: Option<Vec<Const>> = t.elts.iter().map(fold).collect();
            items.map(Const::Tuple)
        }
        ast::Expr::UnaryOp(u) => {
            let v = fold(&u.operand)?;
            match (&u.op, v) {
                (ast::UnaryOp::USub, Const::Int(i)) => Some(Const::Int(-i)),
                (ast::UnaryOp::USub, Const::Float(f)) => Some(Const::Float(-f)),
                (ast::UnaryOp::UAdd, Const::Int(i)) => Some(Const::Int(i)),
                (ast::UnaryOp::UAdd, Const::Float(f)) => Some(Const::Float(f)),
                (ast::UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(-i - 1)),
                _ => None,
            }
        }
        ast::Expr::BinOp(b) => {
            let l = fold(&b.left)?;
            let r = fold(&b.right)?;
            fold_binop(&b.op, l, r)
        }
        _ => None,
    }
}

fn as_f64(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(i) if i.bits() <= 53 => i.to_f64(),
        _ => None,
    }
}

fn fold_binop(op: &ast::Operator, l: Const, r: Const) -> Option<Const> {
    use ast::Operator::*;
    match (&l, &r) {
        (Const::Int(a), Const::Int(b)) => match op {
            Add => Some(Const::Int(a + b)),
            Sub => Some(Const::Int(a - b)),
            Mult if a.bits() + b.bits() <= 256 => Some(Const::Int(a * b)),
            Pow if !b.is_negative() && b.to_u32().is_some_and(|e| a.bits() * (e as u64) <= 128) => {
                Some(Const::Int(num_traits::pow(
                    a.clone(),
                    b.to_usize().unwrap(),
                )))
            }
            LShift
                if !b.is_negative() && b.to_u32().is_some_and(|s| a.bits() + s as u64 <= 128) =>
            {
                Some(Const::Int(a << b.to_usize().unwrap()))
            }
            _ => None,
        },
        (Const::Float(_), Const::Float(_))
        | (Const::Float(_), Const::Int(_))
        | (Const::Int(_), Const::Float(_)) => {
            let (a, b) = (as_f64(&l)?, as_f64(&r)?);
            match op {
                Add => Some(Const::Float(a + b)),
                Sub => Some(Const::Float(a - b)),
                Mult => Some(Const::Float(a * b)),
                Div if b != 0.0 => Some(Const::Float(a / b)),
                _ => None,
            }
        }
        (Const::Str(a), Const::Str(b)) if matches!(op, Add) && a.len() + b.len() <= 4096 => {
            Some(Const::Str(format!("{a}{b}")))
        }
        _ => None,
    }
}

/// A display element as a constant, for set displays.
pub fn fold_or_const(e: &ast::Expr) -> Option<Const> {
    if matches!(e, ast::Expr::Starred(_)) {
        return None;
    }
    fold(e)
}

/// The truth value of a constant expression.
pub fn const_truth(e: &ast::Expr) -> Option<bool> {
    let c = match e {
        ast::Expr::Constant(c) => const_of(&c.value)?,
        _ => return None,
    };
    Some(match c {
        Const::None => false,
        Const::Bool(b) => b,
        Const::Int(i) => !i.is_zero(),
        Const::Float(f) => f != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::FrozenSet(t) => !t.is_empty(),
        Const::Ellipsis => true,
        Const::Code(_) => true,
    })
}

#[allow(dead_code)]
fn big(i: i64) -> BigInt {
    BigInt::from(i)
}
