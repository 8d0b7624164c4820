//! `import`: native modules, `.py` modules and packages found on the search path
//! (the program's directory, then `PYTHONPATH`), relative imports, and `sys.modules`
//! caching (a module is executed once), and the `__import__` builtin.
//!
//! Invariants:
//! - A module is in `sys.modules` while its body runs (so circular imports see the
//!   partial module), and its name is on `INITIALIZING` until the body finishes; a
//!   failed body removes it from both.

use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, obj, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::path::PathBuf;

thread_local! {
    /// Names of the modules whose bodies are running, innermost last (CPython's
    /// `__spec__._initializing`), for the "partially initialized module" message.
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|v| v.borrow().iter().any(|n| n == name))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: what the
/// import statement does, returning the top-level package (or, with a fromlist, the
/// named module itself).
pub fn builtin_import(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = crate::builtins::args::bind(
        vm,
        "__import__",
        args,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let a = RootedVec::from_slice(&a);
    let name = a[0];
    if !is_kind(name, Kind::Str) {
        return Err(vm.type_error("module name must be a string"));
    }
    let level = if a[4].is_empty() {
        0
    } else {
        match vm.index_of(a[4])? {
            Some(n) => n,
            None => {
                let tn = vm.type_name(a[4]);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let fromlist = if a[3].is_empty() || a[3].is_none() {
        Value::NONE
    } else if is_kind(a[3], Kind::Tuple) {
        a[3]
    } else {
        let items = vm.collect_iterable(a[3])?;
        vm.new_tuple(&items)
    };
    let fromlist = RootedVec::from_slice(&[fromlist]);
    let globals = if a[1].is_empty() { Value::NONE } else { a[1] };
    if level > 0 {
        if !is_kind(globals, Kind::Dict) {
            return Err(vm.type_error("globals must be a dict"));
        }
        let (pk, nk) = (vm.names.dunder_package, vm.names.dunder_name);
        let package = vm.dict_get_str(globals, pk).filter(|p| !p.is_none());
        if package.is_none() && vm.dict_get_str(globals, nk).is_none() {
            let msg = vm.new_str("'__name__' not in globals");
            return Err(vm.key_error(msg));
        }
    } else if unsafe { as_str(name) }.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let globals = RootedVec::from_slice(&[globals]);
    vm.import_name(name, fromlist[0], Value::small_int(level), globals[0])
}

impl Vm {
    /// ImportName: `import name` / `from name import fromlist` at `level`.
    pub fn import_name(
        &mut self,
        name: Value,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        let name_s = unsafe { as_str(name) }.to_owned();
        let level = level.small_int_value().unwrap_or(0);
        let absolute = if level > 0 {
            self.resolve_relative(&name_s, level as usize, globals)?
        } else {
            name_s.clone()
        };
        if absolute.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        // Import every package on the way down.
        let parts: Vec<&str> = absolute.split('.').collect();
        let mut module = Value::NONE;
        for i in 0..parts.len() {
            let full = parts[..=i].join(".");
            module = self.import_one(&full, if i == 0 { None } else { Some(module) })?;
        }
        let has_fromlist = !fromlist.is_none()
            && is_kind(fromlist, Kind::Tuple)
            && unsafe { !tuple_items(fromlist).is_empty() };
        if has_fromlist {
            // Submodules named in the fromlist of a package are imported too.
            if self.is_package(module) {
                let names = RootedVec::from_slice(unsafe { tuple_items(fromlist) });
                for &n in names.iter() {
                    let ns = unsafe { as_str(n) }.to_owned();
                    if ns == "*" {
                        continue;
                    }
                    let d = unsafe { obj::<ModuleObj>(module).dict };
                    if self.dict_get_str(d, n).is_none() {
                        let sub = format!("{absolute}.{ns}");
                        match self.import_one(&sub, Some(module)) {
                            Ok(_) => {}
                            Err(e) if self.isinstance(e.0, self.types.module_not_found_error) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level > 0 && name_s.is_empty() {
            return Ok(module);
        }
        // `import a.b.c` binds `a`.
        let top = parts[0];
        let key = self.intern(top);
        Ok(self.dict_get_str(self.modules, key).unwrap_or(module))
    }

    fn is_package(&mut self, m: Value) -> bool {
        if !is_kind(m, Kind::Module) {
            return false;
        }
        let d = unsafe { obj::<ModuleObj>(m).dict };
        let k = self.intern("__path__");
        self.dict_get_str(d, k).is_some()
    }

    fn resolve_relative(&mut self, name: &str, level: usize, globals: Value) -> PyResult<String> {
        let pk = self.names.dunder_package;
        let nk = self.names.dunder_name;
        let package = match self.dict_get_str(globals, pk) {
            Some(p) if is_kind(p, Kind::Str) => unsafe { as_str(p) }.to_owned(),
            _ => {
                let n = self
                    .dict_get_str(globals, nk)
                    .filter(|v| is_kind(*v, Kind::Str));
                let n = n
                    .map(|v| unsafe { as_str(v) }.to_owned())
                    .unwrap_or_default();
                let pathk = self.intern("__path__");
                if self.dict_get_str(globals, pathk).is_some() {
                    n
                } else {
                    n.rsplit_once('.')
                        .map(|(a, _)| a.to_owned())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error("attempted relative import with no known parent package"));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.import_error("attempted relative import beyond top-level package"));
        }
        parts.truncate(parts.len() + 1 - level);
        let base = parts.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Calls `module.func(*args)` for a top-level module (imported on first use): how
    /// native code reaches behaviour written in Python, such as `types.GenericAlias`.
    pub fn call_module_function(
        &mut self,
        module: &str,
        func: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        let m = self.import_one(module, None)?;
        let name = self.intern(func);
        let f = self.get_attr(m, name)?;
        self.call(f, args)
    }

    /// Imports one module given its full dotted name (the parent is already imported).
    fn import_one(&mut self, full: &str, parent: Option<Value>) -> PyResult<Value> {
        let key = self.intern(full);
        if let Some(m) = self.dict_get_str(self.modules, key) {
            if m.is_none() {
                return Err(self.module_not_found(full));
            }
            return Ok(m);
        }
        if parent.is_none() {
            if let Some(&(_, create)) = super::NATIVE_MODULES.iter().find(|(n, _)| *n == full) {
                let m = create(self)?;
                self.dict_set_str(self.modules, key, m);
                return Ok(m);
            }
            if let Some(m) = self.unsupported_stdlib(full)? {
                return Ok(m);
            }
        }
        // Search directories: the parent package's __path__, or the search path.
        let dirs: Vec<PathBuf> = match parent {
            Some(p) => {
                let d = unsafe { obj::<ModuleObj>(p).dict };
                let pk = self.intern("__path__");
                match self.dict_get_str(d, pk) {
                    Some(path_list) if is_kind(path_list, Kind::List) => {
                        let items = RootedVec::from_slice(unsafe {
                            crate::object::list::list_obj(path_list).items()
                        });
                        items
                            .iter()
                            .filter(|v| is_kind(**v, Kind::Str))
                            .map(|v| PathBuf::from(unsafe { as_str(*v) }))
                            .collect()
                    }
                    _ => return Err(self.module_not_found(full)),
                }
            }
            None => self.current_search_path(),
        };
        let leaf = full.rsplit('.').next().unwrap();
        for dir in dirs {
            let pkg_init = dir.join(leaf).join("__init__.py");
            if pkg_init.is_file() {
                return self.load_source_module(
                    full,
                    &pkg_init,
                    Some(dir.join(leaf)),
                    parent,
                    leaf,
                );
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                return self.load_source_module(full, &file, None, parent, leaf);
            }
        }
        if parent.is_none() {
            if let Some(src) = super::stdlib::source(full) {
                let filename = format!("{}{full}.py", super::stdlib::STDLIB_PREFIX);
                return self.exec_module_source(full, src.as_bytes(), &filename, None, None, leaf);
            }
        }
        Err(self.module_not_found(full))
    }

    fn current_search_path(&mut self) -> Vec<PathBuf> {
        // sys.path as the program sees it (it may have been changed).
        let sys = self.intern("sys");
        if let Some(m) = self.dict_get_str(self.modules, sys) {
            let d = unsafe { obj::<ModuleObj>(m).dict };
            let pk = self.intern("path");
            if let Some(l) = self.dict_get_str(d, pk) {
                if is_kind(l, Kind::List) {
                    let items =
                        RootedVec::from_slice(unsafe { crate::object::list::list_obj(l).items() });
                    return items
                        .iter()
                        .filter(|v| is_kind(**v, Kind::Str))
                        .map(|v| {
                            let s = unsafe { as_str(*v) };
                            PathBuf::from(if s.is_empty() { "." } else { s })
                        })
                        .collect();
                }
            }
        }
        self.search_path.clone()
    }

    fn module_not_found(&mut self, name: &str) -> PyErr {
        self.module_not_found_msg(name, &format!("No module named '{name}'"))
    }

    /// ModuleNotFoundError(msg) with `.name` set.
    fn module_not_found_msg(&mut self, name: &str, msg: &str) -> PyErr {
        let e = self.new_exception_msg(self.types.module_not_found_error, msg);
        let n = self.new_str(name);
        let nk = self.intern("name");
        let _ = self.set_attr(e.0, nk, n);
        e
    }

    /// Stdlib modules Tern does not provide: a clear ImportError instead of "not found".
    fn unsupported_stdlib(&mut self, name: &str) -> PyResult<Option<Value>> {
        const KNOWN: &[&str] = &[
            "asyncio",
            "threading",
            "multiprocessing",
            "socket",
            "subprocess",
            "ctypes",
            "tkinter",
            "sqlite3",
        ];
        if KNOWN.contains(&name) {
            // CPython's type for an absent module, with a note saying why it is absent.
            let note = if name == "asyncio" {
                "Tern: asyncio is out of scope; coroutines run without an event loop, \
                 driven by send(), throw() and close()"
                    .to_string()
            } else {
                format!("Tern: the '{name}' module is not supported")
            };
            let e = self.module_not_found_msg(name, &format!("No module named '{name}' ({note})"));
            return Err(e);
        }
        Ok(None)
    }

    /// Executes a `.py` file as module `full`.
    fn load_source_module(
        &mut self,
        full: &str,
        file: &std::path::Path,
        package_dir: Option<PathBuf>,
        parent: Option<Value>,
        leaf: &str,
    ) -> PyResult<Value> {
        let src = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => return Err(self.import_error(format!("cannot read {}: {e}", file.display()))),
        };
        let filename = file.display().to_string();
        self.exec_module_source(full, &src, &filename, package_dir, parent, leaf)
    }

    /// Compiles and runs module `full` from source, registering it in `sys.modules`
    /// (and removing it again if its body raises).
    fn exec_module_source(
        &mut self,
        full: &str,
        src: &[u8],
        filename: &str,
        package_dir: Option<PathBuf>,
        parent: Option<Value>,
        leaf: &str,
    ) -> PyResult<Value> {
        let code = self.compile_to_code(src, filename)?;
        let m = self.new_module(full);
        let d = unsafe { obj::<ModuleObj>(m).dict };
        let fk = self.names.dunder_file;
        let fv = self.new_str(filename);
        self.dict_set_str(d, fk, fv);
        let bk = self.names.dunder_builtins;
        let bm = self.builtins;
        self.dict_set_str(d, bk, bm);
        let pkg = match &package_dir {
            Some(dir) => {
                let pk = self.intern("__path__");
                let ds = self.new_str(&dir.display().to_string());
                let l = self.new_list(&[ds]);
                self.dict_set_str(d, pk, l);
                full.to_owned()
            }
            None => full
                .rsplit_once('.')
                .map(|(a, _)| a.to_owned())
                .unwrap_or_default(),
        };
        let pkgk = self.names.dunder_package;
        let pv = self.new_str(&pkg);
        self.dict_set_str(d, pkgk, pv);
        let key = self.intern(full);
        self.dict_set_str(self.modules, key, m);
        INITIALIZING.with(|v| v.borrow_mut().push(full.to_owned()));
        let r = self.run_code_in_namespace(code, d, d, Value::EMPTY);
        INITIALIZING.with(|v| {
            let mut v = v.borrow_mut();
            if let Some(i) = v.iter().rposition(|n| n == full) {
                v.remove(i);
            }
        });
        if let Err(e) = r {
            let _ = self.dict_del(self.modules, key);
            return Err(e);
        }
        if let Some(p) = parent {
            let pd = unsafe { obj::<ModuleObj>(p).dict };
            let lk = self.intern(leaf);
            self.dict_set_str(pd, lk, m);
        }
        // The module object in sys.modules may have been replaced by the module itself.
        Ok(self.dict_get_str(self.modules, key).unwrap_or(m))
    }

    /// Compiles source bytes into a code object, raising SyntaxError on failure.
    pub fn compile_to_code(&mut self, src: &[u8], filename: &str) -> PyResult<Value> {
        let text = match std::str::from_utf8(src) {
            Ok(t) => t,
            Err(e) => {
                let msg = format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    src[e.valid_up_to()],
                    e.valid_up_to()
                );
                return Err(self.new_exception_msg(self.types.syntax_error, &msg));
            }
        };
        match crate::compiler::compile_module(text, filename) {
            Ok(unit) => Ok(self.load_code_unit(&unit)),
            Err(ce) => {
                let class = match ce.kind {
                    crate::compiler::CompileErrorKind::Syntax => self.types.syntax_error,
                    crate::compiler::CompileErrorKind::Unsupported => {
                        self.types.not_implemented_error
                    }
                    crate::compiler::CompileErrorKind::Recursion => self.types.recursion_error,
                };
                let msg = format!("{} ({}, line {})", ce.message, filename, ce.line);
                Err(self.new_exception_msg(class, &msg))
            }
        }
    }

    /// ImportFrom: `from module import name`.
    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult<Value> {
        match self.get_attr_opt(m, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) | Err(_) => {
                self.pending_attr_error = None;
                // A submodule not yet bound as an attribute.
                if is_kind(m, Kind::Module) {
                    let mn = unsafe { as_str(obj::<ModuleObj>(m).name) }.to_owned();
                    let n = unsafe { as_str(name) }.to_owned();
                    let full = format!("{mn}.{n}");
                    let key = self.intern(&full);
                    if let Some(sub) = self.dict_get_str(self.modules, key) {
                        return Ok(sub);
                    }
                    let d = unsafe { obj::<ModuleObj>(m).dict };
                    let fk = self.names.dunder_file;
                    let file = self.dict_get_str(d, fk).filter(|f| is_kind(*f, Kind::Str));
                    let loc = match file {
                        Some(f) => format!(" ({})", unsafe { as_str(f) }),
                        None => " (unknown location)".to_string(),
                    };
                    let e = if is_initializing(&mn) {
                        self.import_error(format!(
                            "cannot import name '{n}' from partially initialized module \
                             '{mn}' (most likely due to a circular import){loc}"
                        ))
                    } else {
                        self.import_error(format!("cannot import name '{n}' from '{mn}'{loc}"))
                    };
                    let nk = self.intern("name");
                    let mname = unsafe { obj::<ModuleObj>(m).name };
                    self.set_attr(e.0, nk, mname)?;
                    if let Some(f) = file {
                        let pk = self.intern("path");
                        self.set_attr(e.0, pk, f)?;
                    }
                    return Err(e);
                }
                let n = unsafe { as_str(name) }.to_owned();
                Err(self.import_error(format!("cannot import name '{n}'")))
            }
        }
    }

    /// ImportStar: binds the module's public names (or `__all__`) in `target`.
    pub fn import_star(&mut self, m: Value, target: Value) -> PyResult<()> {
        if !is_kind(m, Kind::Module) {
            return Err(self.type_error("import * from a non-module"));
        }
        let d = unsafe { obj::<ModuleObj>(m).dict };
        let all = self.names.dunder_all;
        if let Some(names) = self.dict_get_str(d, all) {
            let names = self.collect_iterable(names)?;
            for &n in names.iter() {
                let v = self.get_attr(m, n)?;
                self.dict_set(target, n, v)?;
            }
            return Ok(());
        }
        let mut pos = 0;
        let mut pairs = RootedVec::new();
        while let Some((k, v)) = crate::object::dict::dict_next(d, &mut pos) {
            if is_kind(k, Kind::Str) && !unsafe { as_str(k) }.starts_with('_') {
                pairs.push(k);
                pairs.push(v);
            }
        }
        for c in pairs.chunks(2) {
            self.dict_set(target, c[0], c[1])?;
        }
        Ok(())
    }
}
