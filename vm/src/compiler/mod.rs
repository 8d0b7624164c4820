//! The front end: Python source -> AST (rustpython-parser) -> Tern bytecode.
//!
//! `compile_module` is pure: it produces a `CodeUnit` tree (Rust data, no heap
//! objects), which `Vm::load_code_unit` then turns into code objects. So compiling
//! never interacts with the collector, and the compiler can be tested without a VM.
//!
//! Phases, one file each: `symtable` (scope analysis), `codegen`, `codegen_expr` and
//! `codegen_async` (AST -> instructions), `assemble` (labels, stack depth, exception
//! table), `fold` (constant folding).

pub mod assemble;
#[cfg(test)]
mod async_tests;
pub mod codegen;
pub mod codegen_async;
pub mod codegen_expr;
pub mod fold;
pub mod symtable;
pub mod unit;

pub use symtable::mangle;
pub use unit::{CodeUnit, Const};

use crate::object::code::Position;
use rustpython_parser::ast;

/// Deepest statement nesting accepted (CPython's parser limit is about 200).
pub const MAX_NESTING: usize = 200;
/// Deepest expression nesting accepted (CPython compiles a few thousand levels of
/// `1 + 1 + ...` and fails with RecursionError beyond).
pub const MAX_EXPR_NESTING: usize = 4000;

/// Maps byte offsets to 1-based (line, column in characters).
pub struct LineIndex {
    starts: Vec<u32>,
    src: String,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex {
            starts,
            src: src.to_owned(),
        }
    }

    /// (line, column), both 1-based; the column counts characters.
    pub fn locate(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line] as usize;
        let end = (offset as usize).min(self.src.len());
        let col = self
            .src
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }

    /// `start..end` widened to the parentheses right around it (whitespace aside), if
    /// there are: a generator expression that is a call's only argument borrows the
    /// call's parentheses, and CPython's positions include them.
    pub fn widen_to_parens(&self, start: u32, end: u32) -> (u32, u32) {
        let b = self.src.as_bytes();
        if b.get(start as usize) == Some(&b'(') {
            return (start, end);
        }
        let mut s = start as usize;
        while s > 0 && b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let mut e = end as usize;
        while e < b.len() && b[e].is_ascii_whitespace() {
            e += 1;
        }
        if s > 0 && b[s - 1] == b'(' && b.get(e) == Some(&b')') {
            (s as u32 - 1, e as u32 + 1)
        } else {
            (start, end)
        }
    }

    /// The source text between two byte offsets.
    pub fn slice(&self, start: u32, end: u32) -> &str {
        self.src.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn line_of(&self, offset: u32) -> u32 {
        self.locate(offset).0
    }

    /// The source position of a range as a traceback shows it: start line, end line,
    /// and the UTF-8 byte columns (0-based) of the start and end within their lines.
    pub fn position(&self, start: u32, end: u32) -> Position {
        let line_and_col = |offset: u32| {
            let line = match self.starts.binary_search(&offset) {
                Ok(i) => i,
                Err(i) => i - 1,
            };
            (line as u32 + 1, offset - self.starts[line])
        };
        let (line, col) = line_and_col(start);
        let (end_line, end_col) = line_and_col(end.max(start));
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// A `SyntaxError` as CPython would raise it.
    Syntax,
    /// Valid Python that Tern does not support; the message names the feature.
    Unsupported,
    /// Input nested too deeply to compile (CPython raises RecursionError).
    Recursion,
}

#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub line: u32,
    pub col: u32,
}

impl CompileError {
    pub fn syntax(message: String, (line, col): (u32, u32)) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Syntax,
            message,
            line,
            col,
        }
    }
    pub fn unsupported(feature: &str, (line, col): (u32, u32)) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Unsupported,
            message: format!("{feature} is not supported by Tern"),
            line,
            col,
        }
    }
}

/// Parses and compiles a module.
pub fn compile_module(source: &str, filename: &str) -> Result<CodeUnit, CompileError> {
    let lines = LineIndex::new(source);
    check_nesting(source, &lines)?;
    let suite = match rustpython_parser::parse(source, rustpython_parser::Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => m.body,
        Ok(_) => unreachable!("Mode::Module yields a module"),
        Err(e) => return Err(parse_error(e, &lines, source)),
    };
    check_ast_depth(&suite, &lines)?;
    let table = symtable::build(&suite, &lines)?;
    codegen::compile(&suite, &table, &lines, filename)
}

