//! Calling a type: the constructors of builtin types (`int(x)`, `list(it)`,
//! `range(a, b)`, ...) and the route to `__new__`/`__init__` for user classes.

use super::args::{self, positional};
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::int::{int_view, IntView};
use crate::object::iter::IterKind;
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, kind_of, obj_mut, DescriptorObj, Kind};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

impl Vm {
    /// `t(*args, **kwargs)`.
    pub fn call_type(
        &mut self,
        t: *mut TypeObj,
        args: &[Value],
        kwnames: Value,
    ) -> PyResult<Value> {
        // A user metaclass's __call__ decides what calling the class does.
        let cls = Value::from_ptr(t);
        let call = self.names.dunder_call;
        if let Some(m) = self.meta_special(cls, call) {
            let mut all = RootedVec::with_capacity(args.len() + 1);
            all.push(cls);
            all.extend_from_slice(args);
            return self.call_with_names(m, &all, kwnames);
        }
        self.call_type_default(t, args, kwnames)
    }

    /// `type.__call__`: instantiates `t` without consulting its metaclass.
    pub fn call_type_default(
        &mut self,
        t: *mut TypeObj,
        args: &[Value],
        kwnames: Value,
    ) -> PyResult<Value> {
        // SAFETY: live type.
        if unsafe { (*t).has_flag(tflags::HEAPTYPE) } {
            return self.call_heap_type(t, args, kwnames);
        }
        let ty = crate::types::TypePtrs::of(&self.types);
        let pos = positional(args, kwnames);
        let nkw = args::nkw(kwnames);
        macro_rules! no_kw {
            ($name:expr) => {
                if nkw > 0 {
                    return Err(self.type_error(format!("{}() takes no keyword arguments", $name)));
                }
            };
        }
        if t == ty.type_ {
            no_kw!("type");
            return match pos.len() {
                1 => Ok(Value::from_ptr(self.type_of(pos[0]))),
                3 => {
                    if !is_kind(pos[1], Kind::Tuple) || !is_kind(pos[2], Kind::Dict) {
                        return Err(self.type_error("type() argument 2 must be tuple"));
                    }
                    let meta = self.class_metaclass_of_bases(pos[1])?;
                    self.create_class(meta, pos[0], pos[1], pos[2], &[], &[])
                }
                _ => Err(self.type_error("type() takes 1 or 3 arguments")),
            };
        }
        if t == ty.object {
            if !pos.is_empty() || nkw > 0 {
                return Err(self.type_error("object() takes no arguments"));
            }
            return Ok(self.new_plain_instance(t));
        }
        if t == ty.int || t == ty.bool_ {
            if t == ty.bool_ {
                no_kw!("bool");
                args::arity(self, "bool", pos, 0, 1)?;
                return Ok(match pos.first() {
                    Some(&v) => Value::from_bool(self.is_true(v)?),
                    None => Value::FALSE,
                });
            }
            if nkw > 0
                && unsafe { tuple_items(kwnames) }
                    .iter()
                    .any(|&k| unsafe { as_str(k) } == "x")
            {
                // `x` is positional-only.
                return Err(self.type_error("'x' is an invalid keyword argument for int()"));
            }
            let a = args::bind(self, "int", args, kwnames, &["x", "base"], 0)?;
            return self.int_new(a[0], a[1]);
        }
        if t == ty.float {
            no_kw!("float");
            args::arity(self, "float", pos, 0, 1)?;
            return match pos.first() {
                None => Ok(Value::float(0.0)),
                Some(&v) => self.float_new(v),
            };
        }
        if t == ty.str {
            let a = args::bind(
                self,
                "str",
                args,
                kwnames,
                &["object", "encoding", "errors"],
                0,
            )?;
            if a[0].is_empty() {
                return Ok(self.singletons.empty_str);
            }
            if !a[1].is_empty() || !a[2].is_empty() {
                return super::bytes::decode_to_str(self, a[0], a[1], a[2]);
            }
            return self.to_str(a[0]);
        }
        if t == ty.list {
            no_kw!("list");
            args::arity(self, "list", pos, 0, 1)?;
            return match pos.first() {
                None => Ok(self.new_list(&[])),
                Some(&v) => {
                    let items = self.collect_iterable(v)?;
                    Ok(self.new_list(&items))
                }
            };
        }
        if t == ty.tuple {
            no_kw!("tuple");
            args::arity(self, "tuple", pos, 0, 1)?;
            return match pos.first() {
                None => Ok(self.singletons.empty_tuple),
                Some(&v) if is_kind(v, Kind::Tuple) && self.type_of(v) == self.types.tuple => Ok(v),
                Some(&v) => {
                    let items = self.collect_iterable(v)?;
                    Ok(self.new_tuple(&items))
                }
            };
        }
        if t == ty.dict {
            let d = self.new_dict();
            self.dict_init(d, args, kwnames)?;
            return Ok(d);
        }
        if t == ty.set || t == ty.frozenset {
            let name = if t == ty.set { "set" } else { "frozenset" };
            no_kw!(name);
            args::arity(self, name, pos, 0, 1)?;
            if t == ty.frozenset {
                if let Some(&v) = pos.first() {
                    if self.type_of(v) == self.types.frozenset {
                        return Ok(v);
                    }
                }
            }
            let s = self.new_set_of_class(t);
            if let Some(&v) = pos.first() {
                self.set_update(s, v)?;
            }
            return Ok(s);
        }
        if t == ty.range {
            no_kw!("range");
            args::arity(self, "range", pos, 1, 3)?;
            let mut vals = [0i64; 3];
            for (i, &v) in pos.iter().enumerate() {
                if let Some(crate::object::int::IntView::Big(_)) = int_view(v) {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
                vals[i] = match self.index_of(v)? {
                    Some(x) => x,
                    None => {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!(
                            "'{tn}' object cannot be interpreted as an integer"
                        )));
                    }
                };
            }
            let (start, stop, step) = match pos.len() {
                1 => (0, vals[0], 1),
                2 => (vals[0], vals[1], 1),
                _ => (vals[0], vals[1], vals[2]),
            };
            if step == 0 {
                return Err(self.value_error("range() arg 3 must not be zero"));
            }
            return Ok(self.new_range(start, stop, step));
        }
        if t == ty.slice {
            no_kw!("slice");
            args::arity(self, "slice", pos, 1, 3)?;
            return Ok(match pos.len() {
                1 => self.new_slice(Value::NONE, pos[0], Value::NONE),
                2 => self.new_slice(pos[0], pos[1], Value::NONE),
                _ => self.new_slice(pos[0], pos[1], pos[2]),
            });
        }
        if t == ty.bytes {
            return super::bytes::bytes_new(self, args, kwnames);
        }
        if t == ty.bytearray {
            return super::bytearray::bytearray_new(self, args, kwnames);
        }
        if t == ty.mappingproxy {
            return super::mappingproxy::mappingproxy_new(self, args, kwnames);
        }
        if t == ty.memoryview {
            return super::memoryview::memoryview_new(self, args, kwnames);
        }
        if t == ty.enumerate {
            let a = args::bind(self, "enumerate", args, kwnames, &["iterable", "start"], 1)?;
            let it = self.get_iter(a[0])?;
            let start = if a[1].is_empty() {
                Value::small_int(0)
            } else {
                a[1]
            };
            if int_view(start).is_none() {
                let tn = self.type_name(start);
                return Err(
                    self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
            let e = self.new_iter(IterKind::Enumerate, it);
            // SAFETY: fresh iterator.
            unsafe { (*e).a = start };
            return Ok(Value::from_ptr(e));
        }
        if t == ty.zip {
            let mut strict = false;
            if nkw > 0 {
                let a = args::bind(self, "zip", &args[pos.len()..], kwnames, &["*strict"], 0)?;
                strict = !a[0].is_empty() && self.is_true(a[0])?;
            }
            let mut iters = RootedVec::with_capacity(pos.len());
            for (i, &v) in pos.iter().enumerate() {
                match self.get_iter(v) {
                    Ok(it) => iters.push(it),
                    Err(e) => {
                        if self.isinstance(e.0, self.types.type_error) {
                            return Err(self.type_error(format!(
                                "zip argument #{} must support iteration",
                                i + 1
                            )));
                        }
                        return Err(e);
                    }
                }
            }
            let tup = self.new_tuple(&iters);
            let z = self.new_iter(IterKind::Zip, tup);
            // SAFETY: fresh iterator.
            unsafe { (*z).index = strict as i64 };
            return Ok(Value::from_ptr(z));
        }
        if t == ty.map {
            no_kw!("map");
            if pos.len() < 2 {
                return Err(self.type_error("map() must have at least two arguments."));
            }
            let mut iters = RootedVec::with_capacity(pos.len() - 1);
            for &v in &pos[1..] {
                let it = self.get_iter(v)?;
                iters.push(it);
            }
            let tup = self.new_tuple(&iters);
            let m = self.new_iter(IterKind::Map, tup);
            // SAFETY: fresh iterator.
            unsafe { (*m).a = pos[0] };
            return Ok(Value::from_ptr(m));
        }
        if t == ty.filter {
            no_kw!("filter");
            args::arity(self, "filter", pos, 2, 2)?;
            let it = self.get_iter(pos[1])?;
            let f = self.new_iter(IterKind::Filter, it);
            // SAFETY: fresh iterator.
            unsafe { (*f).a = pos[0] };
            return Ok(Value::from_ptr(f));
        }
        if t == ty.reversed {
            no_kw!("reversed");
            args::arity(self, "reversed", pos, 1, 1)?;
            return self.reversed(pos[0]);
        }
        if t == ty.property {
            let a = args::bind(
                self,
                "property",
                args,
                kwnames,
                &["fget", "fset", "fdel", "doc"],
                0,
            )?;
            let p = self.new_descriptor(
                Kind::Property,
                if a[0].is_empty() { Value::NONE } else { a[0] },
            );
            // SAFETY: fresh descriptor.
            unsafe {
                let d = obj_mut::<DescriptorObj>(p);
                d.fset = if a[1].is_empty() { Value::NONE } else { a[1] };
                d.fdel = if a[2].is_empty() { Value::NONE } else { a[2] };
                d.doc = if a[3].is_empty() { Value::NONE } else { a[3] };
            }
            // Without a doc, a property takes its getter's docstring.
            if a[3].is_empty() && !a[0].is_empty() && is_kind(a[0], Kind::Function) {
                let doc =
                    unsafe { crate::object::obj::<crate::object::function::FunctionObj>(a[0]).doc };
                unsafe { obj_mut::<DescriptorObj>(p).doc = doc };
            }
            return Ok(p);
        }
        if t == ty.classmethod || t == ty.staticmethod {
            let name = if t == ty.classmethod {
                "classmethod"
            } else {
                "staticmethod"
            };
            no_kw!(name);
            args::arity(self, name, pos, 1, 1)?;
            let kind = if t == ty.classmethod {
                Kind::ClassMethod
            } else {
                Kind::StaticMethod
            };
            return Ok(self.new_descriptor(kind, pos[0]));
        }
        if t == ty.super_ {
            no_kw!("super");
            return match pos.len() {
                0 => Err(self.runtime_error("super(): no arguments")),
                1 => {
                    Err(self
                        .not_implemented_error("unbound super objects are not supported by Tern"))
                }
                2 => self.new_super(pos[0], pos[1]),
                _ => Err(self.type_error("super() takes at most 2 arguments")),
            };
        }
        if unsafe { (*t).has_flag(tflags::EXCEPTION) } {
            if nkw > 0 && !self.is_subtype(t, ty.import_error) {
                let tn = unsafe { (*t).name_str().to_owned() };
                return Err(self.type_error(format!("{tn}() takes no keyword arguments")));
            }
            if let Some(e) = crate::modules::os::os_error_new(self, t, pos)? {
                return Ok(e);
            }
            let e = self.new_exception_args(t, pos).0;
            if nkw > 0 {
                super::class::import_error_keywords(self, e, args, kwnames)?;
            }
            return Ok(e);
        }
        if t == ty.none_type {
            return Ok(Value::NONE);
        }
        if let Some(v) = crate::modules::construct_native(self, t, args, kwnames)? {
            return Ok(v);
        }
        let tn = unsafe { (*t).name_str().to_owned() };
        Err(self.type_error(format!("cannot create '{tn}' instances")))
    }

    /// `int(x, base)`.
    pub fn int_new(&mut self, x: Value, base: Value) -> PyResult<Value> {
        if x.is_empty() {
            if !base.is_empty() {
                return Err(self.type_error("int() missing string argument"));
            }
            return Ok(Value::small_int(0));
        }
        if !base.is_empty() {
            let b = match self.index_of(base)? {
                Some(b) => b,
                None => {
                    let tn = self.type_name(base);
                    return Err(self
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = if is_kind(x, Kind::Str) {
                unsafe { as_str(x) }.to_owned()
            } else if super::bytes::is_byte_seq(x) {
                String::from_utf8_lossy(unsafe { super::bytes::seq_data(x) }).into_owned()
            } else {
                return Err(self.type_error("int() can't convert non-string with explicit base"));
            };
            return self.parse_int_text(&text, b as u32, x);
        }
        if is_kind(x, Kind::Instance) {
            // A user class's conversion dunders win over its builtin base value.
            if let Some(r) = self.int_from_dunders(x)? {
                return Ok(r);
            }
            let ext = crate::object::instance_ext(x);
            if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                return self.int_new(ext, Value::EMPTY);
            }
        }
        if let Some(iv) = int_view(x) {
            if x.is_bool() {
                return Ok(self.new_int_view(iv));
            }
            return Ok(x);
        }
        if x.is_float() {
            let f = x.as_float();
            if f.is_nan() {
                return Err(self.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(self.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e15 {
                return Ok(self.new_int(t as i64));
            }
            return Ok(self.new_bigint(crate::object::int::f64_to_bigint(t)));
        }
        if is_kind(x, Kind::Str) {
            // SAFETY: kind checked.
            if let Some(i) = crate::format::parse_int_small(unsafe { as_str(x) }) {
                return Ok(self.new_int(i));
            }
            let text = unsafe { as_str(x) }.to_owned();
            return self.parse_int_text(&text, 10, x);
        }
        if super::bytes::is_byte_seq(x) {
            let text = String::from_utf8_lossy(unsafe { super::bytes::seq_data(x) }).into_owned();
            return self.parse_int_text(&text, 10, x);
        }
        let tn = self.type_name(x);
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
        )))
    }

    /// `int(x)` through `__int__`, `__index__` or `__trunc__` of a user class.
    fn int_from_dunders(&mut self, x: Value) -> PyResult<Option<Value>> {
        for dunder in ["__int__", "__index__", "__trunc__"] {
            let n = self.intern(dunder);
            if let Some(m) = self.lookup_special(x, n) {
                let r = self.call_bound_special(m, x, &[], Value::EMPTY)?;
                if int_view(r).is_none() {
                    let tn = self.type_name(r);
                    return Err(self.type_error(format!("{dunder} returned non-int (type {tn})")));
                }
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn parse_int_text(&mut self, text: &str, base: u32, orig: Value) -> PyResult<Value> {
        match crate::format::parse_int(text, base) {
            Ok(b) => Ok(self.new_bigint(b)),
            Err(e) => {
                let r = self.repr_string(orig)?;
                Err(self.value_error(e.message(base, &r)))
            }
        }
    }

    /// `float(x)`.
    pub fn float_new(&mut self, v: Value) -> PyResult<Value> {
        if v.is_float() {
            return Ok(v);
        }
        if let Some(iv) = int_view(v) {
            if !is_kind(v, Kind::Instance) {
                return match crate::object::int::int_to_f64(iv) {
                    Some(f) => Ok(Value::float(f)),
                    None => Err(self.overflow_error("int too large to convert to float")),
                };
            }
        }
        if is_kind(v, Kind::Str) {
            // SAFETY: kind checked; `v` is rooted by the caller.
            if let Some(f) = crate::format::parse_float(unsafe { as_str(v) }) {
                return Ok(Value::float(f));
            }
        }
        if is_kind(v, Kind::Str) || super::bytes::is_byte_seq(v) {
            let s = if is_kind(v, Kind::Str) {
                unsafe { as_str(v) }.to_owned()
            } else {
                String::from_utf8_lossy(unsafe { super::bytes::seq_data(v) }).into_owned()
            };
            return match crate::format::parse_float(&s) {
                Some(f) => Ok(Value::float(f)),
                None => {
                    let r = self.repr_string(v)?;
                    Err(self.value_error(format!("could not convert string to float: {r}")))
                }
            };
        }
        let n = self.names.dunder_float;
        if let Some(m) = self.lookup_special(v, n) {
            let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
            if !r.is_float() {
                let tn = self.type_name(r);
                return Err(self.type_error(format!("__float__ returned non-float (type {tn})")));
            }
            return Ok(r);
        }
        let ix = self.names.dunder_index;
        if let Some(m) = self.lookup_special(v, ix) {
            let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
            return self.float_new(r);
        }
        let ext = crate::object::instance_ext(v);
        if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
            return self.float_new(ext);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!(
            "float() argument must be a string or a real number, not '{tn}'"
        )))
    }

    /// `dict(...)` / `dict.__init__`: a mapping or pairs, then keywords.
    pub fn dict_init(&mut self, d: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
        let pos = positional(args, kwnames);
        args::arity(self, "dict", pos, 0, 1)?;
        if let Some(&m) = pos.first() {
            self.dict_update_from(d, m, false)?;
        }
        let n = args::nkw(kwnames);
        if n > 0 {
            // SAFETY: kwnames is a tuple.
            let names = unsafe { tuple_items(kwnames) };
            for (i, &k) in names.iter().enumerate() {
                self.dict_set(d, k, args[args.len() - n + i])?;
            }
        }
        Ok(())
    }

    /// `reversed(seq)`.
    pub fn reversed(&mut self, v: Value) -> PyResult<Value> {
        if let Some(r) = self.call_meta_special(v, self.names.dunder_reversed, &[])? {
            return Ok(r);
        }
        if is_kind(v, Kind::Instance) {
            let n = self.names.dunder_reversed;
            if let Some(m) = self.lookup_special(v, n) {
                return self.call_bound_special(m, v, &[], Value::EMPTY);
            }
            // Subclasses of builtins reverse their builtin value, as CPython's
            // `list.__reversed__` and `dict.__reversed__` do.
            let ext = crate::object::instance_ext(v);
            if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                return self.reversed(ext);
            }
        }
        if is_kind(v, Kind::Range) {
            // SAFETY: kind checked.
            let r = unsafe { crate::object::obj::<crate::object::range::RangeObj>(v) };
            let (start, len, step) = (r.start, r.len, r.step);
            let last = start + (len - 1) * step;
            let it = self.new_iter(IterKind::Range, Value::EMPTY);
            unsafe {
                (*it).index = last;
                (*it).end = len.max(0);
                (*it).step = -step;
            }
            return Ok(Value::from_ptr(it));
        }
        // Dicts and their views: iterate a reversed snapshot.
        let view = if is_kind(v, Kind::Iter) {
            // SAFETY: kind checked.
            let io = unsafe { crate::object::obj::<crate::object::iter::IterObj>(v) };
            match io.kind() {
                k @ (IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView) => {
                    Some((io.seq, k))
                }
                _ => None,
            }
        } else if is_kind(v, Kind::Dict) {
            Some((v, IterKind::KeysView))
        } else {
            None
        };
        if let Some((d, kind)) = view {
            let pairs = crate::object::dict::dict_items(d);
            let mut items = RootedVec::with_capacity(pairs.len());
            for &(k, val) in pairs.iter().rev() {
                let item = match kind {
                    IterKind::KeysView => k,
                    IterKind::ValuesView => val,
                    _ => self.new_tuple(&[k, val]),
                };
                items.push(item);
            }
            let l = self.new_list(&items);
            return self.get_iter(l);
        }
        let len = match self.len_opt(v)? {
            Some(n)
                if v.is_ptr()
                    && (matches!(
                        kind_of(v),
                        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray
                    ) || is_kind(v, Kind::Instance)
                        || crate::modules::array::is_array(v)) =>
            {
                n
            }
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not reversible")));
            }
        };
        let it = self.new_iter(IterKind::Reversed, v);
        // SAFETY: fresh iterator.
        unsafe { (*it).index = len as i64 - 1 };
        Ok(Value::from_ptr(it))
    }
}

#[allow(dead_code)]
fn big(i: IntView) -> BigInt {
    i.to_bigint()
}
