//! Interpreter odds and ends: namespace dicts of module and class frames, the
//! context-manager protocol, and loading compiled code units as code objects.

use crate::compiler::{CodeUnit, Const};
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::code::CodeSpec;
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Lookup in a frame's namespace (a dict; EMPTY means none).
    pub fn namespace_get(&mut self, ns: Value, name: Value) -> PyResult<Option<Value>> {
        if ns.is_empty() {
            return Ok(None);
        }
        if is_kind(ns, Kind::Dict) {
            return Ok(self.dict_get_str(ns, name));
        }
        match self.get_item(ns, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance(e.0, self.types.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn namespace_set(&mut self, ns: Value, name: Value, v: Value) -> PyResult<()> {
        if is_kind(ns, Kind::Dict) {
            self.dict_set_str(ns, name, v);
            return Ok(());
        }
        self.set_item(ns, name, v)
    }

    pub fn namespace_del(&mut self, ns: Value, name: Value) -> PyResult<bool> {
        if is_kind(ns, Kind::Dict) {
            return Ok(self.dict_del(ns, name)?.is_some());
        }
        match self.del_item(ns, name) {
            Ok(()) => Ok(true),
            Err(e) if self.isinstance(e.0, self.types.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// BeforeWith: (bound `__exit__`, result of `__enter__()`).
    pub fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let en = self.names.dunder_enter;
        let ex = self.names.dunder_exit;
        let t = self.type_of(mgr);
        let enter = self.type_lookup(t, en);
        let exit = self.type_lookup(t, ex);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol"
            )));
        };
        let exit_bound = self.bind_descriptor(exit, mgr)?;
        let entered = self.call_bound_special(enter, mgr, &[], Value::EMPTY)?;
        Ok((exit_bound, entered))
    }

    /// WithExceptStart: `exit(type(exc), exc, exc.__traceback__)`.
    pub fn call_exit_with_exception(&mut self, exit: Value, exc: Value) -> PyResult<Value> {
        let t = Value::from_ptr(self.type_of(exc));
        let tb = crate::interp::unwind::exc_data(exc)
            .map(|d| d.traceback)
            .unwrap_or(Value::NONE);
        let tb = if tb.is_empty() { Value::NONE } else { tb };
        self.call(exit, &[t, exc, tb])
    }

    /// Turns a compiled unit into a code object (recursively for nested code).
    pub fn load_code_unit(&mut self, unit: &CodeUnit) -> Value {
        let mut consts = RootedVec::with_capacity(unit.consts.len());
        for c in &unit.consts {
            let v = self.const_value(c);
            consts.push(v);
        }
        let mut names = RootedVec::with_capacity(unit.names.len());
        for n in &unit.names {
            let v = self.intern(n);
            names.push(v);
        }
        let mut varnames = RootedVec::with_capacity(unit.varnames.len());
        for n in &unit.varnames {
            let v = self.intern(n);
            varnames.push(v);
        }
        let name = self.intern(&unit.name);
        let qualname = self.intern(&unit.qualname);
        let filename = self.intern(&unit.filename);
        let doc = match &unit.doc {
            Some(d) => self.new_str(d),
            None => Value::NONE,
        };
        let code = self.new_code(CodeSpec {
            instrs: unit.instrs.clone(),
            consts: consts.to_vec(),
            names: names.to_vec(),
            varnames: varnames.to_vec(),
            lines: unit.lines.clone(),
            positions: unit.positions.clone(),
            exc_table: unit.exc_table.clone(),
            cell_args: unit.cell_args.clone(),
            name,
            qualname,
            filename,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: unit.flags,
            nlocals: unit.nlocals,
            ncells: unit.ncells,
            nfrees: unit.nfrees,
            stacksize: unit.stacksize,
            firstlineno: unit.firstlineno,
            doc,
        });
        self.all_code.push(code);
        code
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::from_bool(*b),
            Const::Int(i) => self.new_bigint(i.clone()),
            Const::Float(f) => Value::float(*f),
            Const::Str(s) => self.intern(s),
            Const::Bytes(b) => self.new_bytes(b),
            Const::Ellipsis => self.singletons.ellipsis,
            Const::Tuple(items) => {
                let mut vals = RootedVec::with_capacity(items.len());
                for i in items {
                    let v = self.const_value(i);
                    vals.push(v);
                }
                self.new_tuple(&vals)
            }
            Const::FrozenSet(items) => {
                let mut vals = RootedVec::with_capacity(items.len());
                for i in items {
                    let v = self.const_value(i);
                    vals.push(v);
                }
                // CPython builds frozenset(tuple) and then, when it merges the code
                // object's constants, rebuilds it from the first set's iteration order.
                // The second table's layout decides the order a set display iterates in.
                let first = self.new_frozenset();
                for &v in vals.iter() {
                    // Constants are hashable and compare natively.
                    let _ = self.set_add(first, v);
                }
                let mut order = RootedVec::new();
                let mut pos = 0;
                while let Some(e) = crate::object::set::set_next(first, &mut pos) {
                    order.push(e.key);
                }
                let s = self.new_frozenset();
                for &v in order.iter() {
                    let _ = self.set_add(s, v);
                }
                s
            }
            Const::Code(u) => self.load_code_unit(u),
        }
    }
}
