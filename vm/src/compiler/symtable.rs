//! Scope analysis: which names are locals, cells, free variables or globals, for every
//! module, class, function, lambda and comprehension scope.
//!
//! The table is built in one pass over the AST, then `analyze` resolves every name
//! (the algorithm of CPython's symtable.c, simplified):
//! - `global x` makes `x` global in that scope; `nonlocal x` makes it free and requires
//!   a binding in an enclosing function scope;
//! - a name bound in a function scope (assignment, parameter, import, `for`, `def`,
//!   `except ... as`, `with ... as`, `del`) is local there;
//! - a name used but not bound is free if an enclosing *function* scope binds it (class
//!   scopes are skipped, as in Python), and global otherwise;
//! - a local that some nested scope uses as free becomes a cell;
//! - a function directly or indirectly inside a class that uses `super` or `__class__`
//!   gets `__class__` as a free variable, and the class body provides the cell.
//!
//! Scopes are keyed by the source range of the node that creates them, so that the
//! code generator can find the scope of each function, lambda, class and
//! comprehension it meets.

use super::CompileError;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How a name is accessed inside one scope.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;

pub type ScopeKey = (u32, u32);

pub fn key_of(r: rustpython_parser::text_size::TextRange) -> ScopeKey {
    (r.start().into(), r.end().into())
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Flags per name, in order of first appearance.
    order: Vec<String>,
    flags: HashMap<String, u32>,
    /// Parameter names in frame order (positional, keyword-only, *args, **kwargs).
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Resolved scope of every name (after analysis).
    pub resolved: HashMap<String, NameScope>,
    /// Cell variable names in slot order.
    pub cellvars: Vec<String>,
    /// Free variable names in slot order.
    pub freevars: Vec<String>,
    /// Plain local names in slot order (parameters first).
    pub localvars: Vec<String>,
    /// A class scope whose methods need `__class__`.
    pub needs_class_cell: bool,
    /// Line of the `global`/`nonlocal` statement per name (for errors).
    decl_lines: HashMap<String, u32>,
    /// Names that appear in a `del` statement (their loads must check for unbound).
    pub deleted: std::collections::HashSet<String>,
    /// The class whose name private identifiers (`__x`) are mangled with: the class
    /// itself for a class scope, inherited by the scopes nested in it.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            localvars: Vec::new(),
            needs_class_cell: false,
            decl_lines: HashMap::new(),
            deleted: Default::default(),
            private: None,
        }
    }

    /// Records a use or definition of `name` (mangled if private).
    fn add(&mut self, name: &str, flag: u32) {
        let name = &*mangle(self.private.as_deref(), name);
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_owned());
                self.flags.insert(name.to_owned(), flag);
            }
        }
    }

    /// How `name` (already mangled) resolves in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(&s) => s,
            None => NameScope::GlobalImplicit,
        }
    }
}

/// Private name mangling: inside class `C`, an identifier `__x` (not ending in `__`)
/// becomes `_C__x`, with the class name's leading underscores stripped.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_key: HashMap<ScopeKey, usize>,
}

struct Builder<'a> {
    cur_range: rustpython_parser::text_size::TextRange,
    scopes: Vec<Scope>,
    by_key: HashMap<ScopeKey, usize>,
    cur: usize,
    lines: &'a super::LineIndex,
    /// The innermost comprehension being walked (for the errors of `await` in it).
    comp_range: Option<rustpython_parser::text_size::TextRange>,
}

