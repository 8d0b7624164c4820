//! Classes: `__build_class__`, `type(name, bases, dict)`, the C3 MRO, instance creation
//! (`__new__` + `__init__`), `super()`, and the dunder methods of `object` and
//! `BaseException` that user classes reach through `super()`.
//!
//! Invariants:
//! - A user class's `mro` is its C3 linearisation; its `builtin_base` is the first
//!   builtin type in the MRO other than `object`'s position (or `object`), which fixes
//!   the layout of `ext` in its instances.
//! - A class is in each base's `subclasses` list, so version bumps reach it.

use super::args::{self, positional};
use super::{add_function, add_methods};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::function::{native_flags, NativeFunctionObj};
use crate::object::list::list_obj;
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, kind_of, obj, obj_mut, CellObj, InstanceObj, Kind, SuperObj};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm, builtins: Value) {
    add_function(
        vm,
        builtins,
        "__build_class__",
        build_class,
        native_flags::KWARGS,
    );
    let object = vm.types.object;
    add_methods(
        vm,
        object,
        &[
            ("__init__", object_init, native_flags::KWARGS),
            (
                "__new__",
                object_new,
                native_flags::KWARGS | native_flags::STATIC,
            ),
            ("__setattr__", object_setattr, 0),
            ("__getattribute__", object_getattribute, 0),
            ("__delattr__", object_delattr, 0),
            ("__eq__", object_eq, 0),
            ("__ne__", object_ne, 0),
            ("__lt__", object_not_implemented, 0),
            ("__le__", object_not_implemented, 0),
            ("__gt__", object_not_implemented, 0),
            ("__ge__", object_not_implemented, 0),
            ("__hash__", object_hash, 0),
            ("__repr__", object_repr, 0),
            ("__str__", object_str, 0),
            ("__format__", object_format, 0),
            (
                "__init_subclass__",
                object_init_subclass,
                native_flags::KWARGS | native_flags::CLASSMETHOD,
            ),
            ("__dir__", object_dir, 0),
            ("__sizeof__", object_sizeof, 0),
            ("__getstate__", object_getstate, 0),
            ("__reduce__", object_reduce, 0),
            ("__reduce_ex__", object_reduce, 0),
            (
                "__subclasshook__",
                object_subclasshook,
                native_flags::CLASSMETHOD,
            ),
        ],
    );
    let be = vm.types.base_exception;
    add_methods(
        vm,
        be,
        &[
            ("__init__", exception_init, native_flags::KWARGS),
            (
                "__new__",
                exception_new,
                native_flags::KWARGS | native_flags::STATIC,
            ),
            ("__str__", exception_str, 0),
            ("__repr__", exception_repr, 0),
            ("with_traceback", exception_with_traceback, 0),
            ("add_note", exception_add_note, 0),
        ],
    );
    crate::modules::os::install_os_error(vm);
    // Mutable builtins are unhashable: `list.__hash__ is None`, as in CPython, so a
    // subclass inherits the None (and `hash()` names the subclass).
    let hk = vm.names.dunder_hash;
    for t in [
        vm.types.list,
        vm.types.dict,
        vm.types.set,
        vm.types.bytearray,
        vm.types.slice,
    ] {
        // SAFETY: live builtin type.
        let d = unsafe { (*t).dict };
        vm.dict_set_str(d, hk, Value::NONE);
    }
    let ft = vm.types.function;
    add_methods(vm, ft, &[("__get__", function_get, 0)]);
    let tt = vm.types.type_;
    add_methods(
        vm,
        tt,
        &[
            ("mro", type_mro, 0),
            ("__subclasses__", type_subclasses, 0),
            (
                "__new__",
                type_dunder_new,
                native_flags::KWARGS | native_flags::STATIC,
            ),
            ("__init__", type_dunder_init, native_flags::KWARGS),
            ("__call__", type_dunder_call, native_flags::KWARGS),
            ("__setattr__", type_dunder_setattr, 0),
            ("__delattr__", type_dunder_delattr, 0),
            (
                "__prepare__",
                type_dunder_prepare,
                native_flags::KWARGS | native_flags::CLASSMETHOD,
            ),
        ],
    );
    install_property(vm);
}

// ----- class creation -----------------------------------------------------------------

/// Replaces each base that is not a class but has `__mro_entries__` (such as
/// `list[int]`) by the classes that method returns. Returns `bases` itself when none
/// does.
fn resolve_mro_entries(vm: &mut Vm, bases: Value) -> PyResult<Value> {
    // SAFETY: bases is a tuple.
    let items = RootedVec::from_slice(unsafe { tuple_items(bases) });
    if items.iter().all(|&b| is_kind(b, Kind::Type)) {
        return Ok(bases);
    }
    let entries = vm.intern("__mro_entries__");
    let mut resolved = RootedVec::new();
    let mut changed = false;
    for &b in items.iter() {
        if is_kind(b, Kind::Type) {
            resolved.push(b);
            continue;
        }
        match vm.get_attr_opt(b, entries)? {
            Some(m) => {
                let r = vm.call(m, &[bases])?;
                if !is_kind(r, Kind::Tuple) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                }
                // SAFETY: kind checked.
                resolved.extend_from_slice(unsafe { tuple_items(r) });
                changed = true;
            }
            None => resolved.push(b),
        }
    }
    if !changed {
        return Ok(bases);
    }
    Ok(vm.new_tuple(&resolved))
}

/// The dict behind a class namespace: a dict, or a dict subclass instance's dict.
fn dict_of_namespace(ns: Value) -> Option<Value> {
    if is_kind(ns, Kind::Dict) {
        return Some(ns);
    }
    if is_kind(ns, Kind::Instance) {
        let ext = crate::object::instance_ext(ns);
        if is_kind(ext, Kind::Dict) {
            return Some(ext);
        }
    }
    None
}