/// Rejects bracket nesting deeper than CPython's tokenizer allows, before parsing (so
/// that pathological input cannot exhaust the parser or the native stack).
fn check_nesting(source: &str, lines: &LineIndex) -> Result<(), CompileError> {
    let mut depth = 0usize;
    let bytes = source.as_bytes();
    let mut i = 0;
    // Skip string literals and comments roughly: a bracket inside a string must not
    // count. This is a conservative pre-check; the parser does the real work.
    let mut in_str: Option<(u8, bool)> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match in_str {
            Some((q, triple)) => {
                if b == b'\\' {
                    i += 2;
                    continue;
                }
                if b == q {
                    if triple {
                        if i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q {
                            in_str = None;
                            i += 3;
                            continue;
                        }
                    } else {
                        in_str = None;
                    }
                } else if b == b'\n' && !triple {
                    in_str = None;
                }
            }
            None => match b {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'"' | b'\'' => {
                    let triple = i + 2 < bytes.len() && bytes[i + 1] == b && bytes[i + 2] == b;
                    in_str = Some((b, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(CompileError::syntax(
                            "too many nested parentheses".into(),
                            lines.locate(i as u32),
                        ));
                    }
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
        i += 1;
    }
    Ok(())
}

/// Rejects ASTs nested deeper than the compiler's recursion allows.
fn check_ast_depth(suite: &[ast::Stmt], lines: &LineIndex) -> Result<(), CompileError> {
    use rustpython_parser::ast::Ranged;
    fn expr_depth(e: &ast::Expr, d: usize) -> Result<(), u32> {
        if d > MAX_EXPR_NESTING {
            return Err(e.range().start().into());
        }
        let mut res = Ok(());
        visit_child_exprs(e, &mut |c| {
            if res.is_ok() {
                res = expr_depth(c, d + 1);
            }
        });
        res
    }
    fn stmt_depth(s: &ast::Stmt, d: usize) -> Result<(), (u32, bool)> {
        if d > MAX_NESTING {
            return Err((s.range().start().into(), false));
        }
        let res = std::cell::Cell::new(Ok(()));
        visit_stmt_children(
            s,
            &mut |c| {
                if res.get().is_ok() {
                    res.set(stmt_depth(c, d + 1));
                }
            },
            &mut |e| {
                if res.get().is_ok() {
                    res.set(expr_depth(e, 0).map_err(|off| (off, true)));
                }
            },
        );
        res.get()
    }
    for s in suite {
        match stmt_depth(s, 0) {
            Ok(()) => {}
            Err((off, true)) => {
                let (line, col) = lines.locate(off);
                return Err(CompileError {
                    kind: CompileErrorKind::Recursion,
                    message: "maximum recursion depth exceeded during compilation".into(),
                    line,
                    col,
                });
            }
            Err((off, false)) => {
                return Err(CompileError::syntax(
                    "too many statically nested blocks".into(),
                    lines.locate(off),
                ));
            }
        }
    }
    Ok(())
}

/// Calls `f` on each direct sub-expression of `e`.
pub fn visit_child_exprs(e: &ast::Expr, f: &mut dyn FnMut(&ast::Expr)) {
    use ast::Expr::*;
    match e {
        BoolOp(b) => b.values.iter().for_each(f),
        NamedExpr(n) => {
            f(&n.target);
            f(&n.value)
        }
        BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        UnaryOp(u) => f(&u.operand),
        Lambda(l) => f(&l.body),
        IfExp(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Dict(d) => {
            d.keys.iter().flatten().for_each(&mut *f);
            d.values.iter().for_each(f)
        }
        Set(s) => s.elts.iter().for_each(f),
        ListComp(c) => {
            f(&c.elt);
            comp_children(&c.generators, f)
        }
        SetComp(c) => {
            f(&c.elt);
            comp_children(&c.generators, f)
        }
        DictComp(c) => {
            f(&c.key);
            f(&c.value);
            comp_children(&c.generators, f)
        }
        GeneratorExp(c) => {
            f(&c.elt);
            comp_children(&c.generators, f)
        }
        Await(a) => f(&a.value),
        Yield(y) => {
            if let Some(v) = &y.value {
                f(v)
            }
        }
        YieldFrom(y) => f(&y.value),
        Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f)
        }
        Call(c) => {
            f(&c.func);
            c.args.iter().for_each(&mut *f);
            c.keywords.iter().for_each(|k| f(&k.value))
        }
        FormattedValue(v) => {
            f(&v.value);
            if let Some(s) = &v.format_spec {
                f(s)
            }
        }
        JoinedStr(j) => j.values.iter().for_each(f),
        Constant(_) | Name(_) => {}
        Attribute(a) => f(&a.value),
        Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Starred(s) => f(&s.value),
        List(l) => l.elts.iter().for_each(f),
        Tuple(t) => t.elts.iter().for_each(f),
        Slice(s) => [&s.lower, &s.upper, &s.step]
            .into_iter()
            .flatten()
            .for_each(|x| f(x)),
    }
}

fn comp_children(gens: &[ast::Comprehension], f: &mut dyn FnMut(&ast::Expr)) {
    for g in gens {
        f(&g.target);
        f(&g.iter);
        g.ifs.iter().for_each(&mut *f);
    }
}

/// Calls `fs` on nested statements and `fe` on expressions directly in `s`.
fn visit_stmt_children(
    s: &ast::Stmt,
    fs: &mut dyn FnMut(&ast::Stmt),
    fe: &mut dyn FnMut(&ast::Expr),
) {
    use ast::Stmt::*;
    match s {
        FunctionDef(f) => {
            f.decorator_list.iter().for_each(&mut *fe);
            f.body.iter().for_each(fs)
        }
        AsyncFunctionDef(f) => {
            f.decorator_list.iter().for_each(&mut *fe);
            f.body.iter().for_each(fs)
        }
        ClassDef(c) => {
            c.bases.iter().for_each(&mut *fe);
            c.body.iter().for_each(fs)
        }
        Return(r) => r.value.iter().for_each(|v| fe(v)),
        Delete(d) => d.targets.iter().for_each(fe),
        Assign(a) => {
            a.targets.iter().for_each(&mut *fe);
            fe(&a.value)
        }
        AugAssign(a) => {
            fe(&a.target);
            fe(&a.value)
        }
        AnnAssign(a) => a.value.iter().for_each(|v| fe(v)),
        For(f) => {
            fe(&f.iter);
            f.body.iter().chain(f.orelse.iter()).for_each(fs)
        }
        AsyncFor(f) => {
            fe(&f.iter);
            f.body.iter().chain(f.orelse.iter()).for_each(fs)
        }
        AsyncWith(w) => {
            w.items.iter().for_each(|i| fe(&i.context_expr));
            w.body.iter().for_each(fs)
        }
        While(w) => {
            fe(&w.test);
            w.body.iter().chain(w.orelse.iter()).for_each(fs)
        }
        If(i) => {
            fe(&i.test);
            i.body.iter().chain(i.orelse.iter()).for_each(fs)
        }
        With(w) => {
            w.items.iter().for_each(|i| fe(&i.context_expr));
            w.body.iter().for_each(fs)
        }
        Try(t) => {
            t.body
                .iter()
                .chain(t.orelse.iter())
                .chain(t.finalbody.iter())
                .for_each(&mut *fs);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                h.body.iter().for_each(&mut *fs);
            }
        }
        Expr(e) => fe(&e.value),
        Raise(r) => r.exc.iter().for_each(|v| fe(v)),
        Assert(a) => fe(&a.test),
        _ => {}
    }
}

fn parse_error(e: rustpython_parser::ParseError, lines: &LineIndex, source: &str) -> CompileError {
    use rustpython_parser::ParseErrorType as P;
    let offset: u32 = e.offset.into();
    let mut loc = lines.locate(offset);
    let msg = match &e.error {
        P::Eof => {
            loc = lines.locate(source.len() as u32);
            "unexpected EOF while parsing".to_string()
        }
        P::ExtraToken(_) => "invalid syntax".to_string(),
        P::InvalidToken => "invalid token".to_string(),
        P::UnrecognizedToken(tok, expected) => {
            use rustpython_parser::Tok;
            match (tok, expected.as_deref()) {
                (Tok::Indent, _) => "unexpected indent".to_string(),
                (Tok::Dedent, _) => {
                    "unindent does not match any outer indentation level".to_string()
                }
                (_, Some("Indent")) => "expected an indented block".to_string(),
                (_, Some("':'")) => "expected ':'".to_string(),
                _ => "invalid syntax".to_string(),
            }
        }
        P::Lexical(le) => {
            let s = le.to_string();
            if s.contains("unindent") {
                "unindent does not match any outer indentation level".to_string()
            } else if s.contains("string") && s.contains("EOF") || s.contains("unterminated") {
                format!("unterminated string literal (detected at line {})", loc.0)
            } else if s.contains("tab") {
                "inconsistent use of tabs and spaces in indentation".to_string()
            } else {
                s
            }
        }
    };
    CompileError::syntax(msg, loc)
}
