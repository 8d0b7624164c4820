//! Attribute access: `getattr`, `setattr`, `delattr`, method lookup, descriptors, and
//! the inline caches that attribute sites keep.
//!
//! Lookup order for instances (CPython's generic getattr): a data descriptor found on
//! the type (property), then the instance's own attributes (shape slots), then a
//! non-data descriptor or plain class attribute, then `__getattr__`.
//!
//! Caches (`SiteCache`, see `object::code`):
//! - instance attribute: key = shape, version = class version, index = slot;
//! - attribute added by a store: key = old shape, value = new shape, index = slot;
//! - method: key = shape (instances) or class (builtins), version = class version,
//!   value = the function found on the class.
//!
//! A shape identifies the class and the attribute layout; the class version proves the
//! class dict (and its bases) did not change, so a hit needs no dict lookup.

use crate::interp::{PyErr, PyResult};
use crate::object::array::ValueArray;
use crate::object::code::SiteCache;
use crate::object::function::{native_flags, FunctionObj, NativeFunctionObj};
use crate::object::shape::shape_obj;
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{
    is_kind, kind_of, obj, obj_mut, DescriptorObj, InstanceObj, Kind, ModuleObj, INSTANCE_DICT_MODE,
};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// Entries in the global (type, name) -> attribute cache.
pub const TYPE_CACHE_SIZE: usize = 4096;

#[derive(Clone, Copy)]
pub struct TypeCacheEntry {
    pub class: Value,
    pub name: Value,
    pub version: u64,
    pub value: Value,
}

impl TypeCacheEntry {
    pub const EMPTY: TypeCacheEntry = TypeCacheEntry {
        class: Value::EMPTY,
        name: Value::EMPTY,
        version: 0,
        value: Value::EMPTY,
    };
}

#[inline]
fn version_of(t: *mut TypeObj) -> u64 {
    // SAFETY: live type.
    unsafe { (*t).version }
}

impl Vm {
    // ----- lookup on types ------------------------------------------------------------

    /// Finds `name` (an interned str) in the MRO of `t`.
    pub fn type_lookup(&mut self, t: *mut TypeObj, name: Value) -> Option<Value> {
        let h =
            ((t as usize >> 4) ^ (name.bits() as usize >> 3).wrapping_mul(31)) % TYPE_CACHE_SIZE;
        let e = self.type_cache[h];
        let tv = Value::from_ptr(t);
        let version = version_of(t);
        if e.class == tv && e.name == name && e.version == version {
            return if e.value.is_empty() {
                None
            } else {
                Some(e.value)
            };
        }
        let found = self.type_lookup_uncached(t, name);
        self.type_cache[h] = TypeCacheEntry {
            class: tv,
            name,
            version,
            value: found.unwrap_or(Value::EMPTY),
        };
        found
    }

    fn type_lookup_uncached(&mut self, t: *mut TypeObj, name: Value) -> Option<Value> {
        // SAFETY: live type; the MRO is a tuple of types.
        let mro = unsafe { (*t).mro };
        let n = unsafe { tuple_items(mro).len() };
        for i in 0..n {
            let c = unsafe { tuple_items(mro)[i] };
            let dict = unsafe { (*c.as_ptr::<TypeObj>()).dict };
            if let Some(v) = self.dict_get_str(dict, name) {
                return Some(v);
            }
        }
        None
    }

    /// Like `type_lookup`, but only a definition in a user-defined class counts: when
    /// the first class in the MRO that defines `name` is a builtin one, the builtin
    /// behaviour applies (it is native) and the result is None.
    pub fn type_lookup_user(&mut self, t: *mut TypeObj, name: Value) -> Option<Value> {
        // SAFETY: live type.
        if unsafe { !(*t).has_flag(tflags::HEAPTYPE) } {
            return None;
        }
        let mro = unsafe { (*t).mro };
        let n = unsafe { tuple_items(mro).len() };
        for i in 0..n {
            let c = unsafe { tuple_items(mro)[i] }.as_ptr::<TypeObj>();
            let dict = unsafe { (*c).dict };
            if let Some(v) = self.dict_get_str(dict, name) {
                return unsafe { (*c).has_flag(tflags::HEAPTYPE) }.then_some(v);
            }
        }
        None
    }

    /// A special method looked up on the type of `v` (user classes only).
    pub fn lookup_special(&mut self, v: Value, name: Value) -> Option<Value> {
        let t = self.type_of(v);
        self.type_lookup_user(t, name)
    }

    /// Changes the version of `t` and of every subclass, so caches keyed on them miss.
    pub fn bump_class_version(&mut self, t: *mut TypeObj) {
        let v = self.next_version();
        // SAFETY: live type; subclasses is a list of types.
        unsafe {
            (*t).version = v;
            let subs = (*t).subclasses;
            let n = crate::object::list::list_obj(subs).len;
            for i in 0..n {
                let s = crate::object::list::list_obj(subs).items()[i];
                self.bump_class_version(s.as_ptr());
            }
        }
        self.refresh_type_flags(t);
    }

    /// Recomputes the flags derived from the MRO's dicts.
    pub fn refresh_type_flags(&mut self, t: *mut TypeObj) {
        let eq = self.names.dunder_eq;
        let hash = self.names.dunder_hash;
        let ga = self.names.dunder_getattr;
        let gattr = self.names.dunder_getattribute;
        let sa = self.names.dunder_setattr;
        let has_eq =
            self.type_lookup_user(t, eq).is_some() || self.type_lookup_user(t, hash).is_some();
        let has_ga = self.type_lookup_user(t, ga).is_some();
        let da = self.names.dunder_delattr;
        let slow = self.type_lookup_user(t, gattr).is_some()
            || self.type_lookup_user(t, sa).is_some()
            || self.type_lookup_user(t, da).is_some();
        // SAFETY: live type.
        unsafe {
            let ty = &mut *t;
            if !ty.has_flag(tflags::HEAPTYPE) {
                return;
            }
            ty.flags &= !(tflags::DEFAULT_EQ | tflags::HAS_GETATTR | tflags::SLOW_ATTRS);
            if !has_eq {
                ty.flags |= tflags::DEFAULT_EQ;
            }
            if has_ga {
                ty.flags |= tflags::HAS_GETATTR;
            }
            if slow {
                ty.flags |= tflags::SLOW_ATTRS;
            }
        }
    }

