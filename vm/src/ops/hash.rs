//! `hash()` with CPython's numeric hash (so `hash(1) == hash(1.0) == hash(True)`) and
//! CPython's tuple hash (so sets of tuples iterate in CPython's order).

use crate::interp::PyResult;
use crate::object::int::{hash_float, hash_int, int_view};
use crate::object::tuple::tuple_items;
use crate::object::typeobj::flags as tflags;
use crate::object::{is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's pointer hash (used for identity-hashed objects).
pub fn hash_pointer(p: u64) -> i64 {
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    /// `hash(v)`.
    #[inline]
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if is_kind(v, Kind::Str) {
            return Ok(crate::object::str::str_hash(v));
        }
        self.hash_slow(v)
    }

    fn hash_slow(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small_int() {
            return Ok(hash_int(crate::object::int::IntView::I64(v.as_small_int())));
        }
        if v.is_float() {
            return Ok(hash_float(v.as_float()));
        }
        if v.is_bool() {
            return Ok(v.is_true_bool() as i64);
        }
        if v.is_none() {
            return Ok(0xFCA86420u32 as i64);
        }
        match kind_of(v) {
            Kind::Str => Ok(crate::object::str::str_hash(v)),
            Kind::BoxedInt | Kind::BigInt => Ok(hash_int(int_view(v).unwrap())),
            Kind::Tuple => {
                // SAFETY: kind checked.
                let items = unsafe { tuple_items(v) };
                let mut acc: u64 = XXPRIME_5;
                for &item in items {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(XXPRIME_1);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
                if acc == u64::MAX {
                    return Ok(1546275796);
                }
                Ok(acc as i64)
            }
            Kind::Set if self.type_of(v) == self.types.frozenset => Ok(self.frozenset_hash(v)),
            Kind::Bytes => {
                // SAFETY: kind checked.
                let b = unsafe { crate::builtins::bytes::bytes_data(v) };
                // CPython hashes empty bytes to 0 whatever the seed.
                Ok(if b.is_empty() {
                    0
                } else {
                    crate::object::str::hash_bytes(b)
                })
            }
            Kind::Range => {
                // CPython hashes (len, start, step), with start/step None-ed for short ranges.
                // SAFETY: kind checked.
                let r = unsafe { crate::object::obj::<crate::object::range::RangeObj>(v) };
                let len = Value::small_int(r.len);
                let t = if r.len == 0 {
                    self.new_tuple(&[len, Value::NONE, Value::NONE])
                } else if r.len == 1 {
                    let s = self.new_int(r.start);
                    self.new_tuple(&[len, s, Value::NONE])
                } else {
                    let s = self.new_int(r.start);
                    let st = self.new_int(r.step);
                    self.new_tuple(&[len, s, st])
                };
                self.hash(t)
            }
            Kind::Instance => self.hash_instance(v),
            Kind::List | Kind::Dict | Kind::Set | Kind::Slice | Kind::ByteArray => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            Kind::Native if crate::builtins::mappingproxy::is_mappingproxy(v) => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            _ => Ok(hash_pointer(v.bits())),
        }
    }

    fn hash_instance(&mut self, v: Value) -> PyResult<i64> {
        let t = self.type_of(v);
        // SAFETY: live type.
        if unsafe { (*t).has_flag(tflags::DEFAULT_EQ) } {
            let ext = crate::object::instance_ext(v);
            if !ext.is_empty() && !is_kind_excdata(ext) {
                let ext_type = self.type_of(ext);
                let hk = self.names.dunder_hash;
                if self.type_lookup(ext_type, hk).is_some_and(|h| h.is_none()) {
                    // A subclass of list/dict/set: unhashable, named as the subclass.
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                }
                return self.hash(ext);
            }
            return Ok(hash_pointer(v.bits()));
        }
        let name = self.names.dunder_hash;
        match self.type_lookup(t, name) {
            Some(h) if h.is_none() => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            Some(h)
                if crate::object::is_kind(h, Kind::Function)
                    || !crate::object::is_kind(h, Kind::NativeFunction) =>
            {
                let r = self.call_bound_special(h, v, &[], Value::EMPTY)?;
                match crate::object::int::int_view(r) {
                    Some(iv) => {
                        // CPython reduces the result of __hash__ with the int hash.
                        let h = match iv {
                            crate::object::int::IntView::I64(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            big => hash_int(big),
                        };
                        Ok(h)
                    }
                    _ => {
                        Err(self.type_error("__hash__ method should return an integer".to_string()))
                    }
                }
            }
            _ => {
                let ext = crate::object::instance_ext(v);
                if !ext.is_empty() && !is_kind_excdata(ext) {
                    return self.hash(ext);
                }
                Ok(hash_pointer(v.bits()))
            }
        }
    }
}

fn is_kind_excdata(v: Value) -> bool {
    crate::object::is_kind(v, Kind::ExcData)
}
