//! Code generation for expressions: operators, calls, displays, comprehensions,
//! f-strings, and conditional jumps that avoid materialising booleans.

use super::codegen::{binop, Compiler, Label};
use super::symtable::{key_of, NameScope};
use super::unit::Const;
use super::CompileError;
use crate::bytecode::{CmpOp, Op};
use crate::object::code::flags as cflags;
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;

#[derive(Copy, Clone, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

pub fn const_of(c: &ast::Constant) -> Option<Const> {
    Some(match c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(*b),
        ast::Constant::Str(s) => Const::Str(s.clone()),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Int(i) => Const::Int(i.clone()),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Tuple(t) => {
            Const::Tuple(t.iter().map(const_of).collect::<Option<Vec<_>>>()?)
        }
        ast::Constant::Ellipsis => Const::Ellipsis,
        ast::Constant::Complex { .. } => return None,
    })
}

impl<'a> Compiler<'a> {
    /// Compiles `e`; its own instructions carry its source range (its children's carry
    /// theirs), as CPython's positions do, so that a traceback points at the failing
    /// sub-expression.
    pub fn expr(&mut self, e: &'a ast::Expr) -> Result<(), CompileError> {
        let saved = self.save_position();
        self.set_line(e.range());
        let r = self.expr_node(e);
        self.restore_position(saved);
        r
    }