    // ----- descriptors ------------------------------------------------------------------

    /// True for descriptors that take precedence over instance attributes.
    fn is_data_descriptor(&mut self, d: Value) -> bool {
        if !d.is_ptr() {
            return false;
        }
        match kind_of(d) {
            Kind::Property => true,
            Kind::Instance => {
                let t = self.type_of(d);
                let set = self.names.dunder_set;
                let del = self.names.dunder_delete;
                self.type_lookup_user(t, set).is_some() || self.type_lookup_user(t, del).is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found for instance `obj` (functions become methods,
    /// properties run their getter, ...).
    pub fn bind_descriptor(&mut self, d: Value, o: Value) -> PyResult<Value> {
        if !d.is_ptr() {
            return Ok(d);
        }
        match kind_of(d) {
            Kind::Function => Ok(self.new_bound_method(d, o)),
            Kind::NativeFunction => {
                // SAFETY: kind checked.
                let f = unsafe { obj::<NativeFunctionObj>(d) };
                if f.flags & native_flags::METHOD != 0 {
                    Ok(self.new_bound_method(d, o))
                } else if f.flags & native_flags::CLASSMETHOD != 0 {
                    let t = Value::from_ptr(self.type_of(o));
                    Ok(self.new_bound_method(d, t))
                } else {
                    Ok(d)
                }
            }
            Kind::ClassMethod => {
                // SAFETY: kind checked.
                let f = unsafe { obj::<DescriptorObj>(d).fget };
                let t = Value::from_ptr(self.type_of(o));
                Ok(self.new_bound_method(f, t))
            }
            // SAFETY: kind checked.
            Kind::StaticMethod => Ok(unsafe { obj::<DescriptorObj>(d).fget }),
            // A slot the instance has not set (set slots are found before this).
            Kind::Member => {
                let name = unsafe { obj::<DescriptorObj>(d).fget };
                Err(self.no_attribute(o, name))
            }
            Kind::Property => {
                // SAFETY: kind checked.
                let getter = unsafe { obj::<DescriptorObj>(d).fget };
                if getter.is_none() || getter.is_empty() {
                    return Err(self.attribute_error("unreadable attribute".to_string()));
                }
                self.call(getter, &[o])
            }
            Kind::Instance => {
                let t = self.type_of(d);
                let get = self.names.dunder_get;
                match self.type_lookup_user(t, get) {
                    Some(g) => {
                        let ot = Value::from_ptr(self.type_of(o));
                        self.call_bound_special(g, d, &[o, ot], Value::EMPTY)
                    }
                    None => Ok(d),
                }
            }
            _ => Ok(d),
        }
    }

    // ----- getattr ----------------------------------------------------------------------

    /// `getattr(o, name)`; `name` must be an interned str.
    pub fn get_attr(&mut self, o: Value, name: Value) -> PyResult<Value> {
        match self.get_attr_opt(o, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(o, name)),
        }
    }

    /// `getattr(o, name)` that reports a missing attribute as None (other errors
    /// propagate). Runs `__getattr__`; an AttributeError it raises counts as missing.
    pub fn get_attr_opt(&mut self, o: Value, name: Value) -> PyResult<Option<Value>> {
        let name = if is_kind(name, Kind::Str) {
            self.intern_value(name)
        } else {
            name
        };
        if o.is_ptr() {
            match kind_of(o) {
                Kind::Instance => return self.instance_getattr(o, name),
                Kind::Type => return self.type_getattr(o.as_ptr(), name),
                Kind::Module => {
                    // SAFETY: kind checked.
                    let d = unsafe { obj::<ModuleObj>(o).dict };
                    if let Some(v) = self.dict_get_str(d, name) {
                        return Ok(Some(v));
                    }
                    if name == self.names.dunder_dict {
                        return Ok(Some(d));
                    }
                    if name == self.names.dunder_class {
                        return Ok(Some(Value::from_ptr(self.types.module)));
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
        if name == self.names.dunder_class {
            return Ok(Some(Value::from_ptr(self.type_of(o))));
        }
        if let Some(v) = self.builtin_attr(o, name)? {
            return Ok(Some(v));
        }
        let t = self.type_of(o);
        match self.type_lookup(t, name) {
            Some(d) => Ok(Some(self.bind_descriptor(d, o)?)),
            None => Ok(None),
        }
    }

    fn instance_getattr(&mut self, o: Value, name: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(o);
        if unsafe { (*t).has_flag(tflags::SLOW_ATTRS) } {
            let ga = self.names.dunder_getattribute;
            if let Some(m) = self.type_lookup_user(t, ga) {
                return match self.call_bound_special(m, o, &[name], Value::EMPTY) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance(e.0, self.types.attribute_error) => {
                        self.getattr_hook(o, t, name, Some(e))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        let descr = self.type_lookup(t, name);
        if let Some(d) = descr {
            if self.is_data_descriptor(d) {
                return match self.bind_descriptor(d, o) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance(e.0, self.types.attribute_error) => {
                        self.getattr_hook(o, t, name, Some(e))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        if let Some(v) = self.instance_slot_get(o, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return Ok(Some(self.bind_descriptor(d, o)?));
        }
        if name == self.names.dunder_class {
            return Ok(Some(Value::from_ptr(t)));
        }
        if name == self.names.dunder_dict {
            // SAFETY: live instance.
            if unsafe { !obj::<InstanceObj>(o).shape.is_empty() && (*t).slot_names.is_empty() } {
                return Ok(Some(self.instance_dict(o)));
            }
        }
        if let Some(v) = self.builtin_attr(o, name)? {
            return Ok(Some(v));
        }
        self.getattr_hook(o, t, name, None)
    }

    fn getattr_hook(
        &mut self,
        o: Value,
        t: *mut TypeObj,
        name: Value,
        pending: Option<PyErr>,
    ) -> PyResult<Option<Value>> {
        if unsafe { (*t).has_flag(tflags::HAS_GETATTR) } {
            let ga = self.names.dunder_getattr;
            if let Some(m) = self.type_lookup_user(t, ga) {
                return match self.call_bound_special(m, o, &[name], Value::EMPTY) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance(e.0, self.types.attribute_error) => {
                        self.pending_attr_error = Some(e);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        if let Some(e) = pending {
            self.pending_attr_error = Some(e);
        }
        Ok(None)
    }

    /// The value of an instance's own attribute, if it has it.
    #[inline]
    pub fn instance_slot_get(&mut self, o: Value, name: Value) -> Option<Value> {
        // SAFETY: live instance.
        let io = unsafe { obj::<InstanceObj>(o) };
        if !io.shape.is_ptr() {
            if io.shape == INSTANCE_DICT_MODE {
                let d = io.slots;
                return self.dict_get_str(d, name);
            }
            return None;
        }
        let idx = self.shape_lookup(io.shape, name)?;
        // SAFETY: slots has at least shape.count entries.
        Some(unsafe { (*io.slots.as_ptr::<ValueArray>()).slots()[idx as usize] })
    }

    /// The live attribute dict of an instance (`vars(obj)` / `obj.__dict__`): moves the
    /// instance to dict mode on first use. The instance must have attribute storage.
    pub fn instance_dict(&mut self, o: Value) -> Value {
        // SAFETY: live instance.
        let shape = unsafe { obj::<InstanceObj>(o).shape };
        if shape == INSTANCE_DICT_MODE {
            // SAFETY: in dict mode `slots` is the dict.
            return unsafe { obj::<InstanceObj>(o).slots };
        }
        let d = self.new_dict();
        let names = crate::gc::RootedVec::from_slice(&self.shape_names(shape));
        for (i, &n) in names.iter().enumerate() {
            // SAFETY: the slots hold one value per shape attribute.
            let v = unsafe { (*obj::<InstanceObj>(o).slots.as_ptr::<ValueArray>()).slots()[i] };
            self.dict_set_str(d, n, v);
        }
        // SAFETY: live instance; the dict now holds every attribute.
        unsafe {
            let io = obj_mut::<InstanceObj>(o);
            io.shape = INSTANCE_DICT_MODE;
            io.slots = d;
        }
        d
    }

    /// `obj.__class__ = C`: allowed between user classes with the same instance layout
    /// (builtin base and `__slots__`), as in CPython. The instance's attributes move to
    /// the same layout in `C`'s shape tree, since shapes never cross classes.
    fn instance_set_class(&mut self, o: Value, v: Value) -> PyResult<()> {
        if !is_kind(v, Kind::Type) {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        }
        let old = self.type_of(o);
        let new = v.as_ptr::<TypeObj>();
        // SAFETY: live types.
        let (old_heap, new_heap) = unsafe {
            (
                (*old).has_flag(tflags::HEAPTYPE),
                (*new).has_flag(tflags::HEAPTYPE),
            )
        };
        if !old_heap || !new_heap {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if old == new {
            return Ok(());
        }
        // SAFETY: live types; slot_names are EMPTY or tuples of interned strs.
        let same_layout = unsafe {
            let (a, b) = (&*old, &*new);
            let slots_equal = match (a.slot_names.is_empty(), b.slot_names.is_empty()) {
                (true, true) => true,
                (false, false) => tuple_items(a.slot_names) == tuple_items(b.slot_names),
                _ => false,
            };
            a.builtin_base == b.builtin_base
                && a.has_slots == b.has_slots
                && a.empty_shape.is_empty() == b.empty_shape.is_empty()
                && slots_equal
        };
        if !same_layout {
            // SAFETY: live types.
            let (on, nn) = unsafe { ((*old).name_str().to_owned(), (*new).name_str().to_owned()) };
            return Err(self.type_error(format!(
                "__class__ assignment: '{nn}' object layout differs from '{on}'"
            )));
        }
        // SAFETY: live instance and type; the slots array keeps its values, in the
        // same order under the rebuilt shape.
        unsafe {
            let shape = obj::<InstanceObj>(o).shape;
            if shape.is_ptr() {
                let names = crate::gc::RootedVec::from_slice(&self.shape_names(shape));
                let mut s = (*new).empty_shape;
                for &n in names.iter() {
                    s = self.shape_add(s, n);
                }
                obj_mut::<InstanceObj>(o).shape = s;
            }
            (*o.header()).class = new;
        }
        Ok(())
    }

    /// `obj.__dict__ = d`: the instance's attributes become exactly `d` (live).
    fn instance_set_dict(&mut self, o: Value, d: Value) -> PyResult<()> {
        if !is_kind(d, Kind::Dict) {
            let tn = self.type_name(d);
            return Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{tn}'"
            )));
        }
        // SAFETY: live instance with attribute storage (checked by the caller).
        unsafe {
            let io = obj_mut::<InstanceObj>(o);
            io.shape = INSTANCE_DICT_MODE;
            io.slots = d;
        }
        Ok(())
    }

    fn type_getattr(&mut self, t: *mut TypeObj, name: Value) -> PyResult<Option<Value>> {
        let n = &self.names;
        // SAFETY: live type.
        let ty = unsafe { &*t };
        if name == n.dunder_name {
            return Ok(Some(ty.name));
        }
        if name == n.dunder_qualname {
            return Ok(Some(ty.qualname));
        }
        if name == n.dunder_mro {
            return Ok(Some(ty.mro));
        }
        if name == n.dunder_bases {
            return Ok(Some(ty.bases));
        }
        if name == n.dunder_base {
            // SAFETY: bases is a tuple.
            return Ok(Some(unsafe {
                tuple_items(ty.bases)
                    .first()
                    .copied()
                    .unwrap_or(Value::NONE)
            }));
        }
        if name == n.dunder_class {
            return Ok(Some(Value::from_ptr(self.type_of(Value::from_ptr(t)))));
        }
        if name == n.dunder_dict {
            // A live, read-only view of the class namespace.
            let d = ty.dict;
            return Ok(Some(self.new_mappingproxy(d)));
        }
        if name == n.dunder_module {
            if let Some(v) = self.dict_get_str(ty.dict, name) {
                return Ok(Some(v));
            }
            return Ok(Some(ty.module));
        }
        if name == n.dunder_doc {
            return Ok(Some(
                self.dict_get_str(ty.dict, name).unwrap_or(Value::NONE),
            ));
        }
        // A user metaclass: its data descriptors win over the class's own attributes,
        // its other attributes come after them (bound to the class).
        let cls = Value::from_ptr(t);
        let meta_attr = self.meta_special(cls, name);
        if let Some(ma) = meta_attr {
            if self.is_data_descriptor(ma) {
                return Ok(Some(self.bind_descriptor(ma, cls)?));
            }
        }
        match self.type_lookup(t, name) {
            Some(d) => {
                if !d.is_ptr() {
                    return Ok(Some(d));
                }
                match kind_of(d) {
                    Kind::ClassMethod => {
                        // SAFETY: kind checked.
                        let f = unsafe { obj::<DescriptorObj>(d).fget };
                        Ok(Some(self.new_bound_method(f, Value::from_ptr(t))))
                    }
                    // SAFETY: kind checked.
                    Kind::StaticMethod => Ok(Some(unsafe { obj::<DescriptorObj>(d).fget })),
                    Kind::NativeFunction => {
                        // SAFETY: kind checked.
                        let f = unsafe { obj::<NativeFunctionObj>(d) };
                        if f.flags & native_flags::CLASSMETHOD != 0 {
                            Ok(Some(self.new_bound_method(d, Value::from_ptr(t))))
                        } else {
                            Ok(Some(d))
                        }
                    }
                    Kind::Instance => {
                        let dt = self.type_of(d);
                        let get = self.names.dunder_get;
                        match self.type_lookup_user(dt, get) {
                            Some(g) => Ok(Some(self.call_bound_special(
                                g,
                                d,
                                &[Value::NONE, Value::from_ptr(t)],
                                Value::EMPTY,
                            )?)),
                            None => Ok(Some(d)),
                        }
                    }
                    _ => Ok(Some(d)),
                }
            }
            None => {
                if let Some(ma) = meta_attr {
                    return Ok(Some(self.bind_descriptor(ma, cls)?));
                }
                // Methods of `type` itself (mro(), __subclasses__(), ...).
                let tt = self.types.type_;
                if t != tt {
                    if let Some(d) = self.type_lookup(tt, name) {
                        return Ok(Some(self.bind_descriptor(d, Value::from_ptr(t))?));
                    }
                }
                Ok(None)
            }
        }
    }

    /// AttributeError for a missing attribute, with CPython's message.
    pub fn no_attribute(&mut self, o: Value, name: Value) -> PyErr {
        if let Some(e) = self.pending_attr_error.take() {
            return e;
        }
        // SAFETY: names are strs.
        let n = unsafe { crate::object::str::as_str(name) }.to_owned();
        if is_kind(o, Kind::Type) {
            // SAFETY: kind checked.
            let tn = unsafe { (*o.as_ptr::<TypeObj>()).name_str().to_owned() };
            let e = self.attribute_error(format!("type object '{tn}' has no attribute '{n}'"));
            return self.set_error_context(e, &[("name", name), ("obj", o)]);
        }
        if is_kind(o, Kind::Module) {
            // SAFETY: kind checked.
            let mn = unsafe { crate::object::str::as_str(obj::<ModuleObj>(o).name) }.to_owned();
            let e = self.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
            return self.set_error_context(e, &[("name", name), ("obj", o)]);
        }
        let tn = self.type_name(o);
        let e = self.attribute_error(format!("'{tn}' object has no attribute '{n}'"));
        self.set_error_context(e, &[("name", name), ("obj", o)])
    }

    // ----- setattr / delattr ------------------------------------------------------------

    /// `type.__setattr__`: stores into a class's dict (no metaclass hook).
    pub fn type_setattr(&mut self, t: *mut TypeObj, name: Value, v: Value) -> PyResult<()> {
        // SAFETY: live type.
        if unsafe { (*t).has_flag(tflags::BUILTIN) } {
            let tn = unsafe { (*t).name_str().to_owned() };
            // SAFETY: names are strs.
            let n = unsafe { crate::object::str::as_str(name) }.to_owned();
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{tn}'"
            )));
        }
        if name == self.names.dunder_name || name == self.names.dunder_qualname {
            return self.type_set_name(t, name, v);
        }
        let d = unsafe { (*t).dict };
        self.dict_set_str(d, name, v);
        self.bump_class_version(t);
        Ok(())
    }

    /// `C.__name__ = s` / `C.__qualname__ = s`: these live in the type object, not
    /// its dict (so instances do not see them), and must be strs.
    fn type_set_name(&mut self, t: *mut TypeObj, name: Value, v: Value) -> PyResult<()> {
        let s = if is_kind(v, Kind::Str) {
            v
        } else {
            crate::object::instance_ext(v)
        };
        // SAFETY: names are strs; live type.
        let (attr, tn) = unsafe {
            (
                crate::object::str::as_str(name).to_owned(),
                (*t).name_str().to_owned(),
            )
        };
        if !is_kind(s, Kind::Str) {
            let vn = self.type_name(v);
            return Err(
                self.type_error(format!("can only assign string to {tn}.{attr}, not '{vn}'"))
            );
        }
        // SAFETY: kind checked.
        if attr == "__name__" && unsafe { crate::object::str::as_str(s) }.contains('\0') {
            return Err(self.value_error("type name must not contain null characters"));
        }
        let s = self.intern_value(s);
        // SAFETY: live type.
        unsafe {
            if name == self.names.dunder_name {
                (*t).name = s;
            } else {
                (*t).qualname = s;
            }
        }
        self.bump_class_version(t);
        Ok(())
    }

    /// `type.__delattr__`: removes from a class's dict (no metaclass hook).
    pub fn type_delattr(&mut self, t: *mut TypeObj, name: Value) -> PyResult<()> {
        let d = unsafe { (*t).dict };
        if self.dict_del(d, name)?.is_none() {
            return Err(self.no_attribute(Value::from_ptr(t), name));
        }
        self.bump_class_version(t);
        Ok(())
    }

    /// Calls the metaclass-defined special method `name` of class `v` with `args`;
    /// None when `v` is not a class or its metaclass does not define it.
    pub fn call_meta_special(
        &mut self,
        v: Value,
        name: Value,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.meta_special(v, name) {
            Some(m) => self.call_bound_special(m, v, args, Value::EMPTY).map(Some),
            None => Ok(None),
        }
    }

    /// A special method that the metaclass of class `v` defines in Python, when `v` is
    /// a class whose metaclass is a user class (`len(Color)` runs `EnumMeta.__len__`).
    pub fn meta_special(&mut self, v: Value, name: Value) -> Option<Value> {
        if !is_kind(v, Kind::Type) {
            return None;
        }
        let meta = self.type_of(v);
        // SAFETY: live type.
        if unsafe { !(*meta).has_flag(tflags::HEAPTYPE) } {
            return None;
        }
        self.type_lookup_user(meta, name)
    }

    pub fn set_attr(&mut self, o: Value, name: Value, v: Value) -> PyResult<()> {
        let name = if is_kind(name, Kind::Str) {
            self.intern_value(name)
        } else {
            name
        };
        if o.is_ptr() {
            match kind_of(o) {
                Kind::Instance => return self.instance_setattr(o, name, v),
                Kind::Type => {
                    let sa = self.names.dunder_setattr;
                    if let Some(m) = self.meta_special(o, sa) {
                        self.call_bound_special(m, o, &[name, v], Value::EMPTY)?;
                        return Ok(());
                    }
                    return self.type_setattr(o.as_ptr(), name, v);
                }
                Kind::Module => {
                    // SAFETY: kind checked.
                    let d = unsafe { obj::<ModuleObj>(o).dict };
                    self.dict_set_str(d, name, v);
                    return Ok(());
                }
                Kind::Function => {
                    // SAFETY: kind checked.
                    let f = unsafe { obj_mut::<FunctionObj>(o) };
                    if name == self.names.dunder_name || name == self.names.dunder_qualname {
                        if !is_kind(v, Kind::Str) {
                            // SAFETY: names are strs.
                            let n = unsafe { crate::object::str::as_str(name) };
                            return Err(
                                self.type_error(format!("{n} must be set to a string object"))
                            );
                        }
                        if name == self.names.dunder_name {
                            f.name = v;
                        } else {
                            f.qualname = v;
                        }
                        return Ok(());
                    }
                    if name == self.names.dunder_doc {
                        f.doc = v;
                        return Ok(());
                    }
                    if name == self.names.dunder_module {
                        f.module = v;
                        return Ok(());
                    }
                    let n = unsafe { crate::object::str::as_str(name) };
                    if n == "__defaults__" {
                        f.defaults = if v.is_none() { Value::EMPTY } else { v };
                        return Ok(());
                    }
                    if n == "__kwdefaults__" {
                        f.kwdefaults = if v.is_none() { Value::EMPTY } else { v };
                        return Ok(());
                    }
                    if f.dict.is_empty() {
                        let d = self.new_dict();
                        // SAFETY: as above.
                        unsafe { obj_mut::<FunctionObj>(o).dict = d };
                    }
                    let d = unsafe { obj::<FunctionObj>(o).dict };
                    self.dict_set_str(d, name, v);
                    return Ok(());
                }
                _ => {}
            }
        }
        if name == self.names.dunder_class && !is_kind(o, Kind::Type) {
            // object.__setattr__(1, '__class__', C): builtin instances never change class.
            if !is_kind(v, Kind::Type) {
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{tn}' object"
                )));
            }
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        Err(self.no_attribute(o, name))
    }

    fn instance_setattr(&mut self, o: Value, name: Value, v: Value) -> PyResult<()> {
        if self.set_exception_attr(o, name, v) {
            return Ok(());
        }
        let t = self.type_of(o);
        if unsafe { (*t).has_flag(tflags::SLOW_ATTRS) } {
            let sa = self.names.dunder_setattr;
            if let Some(m) = self.type_lookup_user(t, sa) {
                self.call_bound_special(m, o, &[name, v], Value::EMPTY)?;
                return Ok(());
            }
        }
        self.object_setattr(o, name, v)
    }

    /// `object.__setattr__`: a data descriptor of the class, else the instance's own
    /// attributes.
    pub fn object_setattr(&mut self, o: Value, name: Value, v: Value) -> PyResult<()> {
        let t = self.type_of(o);
        if let Some(d) = self.type_lookup(t, name) {
            if self.is_data_descriptor(d) {
                return self.descriptor_set(d, o, name, v);
            }
        }
        self.generic_setattr(o, name, v)
    }

    /// Stores into the instance's own attributes.
    fn generic_setattr(&mut self, o: Value, name: Value, v: Value) -> PyResult<()> {
        // SAFETY: live instance.
        if unsafe { obj::<InstanceObj>(o).shape.is_empty() } {
            return Err(self.no_attribute(o, name));
        }
        if name == self.names.dunder_dict {
            return self.instance_set_dict(o, v);
        }
        if name == self.names.dunder_class {
            return self.instance_set_class(o, v);
        }
        let t = self.type_of(o);
        // SAFETY: live type; slot_names is EMPTY or a tuple of interned strs.
        let allowed = unsafe { (*t).slot_names };
        if !allowed.is_empty() && !unsafe { tuple_items(allowed) }.contains(&name) {
            return Err(self.no_attribute(o, name));
        }
        self.instance_slot_set(o, name, v);
        Ok(())
    }

    fn descriptor_set(&mut self, d: Value, o: Value, name: Value, v: Value) -> PyResult<()> {
        if is_kind(d, Kind::Property) {
            // SAFETY: kind checked.
            let setter = unsafe { obj::<DescriptorObj>(d).fset };
            if setter.is_none() || setter.is_empty() {
                let n = unsafe { crate::object::str::as_str(name) }.to_owned();
                let tn = self.type_name(o);
                return Err(
                    self.attribute_error(format!("property '{n}' of '{tn}' object has no setter"))
                );
            }
            self.call(setter, &[o, v])?;
            return Ok(());
        }
        let dt = self.type_of(d);
        let set = self.names.dunder_set;
        match self.type_lookup_user(dt, set) {
            Some(s) => {
                self.call_bound_special(s, d, &[o, v], Value::EMPTY)?;
                Ok(())
            }
            None => Err(self.attribute_error("__set__".to_string())),
        }
    }

    /// Sets an instance attribute through its shape (adding a transition if new).
    /// Returns (slot index, previous shape) for caching.
    pub fn instance_slot_set(&mut self, o: Value, name: Value, v: Value) -> (u32, Value) {
        // SAFETY: live instance with a shape or in dict mode.
        let shape = unsafe { obj::<InstanceObj>(o).shape };
        if shape == INSTANCE_DICT_MODE {
            let d = unsafe { obj::<InstanceObj>(o).slots };
            self.dict_set_str(d, name, v);
            return (0, shape);
        }
        if let Some(idx) = self.shape_lookup(shape, name) {
            unsafe {
                (*obj::<InstanceObj>(o).slots.as_ptr::<ValueArray>()).slots_mut()[idx as usize] = v
            };
            return (idx, shape);
        }
        let new_shape = self.shape_add(shape, name);
        let count = unsafe { shape_obj(new_shape).count } as usize;
        self.ensure_slots(o, count);
        unsafe {
            let io = obj_mut::<InstanceObj>(o);
            (*io.slots.as_ptr::<ValueArray>()).slots_mut()[count - 1] = v;
            io.shape = new_shape;
        }
        (count as u32 - 1, shape)
    }

    fn ensure_slots(&mut self, o: Value, count: usize) {
        // SAFETY: live instance.
        let slots = unsafe { obj::<InstanceObj>(o).slots };
        let cap = if slots.is_empty() {
            0
        } else {
            unsafe { (*slots.as_ptr::<ValueArray>()).cap }
        };
        if count <= cap {
            return;
        }
        let t = self.type_of(o);
        // SAFETY: live type.
        let hint = unsafe {
            let t = &mut *t;
            t.attr_hint = t
                .attr_hint
                .max(count as u32)
                .min(crate::object::typeobj::MAX_ATTR_HINT);
            t.attr_hint as usize
        };
        let new_cap = (cap * 2).max(4).max(count).max(hint);
        let arr = self.alloc_array(new_cap);
        unsafe {
            let io = obj_mut::<InstanceObj>(o);
            if !io.slots.is_empty() {
                let old = (*io.slots.as_ptr::<ValueArray>()).slots();
                (*arr).slots_mut()[..old.len()].copy_from_slice(old);
            }
            io.slots = Value::from_ptr(arr);
        }
    }

    pub fn del_attr(&mut self, o: Value, name: Value) -> PyResult<()> {
        let name = if is_kind(name, Kind::Str) {
            self.intern_value(name)
        } else {
            name
        };
        if is_kind(o, Kind::Instance) {
            let t = self.type_of(o);
            if unsafe { (*t).has_flag(tflags::SLOW_ATTRS) } {
                let da = self.names.dunder_delattr;
                if let Some(m) = self.type_lookup_user(t, da) {
                    self.call_bound_special(m, o, &[name], Value::EMPTY)?;
                    return Ok(());
                }
            }
            return self.generic_delattr(o, name);
        }
        if is_kind(o, Kind::Type) {
            let da = self.names.dunder_delattr;
            if let Some(m) = self.meta_special(o, da) {
                self.call_bound_special(m, o, &[name], Value::EMPTY)?;
                return Ok(());
            }
            return self.type_delattr(o.as_ptr(), name);
        }
        if is_kind(o, Kind::Module) {
            let d = unsafe { obj::<ModuleObj>(o).dict };
            if self.dict_del(d, name)?.is_none() {
                return Err(self.no_attribute(o, name));
            }
            return Ok(());
        }
        Err(self.no_attribute(o, name))
    }

    /// `object.__delattr__`: properties' deleters, then the instance's own attributes.
    pub fn generic_delattr(&mut self, o: Value, name: Value) -> PyResult<()> {
        if name == self.names.dunder_class {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        if name == self.names.dunder_dict && is_kind(o, Kind::Instance) {
            // SAFETY: live instance.
            let has_dict = unsafe {
                !obj::<InstanceObj>(o).shape.is_empty() && (*self.type_of(o)).slot_names.is_empty()
            };
            if has_dict {
                // CPython drops the dict; the next access makes a fresh, empty one.
                let d = self.new_dict();
                return self.instance_set_dict(o, d);
            }
        }
        {
            let t = self.type_of(o);
            if let Some(d) = self.type_lookup(t, name) {
                if is_kind(d, Kind::Property) {
                    // SAFETY: kind checked.
                    let deleter = unsafe { obj::<DescriptorObj>(d).fdel };
                    if deleter.is_none() || deleter.is_empty() {
                        let n = unsafe { crate::object::str::as_str(name) }.to_owned();
                        let tn = self.type_name(o);
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{tn}' object has no deleter"
                        )));
                    }
                    self.call(deleter, &[o])?;
                    return Ok(());
                }
                let dt = self.type_of(d);
                let del = self.names.dunder_delete;
                if let Some(m) = self.type_lookup_user(dt, del) {
                    self.call_bound_special(m, d, &[o], Value::EMPTY)?;
                    return Ok(());
                }
            }
            self.instance_slot_del(o, name)
        }
    }

    /// Removes an instance attribute: rebuilds the shape chain without it.
    fn instance_slot_del(&mut self, o: Value, name: Value) -> PyResult<()> {
        let shape = unsafe { obj::<InstanceObj>(o).shape };
        if shape == INSTANCE_DICT_MODE {
            let d = unsafe { obj::<InstanceObj>(o).slots };
            return match self.dict_del(d, name)? {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(o, name)),
            };
        }
        if shape.is_empty() || self.shape_lookup(shape, name).is_none() {
            return Err(self.no_attribute(o, name));
        }
        let names = crate::gc::RootedVec::from_slice(&self.shape_names(shape));
        let mut values = crate::gc::RootedVec::new();
        for i in 0..names.len() {
            values
                .push(unsafe { (*obj::<InstanceObj>(o).slots.as_ptr::<ValueArray>()).slots()[i] });
        }
        let t = self.type_of(o);
        let mut s = unsafe { (*t).empty_shape };
        let mut kept = crate::gc::RootedVec::new();
        for (i, &n) in names.iter().enumerate() {
            if n != name {
                s = self.shape_add(s, n);
                kept.push(values[i]);
            }
        }
        unsafe {
            let io = obj_mut::<InstanceObj>(o);
            let arr = (*io.slots.as_ptr::<ValueArray>()).slots_mut();
            for (i, &v) in kept.iter().enumerate() {
                arr[i] = v;
            }
            for slot in arr.iter_mut().skip(kept.len()) {
                *slot = Value::EMPTY;
            }
            io.shape = s;
        }
        Ok(())
    }

    // ----- methods ----------------------------------------------------------------------

    /// `o.name` for a call: (function, o) when the attribute is a plain method found on
    /// the class (no bound method is allocated), else (EMPTY, attribute) — the two
    /// stack slots below a call's arguments.
    pub fn load_method(&mut self, o: Value, name: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(o);
        let is_inst = is_kind(o, Kind::Instance);
        if !is_kind(o, Kind::Type)
            && !is_kind(o, Kind::Module)
            && !is_kind(o, Kind::Super)
            && (!is_inst || unsafe { !(*t).has_flag(tflags::SLOW_ATTRS) })
        {
            if let Some(d) = self.type_lookup(t, name) {
                let plain = is_kind(d, Kind::Function)
                    || (is_kind(d, Kind::NativeFunction)
                        && unsafe { obj::<NativeFunctionObj>(d).flags } & native_flags::METHOD
                            != 0);
                if plain && !(is_inst && self.instance_slot_get(o, name).is_some()) {
                    return Ok((d, o));
                }
            }
        }
        let v = self.get_attr(o, name)?;
        Ok((Value::EMPTY, v))
    }

    /// LoadMethod with its inline cache.
    pub fn load_method_cached(
        &mut self,
        o: Value,
        name: Value,
        cell: &Cell<SiteCache>,
    ) -> PyResult<(Value, Value)> {
        let c = cell.get();
        let t = self.type_of(o);
        let key = if is_kind(o, Kind::Instance) {
            unsafe { obj::<InstanceObj>(o).shape }
        } else {
            Value::from_ptr(t)
        };
        if key.is_ptr() && c.key == key && c.version == version_of(t) && !c.value.is_empty() {
            return Ok((c.value, o));
        }
        let (m, s) = self.load_method(o, name)?;
        if !m.is_empty() && key.is_ptr() && !is_kind(o, Kind::Type) && !is_kind(o, Kind::Module) {
            let mut nc = c;
            nc.key = key;
            nc.version = version_of(t);
            nc.value = m;
            nc.feedback |= crate::interp::eval::kind_bits(o);
            cell.set(nc);
        }
        Ok((m, s))
    }

    /// The hit case of LoadAttr's inline cache, small enough to inline into the
    /// interpreter loop: an instance whose shape and class version match the cache.
    #[inline(always)]
    pub fn load_attr_hit(&self, o: Value, cell: &Cell<SiteCache>) -> Option<Value> {
        if !is_kind(o, Kind::Instance) {
            return None;
        }
        let c = cell.get();
        // SAFETY: live instance.
        let io = unsafe { obj::<InstanceObj>(o) };
        if c.key != io.shape || !io.shape.is_ptr() || c.version != version_of(self.type_of(o)) {
            return None;
        }
        // SAFETY: the cached shape has a slot at `index`, so the slots array does.
        Some(unsafe { (*io.slots.as_ptr::<ValueArray>()).slots()[c.index as usize] })
    }

    /// The hit case of StoreAttr's inline cache for an existing attribute (no shape
    /// transition). Returns false when the slow path must run.
    #[inline(always)]
    pub fn store_attr_hit(&self, o: Value, v: Value, cell: &Cell<SiteCache>) -> bool {
        if !is_kind(o, Kind::Instance) {
            return false;
        }
        let c = cell.get();
        // SAFETY: live instance.
        let io = unsafe { obj_mut::<InstanceObj>(o) };
        if c.key != io.shape
            || !io.shape.is_ptr()
            || !c.value.is_empty()
            || c.version != version_of(self.type_of(o))
        {
            return false;
        }
        // SAFETY: the cached shape has a slot at `index`.
        unsafe { (*io.slots.as_ptr::<ValueArray>()).slots_mut()[c.index as usize] = v };
        true
    }

    /// The hit case of LoadMethod's inline cache for an instance: the cached method.
    #[inline(always)]
    pub fn load_method_hit(&self, o: Value, cell: &Cell<SiteCache>) -> Option<Value> {
        if !is_kind(o, Kind::Instance) {
            return None;
        }
        let c = cell.get();
        // SAFETY: live instance.
        let shape = unsafe { obj::<InstanceObj>(o).shape };
        if c.key != shape
            || !shape.is_ptr()
            || c.value.is_empty()
            || c.version != version_of(self.type_of(o))
        {
            return None;
        }
        Some(c.value)
    }

    /// LoadAttr with its inline cache.
    pub fn load_attr_cached(
        &mut self,
        o: Value,
        name: Value,
        cell: &Cell<SiteCache>,
    ) -> PyResult<Value> {
        if is_kind(o, Kind::Instance) {
            let c = cell.get();
            // SAFETY: live instance.
            let io = unsafe { obj::<InstanceObj>(o) };
            if c.key == io.shape && io.shape.is_ptr() {
                let t = self.type_of(o);
                if c.version == version_of(t) {
                    // SAFETY: the shape guarantees the slot exists.
                    return Ok(unsafe {
                        (*io.slots.as_ptr::<ValueArray>()).slots()[c.index as usize]
                    });
                }
            }
            let t = self.type_of(o);
            if unsafe { !(*t).has_flag(tflags::SLOW_ATTRS) } {
                let descr = self.type_lookup(t, name);
                let data = descr.is_some_and(|d| self.is_data_descriptor(d));
                if !data {
                    if let Some(idx) =
                        unsafe { self.shape_lookup_opt(obj::<InstanceObj>(o).shape, name) }
                    {
                        let mut nc = c;
                        nc.key = unsafe { obj::<InstanceObj>(o).shape };
                        nc.version = version_of(t);
                        nc.index = idx;
                        cell.set(nc);
                        return Ok(unsafe {
                            (*obj::<InstanceObj>(o).slots.as_ptr::<ValueArray>()).slots()
                                [idx as usize]
                        });
                    }
                }
            }
        } else if is_kind(o, Kind::Module) {
            let c = cell.get();
            // SAFETY: kind checked.
            let d = unsafe { obj::<ModuleObj>(o).dict };
            if c.key == o && c.version == crate::object::dict::dict_version(d) {
                return Ok(crate::object::dict::dict_entry_value(d, c.index as usize));
            }
            if let Some(ix) = self.dict_find_str_index(d, name) {
                let mut nc = c;
                nc.key = o;
                nc.version = crate::object::dict::dict_version(d);
                nc.index = ix as u32;
                cell.set(nc);
                return Ok(crate::object::dict::dict_entry_value(d, ix));
            }
        }
        self.get_attr(o, name)
    }

    fn shape_lookup_opt(&mut self, shape: Value, name: Value) -> Option<u32> {
        if !shape.is_ptr() {
            None
        } else {
            self.shape_lookup(shape, name)
        }
    }

    /// StoreAttr with its inline cache.
    pub fn store_attr_cached(
        &mut self,
        o: Value,
        name: Value,
        v: Value,
        cell: &Cell<SiteCache>,
    ) -> PyResult<()> {
        if is_kind(o, Kind::Instance) {
            let c = cell.get();
            let t = self.type_of(o);
            // SAFETY: live instance.
            let io = unsafe { obj_mut::<InstanceObj>(o) };
            if c.key == io.shape && io.shape.is_ptr() && c.version == version_of(t) {
                if c.value.is_empty() {
                    unsafe { (*io.slots.as_ptr::<ValueArray>()).slots_mut()[c.index as usize] = v };
                    return Ok(());
                }
                // Cached transition to a new shape.
                let count = c.index as usize + 1;
                let cap = if io.slots.is_empty() {
                    0
                } else {
                    unsafe { (*io.slots.as_ptr::<ValueArray>()).cap }
                };
                if count <= cap {
                    unsafe { (*io.slots.as_ptr::<ValueArray>()).slots_mut()[c.index as usize] = v };
                    io.shape = c.value;
                    return Ok(());
                }
            }
            // Exceptions keep `__cause__` and friends outside the shape: only their
            // other attributes take the cached path.
            if unsafe { !(*t).has_flag(tflags::SLOW_ATTRS) && (*t).slot_names.is_empty() }
                && unsafe { obj::<InstanceObj>(o).shape.is_ptr() }
                && crate::interp::unwind::exc_data(o).is_none()
                && name != self.names.dunder_dict
                && name != self.names.dunder_class
            {
                let descr = self.type_lookup(t, name);
                if !descr.is_some_and(|d| self.is_data_descriptor(d)) {
                    let (idx, old_shape) = self.instance_slot_set(o, name, v);
                    let new_shape = unsafe { obj::<InstanceObj>(o).shape };
                    let mut nc = c;
                    nc.key = old_shape;
                    nc.version = version_of(t);
                    nc.index = idx;
                    nc.value = if new_shape == old_shape {
                        Value::EMPTY
                    } else {
                        new_shape
                    };
                    cell.set(nc);
                    return Ok(());
                }
            }
        }
        self.set_attr(o, name, v)
    }
}