pub fn build(module: &[ast::Stmt], lines: &super::LineIndex) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        cur_range: Default::default(),
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_key: HashMap::new(),
        cur: 0,
        lines,
        comp_range: None,
    };
    for s in module {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_key: b.by_key,
    };
    analyze(&mut table, 0, &Default::default())?;
    Ok(table)
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: ScopeKey) -> usize {
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.cur));
        scope.private = if kind == ScopeKind::Class {
            Some(name.to_owned())
        } else {
            self.scopes[self.cur].private.clone()
        };
        self.scopes.push(scope);
        self.scopes[self.cur].children.push(id);
        self.by_key.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn err(&self, r: rustpython_parser::text_size::TextRange, msg: String) -> CompileError {
        CompileError::syntax(msg, self.lines.locate(r.start().into()))
    }

    /// `await`, `async for` and `async with` (`what`) belong in an `async def` body.
    fn check_async_context(
        &mut self,
        r: rustpython_parser::text_size::TextRange,
        what: &str,
    ) -> Result<(), CompileError> {
        let s = self.scope();
        if s.is_coroutine {
            return Ok(());
        }
        let msg = if what == "'await'" && !s.kind.is_function_like() {
            "'await' outside function".to_string()
        } else {
            format!("{what} outside async function")
        };
        Err(self.err(r, msg))
    }

    /// The comprehension being walked is asynchronous (`async for` or `await` in it).
    /// Inside `async def` it becomes a coroutine (and so does every comprehension it
    /// is nested in, which awaits it); elsewhere it is a SyntaxError, as in CPython.
    /// An asynchronous generator expression (which CPython accepts anywhere) is not
    /// supported by Tern.
    fn mark_async_comprehension(
        &mut self,
        r: rustpython_parser::text_size::TextRange,
    ) -> Result<(), CompileError> {
        let mut s = self.cur;
        let mut any_generator = false;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            any_generator |= self.scopes[s].is_generator;
            s = self.scopes[s].parent.unwrap();
        }
        if any_generator {
            return Err(CompileError::unsupported(
                "an asynchronous generator expression",
                self.lines.locate(r.start().into()),
            ));
        }
        if !self.scopes[s].is_coroutine {
            return Err(self.err(
                r,
                "asynchronous comprehension outside of an asynchronous function".into(),
            ));
        }
        let mut c = self.cur;
        while c != s {
            self.scopes[c].is_coroutine = true;
            c = self.scopes[c].parent.unwrap();
        }
        Ok(())
    }

    fn bind(
        &mut self,
        name: &str,
        r: rustpython_parser::text_size::TextRange,
    ) -> Result<(), CompileError> {
        let s = self.scope();
        if let Some(&f) = s.flags.get(&*mangle(s.private.as_deref(), name)) {
            if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                // Assignment after a global/nonlocal declaration is fine.
                let _ = r;
            }
        }
        self.scope().add(name, DEF_LOCAL);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USE);
        if name == "super" || name == "__class__" {
            // Zero-argument super() and __class__ need the class cell.
            if self.scope().kind.is_function_like() {
                self.scope().add("__class__", USE);
            }
        }
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn arguments(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        let mut names: Vec<&str> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            names.push(a.def.arg.as_str());
        }
        for a in args.kwonlyargs.iter() {
            names.push(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.as_str());
        }
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(self.err(
                    self.cur_range,
                    format!("duplicate argument '{n}' in function definition"),
                ));
            }
            self.scope().add(n, DEF_PARAM);
            let m = mangle(self.scope().private.as_deref(), n).into_owned();
            self.scope().params.push(m);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt::*;
        match s {
            FunctionDef(f) => {
                self.cur_range = f.range;
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.arguments(&f.args)?;
                self.bind(&f.name, f.range)?;
                let prev = self.enter(ScopeKind::Function, &f.name, key_of(f.range));
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            AsyncFunctionDef(f) => {
                self.cur_range = f.range;
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.arguments(&f.args)?;
                self.bind(&f.name, f.range)?;
                let prev = self.enter(ScopeKind::Function, &f.name, key_of(f.range));
                self.scope().is_coroutine = true;
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, c.range)?;
                let prev = self.enter(ScopeKind::Class, &c.name, key_of(c.range));
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.note_deleted(t);
                    self.target(t)?;
                }
            }
            Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            AugAssign(a) => {
                self.expr(&a.value)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = &*a.target {
                    // A bare annotation still makes the name local in a function.
                    if self.scope().kind.is_function_like() {
                        self.bind(&n.id, n.range)?;
                    }
                }
            }
            For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            AsyncFor(f) => {
                self.check_async_context(f.range, "'async for'")?;
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            AsyncWith(w) => {
                self.check_async_context(w.range, "'async with'")?;
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            TryStar(t) => {
                self.stmts(&t.body)?;
            }
            Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str().to_owned(),
                        None => a.name.split('.').next().unwrap().to_owned(),
                    };
                    self.bind(&bound, a.range)?;
                }
            }
            ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(
                                self.err(i.range, "import * only allowed at module level".into())
                            );
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str().to_owned();
                    self.bind(&bound, a.range)?;
                }
            }
            Global(g) => {
                for n in &g.names {
                    let line = self.lines.locate(g.range.start().into()).0;
                    let s = self.scope();
                    let key = mangle(s.private.as_deref(), n.as_str()).into_owned();
                    if let Some(&f) = s.flags.get(&key) {
                        if f & DEF_PARAM != 0 {
                            return Err(
                                self.err(g.range, format!("name '{n}' is parameter and global"))
                            );
                        }
                        if f & (DEF_LOCAL | USE) != 0 && f & DEF_GLOBAL == 0 {
                            let what = if f & USE != 0 { "used" } else { "assigned to" };
                            return Err(self.err(
                                g.range,
                                format!("name '{n}' is {what} before global declaration"),
                            ));
                        }
                    }
                    s.add(n, DEF_GLOBAL);
                    s.decl_lines.insert(key, line);
                }
            }
            Nonlocal(g) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(self.err(
                        g.range,
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                }
                for n in &g.names {
                    let line = self.lines.locate(g.range.start().into()).0;
                    let s = self.scope();
                    let key = mangle(s.private.as_deref(), n.as_str()).into_owned();
                    if let Some(&f) = s.flags.get(&key) {
                        if f & DEF_PARAM != 0 {
                            return Err(
                                self.err(g.range, format!("name '{n}' is parameter and nonlocal"))
                            );
                        }
                        if f & (DEF_LOCAL | USE) != 0 && f & DEF_NONLOCAL == 0 {
                            let what = if f & USE != 0 { "used" } else { "assigned to" };
                            return Err(self.err(
                                g.range,
                                format!("name '{n}' is {what} before nonlocal declaration"),
                            ));
                        }
                    }
                    s.add(n, DEF_NONLOCAL);
                    s.decl_lines.insert(key, line);
                }
            }
            Expr(e) => self.expr(&e.value)?,
            Pass(_) | Break(_) | Continue(_) => {}
            Match(m) => {
                self.expr(&m.subject)?;
            }
            TypeAlias(_) => {}
        }
        Ok(())
    }

    fn note_deleted(&mut self, t: &ast::Expr) {
        match t {
            ast::Expr::Name(n) => {
                let m = mangle(self.scope().private.as_deref(), &n.id).into_owned();
                self.scope().deleted.insert(m);
            }
            ast::Expr::Tuple(tp) => tp.elts.iter().for_each(|e| self.note_deleted(e)),
            ast::Expr::List(l) => l.elts.iter().for_each(|e| self.note_deleted(e)),
            _ => {}
        }
    }

    fn target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        match t {
            ast::Expr::Name(n) => self.bind(&n.id, n.range),
            ast::Expr::Tuple(tp) => {
                for e in &tp.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ast::Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ast::Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        node_range: rustpython_parser::text_size::TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        is_generator: bool,
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let prev = self.enter(ScopeKind::Comprehension, name, key_of(node_range));
        let prev_comp = self.comp_range.replace(node_range);
        self.scope().is_generator = is_generator;
        self.scope().add(".0", DEF_PARAM);
        self.scope().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.mark_async_comprehension(node_range)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.comp_range = prev_comp;
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr::*;
        match e {
            BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                if let ast::Expr::Name(name) = &*n.target {
                    // In a comprehension the target binds in the nearest enclosing
                    // non-comprehension scope.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        s = self.scopes[s].parent.unwrap();
                    }
                    if s != self.cur {
                        if self.scopes[s].kind == ScopeKind::Class {
                            return Err(self.err(n.range, "assignment expression within a comprehension cannot be used in a class body".into()));
                        }
                        self.scopes[s].add(&name.id, DEF_LOCAL);
                        let mut c = self.cur;
                        while c != s {
                            self.scopes[c].add(&name.id, DEF_NONLOCAL);
                            c = self.scopes[c].parent.unwrap();
                        }
                    } else {
                        self.bind(&name.id, name.range)?;
                    }
                }
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            UnaryOp(u) => self.expr(&u.operand)?,
            Lambda(l) => {
                self.cur_range = l.range;
                self.arguments(&l.args)?;
                let prev = self.enter(ScopeKind::Lambda, "<lambda>", key_of(l.range));
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.cur = prev;
            }
            IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            DictComp(c) => self.comprehension(
                c.range,
                "<dictcomp>",
                &c.generators,
                &[&c.key, &c.value],
                false,
            )?,
            GeneratorExp(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            Await(a) => {
                if self.scope().kind == ScopeKind::Comprehension {
                    let r = self.comp_range.unwrap_or(a.range);
                    self.mark_async_comprehension(r)?;
                }
                self.check_async_context(a.range, "'await'")?;
                self.expr(&a.value)?;
            }
            Yield(y) => {
                if !self.scope().kind.is_function_like() {
                    return Err(self.err(y.range, "'yield' outside function".into()));
                }
                if self.scope().is_coroutine {
                    return Err(CompileError::unsupported(
                        "an asynchronous generator ('yield' inside 'async def')",
                        self.lines.locate(y.range.start().into()),
                    ));
                }
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            YieldFrom(y) => {
                if !self.scope().kind.is_function_like() {
                    return Err(self.err(y.range, "'yield' outside function".into()));
                }
                if self.scope().is_coroutine {
                    return Err(self.err(y.range, "'yield from' inside async function".into()));
                }
                self.scope().is_generator = true;
                self.expr(&y.value)?;
            }
            Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Constant(_) => {}
            Attribute(a) => self.expr(&a.value)?,
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Starred(s) => self.expr(&s.value)?,
            Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(&n.id),
                _ => self.bind(&n.id, n.range)?,
            },
            List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolves names in `id` and its children. `enclosing` holds names bound in enclosing
/// function scopes. Returns the names this scope needs from its parent as free.
fn analyze(
    t: &mut SymbolTable,
    id: usize,
    enclosing: &std::collections::HashSet<String>,
) -> Result<Vec<String>, CompileError> {
    let kind = t.scopes[id].kind;
    let names: Vec<String> = t.scopes[id].order.clone();
    let mut resolved: HashMap<String, NameScope> = HashMap::new();
    let mut free_needed: Vec<String> = Vec::new();
    for n in &names {
        let f = t.scopes[id].flags[n];
        let scope = if f & DEF_GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !enclosing.contains(n) {
                let line = t.scopes[id].decl_lines.get(n).copied().unwrap_or(0);
                return Err(CompileError::syntax(
                    format!("no binding for nonlocal '{n}' found"),
                    (line, 1),
                ));
            }
            NameScope::Free
        } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
            match kind {
                ScopeKind::Module => NameScope::GlobalImplicit,
                _ => NameScope::Local,
            }
        } else if kind != ScopeKind::Module && enclosing.contains(n) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        if scope == NameScope::Free && !free_needed.contains(n) {
            free_needed.push(n.clone());
        }
        resolved.insert(n.clone(), scope);
    }
    // Names visible as bindings to child scopes.
    let mut child_enclosing = if kind == ScopeKind::Module {
        Default::default()
    } else {
        enclosing.clone()
    };
    if kind.is_function_like() {
        for n in &names {
            if resolved[n] == NameScope::Local || resolved[n] == NameScope::Free {
                child_enclosing.insert(n.clone());
            }
        }
    }
    if kind == ScopeKind::Class {
        // Methods see `__class__` as provided by the class body.
        child_enclosing.insert("__class__".into());
    }
    let children = t.scopes[id].children.clone();
    for c in children {
        let child_free = analyze(t, c, &child_enclosing)?;
        for n in child_free {
            if kind == ScopeKind::Class && n == "__class__" {
                t.scopes[id].needs_class_cell = true;
                continue;
            }
            match resolved.get(&n).copied() {
                Some(NameScope::Local) if kind.is_function_like() => {
                    resolved.insert(n, NameScope::Cell);
                }
                Some(NameScope::Cell) => {}
                Some(NameScope::Free) => {}
                _ => {
                    // Pass-through: this scope needs it from its own parent too.
                    if kind == ScopeKind::Class && resolved.contains_key(&n) {
                        // Bound in the class namespace, but children mean the
                        // enclosing function's variable: keep both.
                        if !t.scopes[id].freevars.contains(&n) {
                            t.scopes[id].freevars.push(n.clone());
                        }
                    } else {
                        resolved.insert(n.clone(), NameScope::Free);
                    }
                    if !free_needed.contains(&n) {
                        free_needed.push(n);
                    }
                }
            }
        }
    }
    let scope = &mut t.scopes[id];
    // Slot order: parameters, then other locals, cells, frees.
    let mut localvars: Vec<String> = scope.params.clone();
    for n in &names {
        if resolved.get(n) == Some(&NameScope::Local) && !localvars.contains(n) {
            localvars.push(n.clone());
        }
    }
    let mut cellvars: Vec<String> = names
        .iter()
        .filter(|n| resolved.get(*n) == Some(&NameScope::Cell))
        .cloned()
        .collect();
    if scope.needs_class_cell {
        cellvars.push("__class__".into());
    }
    let mut freevars: Vec<String> = std::mem::take(&mut scope.freevars);
    for n in &free_needed {
        if resolved.get(n) == Some(&NameScope::Free) && !freevars.contains(n) {
            freevars.push(n.clone());
        }
    }
    for n in &freevars {
        resolved.entry(n.clone()).or_insert(NameScope::Free);
    }
    scope.localvars = localvars;
    scope.cellvars = cellvars;
    scope.freevars = freevars;
    scope.resolved = resolved;
    let _ = ast::Expr::range;
    Ok(free_needed)
}