    fn expr_node(&mut self, e: &'a ast::Expr) -> Result<(), CompileError> {
        use ast::Expr::*;
        if let Some(c) = super::fold::fold(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Constant(c) => match const_of(&c.value) {
                Some(k) => {
                    self.load_const(k);
                    Ok(())
                }
                None => Err(self.unsupported(c.range, "complex numbers")),
            },
            Name(n) => {
                self.load_name(&n.id);
                Ok(())
            }
            BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
                Ok(())
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit_sub(Op::BinaryOp, binop(&b.op) as u8, 0);
                Ok(())
            }
            UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::UAdd => Op::UnaryPos,
                    ast::UnaryOp::USub => Op::UnaryNeg,
                };
                self.emit(op, 0);
                Ok(())
            }
            Lambda(l) => self.lambda(l),
            IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Dict(d) => self.dict_display(d),
            Set(s) => self.set_display(&s.elts),
            List(l) => self.sequence_display(&l.elts, false),
            Tuple(t) => self.sequence_display(&t.elts, true),
            ListComp(c) => self.comprehension(c.range, CompKind::List, &c.generators, &c.elt, None),
            SetComp(c) => self.comprehension(c.range, CompKind::Set, &c.generators, &c.elt, None),
            DictComp(c) => self.comprehension(
                c.range,
                CompKind::Dict,
                &c.generators,
                &c.key,
                Some(&c.value),
            ),
            GeneratorExp(c) => {
                self.comprehension(c.range, CompKind::Gen, &c.generators, &c.elt, None)
            }
            Await(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit_await(super::codegen_async::await_site::AWAIT);
                Ok(())
            }
            Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue, 0);
                Ok(())
            }
            YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.await_loop();
                Ok(())
            }
            Compare(c) => self.compare(c),
            Call(c) => self.call(c),
            FormattedValue(f) => {
                self.formatted_value(f)?;
                Ok(())
            }
            JoinedStr(j) => self.joined_str(j),
            Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let n = self.add_attr_name(&a.attr);
                self.emit(Op::LoadAttr, n);
                Ok(())
            }
            Subscript(s) => {
                if let ast::Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        self.expr(&s.value)?;
                        self.slice_bound(&sl.lower)?;
                        self.slice_bound(&sl.upper)?;
                        self.set_line(s.range);
                        self.emit(Op::BinarySlice, 0);
                        return Ok(());
                    }
                }
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Op::BinarySubscr, 0);
                Ok(())
            }
            Starred(s) => Err(self.err(s.range, "can't use starred expression here")),
            Slice(s) => {
                self.slice_bound(&s.lower)?;
                self.slice_bound(&s.upper)?;
                let mut n = 2;
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
                Ok(())
            }
        }
    }

    // ----- conditions -----------------------------------------------------------------

    /// Jumps to `target` when `e` is truthy (`cond == true`) or falsy.
    pub fn jump_if(
        &mut self,
        e: &'a ast::Expr,
        cond: bool,
        target: Label,
    ) -> Result<(), CompileError> {
        match e {
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                self.jump_if(&u.operand, !cond, target)
            }
            ast::Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let n = b.values.len();
                if is_and != cond {
                    // and-jump-if-false / or-jump-if-true: any operand decides.
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            ast::Expr::Compare(c) if c.ops.len() == 1 => {
                self.expr(&c.left)?;
                self.expr(&c.comparators[0])?;
                self.set_line(c.range);
                self.cmp_op(&c.ops[0]);
                self.emit_jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
            _ => {
                if let Some(t) = super::fold::const_truth(e) {
                    if t == cond {
                        self.emit_jump(Op::Jump, target);
                    }
                    return Ok(());
                }
                self.expr(e)?;
                self.emit_jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn cmp_op(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Eq => self.emit_sub(Op::CompareOp, CmpOp::Eq as u8, 0),
            NotEq => self.emit_sub(Op::CompareOp, CmpOp::Ne as u8, 0),
            Lt => self.emit_sub(Op::CompareOp, CmpOp::Lt as u8, 0),
            LtE => self.emit_sub(Op::CompareOp, CmpOp::Le as u8, 0),
            Gt => self.emit_sub(Op::CompareOp, CmpOp::Gt as u8, 0),
            GtE => self.emit_sub(Op::CompareOp, CmpOp::Ge as u8, 0),
            Is => self.emit(Op::IsOp, 0),
            IsNot => self.emit(Op::IsOp, 1),
            In => self.emit(Op::ContainsOp, 0),
            NotIn => self.emit(Op::ContainsOp, 1),
        };
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> Result<(), CompileError> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_line(c.range);
            self.cmp_op(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            self.set_line(c.range);
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.cmp_op(&c.ops[i]);
                self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(&c.ops[i]);
            }
        }
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    // ----- calls ----------------------------------------------------------------------

    fn call(&mut self, c: &'a ast::ExprCall) -> Result<(), CompileError> {
        let simple = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && !c.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super(): super(__class__, <first argument>).
        if let ast::Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                let scope = self.scope();
                if scope.lookup("super") != NameScope::Local
                    && matches!(scope.lookup("__class__"), NameScope::Free | NameScope::Cell)
                    && !scope.params.is_empty()
                {
                    let first = scope.params[0].clone();
                    self.emit(Op::PushNull, 0);
                    self.load_name("super");
                    self.load_name("__class__");
                    self.load_name(&first);
                    self.set_line(c.range);
                    self.emit(Op::Call, 2);
                    return Ok(());
                }
            }
        }
        if let (ast::Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_line(a.range);
            let n = self.add_attr_name(&a.attr);
            self.emit(Op::LoadMethod, n);
            return self.call_args(&c.args, &c.keywords, 0, c.range);
        }
        self.emit(Op::PushNull, 0);
        self.expr(&c.func)?;
        self.call_args(&c.args, &c.keywords, 0, c.range)
    }

    /// Emits arguments and the call instruction. `already` positional arguments are on
    /// the stack above the callable slots.
    pub fn call_args(
        &mut self,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
        already: u32,
        r: TextRange,
    ) -> Result<(), CompileError> {
        let starred = args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    return Err(self.err(k.range, format!("keyword argument repeated: {name}")));
                }
            }
        }
        if !starred && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let nargs = already + args.len() as u32;
            if keywords.is_empty() {
                self.set_line(r);
                self.emit(Op::Call, nargs);
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Const> = keywords
                    .iter()
                    .map(|k| Const::Str(k.arg.as_ref().unwrap().to_string()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.set_line(r);
                self.emit(Op::CallKw, nargs + keywords.len() as u32);
            }
            return Ok(());
        }
        // General form: build a tuple of positional arguments and a dict of keywords.
        // A lone `*x` is passed as is (CallEx turns it into a tuple and names the callee
        // in its error), as CPython does.
        if already == 0 && args.len() == 1 && matches!(args[0], ast::Expr::Starred(_)) {
            let ast::Expr::Starred(s) = &args[0] else {
                unreachable!()
            };
            self.expr(&s.value)?;
        } else {
            self.emit(Op::BuildList, already);
            for a in args {
                match a {
                    ast::Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::ListExtend, 1);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
            }
            self.emit(Op::ListToTuple, 0);
        }
        let mut flags = 0;
        if !keywords.is_empty() {
            self.emit(Op::BuildMap, 0);
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.to_string()));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            flags = 1;
        }
        self.set_line(r);
        self.emit(Op::CallEx, flags);
        Ok(())
    }

    // ----- displays -------------------------------------------------------------------

    fn sequence_display(&mut self, elts: &'a [ast::Expr], tuple: bool) -> Result<(), CompileError> {
        if elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            self.emit(Op::BuildList, 0);
            for e in elts {
                match e {
                    ast::Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::ListExtend, 1);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
            }
            if tuple {
                self.emit(Op::ListToTuple, 0);
            }
            return Ok(());
        }
        for e in elts {
            self.expr(e)?;
        }
        self.emit(
            if tuple { Op::BuildTuple } else { Op::BuildList },
            elts.len() as u32,
        );
        Ok(())
    }

    fn set_display(&mut self, elts: &'a [ast::Expr]) -> Result<(), CompileError> {
        let consts: Option<Vec<Const>> = if elts.len() >= 3 {
            elts.iter().map(super::fold::fold_or_const).collect()
        } else {
            None
        };
        if let Some(cs) = consts {
            // As CPython 3.11: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE. The
            // frozenset's table layout then decides the set's iteration order.
            self.emit(Op::BuildSet, 0);
            self.load_const(Const::FrozenSet(cs));
            self.emit(Op::SetUpdate, 1);
            return Ok(());
        }
        if elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            self.emit(Op::BuildSet, 0);
            for e in elts {
                match e {
                    ast::Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::SetUpdate, 1);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::SetAdd, 1);
                    }
                }
            }
            return Ok(());
        }
        for e in elts {
            self.expr(e)?;
        }
        self.emit(Op::BuildSet, elts.len() as u32);
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> Result<(), CompileError> {
        if d.keys.iter().all(|k| k.is_some()) {
            for (k, v) in d.keys.iter().zip(&d.values) {
                self.expr(k.as_ref().unwrap())?;
                self.expr(v)?;
            }
            self.emit(Op::BuildMap, d.keys.len() as u32);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    // ----- comprehensions -------------------------------------------------------------

    fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result<(), CompileError> {
        let scope_id = *self
            .table
            .by_key
            .get(&key_of(range))
            .expect("comprehension scope");
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = {
            let parent = self.units.last().unwrap();
            match self.table.scopes[parent.scope].kind {
                super::symtable::ScopeKind::Module => name.to_owned(),
                super::symtable::ScopeKind::Class => format!("{}.{}", parent.code.qualname, name),
                _ => format!("{}.<locals>.{}", parent.code.qualname, name),
            }
        };
        let line = self.lines.line_of(range.start().into());
        self.enter_unit(scope_id, name, &qualname, line);
        // The comprehension's own instructions (its loop) carry its range.
        let own_range = if kind == CompKind::Gen {
            let (s, e) = self
                .lines
                .widen_to_parens(range.start().into(), range.end().into());
            TextRange::new(s.into(), e.into())
        } else {
            range
        };
        self.set_line(own_range);
        self.u().code.argcount = 1;
        self.u().code.flags |= cflags::COMPREHENSION;
        let is_async = self.table.scopes[scope_id].is_coroutine;
        if kind == CompKind::Gen || is_async {
            self.u().code.flags |= cflags::GENERATOR;
        }
        if is_async {
            self.u().code.flags |= cflags::COROUTINE;
        }
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList, 0);
            }
            CompKind::Set => {
                self.emit(Op::BuildSet, 0);
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap, 0);
            }
            CompKind::Gen => {}
        }
        self.comp_loop(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_line(range);
        self.emit(Op::PushNull, 0);
        let mut flags = 0;
        let frees = &self.table.scopes[scope_id].freevars;
        if !frees.is_empty() {
            for f in frees {
                self.load_closure(f);
            }
            self.emit(Op::BuildTuple, frees.len() as u32);
            flags |= 8;
        }
        self.load_const(Const::Code(Box::new(code)));
        self.emit(Op::MakeFunction, flags);
        self.expr(&generators[0].iter)?;
        if generators[0].is_async {
            self.emit(Op::GetAIter, 0);
        } else {
            self.emit(Op::GetIter, 0);
        }
        self.emit(Op::Call, 1);
        if is_async {
            self.emit_await(super::codegen_async::await_site::AWAIT);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result<(), CompileError> {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        self.bind(start);
        if g.is_async {
            // Stack: [collection, iterators 0..=i]; StopAsyncIteration ends this loop.
            self.push_handler(end, i as u32 + 2);
            self.emit(Op::GetANext, 0);
            self.await_loop();
            self.pop_handler();
        } else {
            self.emit_jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.unwrap())?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit_jump(Op::JumpBackward, start);
        self.bind(end);
        if g.is_async {
            self.emit(Op::EndAsyncFor, 0);
        }
        Ok(())
    }

    // ----- f-strings ------------------------------------------------------------------

    fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> Result<(), CompileError> {
        let mut n = 0;
        for v in &j.values {
            match v {
                ast::Expr::Constant(c) => {
                    if let ast::Constant::Str(s) = &c.value {
                        if s.is_empty() {
                            continue;
                        }
                    }
                    self.expr(v)?;
                }
                ast::Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
            n += 1;
        }
        match n {
            0 => self.load_const(Const::Str(String::new())),
            1 => {
                if matches!(
                    j.values.iter().find(|v| !is_empty_str(v)),
                    Some(ast::Expr::Constant(_))
                ) {
                    // A lone literal piece is already a str.
                } else if !matches!(
                    j.values.iter().find(|v| !is_empty_str(v)),
                    Some(ast::Expr::FormattedValue(_))
                ) {
                    self.emit(Op::BuildString, 1);
                }
            }
            _ => {
                self.emit(Op::BuildString, n);
            }
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> Result<(), CompileError> {
        self.expr(&f.value)?;
        let conv = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        let mut flags = conv;
        if let Some(spec) = &f.format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Op::FormatValue, flags);
        Ok(())
    }
}

fn is_empty_str(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Constant(c) if matches!(&c.value, ast::Constant::Str(s) if s.is_empty()))
}

#[allow(dead_code)]
fn range_of(e: &ast::Expr) -> TextRange {
    e.range()
}
