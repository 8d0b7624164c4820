//! Truth values and `len()`.

use crate::interp::PyResult;
use crate::object::int::int_view;
use crate::object::list::list_obj;
use crate::object::str::str_obj;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, obj, Kind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `bool(v)`.
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if v.is_bool() {
            return Ok(v.is_true_bool());
        }
        if v.is_none() {
            return Ok(false);
        }
        if v.is_small_int() {
            return Ok(v.as_small_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_float() != 0.0);
        }
        if let Some(r) = self.call_meta_special(v, self.names.dunder_bool, &[])? {
            return Ok(r.is_true_bool());
        }
        match kind_of(v) {
            Kind::BoxedInt | Kind::BigInt => Ok(!int_view(v).unwrap().is_zero()),
            Kind::Str => Ok(unsafe { str_obj(v).len } != 0),
            Kind::List => Ok(unsafe { list_obj(v).len } != 0),
            Kind::Tuple => Ok(unsafe { !tuple_items(v).is_empty() }),
            Kind::Dict => Ok(crate::object::dict::dict_len(v) != 0),
            Kind::Set => Ok(crate::object::set::set_len(v) != 0),
            Kind::Range => Ok(unsafe { obj::<crate::object::range::RangeObj>(v).len } != 0),
            Kind::Bytes => Ok(!unsafe { crate::builtins::bytes::bytes_data(v) }.is_empty()),
            Kind::ByteArray => Ok(unsafe { crate::object::bytearray::bytearray_obj(v).len } != 0),
            Kind::Instance => {
                let b = self.names.dunder_bool;
                if let Some(m) = self.lookup_special(v, b) {
                    let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
                    if !r.is_bool() {
                        let tn = self.type_name(r);
                        return Err(
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        );
                    }
                    return Ok(r.is_true_bool());
                }
                let l = self.names.dunder_len;
                if let Some(m) = self.lookup_special(v, l) {
                    let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
                    let n = self.len_result(r)?;
                    return Ok(n != 0);
                }
                let ext = crate::object::instance_ext(v);
                if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                    return self.is_true(ext);
                }
                Ok(true)
            }
            Kind::Iter => {
                // dict views have a length.
                match self.len_opt(v)? {
                    Some(n) => Ok(n != 0),
                    None => Ok(true),
                }
            }
            Kind::Native => match crate::builtins::native_types::native_len(self, v)? {
                Some(n) => Ok(n != 0),
                None => Ok(true),
            },
            _ => Ok(true),
        }
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match self.index_of(r)? {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `len(v)` if `v` has a length.
    pub fn len_opt(&mut self, v: Value) -> PyResult<Option<usize>> {
        if !v.is_ptr() {
            return Ok(None);
        }
        if let Some(r) = self.call_meta_special(v, self.names.dunder_len, &[])? {
            return match int_view(r).and_then(|i| i.to_i64()) {
                Some(n) if n >= 0 => Ok(Some(n as usize)),
                Some(_) => Err(self.value_error("__len__() should return >= 0")),
                None => {
                    let tn = self.type_name(r);
                    Err(self
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer")))
                }
            };
        }
        Ok(Some(match kind_of(v) {
            Kind::Str => unsafe { str_obj(v).nchars },
            Kind::List => unsafe { list_obj(v).len },
            Kind::Tuple => unsafe { tuple_items(v).len() },
            Kind::Dict => crate::object::dict::dict_len(v),
            Kind::Set => crate::object::set::set_len(v),
            Kind::Bytes => unsafe { crate::builtins::bytes::bytes_data(v).len() },
            Kind::ByteArray => unsafe { crate::object::bytearray::bytearray_obj(v).len },
            Kind::Range => {
                let n = unsafe { obj::<crate::object::range::RangeObj>(v).len };
                n as usize
            }
            Kind::Iter => {
                use crate::object::iter::{IterKind, IterObj};
                let io = unsafe { obj::<IterObj>(v) };
                match io.kind() {
                    IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView => {
                        crate::object::dict::dict_len(io.seq)
                    }
                    _ => return Ok(None),
                }
            }
            Kind::Instance => {
                let l = self.names.dunder_len;
                if let Some(m) = self.lookup_special(v, l) {
                    let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
                    return Ok(Some(self.len_result(r)?));
                }
                let ext = crate::object::instance_ext(v);
                if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                    return self.len_opt(ext);
                }
                return Ok(None);
            }
            Kind::Native => return crate::builtins::native_types::native_len(self, v),
            _ => return Ok(None),
        }))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        match self.len_opt(v)? {
            Some(n) => Ok(n),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("object of type '{tn}' has no len()")))
            }
        }
    }
}
