//! Calls: pushing frames, binding arguments to parameters, and calling any callable
//! from native code.
//!
//! Argument binding follows CPython exactly, error messages included: positional
//! arguments fill parameters in order, extras go to `*args` (or raise), keyword
//! arguments match by name (unknown ones go to `**kwargs` or raise), then defaults
//! and keyword-only defaults fill the rest; anything still missing raises.
//!
//! Invariant: a frame's whole region is inside `[0, stack.top)` before any allocation
//! happens during its setup, so the collector sees the arguments being bound.

use super::frame::*;
use super::{PyErr, PyResult};
use crate::gc::RootedVec;
use crate::object::code::{code_obj, flags as cflags, CodeObj};
use crate::object::function::{native_flags, BoundMethodObj, FunctionObj, NativeFunctionObj};
use crate::object::tuple::tuple_items;
use crate::object::typeobj::TypeObj;
use crate::object::{is_kind, kind_of, obj, CellObj, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// Slack kept at the end of the value stack for native helpers.
const STACK_SLACK: usize = 4096;

impl Vm {
    /// Creates a function object (MakeFunction).
    pub fn new_function(
        &mut self,
        code: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let class = self.types.function;
        let p = self.alloc_obj(std::mem::size_of::<FunctionObj>(), Kind::Function, class)
            as *mut FunctionObj;
        // SAFETY: fresh object; the code object is live (it came from a constant).
        unsafe {
            let c = code_obj(code);
            (*p).code = code;
            (*p).globals = globals;
            (*p).name = c.name;
            (*p).qualname = c.qualname;
            (*p).defaults = defaults;
            (*p).kwdefaults = kwdefaults;
            (*p).closure = closure;
            (*p).doc = c.doc;
            (*p).module = self
                .dict_get_str(globals, self.names.dunder_name)
                .unwrap_or(Value::NONE);
        }
        Value::from_ptr(p)
    }

    fn check_depth(&mut self) -> PyResult<()> {
        if self.budget_enabled {
            self.charge_budget()?;
        }
        if self.depth >= self.recursion_limit {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// Pushes a frame for the Python function `func`, whose `n` argument values (positional
    /// then keyword values) already sit at `args_start`. Returns the new header index.
    #[allow(clippy::too_many_arguments)]
    pub fn push_frame_in_place(
        &mut self,
        func: Value,
        args_start: usize,
        n: usize,
        kwnames: Value,
        ret_slot: usize,
        caller_hp: usize,
        flags: i64,
    ) -> PyResult<usize> {
        self.check_depth()?;
        // SAFETY: `func` is a live function; its code is live.
        let (f, code) = unsafe {
            let f = obj::<FunctionObj>(func);
            (f, code_obj(f.code))
        };
        let hp = args_start + code.nslots();
        let end = hp + HDR_SIZE + code.stacksize as usize;
        if end + STACK_SLACK > self.stack.cap {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let old_top = self.stack.top;
        self.stack.top = old_top.max(end).max(args_start + n);
        let fast = kwnames.is_empty()
            && n == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (cflags::VARARGS | cflags::VARKEYWORDS) == 0
            && code.ncells == 0
            && code.nfrees == 0;
        if fast {
            for i in n..code.nslots() {
                self.stack.set(args_start + i, Value::EMPTY);
            }
        } else {
            let nkw = if kwnames.is_empty() {
                0
            } else {
                unsafe { tuple_items(kwnames).len() }
            };
            let kwvals =
                RootedVec::from_slice(self.stack.slice(args_start + n - nkw, args_start + n));
            self.bind_args(f, code, args_start, n - nkw, kwnames, &kwvals)?;
        }
        self.stack.set(hp + H_CODE, f.code);
        self.stack.set(hp + H_GLOBALS, f.globals);
        self.stack.set(hp + H_NAMESPACE, Value::EMPTY);
        self.stack
            .set(hp + H_LINK, Value::small_int(caller_hp as i64));
        self.stack.set(hp + H_PC, Value::small_int(0));
        self.stack
            .set(hp + H_RET, Value::small_int(ret_slot as i64));
        self.stack.set(hp + H_FLAGS, Value::small_int(flags));
        self.stack.set(hp + H_GEN, Value::EMPTY);
        self.stack.top = end;
        self.depth += 1;
        Ok(hp)
    }

    /// Binds arguments for `f`: `npos` positional values are already in the slots at
    /// `fp`; `kwvals` are the values of the keywords named in `kwnames`.
    fn bind_args(
        &mut self,
        f: &FunctionObj,
        code: &CodeObj,
        fp: usize,
        npos: usize,
        kwnames: Value,
        kwvals: &[Value],
    ) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let named = argcount + kwonly;
        let has_varargs = code.has_flag(cflags::VARARGS);
        let has_varkw = code.has_flag(cflags::VARKEYWORDS);
        let nslots = code.nslots();
        // Extra positional arguments.
        let mut varargs = Value::EMPTY;
        if npos > argcount {
            if !has_varargs {
                return Err(self.too_many_positional(f, code, npos, kwnames, kwvals));
            }
            varargs = self.new_tuple(&RootedVec::from_slice(
                self.stack.slice(fp + argcount, fp + npos),
            ));
        } else if has_varargs {
            varargs = self.singletons.empty_tuple;
        }
        for i in npos.min(argcount)..nslots.max(npos) {
            self.stack.set(fp + i, Value::EMPTY);
        }
        if has_varargs {
            self.stack.set(fp + named, varargs);
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            self.stack.set(fp + named + has_varargs as usize, d);
            d
        } else {
            Value::EMPTY
        };
        // Keyword arguments.
        if !kwnames.is_empty() {
            // SAFETY: kwnames is a tuple of strs.
            let names = unsafe { tuple_items(kwnames) };
            for (k, &name) in names.iter().enumerate() {
                let val = kwvals[k];
                let posonly = code.posonlyargcount as usize;
                let found = (posonly..named).find(|&i| {
                    let vn = code.varnames[i];
                    // SAFETY: names are strs.
                    vn == name
                        || unsafe {
                            crate::object::str::as_str(vn) == crate::object::str::as_str(name)
                        }
                });
                match found {
                    Some(i) => {
                        if !self.stack.at(fp + i).is_empty() {
                            let q = code.qualname_str().to_owned();
                            let n = unsafe { crate::object::str::as_str(name) }.to_owned();
                            return Err(self.type_error(format!(
                                "{q}() got multiple values for argument '{n}'"
                            )));
                        }
                        self.stack.set(fp + i, val);
                    }
                    None => {
                        if has_varkw {
                            self.dict_set(kwdict, name, val)?;
                        } else {
                            let q = code.qualname_str().to_owned();
                            let n = unsafe { crate::object::str::as_str(name) }.to_owned();
                            let is_posonly = (0..posonly).any(|i| code.varname(i) == n);
                            if is_posonly {
                                // Name every positional-only parameter passed by keyword.
                                let mut bad = Vec::new();
                                for &kn in names.iter() {
                                    let ks = unsafe { crate::object::str::as_str(kn) };
                                    if (0..posonly).any(|i| code.varname(i) == ks) {
                                        bad.push(ks.to_owned());
                                    }
                                }
                                return Err(self.type_error(format!(
                                    "{q}() got some positional-only arguments passed as keyword arguments: '{}'",
                                    bad.join(", ")
                                )));
                            }
                            return Err(self.type_error(format!(
                                "{q}() got an unexpected keyword argument '{n}'"
                            )));
                        }
                    }
                }
            }
        }
        // Defaults for positional parameters.
        if npos < argcount {
            let defaults: &[Value] = if f.defaults.is_empty() {
                &[]
            } else {
                unsafe { tuple_items(f.defaults) }
            };
            let first_default = argcount - defaults.len();
            let mut missing = Vec::new();
            for i in npos..argcount {
                if self.stack.at(fp + i).is_empty() {
                    if i >= first_default {
                        self.stack.set(fp + i, defaults[i - first_default]);
                    } else {
                        missing.push(code.varname(i).to_owned());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(code, &missing, "positional"));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let mut missing = Vec::new();
            for i in argcount..named {
                if self.stack.at(fp + i).is_empty() {
                    let name = code.varnames[i];
                    let d = if f.kwdefaults.is_empty() {
                        None
                    } else {
                        self.dict_get_str(f.kwdefaults, name)
                    };
                    match d {
                        Some(v) => self.stack.set(fp + i, v),
                        None => missing.push(code.varname(i).to_owned()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(code, &missing, "keyword-only"));
            }
        }
        self.init_cells(f, code, fp);
        Ok(())
    }

    /// Creates the cells of a new frame and copies in the closure.
    fn init_cells(&mut self, f: &FunctionObj, code: &CodeObj, fp: usize) {
        let nlocals = code.nlocals as usize;
        for i in 0..code.ncells as usize {
            let slot = nlocals + i;
            let init = code
                .cell_args
                .iter()
                .find(|(c, _)| *c as usize == slot)
                .map(|(_, a)| self.stack.at(fp + *a as usize))
                .unwrap_or(Value::EMPTY);
            let cell = self.new_cell(init);
            self.stack.set(fp + slot, cell);
        }
        if code.nfrees > 0 {
            // SAFETY: the closure is a tuple of cells matching nfrees.
            let cells = unsafe { tuple_items(f.closure) };
            let base = nlocals + code.ncells as usize;
            for (i, &c) in cells.iter().enumerate() {
                self.stack.set(fp + base + i, c);
            }
        }
    }

    fn too_many_positional(
        &mut self,
        f: &FunctionObj,
        code: &CodeObj,
        given: usize,
        kwnames: Value,
        _kwvals: &[Value],
    ) -> PyErr {
        let argcount = code.argcount as usize;
        let ndefaults = if f.defaults.is_empty() {
            0
        } else {
            unsafe { tuple_items(f.defaults).len() }
        };
        let (sig, plural) = if ndefaults > 0 {
            (
                format!("from {} to {}", argcount - ndefaults, argcount),
                true,
            )
        } else {
            (argcount.to_string(), argcount != 1)
        };
        // Keyword-only arguments that were given as keywords.
        let mut kwonly_given = 0;
        if !kwnames.is_empty() {
            for &n in unsafe { tuple_items(kwnames) } {
                let n = unsafe { crate::object::str::as_str(n) };
                if (argcount..argcount + code.kwonlyargcount as usize).any(|i| code.varname(i) == n)
                {
                    kwonly_given += 1;
                }
            }
        }
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                kwonly_given,
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        };
        let msg = format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            code.qualname_str(),
            sig,
            if plural { "s" } else { "" },
            given,
            kwonly_sig,
            verb
        );
        self.type_error(msg)
    }

    fn missing_args(&mut self, code: &CodeObj, missing: &[String], kind: &str) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let msg = format!(
            "{}() missing {} required {} argument{}: {}",
            code.qualname_str(),
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        );
        self.type_error(msg)
    }

    // ----- calling from native code ---------------------------------------------------

    /// Calls `f(*args)`.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_with_names(f, args, Value::EMPTY)
    }

    /// Calls with keyword arguments: the last `len(kwnames)` values of `args` are the
    /// keyword values. `kwnames` is a tuple of strs or EMPTY.
    pub fn call_with_names(&mut self, f: Value, args: &[Value], kwnames: Value) -> PyResult<Value> {
        if !f.is_ptr() {
            return Err(self.not_callable(f));
        }
        match kind_of(f) {
            Kind::Function => self.call_function(f, args, kwnames, Value::EMPTY),
            Kind::NativeFunction => {
                // SAFETY: kind checked.
                let nf = unsafe { obj::<NativeFunctionObj>(f) };
                if !kwnames.is_empty()
                    && nf.flags & native_flags::KWARGS == 0
                    && unsafe { !tuple_items(kwnames).is_empty() }
                {
                    let name = unsafe { crate::object::str::as_str(nf.name) }.to_owned();
                    return Err(self.type_error(format!("{name}() takes no keyword arguments")));
                }
                self.check_native_stack()?;
                (nf.func)(self, args, kwnames)
            }
            Kind::BoundMethod => {
                // SAFETY: kind checked.
                let bm = unsafe { obj::<BoundMethodObj>(f) };
                let (func, self_) = (bm.func, bm.self_);
                if is_kind(func, Kind::Function) {
                    return self.call_function(func, args, kwnames, self_);
                }
                let mut full = RootedVec::with_capacity(args.len() + 1);
                full.push(self_);
                full.extend_from_slice(args);
                self.call_with_names(func, &full, kwnames)
            }
            Kind::Type => self.call_type(f.as_ptr::<TypeObj>(), args, kwnames),
            _ => {
                let call = self.names.dunder_call;
                match self.lookup_special(f, call) {
                    Some(m) => self.call_bound_special(m, f, args, kwnames),
                    None => Err(self.not_callable(f)),
                }
            }
        }
    }

    /// Calls a function found on a type (unbound) with `self_` as first argument.
    pub fn call_bound_special(
        &mut self,
        m: Value,
        self_: Value,
        args: &[Value],
        kwnames: Value,
    ) -> PyResult<Value> {
        if is_kind(m, Kind::Function) {
            return self.call_function(m, args, kwnames, self_);
        }
        let mut full = RootedVec::with_capacity(args.len() + 1);
        full.push(self_);
        full.extend_from_slice(args);
        let bound = self.bind_descriptor(m, self_)?;
        if bound != m {
            return self.call_with_names(bound, args, kwnames);
        }
        self.call_with_names(m, &full, kwnames)
    }

    fn not_callable(&mut self, f: Value) -> PyErr {
        let tn = self.type_name(f);
        self.type_error(format!("'{tn}' object is not callable"))
    }

    /// Raises RecursionError when the native stack is nearly exhausted.
    pub fn check_native_stack(&mut self) -> PyResult<()> {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        if sp < self.stack_lo_guard {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// Calls a Python function from native code. `self_` (if not EMPTY) is prepended.
    pub fn call_function(
        &mut self,
        func: Value,
        args: &[Value],
        kwnames: Value,
        self_: Value,
    ) -> PyResult<Value> {
        self.check_native_stack()?;
        self.check_depth()?;
        // SAFETY: `func` is a live function.
        let (f, code) = unsafe {
            let f = obj::<FunctionObj>(func);
            (f, code_obj(f.code))
        };
        let fp = self.stack.top;
        let extra = !self_.is_empty() as usize;
        let n = args.len() + extra;
        let nkw = if kwnames.is_empty() {
            0
        } else {
            unsafe { tuple_items(kwnames).len() }
        };
        let npos = n - nkw;
        let nslots = code.nslots();
        let hp = fp + nslots;
        let end = hp + HDR_SIZE + code.stacksize as usize;
        if end.max(fp + n) + STACK_SLACK > self.stack.cap {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        if extra == 1 {
            self.stack.set(fp, self_);
        }
        for (i, &a) in args[..args.len() - nkw].iter().enumerate() {
            self.stack.set(fp + extra + i, a);
        }
        self.stack.top = end.max(fp + npos);
        let fast = nkw == 0
            && npos == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (cflags::VARARGS | cflags::VARKEYWORDS) == 0
            && code.ncells == 0
            && code.nfrees == 0;
        let bound = if fast {
            for i in npos..nslots {
                self.stack.set(fp + i, Value::EMPTY);
            }
            Ok(())
        } else {
            self.bind_args(f, code, fp, npos, kwnames, &args[args.len() - nkw..])
        };
        if let Err(e) = bound {
            self.stack.top = fp;
            return Err(e);
        }
        self.stack.set(hp + H_CODE, f.code);
        self.stack.set(hp + H_GLOBALS, f.globals);
        self.stack.set(hp + H_NAMESPACE, Value::EMPTY);
        self.stack.set(hp + H_LINK, Value::small_int(-1));
        self.stack.set(hp + H_PC, Value::small_int(0));
        self.stack.set(hp + H_RET, Value::small_int(fp as i64));
        self.stack.set(hp + H_FLAGS, Value::small_int(0));
        self.stack.set(hp + H_GEN, Value::EMPTY);
        self.stack.top = end;
        if code.has_flag(cflags::GENERATOR) {
            let g = self.make_generator(func, fp, hp);
            self.stack.top = fp;
            return Ok(g);
        }
        self.depth += 1;
        self.run_frame(hp, 0, hp + HDR_SIZE, None)
    }

    /// Runs a module or class body: `code` with namespace dict `ns` and globals.
    pub fn run_code_in_namespace(
        &mut self,
        code: Value,
        globals: Value,
        ns: Value,
        closure: Value,
    ) -> PyResult<Value> {
        self.check_native_stack()?;
        self.check_depth()?;
        // SAFETY: live code object.
        let c = unsafe { code_obj(code) };
        let fp = self.stack.top;
        let hp = fp + c.nslots();
        let end = hp + HDR_SIZE + c.stacksize as usize;
        if end + STACK_SLACK > self.stack.cap {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        for i in 0..c.nslots() {
            self.stack.set(fp + i, Value::EMPTY);
        }
        self.stack.set(hp + H_CODE, code);
        self.stack.set(hp + H_GLOBALS, globals);
        self.stack.set(hp + H_NAMESPACE, ns);
        self.stack.set(hp + H_LINK, Value::small_int(-1));
        self.stack.set(hp + H_PC, Value::small_int(0));
        self.stack.set(hp + H_RET, Value::small_int(fp as i64));
        self.stack.set(hp + H_FLAGS, Value::small_int(0));
        self.stack.set(hp + H_GEN, Value::EMPTY);
        self.stack.top = end;
        // Class bodies may have cells (`__class__`) and frees.
        let nlocals = c.nlocals as usize;
        for i in 0..c.ncells as usize {
            let cell = self.new_cell(Value::EMPTY);
            self.stack.set(fp + nlocals + i, cell);
        }
        if c.nfrees > 0 && !closure.is_empty() {
            let base = nlocals + c.ncells as usize;
            // SAFETY: closure is a tuple of cells.
            for (i, &cell) in unsafe { tuple_items(closure) }.iter().enumerate() {
                self.stack.set(fp + base + i, cell);
            }
        }
        self.depth += 1;
        self.run_frame(hp, 0, hp + HDR_SIZE, None)
    }

    /// `f(*args, **kwargs)` with a tuple and an optional dict.
    pub fn call_ex(&mut self, f: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        let mut all = RootedVec::new();
        if is_kind(args, Kind::Tuple) {
            // SAFETY: kind checked.
            all.extend_from_slice(unsafe { tuple_items(args) });
        } else {
            let items = self.collect_iterable(args)?;
            all.extend_from_slice(&items);
        }
        if kwargs.is_empty() || crate::object::dict::dict_len(kwargs) == 0 {
            return self.call(f, &all);
        }
        let mut names = RootedVec::new();
        let mut pos = 0;
        while let Some((k, v)) = crate::object::dict::dict_next(kwargs, &mut pos) {
            if !is_kind(k, Kind::Str) {
                return Err(self.type_error("keywords must be strings".to_string()));
            }
            names.push(k);
            all.push(v);
        }
        let kwnames = self.new_tuple(&names);
        self.call_with_names(f, &all, kwnames)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, o: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let m = self.get_attr(o, n)?;
        self.call(m, args)
    }
}

/// Helper: is `v` a Python function whose code is a plain (non-generator) function.
pub fn is_plain_function(v: Value) -> bool {
    if !is_kind(v, Kind::Function) {
        return false;
    }
    // SAFETY: kind checked.
    unsafe { !code_obj(obj::<FunctionObj>(v).code).has_flag(cflags::GENERATOR) }
}

#[allow(dead_code)]
fn cell_value(v: Value) -> Value {
    // SAFETY: callers pass cells.
    unsafe { obj::<CellObj>(v).value }
}

impl Vm {
    /// How CPython names a callable in call errors: `module.qualname()` for functions
    /// (no module for builtins), `qualname()` for methods and types, else
    /// `'T' object`.
    pub fn function_str(&mut self, f: Value) -> String {
        if is_kind(f, Kind::Function) {
            // SAFETY: kind checked.
            let fo = unsafe { obj::<FunctionObj>(f) };
            let q = unsafe { crate::object::str::as_str(fo.qualname) }.to_owned();
            if is_kind(fo.module, Kind::Str) {
                let m = unsafe { crate::object::str::as_str(fo.module) };
                if m != "builtins" {
                    return format!("{m}.{q}()");
                }
            }
            return format!("{q}()");
        }
        if is_kind(f, Kind::BoundMethod) {
            // SAFETY: kind checked.
            let func = unsafe { obj::<BoundMethodObj>(f).func };
            return self.function_str(func);
        }
        if is_kind(f, Kind::NativeFunction) {
            // SAFETY: kind checked.
            let n =
                unsafe { crate::object::str::as_str(obj::<NativeFunctionObj>(f).name) }.to_owned();
            return format!("{n}()");
        }
        if is_kind(f, Kind::Type) {
            // SAFETY: kind checked.
            let n = unsafe { (*f.as_ptr::<TypeObj>()).name_str().to_owned() };
            return format!("{n}()");
        }
        let tn = self.type_name(f);
        format!("'{tn}' object")
    }

    /// True when `v`'s type supports iteration (so a TypeError came from inside it).
    pub fn has_iter(&mut self, v: Value) -> bool {
        if !v.is_ptr() {
            return false;
        }
        match kind_of(v) {
            Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Dict
            | Kind::Set
            | Kind::Range
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Iter => true,
            Kind::Generator => !crate::object::generator::is_coroutine(v),
            Kind::Instance => {
                let (i, g) = (self.names.dunder_iter, self.names.dunder_getitem);
                self.lookup_special(v, i).is_some() || self.lookup_special(v, g).is_some()
            }
            _ => false,
        }
    }

    /// The error of `[*x]` / `f(a, *x)` when `x` is not iterable.
    pub fn star_error(&mut self, e: PyErr, it: Value) -> PyErr {
        if self.isinstance(e.0, self.types.type_error) && !self.has_iter(it) {
            let tn = self.type_name(it);
            return self.type_error(format!("Value after * must be an iterable, not {tn}"));
        }
        e
    }

    /// DictMerge: `f(**m)` into the keyword dict `d`, with errors naming `f`.
    pub fn dict_merge_kwargs(&mut self, d: Value, m: Value, f: Value) -> PyResult<()> {
        let is_mapping = is_kind(m, Kind::Dict) || {
            let keys = self.names.keys;
            self.get_attr_opt(m, keys)?.is_some()
        };
        if !is_mapping {
            let fs = self.function_str(f);
            let tn = self.type_name(m);
            return Err(self.type_error(format!(
                "{fs} argument after ** must be a mapping, not {tn}"
            )));
        }
        let before = crate::object::dict::dict_len(d);
        let pairs = if is_kind(m, Kind::Dict) {
            let mut p = RootedVec::new();
            let mut pos = 0;
            while let Some((k, v)) = crate::object::dict::dict_next(m, &mut pos) {
                p.push(k);
                p.push(v);
            }
            p
        } else {
            let tmp = self.new_dict();
            self.dict_update_from(tmp, m, false)?;
            let mut p = RootedVec::new();
            let mut pos = 0;
            while let Some((k, v)) = crate::object::dict::dict_next(tmp, &mut pos) {
                p.push(k);
                p.push(v);
            }
            p
        };
        let _ = before;
        for c in pairs.chunks(2) {
            if !is_kind(c[0], Kind::Str) {
                let fs = self.function_str(f);
                return Err(self.type_error(format!("{fs} keywords must be strings")));
            }
            if self.dict_get(d, c[0])?.is_some() {
                let fs = self.function_str(f);
                let k = self.str_string(c[0])?;
                return Err(self.type_error(format!(
                    "{fs} got multiple values for keyword argument '{k}'"
                )));
            }
            self.dict_set(d, c[0], c[1])?;
        }
        Ok(())
    }
}
