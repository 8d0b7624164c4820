//! Attributes of builtin objects that are not methods: `f.__name__`, `e.args`,
//! `r.start`, `(1).real`, `m.__self__`, ...

use crate::interp::unwind::exc_data;
use crate::interp::PyResult;
use crate::object::function::{BoundMethodObj, FunctionObj, NativeFunctionObj};
use crate::object::int::int_view;
use crate::object::str::as_str;
use crate::object::{is_kind, kind_of, obj, CellObj, DescriptorObj, Kind, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A non-method attribute of a builtin object (or of an exception/ext part of an
    /// instance), if it has one.
    pub fn builtin_attr(&mut self, o: Value, name: Value) -> PyResult<Option<Value>> {
        // SAFETY: names are strs.
        let n = unsafe { as_str(name) };
        if o.is_float() {
            return Ok(match n {
                "real" => Some(o),
                "imag" => Some(Value::float(0.0)),
                _ => None,
            });
        }
        if let Some(iv) = int_view(o) {
            if !is_kind(o, Kind::Instance) {
                return Ok(match n {
                    "real" | "numerator" => Some(self.new_int_view(iv)),
                    "imag" => Some(Value::small_int(0)),
                    "denominator" => Some(Value::small_int(1)),
                    _ => None,
                });
            }
        }
        if !o.is_ptr() {
            return Ok(None);
        }
        if n == "__doc__" && !matches!(kind_of(o), Kind::Instance | Kind::Function | Kind::Property)
        {
            return Ok(Some(Value::NONE));
        }
        Ok(match kind_of(o) {
            Kind::Function => {
                // SAFETY: kind checked.
                let f = unsafe { obj::<FunctionObj>(o) };
                match n {
                    "__name__" => Some(f.name),
                    "__qualname__" => Some(f.qualname),
                    "__module__" => Some(f.module),
                    "__doc__" => Some(f.doc),
                    "__defaults__" => Some(if f.defaults.is_empty() {
                        Value::NONE
                    } else {
                        f.defaults
                    }),
                    "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                        Value::NONE
                    } else {
                        f.kwdefaults
                    }),
                    "__code__" => Some(f.code),
                    "__globals__" => Some(f.globals),
                    "__closure__" => Some(if f.closure.is_empty() {
                        Value::NONE
                    } else {
                        f.closure
                    }),
                    "__annotations__" => {
                        let k = self.names.dunder_annotations;
                        if !f.dict.is_empty() {
                            if let Some(a) = self.dict_get_str(f.dict, k) {
                                return Ok(Some(a));
                            }
                        }
                        Some(self.new_dict())
                    }
                    "__dict__" => {
                        if f.dict.is_empty() {
                            let d = self.new_dict();
                            // SAFETY: kind checked.
                            unsafe { crate::object::obj_mut::<FunctionObj>(o).dict = d };
                            Some(d)
                        } else {
                            Some(f.dict)
                        }
                    }
                    _ => {
                        if f.dict.is_empty() {
                            None
                        } else {
                            self.dict_get_str(f.dict, name)
                        }
                    }
                }
            }
            Kind::NativeFunction => {
                // SAFETY: kind checked.
                let f = unsafe { obj::<NativeFunctionObj>(o) };
                match n {
                    "__name__" => Some(f.name),
                    // A method's qualified name includes its class: 'str.upper'.
                    "__qualname__" if !f.owner.is_null() => {
                        // SAFETY: a native's owner is a live type; its name is a str.
                        let q = unsafe { format!("{}.{}", (*f.owner).name_str(), as_str(f.name)) };
                        Some(self.new_str(&q))
                    }
                    "__qualname__" => Some(f.name),
                    "__module__" => Some(if f.owner.is_null() {
                        self.intern("builtins")
                    } else {
                        Value::NONE
                    }),
                    "__self__" => Some(Value::NONE),
                    _ => None,
                }
            }
            Kind::BoundMethod => {
                // SAFETY: kind checked.
                let m = unsafe { obj::<BoundMethodObj>(o) };
                let (func, self_) = (m.func, m.self_);
                match n {
                    "__self__" => Some(self_),
                    "__func__" => Some(func),
                    _ => self.get_attr_opt(func, name)?,
                }
            }
            Kind::Range => {
                // SAFETY: kind checked.
                let r = unsafe { obj::<crate::object::range::RangeObj>(o) };
                let (a, b, c) = (r.start, r.stop, r.step);
                match n {
                    "start" => Some(self.new_int(a)),
                    "stop" => Some(self.new_int(b)),
                    "step" => Some(self.new_int(c)),
                    _ => None,
                }
            }
            Kind::Slice => {
                // SAFETY: kind checked.
                let s = unsafe { obj::<SliceObj>(o) };
                match n {
                    "start" => Some(s.start),
                    "stop" => Some(s.stop),
                    "step" => Some(s.step),
                    _ => None,
                }
            }
            Kind::Property => {
                // SAFETY: kind checked.
                let d = unsafe { obj::<DescriptorObj>(o) };
                match n {
                    "fget" => Some(d.fget),
                    "fset" => Some(d.fset),
                    "fdel" => Some(d.fdel),
                    "__doc__" => Some(d.doc),
                    _ => None,
                }
            }
            Kind::ClassMethod | Kind::StaticMethod => {
                // SAFETY: kind checked.
                let d = unsafe { obj::<DescriptorObj>(o) };
                match n {
                    "__func__" | "__wrapped__" => Some(d.fget),
                    _ => None,
                }
            }
            Kind::Iter => {
                // SAFETY: kind checked.
                let io = unsafe { obj::<crate::object::iter::IterObj>(o) };
                use crate::object::iter::IterKind;
                match (n, io.kind()) {
                    // CPython hands out a read-only mappingproxy; Tern hands out the
                    // dict itself (it compares and reads the same).
                    (
                        "mapping",
                        IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView,
                    ) => Some(io.seq),
                    _ => None,
                }
            }
            Kind::Cell => match n {
                // SAFETY: kind checked.
                "cell_contents" => Some(unsafe { obj::<CellObj>(o).value }),
                _ => None,
            },
            Kind::Generator if crate::object::generator::is_coroutine(o) => {
                // SAFETY: kind checked.
                let g = unsafe { obj::<crate::object::generator::GeneratorObj>(o) };
                match n {
                    "__name__" => Some(g.name),
                    "__qualname__" => Some(g.qualname),
                    "cr_running" => Some(Value::from_bool(
                        g.state == crate::object::generator::GEN_RUNNING,
                    )),
                    "cr_suspended" => Some(Value::from_bool(
                        g.state == crate::object::generator::GEN_SUSPENDED,
                    )),
                    "cr_code" => Some(g.code),
                    "cr_await" => Some(self.gen_yf(o).unwrap_or(Value::NONE)),
                    _ => None,
                }
            }
            Kind::Generator => {
                // SAFETY: kind checked.
                let g = unsafe { obj::<crate::object::generator::GeneratorObj>(o) };
                match n {
                    "__name__" => Some(g.name),
                    "__qualname__" => Some(g.qualname),
                    "gi_yieldfrom" => Some(self.gen_yf(o).unwrap_or(Value::NONE)),
                    "gi_running" => Some(Value::from_bool(
                        g.state == crate::object::generator::GEN_RUNNING,
                    )),
                    "gi_suspended" => Some(Value::from_bool(
                        g.state == crate::object::generator::GEN_SUSPENDED,
                    )),
                    "gi_code" => Some(g.code),
                    _ => None,
                }
            }
            Kind::Code => {
                // SAFETY: kind checked.
                let c = unsafe { crate::object::code::code_obj(o) };
                match n {
                    "co_name" => Some(c.name),
                    "co_qualname" => Some(c.qualname),
                    "co_filename" => Some(c.filename),
                    "co_firstlineno" => Some(Value::small_int(c.firstlineno as i64)),
                    "co_argcount" => Some(Value::small_int(c.argcount as i64)),
                    "co_posonlyargcount" => Some(Value::small_int(c.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::small_int(c.kwonlyargcount as i64)),
                    "co_nlocals" => Some(Value::small_int(c.nlocals as i64)),
                    "co_flags" => Some(Value::small_int(c.flags as i64)),
                    "co_varnames" | "co_cellvars" | "co_freevars" => {
                        let (lo, hi) = match n {
                            "co_varnames" => (0, c.nlocals as usize),
                            "co_cellvars" => (c.nlocals as usize, (c.nlocals + c.ncells) as usize),
                            _ => ((c.nlocals + c.ncells) as usize, c.nslots()),
                        };
                        let names = crate::gc::RootedVec::from_slice(&c.varnames[lo..hi]);
                        Some(self.new_tuple(&names))
                    }
                    "co_names" => {
                        let names = crate::gc::RootedVec::from_slice(&c.names);
                        Some(self.new_tuple(&names))
                    }
                    _ => None,
                }
            }
            Kind::Super => return self.super_getattr(o, name),
            Kind::Instance => {
                if let Some(d) = exc_data(o) {
                    return Ok(match n {
                        "args" => Some(d.args),
                        "__traceback__" => Some(if d.traceback.is_empty() {
                            Value::NONE
                        } else {
                            d.traceback
                        }),
                        "__cause__" => Some(d.cause),
                        "__context__" => Some(d.context),
                        "__suppress_context__" => Some(Value::from_bool(d.suppress_context)),
                        "name" | "path" if self.isinstance(o, self.types.import_error) => {
                            Some(Value::NONE)
                        }
                        "value" if self.isinstance(o, self.types.stop_iteration) => {
                            Some(self.stop_iteration_value(o))
                        }
                        "code" if self.isinstance(o, self.types.system_exit) => {
                            let a = d.args;
                            // SAFETY: args is a tuple.
                            let items = unsafe { crate::object::tuple::tuple_items(a) };
                            Some(match items.len() {
                                0 => Value::NONE,
                                1 => items[0],
                                _ => a,
                            })
                        }
                        _ => None,
                    });
                }
                let ext = crate::object::instance_ext(o);
                if !ext.is_empty() {
                    return self.builtin_attr(ext, name);
                }
                None
            }
            _ => None,
        })
    }

    /// Writes to the special attributes of exceptions; true when handled.
    pub fn set_exception_attr(&mut self, o: Value, name: Value, v: Value) -> bool {
        let Some(d) = exc_data(o) else { return false };
        // SAFETY: names are strs.
        match unsafe { as_str(name) } {
            "args" => {
                if is_kind(v, Kind::Tuple) {
                    d.args = v;
                    return true;
                }
                false
            }
            "__cause__" => {
                d.cause = v;
                d.suppress_context = true;
                true
            }
            "__context__" => {
                d.context = v;
                true
            }
            "__suppress_context__" => {
                d.suppress_context = v.is_true_bool();
                true
            }
            "__traceback__" => {
                d.traceback = v;
                true
            }
            _ => false,
        }
    }
}
