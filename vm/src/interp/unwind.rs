//! Exceptions: creating them, raising them (`raise`, `raise from`, bare `raise`),
//! matching them in `except` clauses, chaining (`__context__`, `__cause__`), the
//! traceback records added as an exception leaves each frame, and printing a
//! CPython-style report of an uncaught exception.
//!
//! Invariant: every exception instance has an `ExcDataObj` in its `ext` field.

use super::frame::*;
use super::{PyErr, PyResult};
use crate::object::code::code_obj;
use crate::object::exception::{ExcDataObj, TracebackObj};
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, obj_mut, InstanceObj, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// The exception state of an exception instance.
pub fn exc_data<'a>(e: Value) -> Option<&'a mut ExcDataObj> {
    if !is_kind(e, Kind::Instance) {
        return None;
    }
    // SAFETY: kind checked; ext is EMPTY or an ExcData object.
    unsafe {
        let ext = obj_mut::<InstanceObj>(e).ext;
        if is_kind(ext, Kind::ExcData) {
            Some(obj_mut::<ExcDataObj>(ext))
        } else {
            None
        }
    }
}

macro_rules! error_ctors {
    ($($fname:ident => $field:ident),* $(,)?) => {
        impl Vm {
            $(
                #[cold]
                pub fn $fname(&mut self, msg: impl Into<String>) -> PyErr {
                    let m: String = msg.into();
                    self.new_exception_msg(self.types.$field, &m)
                }
            )*
        }
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    not_implemented_error => not_implemented_error,
    import_error => import_error,
    os_error => os_error,
    system_error => system_error,
}

impl Vm {
    /// An exception instance of `class` with `args`.
    pub fn new_exception_args(&mut self, class: *mut TypeObj, args: &[Value]) -> PyErr {
        let t = self.new_tuple(args);
        let data = self.new_exc_data(t);
        let inst = self.new_plain_instance(class);
        // SAFETY: fresh instance; shape set to the class's root shape.
        unsafe {
            let io = obj_mut::<InstanceObj>(inst);
            io.ext = data;
            io.shape = (*class).empty_shape;
        }
        PyErr(inst)
    }

    /// An exception instance of `class` with one str argument.
    pub fn new_exception_msg(&mut self, class: *mut TypeObj, msg: &str) -> PyErr {
        let s = self.new_str(msg);
        self.new_exception_args(class, &[s])
    }

    /// KeyError(key).
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_exception_args(self.types.key_error, &[key])
    }

    pub fn name_error(&mut self, name: Value) -> PyErr {
        // SAFETY: names are strs.
        let n = unsafe { crate::object::str::as_str(name) }.to_owned();
        let e =
            self.new_exception_msg(self.types.name_error, &format!("name '{n}' is not defined"));
        self.set_error_context(e, &[("name", name)])
    }

    /// Sets attributes such as NameError.name or AttributeError.obj on a new error.
    pub fn set_error_context(&mut self, e: PyErr, attrs: &[(&str, Value)]) -> PyErr {
        for &(k, v) in attrs {
            let key = self.intern(k);
            if self.set_attr(e.0, key, v).is_err() {
                break;
            }
        }
        e
    }

    pub fn unbound_local(&mut self, name: &str) -> PyErr {
        self.new_exception_msg(
            self.types.unbound_local_error,
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub fn unbound_deref(&mut self, code: &crate::object::code::CodeObj, slot: usize) -> PyErr {
        let name = code.varname(slot).to_owned();
        if slot < (code.nlocals + code.ncells) as usize {
            self.unbound_local(&name)
        } else {
            self.new_exception_msg(
                self.types.name_error,
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// StopIteration carrying `v` (no args when v is None).
    pub fn stop_iteration_with(&mut self, v: Value) -> PyErr {
        if v.is_none() {
            self.new_exception_args(self.types.stop_iteration, &[])
        } else {
            self.new_exception_args(self.types.stop_iteration, &[v])
        }
    }

    /// The `value` of a StopIteration instance.
    pub fn stop_iteration_value(&self, e: Value) -> Value {
        match exc_data(e) {
            // SAFETY: args is a tuple.
            Some(d) => unsafe { tuple_items(d.args).first().copied().unwrap_or(Value::NONE) },
            None => Value::NONE,
        }
    }

    pub fn set_exception_cause(&mut self, e: Value, cause: Value) {
        if let Some(d) = exc_data(e) {
            d.cause = cause;
            d.suppress_context = true;
        }
    }

    /// True when `v` is an exception class (a subclass of BaseException).
    pub fn is_exception_class(&self, v: Value) -> bool {
        is_kind(v, Kind::Type) && self.is_subtype(v.as_ptr(), self.types.base_exception)
    }

    /// True when `v` is an exception instance.
    pub fn is_exception_instance(&self, v: Value) -> bool {
        exc_data(v).is_some() && self.isinstance(v, self.types.base_exception)
    }

    /// Turns the operand of `raise` into an exception to propagate.
    pub fn exception_from_raise(&mut self, exc: Value, cause: Value) -> PyErr {
        let e = if self.is_exception_class(exc) {
            match self.call(exc, &[]) {
                Ok(v) => v,
                Err(e) => return e,
            }
        } else {
            exc
        };
        if !self.is_exception_instance(e) {
            return self.type_error("exceptions must derive from BaseException");
        }
        if !cause.is_empty() {
            let c = if cause.is_none() {
                Value::NONE
            } else if self.is_exception_class(cause) {
                match self.call(cause, &[]) {
                    Ok(v) => v,
                    Err(e) => return e,
                }
            } else if self.is_exception_instance(cause) {
                cause
            } else {
                return self.type_error("exception causes must derive from BaseException");
            };
            self.set_exception_cause(e, c);
        }
        PyErr(e)
    }

    /// Bare `raise`: re-raises the exception being handled.
    pub fn reraise_current(&mut self) -> PyErr {
        let h = self.handled_exc;
        if h.is_none() || h.is_empty() {
            return self.runtime_error("No active exception to reraise");
        }
        self.reraising = true;
        PyErr(h)
    }

    /// Implicit chaining: an exception raised while another is handled records it as
    /// `__context__` (avoiding cycles, as CPython does).
    pub fn attach_context(&mut self, e: Value) {
        let handled = self.handled_exc;
        if handled.is_none() || handled.is_empty() || handled == e {
            return;
        }
        let Some(d) = exc_data(e) else { return };
        if !d.context.is_none() {
            return;
        }
        // Break a cycle: if `e` is already in handled's context chain, cut it there.
        let mut o = handled;
        while let Some(od) = exc_data(o) {
            if od.context == e {
                od.context = Value::NONE;
                break;
            }
            o = od.context;
            if o.is_none() {
                break;
            }
        }
        if let Some(d) = exc_data(e) {
            d.context = handled;
        }
    }

    /// Records that `e` passed through the frame whose header is at `hp`.
    pub fn add_traceback(&mut self, e: Value, hp: usize) {
        let code = self.stack.at(hp + H_CODE);
        let globals = self.stack.at(hp + super::frame::H_GLOBALS);
        let pc = self.stack.at(hp + H_PC).as_small_int() as u32;
        let Some(d) = exc_data(e) else { return };
        let next = d.traceback;
        let tb = self.new_traceback(next, code, globals, pc);
        if let Some(d) = exc_data(e) {
            d.traceback = tb;
        }
    }

    /// `except T:` matching, T a class or a tuple of classes.
    pub fn exception_matches(&mut self, e: Value, t: Value) -> PyResult<bool> {
        if is_kind(t, Kind::Tuple) {
            // SAFETY: kind checked.
            for &c in unsafe { tuple_items(t) } {
                if self.exception_matches(e, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !self.is_exception_class(t) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(e, t.as_ptr()))
    }

    /// `str(exc)`: the message part of the report.
    pub fn exception_str(&mut self, e: Value) -> String {
        match self.str_string(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    /// The qualified type name as tracebacks print it (no module for builtins and
    /// `__main__`).
    pub fn exception_type_name(&mut self, e: Value) -> String {
        let t = self.type_of(e);
        // SAFETY: live type.
        unsafe {
            let ty = &*t;
            let name = crate::object::str::as_str(ty.qualname).to_owned();
            if ty.has_flag(tflags::BUILTIN) || !is_kind(ty.module, Kind::Str) {
                return name;
            }
            let m = crate::object::str::as_str(ty.module);
            if m == "__main__" || m == "builtins" {
                name
            } else {
                format!("{m}.{name}")
            }
        }
    }

    /// Formats the report CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, e: Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(e, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, e: Value, out: &mut String, seen: &mut Vec<Value>) {
        seen.push(e);
        if let Some(d) = exc_data(e) {
            let (cause, context, suppress) = (d.cause, d.context, d.suppress_context);
            if !cause.is_none() && !seen.contains(&cause) && exc_data(cause).is_some() {
                self.format_exception_chain(cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress
                && !context.is_none()
                && !seen.contains(&context)
                && exc_data(context).is_some()
            {
                self.format_exception_chain(context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one_exception(e, out);
    }

    fn format_one_exception(&mut self, e: Value, out: &mut String) {
        if let Some(d) = exc_data(e) {
            let mut tb = d.traceback;
            if !tb.is_none() && !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut last: Option<(String, u32, String)> = None;
                let mut repeats = 0;
                while is_kind(tb, Kind::Traceback) {
                    // SAFETY: kind checked; code is a code object.
                    let (code, pc, next) = unsafe {
                        let t = crate::object::obj::<TracebackObj>(tb);
                        (code_obj(t.code), t.pc, t.next)
                    };
                    let file = code.filename_str().to_owned();
                    let line = code.line_at(pc as usize);
                    let position = code.position_at(pc as usize);
                    let name = code.name_str().to_owned();
                    let key = (file.clone(), line, name.clone());
                    if last.as_ref() == Some(&key) {
                        repeats += 1;
                    } else {
                        flush_repeats(out, repeats);
                        repeats = 0;
                    }
                    if repeats < 3 {
                        out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                        if let Some(src) = self.source_line(&file, line) {
                            out.push_str(&format!("    {src}\n"));
                            let raw = self.source_line_raw(&file, line).unwrap_or_default();
                            if let Some(carets) = super::carets::caret_line(&raw, position) {
                                out.push_str(&carets);
                                out.push('\n');
                            }
                        }
                    }
                    last = Some(key);
                    tb = next;
                }
                flush_repeats(out, repeats);
            }
        }
        let tn = self.exception_type_name(e);
        let mut msg = self.exception_str(e);
        if let Some(s) = self.suggestion_for(e) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            out.push_str(&format!("{tn}\n"));
        } else {
            out.push_str(&format!("{tn}: {msg}\n"));
        }
        self.format_exception_notes(e, out);
    }

    /// The name an uncaught NameError or AttributeError probably meant (see
    /// `suggestions`).
    fn suggestion_for(&mut self, e: Value) -> Option<String> {
        let is_attr = self.isinstance(e, self.types.attribute_error);
        if !is_attr && !self.isinstance(e, self.types.name_error) {
            return None;
        }
        let key = self.intern("name");
        let name = self.get_attr_opt(e, key).ok()??;
        if !is_kind(name, Kind::Str) {
            return None;
        }
        // SAFETY: kind checked.
        let name_s = unsafe { crate::object::str::as_str(name) }.to_owned();
        let groups: Vec<Vec<String>> = if is_attr {
            let key = self.intern("obj");
            let obj = self.get_attr_opt(e, key).ok()??;
            let dir = crate::builtins::functions::dir_of(self, obj).ok()?;
            vec![self.str_items(dir)]
        } else {
            // The innermost frame: its local variables, its globals, the builtins.
            let mut tb = exc_data(e)?.traceback;
            let mut last = None;
            while is_kind(tb, Kind::Traceback) {
                last = Some(tb);
                // SAFETY: kind checked.
                tb = unsafe { crate::object::obj::<TracebackObj>(tb).next };
            }
            // SAFETY: kind checked by the loop.
            let t = unsafe { crate::object::obj::<TracebackObj>(last?) };
            // SAFETY: a traceback's code is a code object.
            let code = unsafe { code_obj(t.code) };
            let nlocals = (code.nlocals as usize).min(code.varnames.len());
            let locals: Vec<String> = (0..nlocals).map(|i| code.varname(i).to_owned()).collect();
            let globals = t.globals;
            let mut groups = vec![locals];
            if is_kind(globals, Kind::Dict) {
                groups.push(dict_str_keys(globals));
            }
            groups.push(dict_str_keys(self.builtins));
            groups
        };
        for g in &groups {
            let refs: Vec<&str> = g.iter().map(|s| s.as_str()).collect();
            if let Some(s) = super::suggestions::closest(&name_s, &refs) {
                return Some(s.to_owned());
            }
        }
        None
    }

    /// The str items of a list (others skipped).
    fn str_items(&mut self, list: Value) -> Vec<String> {
        if !is_kind(list, Kind::List) {
            return Vec::new();
        }
        // SAFETY: kind checked; items are read before anything allocates.
        unsafe { crate::object::list::list_obj(list).items() }
            .iter()
            .filter(|v| is_kind(**v, Kind::Str))
            // SAFETY: kind checked.
            .map(|&v| unsafe { crate::object::str::as_str(v) }.to_owned())
            .collect()
    }

    /// The PEP 678 notes of `e`, one per line after the message.
    fn format_exception_notes(&mut self, e: Value, out: &mut String) {
        let key = self.intern("__notes__");
        let Ok(Some(notes)) = self.get_attr_opt(e, key) else {
            return;
        };
        if !is_kind(notes, Kind::List) && !is_kind(notes, Kind::Tuple) {
            let r = self.repr_string(notes).unwrap_or_default();
            out.push_str(&r);
            out.push('\n');
            return;
        }
        // SAFETY: kinds checked above.
        let items = crate::gc::RootedVec::from_slice(unsafe {
            if is_kind(notes, Kind::List) {
                crate::object::list::list_obj(notes).items()
            } else {
                crate::object::tuple::tuple_items(notes)
            }
        });
        for &n in items.iter() {
            let text = if is_kind(n, Kind::Str) {
                // SAFETY: kind checked.
                unsafe { crate::object::str::as_str(n) }.to_owned()
            } else {
                self.str_string(n)
                    .unwrap_or_else(|_| "<note str() failed>".to_owned())
            };
            out.push_str(&text);
            out.push('\n');
        }
    }

    /// Line `line` of `file`, stripped, if the file can be read.
    pub fn source_line(&mut self, file: &str, line: u32) -> Option<String> {
        let t = self.source_line_raw(file, line)?.trim().to_owned();
        if t.is_empty() {
            None
        } else {
            Some(t)
        }
    }

    /// Line `line` of `file` as written (indentation kept, newline removed).
    pub fn source_line_raw(&mut self, file: &str, line: u32) -> Option<String> {
        if !self.source_cache.contains_key(file) {
            let text = match crate::modules::stdlib::source_for_file(file) {
                Some(src) => Some(src.to_owned()),
                None => std::fs::read_to_string(file).ok(),
            };
            self.source_cache.insert(
                file.to_owned(),
                text.map(|t| t.lines().map(|l| l.to_owned()).collect()),
            );
        }
        let lines = self.source_cache.get(file)?.as_ref()?;
        lines.get(line.checked_sub(1)? as usize).cloned()
    }
}

/// The str keys of a dict, in insertion order.
fn dict_str_keys(d: Value) -> Vec<String> {
    crate::object::dict::dict_items(d)
        .into_iter()
        .filter(|(k, _)| is_kind(*k, Kind::Str))
        // SAFETY: kind checked.
        .map(|(k, _)| unsafe { crate::object::str::as_str(k) }.to_owned())
        .collect()
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}
