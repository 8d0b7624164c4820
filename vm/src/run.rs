//! Running a program: compile errors reported as `file:line:col`, the `__main__`
//! module, uncaught exceptions reported as CPython does, `SystemExit` codes, and the
//! final stdout flush.

use crate::compiler::{compile_module, CompileErrorKind};
use crate::interp::PyErr;
use crate::object::{obj, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Runs `src` as the `__main__` module; returns the process exit status.
    /// Runs the program file `path` (as the user gave it) as `__main__`. Like CPython
    /// since 3.9, its `__file__` and traceback entries use the absolute path;
    /// compile-time diagnostics (`file:line:col: ...`) use the path as given.
    pub fn run_main_file(&mut self, src: &str, path: &str) -> i32 {
        self.run_main(src, &absolute_path(path), path)
    }

    /// Runs `src` as `__main__`, named `filename` everywhere.
    pub fn run_main_source(&mut self, src: &str, filename: &str) -> i32 {
        self.run_main(src, filename, filename)
    }

    fn run_main(&mut self, src: &str, filename: &str, shown: &str) -> i32 {
        let unit = match compile_module(src, filename) {
            Ok(u) => u,
            Err(e) => {
                let label = match e.kind {
                    CompileErrorKind::Syntax => "SyntaxError",
                    CompileErrorKind::Unsupported => "NotImplementedError",
                    CompileErrorKind::Recursion => "RecursionError",
                };
                self.out.flush();
                let msg = format!("{shown}:{}:{}: {label}: {}\n", e.line, e.col, e.message);
                self.out.write_stderr(msg.as_bytes());
                return 1;
            }
        };
        let code = self.load_code_unit(&unit);
        if self.config.dump_bytecode {
            let text = crate::disasm::dump_all(self);
            self.out.write_stderr(text.as_bytes());
        }
        let m = self.new_module("__main__");
        // SAFETY: fresh module.
        let d = unsafe { obj::<ModuleObj>(m).dict };
        self.main_dict = d;
        let fk = self.names.dunder_file;
        let fv = self.new_str(filename);
        self.dict_set_str(d, fk, fv);
        let bk = self.names.dunder_builtins;
        let b = self.builtins;
        self.dict_set_str(d, bk, b);
        let status = match self.run_code_in_namespace(code, d, d, Value::EMPTY) {
            Ok(_) => 0,
            Err(e) => self.report_uncaught(e),
        };
        self.out.flush();
        if self.config.dump_bytecode {
            let text = crate::disasm::dump_feedback(self);
            self.out.write_stderr(text.as_bytes());
        }
        status
    }

    /// Prints an uncaught exception (or handles SystemExit); returns the exit status.
    pub fn report_uncaught(&mut self, e: PyErr) -> i32 {
        self.handled_exc = Value::NONE;
        if self.isinstance(e.0, self.types.system_exit) {
            let code = self.stop_iteration_value(e.0);
            self.out.flush();
            if code.is_none() {
                return 0;
            }
            if let Some(i) = crate::object::int::int_as_i64(code) {
                return (i & 0xff) as i32;
            }
            let s = self.str_string(code).unwrap_or_default();
            self.out.write_stderr(format!("{s}\n").as_bytes());
            return 1;
        }
        self.out.flush();
        let text = self.format_exception(e.0);
        self.out.write_stderr(text.as_bytes());
        1
    }
}

/// True when `v` is a module object.
pub fn is_module(v: Value) -> bool {
    crate::object::is_kind(v, Kind::Module)
}

/// `os.path.abspath`: joined to the current directory and normalised lexically (`.`
/// and `..` removed, symlinks left alone).
pub fn absolute_path(path: &str) -> String {
    use std::path::{Component, PathBuf};
    let joined = std::env::current_dir()
        .map(|d| d.join(path))
        .unwrap_or_else(|_| PathBuf::from(path));
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out.display().to_string()
}