/// `__build_class__(func, name, *bases, **kwds)`.
fn build_class(vm: &mut Vm, args: &[Value], kwnames: Value) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0];
    let name = pos[1];
    let orig_bases = vm.new_tuple(&pos[2..]);
    let bases = resolve_mro_entries(vm, orig_bases)?;
    let nkw = args::nkw(kwnames);
    let mut kw_names = RootedVec::new();
    let mut kw_vals = RootedVec::new();
    let mut explicit_meta = Value::EMPTY;
    if nkw > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let names = unsafe { tuple_items(kwnames) };
        for (i, &n) in names.iter().enumerate() {
            let v = args[args.len() - nkw + i];
            if unsafe { as_str(n) } == "metaclass" {
                explicit_meta = v;
            } else {
                kw_names.push(n);
                kw_vals.push(v);
            }
        }
    }
    if !is_kind(func, Kind::Function) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let meta = vm.class_metaclass(explicit_meta, bases)?;
    // SAFETY: kind checked by class_metaclass.
    let user_meta = is_kind(meta, Kind::Type)
        && unsafe { (*meta.as_ptr::<TypeObj>()).has_flag(tflags::HEAPTYPE) };
    let kwn = if kw_names.is_empty() {
        Value::EMPTY
    } else {
        vm.new_tuple(&kw_names)
    };
    // The namespace: `__prepare__` of a user metaclass, else a fresh dict.
    let ns = if user_meta {
        let prep = vm.intern("__prepare__");
        match vm.get_attr_opt(meta, prep)? {
            Some(p) => {
                let mut pargs = RootedVec::from_slice(&[name, bases]);
                pargs.extend_from_slice(&kw_vals);
                let ns = vm.call_with_names(p, &pargs, kwn)?;
                if dict_of_namespace(ns).is_none() {
                    return Err(vm.not_implemented_error(
                        "__prepare__ returning a mapping other than a dict or dict subclass \
                         is not supported by Tern",
                    ));
                }
                ns
            }
            None => vm.new_dict(),
        }
    } else {
        vm.new_dict()
    };
    // SAFETY: kind checked.
    let (code, globals, closure) = unsafe {
        let f = obj::<crate::object::function::FunctionObj>(func);
        (f.code, f.globals, f.closure)
    };
    vm.run_code_in_namespace(code, globals, ns, closure)?;
    if bases != orig_bases {
        let key = vm.intern("__orig_bases__");
        vm.namespace_set(ns, key, orig_bases)?;
    }
    if !is_kind(meta, Kind::Type) {
        // Any callable may serve as the metaclass.
        let mut margs = RootedVec::from_slice(&[name, bases, ns]);
        margs.extend_from_slice(&kw_vals);
        return vm.call_with_names(meta, &margs, kwn);
    }
    if user_meta {
        let mut margs = RootedVec::from_slice(&[name, bases, ns]);
        margs.extend_from_slice(&kw_vals);
        return vm.call_with_names(meta, &margs, kwn);
    }
    vm.create_class(meta.as_ptr(), name, bases, ns, &kw_names, &kw_vals)
}

impl Vm {
    /// The metaclass a class statement uses: the explicit one, else the most derived
    /// metaclass of the bases (TypeError on a conflict, as in CPython).
    fn class_metaclass(&mut self, explicit: Value, bases: Value) -> PyResult<Value> {
        if !explicit.is_empty() && !is_kind(explicit, Kind::Type) {
            return Ok(explicit);
        }
        let mut winner: *mut TypeObj = if explicit.is_empty() {
            self.types.type_
        } else {
            explicit.as_ptr()
        };
        // SAFETY: bases is a tuple.
        let bl = RootedVec::from_slice(unsafe { tuple_items(bases) });
        for &b in bl.iter() {
            let bm = self.type_of(b);
            if self.is_subtype(winner, bm) {
                continue;
            }
            if self.is_subtype(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(Value::from_ptr(winner))
    }

    /// The most derived metaclass of `bases` (for `type(name, bases, ns)`).
    pub fn class_metaclass_of_bases(&mut self, bases: Value) -> PyResult<*mut TypeObj> {
        Ok(self.class_metaclass(Value::EMPTY, bases)?.as_ptr())
    }

    /// `type.__new__(meta, name, bases, ns, **kwds)`: the class object (an instance of
    /// `meta`), its `__class__` cell filled, `__set_name__` and the parent's
    /// `__init_subclass__` run.
    pub fn create_class(
        &mut self,
        meta: *mut TypeObj,
        name: Value,
        bases: Value,
        ns: Value,
        kw_names: &[Value],
        kw_vals: &[Value],
    ) -> PyResult<Value> {
        let cls = self.type_new(name, bases, ns)?;
        let mn = self.names.dunder_module;
        // SAFETY: fresh class object.
        let cdict = unsafe { (*cls.as_ptr::<TypeObj>()).dict };
        if self.dict_get_str(cdict, mn).is_none() {
            // `type(name, bases, ns)` without `__module__`: the caller's `__name__`, as
            // CPython's type_new takes it from the calling frame's globals.
            let g = self.current_globals();
            let nk = self.names.dunder_name;
            if let Some(n) = is_kind(g, Kind::Dict)
                .then(|| self.dict_get_str(g, nk))
                .flatten()
            {
                self.dict_set_str(cdict, mn, n);
                // SAFETY: fresh class object.
                unsafe { (*cls.as_ptr::<TypeObj>()).module = n };
            }
        }
        if meta != self.types.type_ {
            // SAFETY: fresh class object; `meta` is a subclass of type.
            unsafe {
                (*cls.as_ptr::<TypeObj>()).header.class = meta;
            }
        }
        // Fill the __class__ cell used by zero-argument super().
        let cc = self.intern("__classcell__");
        if let Some(cell) = self.dict_get_str(ns, cc) {
            if is_kind(cell, Kind::Cell) {
                // SAFETY: kind checked.
                unsafe { obj_mut::<CellObj>(cell).value = cls };
            }
            // SAFETY: cls is a type.
            let d = unsafe { (*cls.as_ptr::<TypeObj>()).dict };
            self.dict_del(d, cc)?;
        }
        self.finish_class(cls, kw_names, kw_vals)?;
        Ok(cls)
    }

    /// `__set_name__` on class attributes and the parent's `__init_subclass__`.
    fn finish_class(&mut self, cls: Value, kw_names: &[Value], kw_vals: &[Value]) -> PyResult<()> {
        let t = cls.as_ptr::<TypeObj>();
        // SAFETY: live type.
        let d = unsafe { (*t).dict };
        let items = crate::gc::RootedVec::from_slice(
            &crate::object::dict::dict_items(d)
                .into_iter()
                .flat_map(|(k, v)| [k, v])
                .collect::<Vec<_>>(),
        );
        let sn = self.names.dunder_set_name;
        for pair in items.chunks(2) {
            let (k, v) = (pair[0], pair[1]);
            if is_kind(v, Kind::Instance) {
                if let Some(m) = self.lookup_special(v, sn) {
                    self.call_bound_special(m, v, &[cls, k], Value::EMPTY)?;
                }
            }
        }
        // super(cls, cls).__init_subclass__(**kwargs)
        let isn = self.names.dunder_init_subclass;
        // SAFETY: mro is a tuple.
        let mro = unsafe { tuple_items((*t).mro).to_vec() };
        for &base in mro.iter().skip(1) {
            let bd = unsafe { (*base.as_ptr::<TypeObj>()).dict };
            if let Some(m) = self.dict_get_str(bd, isn) {
                if is_kind(m, Kind::NativeFunction) {
                    if !kw_names.is_empty() {
                        let tn = unsafe { as_str((*t).qualname) }.to_owned();
                        return Err(self.type_error(format!(
                            "{tn}.__init_subclass__() takes no keyword arguments"
                        )));
                    }
                    break;
                }
                let f = if is_kind(m, Kind::ClassMethod) {
                    unsafe { obj::<crate::object::DescriptorObj>(m).fget }
                } else {
                    m
                };
                let mut all = RootedVec::from_slice(&[cls]);
                all.extend_from_slice(kw_vals);
                let kn = if kw_names.is_empty() {
                    Value::EMPTY
                } else {
                    self.new_tuple(kw_names)
                };
                self.call_with_names(f, &all, kn)?;
                break;
            }
        }
        Ok(())
    }

    /// `type(name, bases, ns)`: creates a user class.
    pub fn type_new(&mut self, name: Value, bases: Value, ns: Value) -> PyResult<Value> {
        if !is_kind(name, Kind::Str) {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        }
        let mut base_list = RootedVec::from_slice(unsafe { tuple_items(bases) });
        if base_list.is_empty() {
            base_list.push(Value::from_ptr(self.types.object));
        }
        for &b in base_list.iter() {
            if !is_kind(b, Kind::Type) {
                return Err(self.type_error("bases must be types"));
            }
            // SAFETY: kind checked.
            let bt = unsafe { &*b.as_ptr::<TypeObj>() };
            if !bt.has_flag(tflags::BASETYPE) {
                let bn = bt.name_str().to_owned();
                return Err(self.type_error(format!("type '{bn}' is not an acceptable base type")));
            }
        }
        let bases_t = self.new_tuple(&base_list);
        let mro = self.c3_mro(&base_list)?;
        // The builtin layout instances extend.
        let mut builtin_base = self.types.object;
        let mut layouts: Vec<*mut TypeObj> = Vec::new();
        for &b in base_list.iter() {
            let bb = unsafe { (*b.as_ptr::<TypeObj>()).builtin_base };
            if bb != self.types.object
                && !layouts
                    .iter()
                    .any(|&l| self.is_subtype(l, bb) || self.is_subtype(bb, l))
            {
                layouts.push(bb);
            } else if let Some(pos) = layouts
                .iter()
                .position(|&l| self.is_subtype(bb, l) && bb != l)
            {
                layouts[pos] = bb;
            }
        }
        if layouts.len() > 1 {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        if let Some(&l) = layouts.first() {
            builtin_base = l;
        }
        let dict = self.dict_copy(ns);
        let qn = self.names.dunder_qualname;
        let qualname = match self.dict_del(dict, qn)? {
            Some(q) => q,
            None => name,
        };
        let mn = self.names.dunder_module;
        let module = self.dict_get_str(dict, mn).unwrap_or(Value::NONE);
        // Implicit staticmethod/classmethod wrapping, as CPython does.
        for (dname, kind) in [
            ("__new__", Kind::StaticMethod),
            ("__init_subclass__", Kind::ClassMethod),
            ("__class_getitem__", Kind::ClassMethod),
        ] {
            let k = self.intern(dname);
            if let Some(f) = self.dict_get_str(dict, k) {
                if is_kind(f, Kind::Function) {
                    let w = self.new_descriptor(kind, f);
                    self.dict_set_str(dict, k, w);
                }
            }
        }
        // A class that defines __eq__ without __hash__ is unhashable.
        let eq = self.names.dunder_eq;
        let hash = self.names.dunder_hash;
        if self.dict_get_str(dict, eq).is_some() && self.dict_get_str(dict, hash).is_none() {
            self.dict_set_str(dict, hash, Value::NONE);
        }
        let slots_name = self.names.dunder_slots;
        let slots_decl = self.dict_get_str(dict, slots_name);
        let has_slots = slots_decl.is_some();
        let mut own_slots = RootedVec::new();
        let mut wants_dict = false;
        if let Some(decl) = slots_decl {
            let names = if is_kind(decl, Kind::Str) {
                RootedVec::from_slice(&[decl])
            } else {
                self.collect_iterable(decl)?
            };
            for &n in names.iter() {
                if !is_kind(n, Kind::Str) {
                    let tn = self.type_name(n);
                    return Err(
                        self.type_error(format!("__slots__ items must be strings, not '{tn}'"))
                    );
                }
                // Private slot names are mangled like identifiers in the class body.
                let class_name = unsafe { as_str(name) }.to_owned();
                let n = match crate::compiler::mangle(Some(&class_name), unsafe { as_str(n) }) {
                    std::borrow::Cow::Owned(m) => self.intern(&m),
                    std::borrow::Cow::Borrowed(_) => self.intern_value(n),
                };
                let s = unsafe { as_str(n) };
                if s == "__dict__" {
                    wants_dict = true;
                    continue;
                }
                if s == "__weakref__" {
                    continue;
                }
                if self.dict_get_str(dict, n).is_some() {
                    return Err(self
                        .value_error(format!("'{s}' in __slots__ conflicts with class variable")));
                }
                // Variable-size builtins keep their items where slots would go.
                let b = builtin_base;
                if [self.types.int, self.types.tuple, self.types.bytes]
                    .iter()
                    .any(|&v| self.is_subtype(b, v))
                {
                    // SAFETY: live type; its name is a str.
                    let bn = unsafe { as_str((*b).name) }.to_owned();
                    return Err(self.type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{bn}'"
                    )));
                }
                let member = self.new_descriptor(Kind::Member, n);
                self.dict_set_str(dict, n, member);
                own_slots.push(n);
            }
        }
        // Every class has a `__doc__` (None without a docstring).
        let dk = self.intern("__doc__");
        if self.dict_get_str(dict, dk).is_none() {
            self.dict_set_str(dict, dk, Value::NONE);
        }
        // Instances are restricted to slot names when every class in the MRO declares
        // __slots__ (object counts as declaring none).
        let mut restricted = has_slots && !wants_dict;
        let mut allowed = RootedVec::from_slice(&own_slots);
        for &m in mro.iter() {
            let mt = m.as_ptr::<TypeObj>();
            if mt == self.types.object {
                continue;
            }
            // Builtin bases other than exceptions have no instance dict: they count as
            // declaring no slots (`class P(tuple): __slots__ = ()`).
            if unsafe { (*mt).has_flag(tflags::BUILTIN) }
                && !self.is_subtype(mt, self.types.base_exception)
            {
                continue;
            }
            let sn = unsafe { (*mt).slot_names };
            if sn.is_empty() {
                restricted = false;
                break;
            }
            allowed.extend_from_slice(unsafe { tuple_items(sn) });
        }
        let slot_names = if restricted {
            self.new_tuple(&allowed)
        } else {
            Value::EMPTY
        };
        let subclasses = self.new_list_with_capacity(0);
        let tt = self.types.type_;
        let p = self.alloc_obj(std::mem::size_of::<TypeObj>(), Kind::Type, tt) as *mut TypeObj;
        let cls = Value::from_ptr(p);
        let version = self.next_version();
        let mut flags = tflags::HEAPTYPE | tflags::BASETYPE | tflags::DEFAULT_EQ;
        if self.is_subtype(builtin_base, self.types.base_exception) {
            flags |= tflags::EXCEPTION;
        }
        // SAFETY: fresh type object.
        unsafe {
            let t = &mut *p;
            t.name = self.intern_value(name);
            t.qualname = qualname;
            t.module = module;
            t.bases = bases_t;
            t.dict = dict;
            t.subclasses = subclasses;
            t.version = version;
            t.flags = flags;
            t.instance_kind = Kind::Instance;
            t.builtin_base = builtin_base;
            t.has_slots = has_slots;
            t.slot_names = slot_names;
        }
        let mut mro_items = RootedVec::with_capacity(mro.len() + 1);
        mro_items.push(cls);
        mro_items.extend_from_slice(&mro);
        let mro_t = self.new_tuple(&mro_items);
        let shape = self.new_root_shape(cls);
        unsafe {
            (*p).mro = mro_t;
            (*p).empty_shape = shape;
        }
        // Each slot's member descriptor knows its class (for its repr).
        for &n in own_slots.iter() {
            if let Some(m) = self.dict_get_str(dict, n) {
                if is_kind(m, Kind::Member) {
                    // SAFETY: kind checked; fset is unused by members otherwise.
                    unsafe { obj_mut::<crate::object::DescriptorObj>(m).fset = cls };
                }
            }
        }
        for &b in base_list.iter() {
            let subs = unsafe { (*b.as_ptr::<TypeObj>()).subclasses };
            self.list_append(subs, cls);
        }
        self.refresh_type_flags(p);
        Ok(cls)
    }

    pub fn new_descriptor(&mut self, kind: Kind, f: Value) -> Value {
        let class = match kind {
            Kind::StaticMethod => self.types.staticmethod,
            Kind::ClassMethod => self.types.classmethod,
            Kind::Member => self.types.member_descriptor,
            _ => self.types.property,
        };
        let p = self.alloc_obj(
            std::mem::size_of::<crate::object::DescriptorObj>(),
            kind,
            class,
        ) as *mut crate::object::DescriptorObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).fget = f;
            (*p).fset = Value::NONE;
            (*p).fdel = Value::NONE;
            (*p).doc = Value::NONE;
        }
        Value::from_ptr(p)
    }

    /// C3 linearisation of the given bases (without the new class itself).
    fn c3_mro(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = Vec::new();
        for &b in bases {
            // SAFETY: bases are types.
            seqs.push(unsafe { tuple_items((*b.as_ptr::<TypeObj>()).mro).to_vec() });
        }
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut chosen = None;
            for s in &seqs {
                let head = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&head)) {
                    chosen = Some(head);
                    break;
                }
            }
            let Some(c) = chosen else {
                let names: Vec<String> = bases
                    .iter()
                    .map(|&b| unsafe { (*b.as_ptr::<TypeObj>()).name_str().to_owned() })
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    // ----- instance creation --------------------------------------------------------------

    /// Allocates an instance of the user class `t` (its builtin part from `args`, whose
    /// trailing `kwnames.len()` values are keyword arguments, for immutable builtin
    /// bases).
    pub fn alloc_instance(
        &mut self,
        t: *mut TypeObj,
        args: &[Value],
        kwnames: Value,
    ) -> PyResult<Value> {
        // SAFETY: live type.
        let (bb, shape) = unsafe { ((*t).builtin_base, (*t).empty_shape) };
        if bb == self.types.type_ {
            // A metaclass's instance is a class: `Meta(name, bases, ns)`.
            let pos = positional(args, kwnames);
            if pos.len() != 3 || !is_kind(pos[1], Kind::Tuple) || !is_kind(pos[2], Kind::Dict) {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
            let nkw = args::nkw(kwnames);
            let kw_names = if nkw > 0 {
                RootedVec::from_slice(unsafe { tuple_items(kwnames) })
            } else {
                RootedVec::new()
            };
            let kw_vals = RootedVec::from_slice(&args[args.len() - nkw..]);
            return self.create_class(t, pos[0], pos[1], pos[2], &kw_names, &kw_vals);
        }
        let ext = if bb == self.types.object {
            Value::EMPTY
        } else if self.is_subtype(bb, self.types.base_exception) {
            let tup = self.new_tuple(positional(args, kwnames));
            self.new_exc_data(tup)
        } else if bb == self.types.list {
            self.new_list_with_capacity(0)
        } else if bb == self.types.dict {
            self.new_dict()
        } else if bb == self.types.set {
            self.new_set()
        } else {
            // Immutable builtins (int, str, float, tuple, frozenset, bytes): __new__
            // builds the value from the arguments.
            self.call_with_names(Value::from_ptr(bb), args, kwnames)?
        };
        let inst = self.new_plain_instance(t);
        // Slot storage for as many attributes as instances of `t` have needed so far.
        // SAFETY: live type.
        let hint = unsafe { (*t).attr_hint } as usize;
        let slots = if hint > 0 && !shape.is_empty() {
            Value::from_ptr(self.alloc_array(hint))
        } else {
            Value::EMPTY
        };
        // SAFETY: fresh instance.
        unsafe {
            let io = obj_mut::<InstanceObj>(inst);
            io.shape = shape;
            io.ext = ext;
            io.slots = slots;
        }
        if self.is_subtype(bb, self.types.os_error) {
            // OSError's arguments become errno/strerror/filename (see modules::os).
            crate::modules::os::os_error_init_instance(self, inst, positional(args, kwnames))?;
        }
        Ok(inst)
    }

    /// The `__init__` of a user class whose instances need nothing but allocation
    /// (plain `object` layout and `object.__new__`) and whose `__init__` is a Python
    /// function: the interpreter then allocates the instance and runs `__init__` as an
    /// ordinary frame. None for every other class.
    pub fn plain_init_of(&mut self, t: *mut TypeObj) -> Option<Value> {
        // SAFETY: live type.
        let (heap, bb) = unsafe { ((*t).has_flag(tflags::HEAPTYPE), (*t).builtin_base) };
        if !heap || bb != self.types.object {
            return None;
        }
        // A user metaclass may define __call__.
        let meta = self.type_of(Value::from_ptr(t));
        if meta != self.types.type_ {
            return None;
        }
        let new = self.type_lookup(t, self.names.dunder_new)?;
        // SAFETY: kind checked before the cast.
        if !is_kind(new, Kind::NativeFunction)
            || unsafe { obj::<NativeFunctionObj>(new).owner } != self.types.object
        {
            return None;
        }
        let init = self.type_lookup(t, self.names.dunder_init)?;
        crate::interp::call::is_plain_function(init).then_some(init)
    }

    /// Calls a user class: `__new__` then `__init__`.
    pub fn call_heap_type(
        &mut self,
        t: *mut TypeObj,
        args: &[Value],
        kwnames: Value,
    ) -> PyResult<Value> {
        let new_name = self.names.dunder_new;
        let init_name = self.names.dunder_init;
        let new = self.type_lookup(t, new_name);
        let user_new = new.filter(|n| is_kind(*n, Kind::StaticMethod));
        let inst = match user_new {
            Some(sm) => {
                // SAFETY: kind checked.
                let f = unsafe { obj::<crate::object::DescriptorObj>(sm).fget };
                let mut all = RootedVec::with_capacity(args.len() + 1);
                all.push(Value::from_ptr(t));
                all.extend_from_slice(args);
                let inst = self.call_with_names(f, &all, kwnames)?;
                if !self.isinstance(inst, t) {
                    return Ok(inst);
                }
                inst
            }
            None => self.alloc_instance(t, args, kwnames)?,
        };
        let init = self.type_lookup(t, init_name);
        match init {
            Some(f) if is_kind(f, Kind::Function) => {
                let r = self.call_function(f, args, kwnames, inst)?;
                if !r.is_none() {
                    let tn = self.type_name(r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{tn}'"))
                    );
                }
            }
            Some(f) if is_kind(f, Kind::NativeFunction) => {
                // object.__init__ rejects arguments unless __new__ was overridden.
                let is_object_init =
                    unsafe { obj::<NativeFunctionObj>(f).owner } == self.types.object;
                if is_object_init {
                    // Arguments are an error only when __new__ is object's too.
                    let plain_object = unsafe { (*t).builtin_base } == self.types.object;
                    if !args.is_empty() && user_new.is_none() && plain_object {
                        let tn = unsafe { (*t).name_str().to_owned() };
                        return Err(self.type_error(format!("{tn}() takes no arguments")));
                    }
                } else {
                    let mut all = RootedVec::with_capacity(args.len() + 1);
                    all.push(inst);
                    all.extend_from_slice(args);
                    self.call_with_names(f, &all, kwnames)?;
                }
            }
            Some(other) => {
                let bound = self.bind_descriptor(other, inst)?;
                self.call_with_names(bound, args, kwnames)?;
            }
            None => {}
        }
        Ok(inst)
    }

    // ----- super --------------------------------------------------------------------------

    pub fn new_super(&mut self, this_class: Value, o: Value) -> PyResult<Value> {
        if !is_kind(this_class, Kind::Type) {
            return Err(self.type_error("super() argument 1 must be a type"));
        }
        let obj_type = if is_kind(o, Kind::Type) && self.is_subtype(o.as_ptr(), this_class.as_ptr())
        {
            o
        } else {
            let t = self.type_of(o);
            if !self.is_subtype(t, this_class.as_ptr()) {
                return Err(
                    self.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Value::from_ptr(t)
        };
        let class = self.types.super_;
        let p =
            self.alloc_obj(std::mem::size_of::<SuperObj>(), Kind::Super, class) as *mut SuperObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).this_class = this_class;
            (*p).obj = o;
            (*p).obj_type = obj_type;
        }
        Ok(Value::from_ptr(p))
    }

    /// Attribute lookup through a super object.
    pub fn super_getattr(&mut self, s: Value, name: Value) -> PyResult<Option<Value>> {
        // SAFETY: kind checked by the caller.
        let so = unsafe { obj::<SuperObj>(s) };
        let (this, o, ot) = (so.this_class, so.obj, so.obj_type);
        let mro = unsafe { tuple_items((*ot.as_ptr::<TypeObj>()).mro).to_vec() };
        let start = mro
            .iter()
            .position(|&c| c == this)
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for &c in &mro[start..] {
            let d = unsafe { (*c.as_ptr::<TypeObj>()).dict };
            if let Some(v) = self.dict_get_str(d, name) {
                if !v.is_ptr() {
                    return Ok(Some(v));
                }
                return Ok(Some(match kind_of(v) {
                    Kind::Function => {
                        if o == ot && is_kind(o, Kind::Type) {
                            v
                        } else {
                            self.new_bound_method(v, o)
                        }
                    }
                    Kind::ClassMethod => {
                        let f = unsafe { obj::<crate::object::DescriptorObj>(v).fget };
                        self.new_bound_method(f, ot)
                    }
                    Kind::StaticMethod => unsafe { obj::<crate::object::DescriptorObj>(v).fget },
                    Kind::NativeFunction => {
                        let flags = unsafe { obj::<NativeFunctionObj>(v).flags };
                        if flags & native_flags::STATIC != 0 {
                            v
                        } else if flags & native_flags::CLASSMETHOD != 0 {
                            self.new_bound_method(v, ot)
                        } else if flags & native_flags::METHOD != 0 {
                            self.new_bound_method(v, o)
                        } else {
                            v
                        }
                    }
                    Kind::Property => self.bind_descriptor(v, o)?,
                    _ => v,
                }));
            }
        }
        Ok(None)
    }
}

// ----- object's methods ---------------------------------------------------------------

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    let Some(&t) = pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !is_kind(t, Kind::Type) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    let tp = t.as_ptr::<TypeObj>();
    if tp == vm.types.object {
        return Ok(vm.new_plain_instance(tp));
    }
    if unsafe { !(*tp).has_flag(tflags::HEAPTYPE) } {
        return vm.call_with_names(t, &args[1..], kw);
    }
    // `tuple.__new__(cls, items)`, `int.__new__(cls, x)`: the arguments build the
    // builtin part (they are ignored for plain objects).
    vm.alloc_instance(tp, &args[1..], kw)
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__setattr__", args, 3, 3)?;
    let (o, name, v) = (args[0], args[1], args[2]);
    if !is_kind(name, Kind::Str) {
        return Err(vm.type_error("attribute name must be string"));
    }
    let name = vm.intern_value(name);
    if is_kind(o, Kind::Instance) {
        vm.object_setattr(o, name, v)?;
    } else {
        vm.set_attr(o, name, v)?;
    }
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__getattribute__", args, 2, 2)?;
    let (o, name) = (args[0], args[1]);
    let name = vm.intern_value(name);
    let t = vm.type_of(o);
    if let Some(d) = vm.type_lookup(t, name) {
        if is_kind(d, Kind::Property) {
            return vm.bind_descriptor(d, o);
        }
    }
    if is_kind(o, Kind::Instance) {
        if let Some(v) = vm.instance_slot_get(o, name) {
            return Ok(v);
        }
    }
    if let Some(d) = vm.type_lookup(t, name) {
        return vm.bind_descriptor(d, o);
    }
    Err(vm.no_attribute(o, name))
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__delattr__", args, 2, 2)?;
    let name = vm.intern_value(args[1]);
    if is_kind(args[0], Kind::Instance) {
        // The generic deletion, bypassing any user __delattr__ (which is what called us).
        vm.generic_delattr(args[0], name)?;
    } else {
        vm.del_attr(args[0], name)?;
    }
    Ok(Value::NONE)
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__eq__", args, 2, 2)?;
    if args[0] == args[1] {
        Ok(Value::TRUE)
    } else {
        Ok(vm.singletons.not_implemented)
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__ne__", args, 2, 2)?;
    let eq = vm.names.dunder_eq;
    let t = vm.type_of(args[0]);
    if let Some(m) = vm.type_lookup_user(t, eq) {
        let r = vm.call_bound_special(m, args[0], &[args[1]], Value::EMPTY)?;
        if r == vm.singletons.not_implemented {
            return Ok(r);
        }
        let b = vm.is_true(r)?;
        return Ok(Value::from_bool(!b));
    }
    if args[0] == args[1] {
        Ok(Value::FALSE)
    } else {
        Ok(vm.singletons.not_implemented)
    }
}

/// `object.__lt__` and the other orderings: objects are unordered by default.
fn object_not_implemented(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "comparison", args, 2, 2)?;
    Ok(vm.singletons.not_implemented)
}

/// `object.__sizeof__`: the object's header and fixed fields, in bytes.
fn object_sizeof(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__sizeof__", args, 1, 1)?;
    let size = if args[0].is_ptr() {
        vm.heap.cell_size(args[0].header())
    } else {
        std::mem::size_of::<Value>()
    };
    Ok(Value::small_int(size as i64))
}

/// `object.__getstate__`: the instance dict, or None without attributes.
fn object_getstate(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__getstate__", args, 1, 1)?;
    let dd = vm.names.dunder_dict;
    match vm.get_attr_opt(args[0], dd)? {
        Some(d) if is_kind(d, Kind::Dict) && crate::object::dict::dict_len(d) > 0 => Ok(d),
        _ => Ok(Value::NONE),
    }
}

/// `object.__reduce__`: Tern has no pickle support.
fn object_reduce(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__reduce__", args, 1, 2)?;
    let tn = vm.type_name(args[0]);
    Err(vm.type_error(format!("cannot pickle '{tn}' object")))
}

fn object_subclasshook(vm: &mut Vm, _args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(vm.singletons.not_implemented)
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__hash__", args, 1, 1)?;
    Ok(vm.new_int(crate::ops::hash::hash_pointer(args[0].bits())))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__repr__", args, 1, 1)?;
    let o = args[0];
    let t = vm.type_of(o);
    let (module, q) = unsafe {
        let ty = &*t;
        (
            if is_kind(ty.module, Kind::Str) {
                as_str(ty.module).to_owned()
            } else {
                "builtins".to_owned()
            },
            as_str(ty.qualname).to_owned(),
        )
    };
    let s = if module == "builtins" {
        format!("<{q} object at {:#x}>", o.bits())
    } else {
        format!("<{module}.{q} object at {:#x}>", o.bits())
    };
    Ok(vm.new_str(&s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__str__", args, 1, 1)?;
    vm.repr(args[0])
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__format__", args, 2, 2)?;
    let spec = args[1];
    if !is_kind(spec, Kind::Str) {
        return Err(vm.type_error("format spec must be a string"));
    }
    if unsafe { !as_str(spec).is_empty() } {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.to_str(args[0])
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__dir__", args, 1, 1)?;
    super::functions::dir_of(vm, args[0])
}

// ----- BaseException's methods ------------------------------------------------------------

fn exception_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    let Some(&t) = pos.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    if !vm.is_exception_class(t) {
        return Err(vm.type_error("BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    let tp = t.as_ptr::<TypeObj>();
    if unsafe { (*tp).has_flag(tflags::HEAPTYPE) } {
        return vm.alloc_instance(tp, &pos[1..], Value::EMPTY);
    }
    Ok(vm.new_exception_args(tp, &pos[1..]).0)
}

fn exception_init(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    if args::nkw(kw) > 0 {
        let tn = vm.type_name(args[0]);
        if !vm.isinstance(args[0], vm.types.import_error) {
            return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
        }
        import_error_keywords(vm, args[0], args, kw)?;
    }
    let t = vm.new_tuple(&pos[1..]);
    if let Some(d) = crate::interp::unwind::exc_data(pos[0]) {
        d.args = t;
    }
    Ok(Value::NONE)
}

/// `ImportError(msg, name=..., path=...)`: stores the keyword arguments (the trailing
/// `kwnames.len()` values of `args`) as attributes of `e`.
pub(crate) fn import_error_keywords(
    vm: &mut Vm,
    e: Value,
    args: &[Value],
    kwnames: Value,
) -> PyResult<()> {
    // SAFETY: kwnames is a tuple of strs.
    let names = RootedVec::from_slice(unsafe { tuple_items(kwnames) });
    let values = RootedVec::from_slice(&args[args.len() - names.len()..]);
    for (&k, &v) in names.iter().zip(values.iter()) {
        // SAFETY: keyword names are strs.
        let key = unsafe { crate::object::str::as_str(k) };
        if key != "name" && key != "path" {
            let tn = vm.type_name(e);
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {tn}()")));
        }
        vm.set_attr(e, k, v)?;
    }
    Ok(())
}

fn exception_str(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__str__", args, 1, 1)?;
    let e = args[0];
    let Some(d) = crate::interp::unwind::exc_data(e) else {
        return vm.to_str(e);
    };
    let a = d.args;
    // SAFETY: args is a tuple.
    let items = unsafe { tuple_items(a) };
    match items.len() {
        0 => Ok(vm.singletons.empty_str),
        1 => {
            let x = items[0];
            if vm.isinstance(e, vm.types.key_error) {
                vm.repr(x)
            } else {
                vm.to_str(x)
            }
        }
        _ => vm.repr(a),
    }
}

fn exception_repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__repr__", args, 1, 1)?;
    let s = vm.repr_string(args[0])?;
    Ok(vm.new_str(&s))
}

fn exception_with_traceback(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "with_traceback", args, 2, 2)?;
    if let Some(d) = crate::interp::unwind::exc_data(args[0]) {
        d.traceback = args[1];
    }
    Ok(args[0])
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list, creating it.
fn exception_add_note(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "add_note", args, 2, 2)?;
    let (e, note) = (args[0], args[1]);
    if !is_kind(note, Kind::Str) {
        let tn = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = vm.intern("__notes__");
    match vm.get_attr_opt(e, key)? {
        None => {
            let l = vm.new_list(&[note]);
            vm.set_attr(e, key, l)?;
        }
        Some(l) if is_kind(l, Kind::List) => vm.list_append(l, note),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::NONE)
}

/// `function.__get__(obj, type=None)`: a method bound to `obj` (the function itself
/// when `obj` is None).
fn function_get(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    Ok(vm.new_bound_method(args[0], args[1]))
}

// ----- type's methods -------------------------------------------------------------------

/// `type.__new__(meta, name, bases, ns, **kwds)` (or `type.__new__(type, obj)`).
fn type_dunder_new(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    let Some(&meta) = pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    if !is_kind(meta, Kind::Type) || !vm.is_subtype(meta.as_ptr(), vm.types.type_) {
        let tn = vm.type_name(meta);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({tn})")));
    }
    match pos.len() {
        2 if meta == Value::from_ptr(vm.types.type_) => Ok(Value::from_ptr(vm.type_of(pos[1]))),
        4 => {
            if !is_kind(pos[2], Kind::Tuple) {
                return Err(vm.type_error("type.__new__() argument 2 must be tuple"));
            }
            // A dict subclass (a metaclass's __prepare__ namespace) counts by its
            // dict; type_new copies it.
            let ns = dict_of_namespace(pos[3])
                .ok_or_else(|| vm.type_error("type.__new__() argument 3 must be dict"))?;
            let nkw = args::nkw(kw);
            let kw_names = if nkw > 0 {
                RootedVec::from_slice(unsafe { tuple_items(kw) })
            } else {
                RootedVec::new()
            };
            let kw_vals = RootedVec::from_slice(&args[args.len() - nkw..]);
            vm.create_class(meta.as_ptr(), pos[1], pos[2], ns, &kw_names, &kw_vals)
        }
        _ => Err(vm.type_error("type.__new__() takes exactly 3 arguments (0 given)")),
    }
}

/// `type.__init__`: the class is complete after `__new__`; arguments are accepted.
fn type_dunder_init(_vm: &mut Vm, _args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwds)`: creates an instance the default way (what a
/// metaclass's `__call__` reaches through `super().__call__`).
fn type_dunder_call(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if !is_kind(cls, Kind::Type) {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{tn}'"
        )));
    }
    vm.call_type_default(cls.as_ptr(), &args[1..], kw)
}

fn type_dunder_setattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__setattr__", args, 3, 3)?;
    if !is_kind(args[0], Kind::Type) || !is_kind(args[1], Kind::Str) {
        return Err(vm.type_error("descriptor '__setattr__' requires a 'type' object"));
    }
    let name = vm.intern_value(args[1]);
    vm.type_setattr(args[0].as_ptr(), name, args[2])?;
    Ok(Value::NONE)
}

fn type_dunder_delattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__delattr__", args, 2, 2)?;
    if !is_kind(args[0], Kind::Type) || !is_kind(args[1], Kind::Str) {
        return Err(vm.type_error("descriptor '__delattr__' requires a 'type' object"));
    }
    let name = vm.intern_value(args[1]);
    vm.type_delattr(args[0].as_ptr(), name)?;
    Ok(Value::NONE)
}

/// `type.__prepare__(name, bases, **kwds)`: a fresh dict.
fn type_dunder_prepare(vm: &mut Vm, _args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "mro", args, 1, 1)?;
    if !is_kind(args[0], Kind::Type) {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    }
    let m = unsafe { (*args[0].as_ptr::<TypeObj>()).mro };
    let items = RootedVec::from_slice(unsafe { tuple_items(m) });
    Ok(vm.new_list(&items))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "__subclasses__", args, 1, 1)?;
    let s = unsafe { (*args[0].as_ptr::<TypeObj>()).subclasses };
    let items = RootedVec::from_slice(unsafe { list_obj(s).items() });
    Ok(vm.new_list(&items))
}

#[allow(dead_code)]
fn unused(_e: PyErr) {}

// ----- property's methods -------------------------------------------------------------

/// Installs `property.getter/setter/deleter`.
pub fn install_property(vm: &mut Vm) {
    let p = vm.types.property;
    add_methods(
        vm,
        p,
        &[
            ("getter", property_getter, 0),
            ("setter", property_setter, 0),
            ("deleter", property_deleter, 0),
            ("__get__", property_get, 0),
            ("__set__", property_set, 0),
            ("__delete__", property_delete, 0),
        ],
    );
    let sm = vm.types.staticmethod;
    add_methods(vm, sm, &[("__get__", staticmethod_get, 0)]);
    let cm = vm.types.classmethod;
    add_methods(vm, cm, &[("__get__", classmethod_get, 0)]);
}

/// The descriptor a `__get__`/`__set__`/`__delete__` was called on, checked to be of
/// `kind` (these natives are reachable unbound, as `property.__get__(x, ...)`).
fn descriptor_self(
    vm: &mut Vm,
    args: &[Value],
    kind: Kind,
    type_name: &str,
    name: &str,
) -> PyResult<Value> {
    match args.first() {
        Some(&d) if is_kind(d, kind) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{type_name}' object"
        ))),
    }
}

/// `property.__get__(obj, type=None)`: the property itself when `obj` is None, else
/// the getter's result.
fn property_get(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__get__", args, 1, 2)?;
    let p = descriptor_self(vm, args, Kind::Property, "property", "__get__")?;
    if args[1].is_none() {
        return Ok(p);
    }
    vm.bind_descriptor(p, args[1])
}

/// `property.__set__(obj, value)`: runs the setter.
fn property_set(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__set__", args, 2, 2)?;
    let p = descriptor_self(vm, args, Kind::Property, "property", "__set__")?;
    // SAFETY: kind checked.
    let setter = unsafe { obj::<crate::object::DescriptorObj>(p).fset };
    if setter.is_none() || setter.is_empty() {
        return Err(vm.attribute_error("can't set attribute".to_string()));
    }
    vm.call(setter, &[args[1], args[2]])?;
    Ok(Value::NONE)
}

/// `property.__delete__(obj)`: runs the deleter.
fn property_delete(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__delete__", args, 1, 1)?;
    let p = descriptor_self(vm, args, Kind::Property, "property", "__delete__")?;
    // SAFETY: kind checked.
    let deleter = unsafe { obj::<crate::object::DescriptorObj>(p).fdel };
    if deleter.is_none() || deleter.is_empty() {
        return Err(vm.attribute_error("can't delete attribute".to_string()));
    }
    vm.call(deleter, &[args[1]])?;
    Ok(Value::NONE)
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped callable.
fn staticmethod_get(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__get__", args, 1, 2)?;
    let d = descriptor_self(vm, args, Kind::StaticMethod, "staticmethod", "__get__")?;
    // SAFETY: kind checked.
    Ok(unsafe { obj::<crate::object::DescriptorObj>(d).fget })
}

/// `classmethod.__get__(obj, type=None)`: the wrapped callable bound to `type` (or to
/// `type(obj)`).
fn classmethod_get(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "__get__", args, 1, 2)?;
    let d = descriptor_self(vm, args, Kind::ClassMethod, "classmethod", "__get__")?;
    // SAFETY: kind checked.
    let f = unsafe { obj::<crate::object::DescriptorObj>(d).fget };
    let owner = match args.get(2) {
        Some(&t) if !t.is_none() => t,
        _ => Value::from_ptr(vm.type_of(args[1])),
    };
    Ok(vm.new_bound_method(f, owner))
}

fn property_copy(vm: &mut Vm, args: &[Value], which: usize, name: &str) -> PyResult<Value> {
    args::method_arity(vm, name, args, 1, 1)?;
    if !is_kind(args[0], Kind::Property) {
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object")));
    }
    // SAFETY: kind checked.
    let old = unsafe { obj::<crate::object::DescriptorObj>(args[0]) };
    let (g, s, d, doc) = (old.fget, old.fset, old.fdel, old.doc);
    let p = vm.new_descriptor(Kind::Property, g);
    // SAFETY: fresh descriptor.
    unsafe {
        let n = obj_mut::<crate::object::DescriptorObj>(p);
        n.fset = s;
        n.fdel = d;
        n.doc = doc;
        match which {
            0 => n.fget = args[1],
            1 => n.fset = args[1],
            _ => n.fdel = args[1],
        }
    }
    Ok(p)
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    property_copy(vm, args, 0, "getter")
}
fn property_setter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    property_copy(vm, args, 1, "setter")
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    property_copy(vm, args, 2, "deleter")
}
