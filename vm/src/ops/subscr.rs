//! Subscripts and slices: `o[k]`, `o[k] = v`, `del o[k]`, `o[a:b]` (without building a
//! slice object), for builtin sequences and mappings, and `__getitem__` and friends
//! for user classes.

use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::int::{int_view, IntView};
use crate::object::list::list_obj;
use crate::object::range::{adjust_slice, RangeObj};
use crate::object::str::{char_to_byte, str_obj};
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, obj, Kind, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

/// Normalised slice bounds of a sequence of length `len`.
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

impl SliceBounds {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len).map(move |i| (start + i * step) as usize)
    }
}

impl Vm {
    /// An index value as i64 (ints, bools and `__index__`). `what` names the container
    /// for the TypeError ("list indices must be integers or slices, not str").
    pub fn index_of(&mut self, k: Value) -> PyResult<Option<i64>> {
        if k.is_small_int() {
            return Ok(Some(k.as_small_int()));
        }
        if let Some(iv) = int_view(k) {
            return match iv {
                IntView::I64(i) => Ok(Some(i)),
                IntView::Big(_) => {
                    let tn = self.type_name(k);
                    Err(self.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
                }
            };
        }
        if is_kind(k, Kind::Instance) {
            let n = self.names.dunder_index;
            if let Some(m) = self.lookup_special(k, n) {
                let r = self.call_bound_special(m, k, &[], Value::EMPTY)?;
                return self.index_of(r);
            }
        }
        Ok(None)
    }

    /// `int` argument as i64 for builtins, with a TypeError naming the type otherwise.
    pub fn expect_index(&mut self, k: Value) -> PyResult<i64> {
        match self.index_of(k)? {
            Some(i) => Ok(i),
            None => {
                let tn = self.type_name(k);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    fn slice_part(&mut self, v: Value) -> PyResult<Option<i64>> {
        if v.is_none() || v.is_empty() {
            return Ok(None);
        }
        if let Some(iv) = int_view(v) {
            return Ok(Some(match iv {
                IntView::I64(i) => i,
                IntView::Big(b) => {
                    if num_traits::Signed::is_negative(b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
            }));
        }
        match self.index_of(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(self.type_error(
                "slice indices must be integers or None or have an __index__ method".to_string(),
            )),
        }
    }

    /// Resolves (start, stop, step) against a sequence length.
    pub fn slice_bounds(
        &mut self,
        start: Value,
        stop: Value,
        step: Value,
        len: usize,
    ) -> PyResult<SliceBounds> {
        let step = match self.slice_part(step)? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(s) => s.max(-i64::MAX),
        };
        let start = self.slice_part(start)?;
        let stop = self.slice_part(stop)?;
        let (start, stop, step, n) = adjust_slice(start, stop, step, len as i64);
        Ok(SliceBounds {
            start,
            stop,
            step,
            len: n,
        })
    }

    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        let class = self.types.slice;
        let p =
            self.alloc_obj(std::mem::size_of::<SliceObj>(), Kind::Slice, class) as *mut SliceObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).start = start;
            (*p).stop = stop;
            (*p).step = step;
        }
        Value::from_ptr(p)
    }

    fn seq_len(o: Value) -> usize {
        // SAFETY: callers pass a list, tuple, str or bytes.
        unsafe {
            match kind_of(o) {
                Kind::List => list_obj(o).len,
                Kind::Tuple => tuple_items(o).len(),
                Kind::Str => str_obj(o).nchars,
                Kind::Bytes => crate::builtins::bytes::bytes_data(o).len(),
                Kind::ByteArray => crate::object::bytearray::bytearray_obj(o).len,
                _ => 0,
            }
        }
    }

    /// A slice of a list, tuple, str or bytes.
    pub fn slice_sequence(&mut self, o: Value, b: SliceBounds) -> Value {
        match kind_of(o) {
            Kind::List | Kind::Tuple => {
                let mut out = RootedVec::with_capacity(b.len as usize);
                // SAFETY: kind checked; indices are within bounds by construction.
                unsafe {
                    let items = if kind_of(o) == Kind::List {
                        list_obj(o).items()
                    } else {
                        tuple_items(o)
                    };
                    if b.step == 1 {
                        out.extend_from_slice(&items[b.start as usize..(b.start + b.len) as usize]);
                    } else {
                        for i in b.indices() {
                            out.push(items[i]);
                        }
                    }
                }
                if kind_of(o) == Kind::List {
                    self.new_list(&out)
                } else {
                    if b.start == 0
                        && b.step == 1
                        && b.len as usize == Self::seq_len(o)
                        && self.type_of(o) == self.types.tuple
                    {
                        return o;
                    }
                    self.new_tuple(&out)
                }
            }
            Kind::Str => {
                // SAFETY: kind checked.
                let so = unsafe { str_obj(o) };
                let s = so.as_str();
                if so.is_ascii() {
                    if b.step == 1 {
                        let t = &s[b.start as usize..(b.start + b.len) as usize];
                        return self.new_str_with_len(t, b.len as usize);
                    }
                    let bytes = s.as_bytes();
                    let t: String = b.indices().map(|i| bytes[i] as char).collect();
                    return self.new_str_with_len(&t, b.len as usize);
                }
                let chars: Vec<char> = s.chars().collect();
                let t: String = b.indices().map(|i| chars[i]).collect();
                self.new_str_with_len(&t, b.len as usize)
            }
            Kind::Bytes | Kind::ByteArray => {
                // SAFETY: kind checked; indices are within bounds by construction.
                let data = unsafe { crate::builtins::bytes::seq_data(o) };
                let v: Vec<u8> = if b.step == 1 {
                    data[b.start as usize..(b.start + b.len) as usize].to_vec()
                } else {
                    b.indices().map(|i| data[i]).collect()
                };
                if kind_of(o) == Kind::Bytes {
                    self.new_bytes(&v)
                } else {
                    self.new_bytearray(&v)
                }
            }
            _ => unreachable!(),
        }
    }

    /// `o[start:stop]` (BinarySlice).
    pub fn get_slice(&mut self, o: Value, start: Value, stop: Value) -> PyResult<Value> {
        if o.is_ptr()
            && matches!(
                kind_of(o),
                Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray
            )
        {
            let len = Self::seq_len(o);
            let b = self.slice_bounds(start, stop, Value::NONE, len)?;
            return Ok(self.slice_sequence(o, b));
        }
        let sl = self.new_slice(start, stop, Value::NONE);
        self.get_item(o, sl)
    }

    fn index_error_for(&mut self, o: Value) -> PyErr {
        let msg = match kind_of(o) {
            Kind::List => "list index out of range",
            Kind::Tuple => "tuple index out of range",
            Kind::Str => "string index out of range",
            Kind::Bytes => "index out of range",
            Kind::ByteArray => "bytearray index out of range",
            _ => "index out of range",
        };
        self.index_error(msg.to_string())
    }

    fn bad_index_type(&mut self, o: Value, k: Value) -> PyErr {
        let tn = self.type_name(k);
        match kind_of(o) {
            Kind::Str => self.type_error(format!("string indices must be integers, not '{tn}'")),
            Kind::Bytes => {
                self.type_error(format!("byte indices must be integers or slices, not {tn}"))
            }
            _ => {
                let on = self.type_name(o);
                self.type_error(format!("{on} indices must be integers or slices, not {tn}"))
            }
        }
    }

    /// `o[k]`.
    pub fn get_item(&mut self, o: Value, k: Value) -> PyResult<Value> {
        if !o.is_ptr() {
            return self.not_subscriptable(o);
        }
        if let Some(r) = self.call_meta_special(o, self.names.dunder_getitem, &[k])? {
            return Ok(r);
        }
        match kind_of(o) {
            kind @ (Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray) => {
                if is_kind(k, Kind::Slice) {
                    // SAFETY: kind checked.
                    let s = unsafe { obj::<SliceObj>(k) };
                    let len = Self::seq_len(o);
                    let b = self.slice_bounds(s.start, s.stop, s.step, len)?;
                    return Ok(self.slice_sequence(o, b));
                }
                let Some(mut i) = self.index_of(k)? else {
                    return Err(self.bad_index_type(o, k));
                };
                let len = Self::seq_len(o) as i64;
                if i < 0 {
                    i += len;
                }
                if i < 0 || i >= len {
                    return Err(self.index_error_for(o));
                }
                // SAFETY: kind checked, index in range.
                unsafe {
                    Ok(match kind {
                        Kind::List => list_obj(o).items()[i as usize],
                        Kind::Tuple => tuple_items(o)[i as usize],
                        Kind::Bytes | Kind::ByteArray => {
                            Value::small_int(crate::builtins::bytes::seq_data(o)[i as usize] as i64)
                        }
                        _ => {
                            let so = str_obj(o);
                            if so.is_ascii() {
                                self.singletons.ascii_chars
                                    [so.as_str().as_bytes()[i as usize] as usize]
                            } else {
                                let s = so.as_str();
                                let at = char_to_byte(s, false, i as usize);
                                let ch = s[at..].chars().next().unwrap();
                                let mut buf = [0u8; 4];
                                let t = ch.encode_utf8(&mut buf).to_owned();
                                self.new_str_with_len(&t, 1)
                            }
                        }
                    })
                }
            }
            Kind::Dict => match self.dict_get(o, k)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(k)),
            },
            Kind::Range => {
                // SAFETY: kind checked.
                let r = unsafe { obj::<RangeObj>(o) };
                let (rs, rstep, rlen) = (r.start, r.step, r.len);
                if is_kind(k, Kind::Slice) {
                    let s = unsafe { obj::<SliceObj>(k) };
                    let b = self.slice_bounds(s.start, s.stop, s.step, rlen as usize)?;
                    // As CPython's compute_slice: map the adjusted bounds through the range.
                    let start = rs + b.start * rstep;
                    let stop = rs + b.stop * rstep;
                    let step = rstep * b.step;
                    return Ok(self.new_range(start, stop, step));
                }
                let Some(mut i) = self.index_of(k)? else {
                    return Err(self.bad_index_type(o, k));
                };
                if i < 0 {
                    i += rlen;
                }
                if i < 0 || i >= rlen {
                    return Err(self.index_error("range object index out of range".to_string()));
                }
                Ok(self.new_int(rs + i * rstep))
            }
            Kind::Instance => {
                let n = self.names.dunder_getitem;
                if let Some(m) = self.lookup_special(o, n) {
                    return self.call_bound_special(m, o, &[k], Value::EMPTY);
                }
                let ext = crate::object::instance_ext(o);
                if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                    if is_kind(ext, Kind::Dict) {
                        if let Some(v) = self.dict_get(ext, k)? {
                            return Ok(v);
                        }
                        let miss = self.names.dunder_missing;
                        if let Some(m) = self.lookup_special(o, miss) {
                            return self.call_bound_special(m, o, &[k], Value::EMPTY);
                        }
                        return Err(self.key_error(k));
                    }
                    return self.get_item(ext, k);
                }
                self.not_subscriptable(o)
            }
            Kind::Type => {
                let n = self.names.dunder_class_getitem;
                let t = o.as_ptr();
                if let Some(m) = self.type_lookup(t, n) {
                    // An implicit classmethod: called with the class itself.
                    let f = if is_kind(m, Kind::ClassMethod) {
                        // SAFETY: kind checked.
                        unsafe { crate::object::obj::<crate::object::DescriptorObj>(m).fget }
                    } else {
                        m
                    };
                    return self.call(f, &[o, k]);
                }
                // Builtin generics (list[int], dict[str, int]) are types.GenericAlias.
                // SAFETY: live type.
                if unsafe { (*t).has_flag(crate::object::typeobj::flags::BUILTIN) } {
                    return self.call_module_function("types", "_class_getitem", &[o, k]);
                }
                self.not_subscriptable(o)
            }
            Kind::Native => crate::builtins::native_types::native_getitem(self, o, k),
            _ => self.not_subscriptable(o),
        }
    }

    fn not_subscriptable(&mut self, o: Value) -> PyResult<Value> {
        let tn = self.type_name(o);
        if is_kind(o, Kind::Type) {
            // SAFETY: kind checked.
            let n = unsafe {
                (*o.as_ptr::<crate::object::TypeObj>())
                    .name_str()
                    .to_owned()
            };
            return Err(self.type_error(format!("type '{n}' is not subscriptable")));
        }
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    /// `o[k] = v`.
    pub fn set_item(&mut self, o: Value, k: Value, v: Value) -> PyResult<()> {
        if o.is_ptr() {
            match kind_of(o) {
                Kind::List => {
                    if is_kind(k, Kind::Slice) {
                        // SAFETY: kind checked.
                        let s = unsafe { obj::<SliceObj>(k) };
                        let (a, b, c) = (s.start, s.stop, s.step);
                        return self.list_set_slice(o, a, b, c, v);
                    }
                    let Some(mut i) = self.index_of(k)? else {
                        return Err(self.bad_index_type(o, k));
                    };
                    // SAFETY: kind checked.
                    let lo = unsafe { list_obj(o) };
                    if i < 0 {
                        i += lo.len as i64;
                    }
                    if i < 0 || i >= lo.len as i64 {
                        return Err(
                            self.index_error("list assignment index out of range".to_string())
                        );
                    }
                    lo.items_mut()[i as usize] = v;
                    return Ok(());
                }
                Kind::Dict => return self.dict_set(o, k, v),
                Kind::ByteArray => {
                    return crate::builtins::bytearray::bytearray_setitem(self, o, k, v)
                }
                Kind::Instance => {
                    let n = self.names.dunder_setitem;
                    if let Some(m) = self.lookup_special(o, n) {
                        self.call_bound_special(m, o, &[k, v], Value::EMPTY)?;
                        return Ok(());
                    }
                    let ext = crate::object::instance_ext(o);
                    if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                        return self.set_item(ext, k, v);
                    }
                }
                Kind::Native => {
                    return crate::builtins::native_types::native_setitem(self, o, k, v)
                }
                _ => {}
            }
        }
        let tn = self.type_name(o);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    /// `o[start:stop] = v` (StoreSlice).
    pub fn set_slice(&mut self, o: Value, start: Value, stop: Value, v: Value) -> PyResult<()> {
        if is_kind(o, Kind::List) {
            return self.list_set_slice(o, start, stop, Value::NONE, v);
        }
        let sl = self.new_slice(start, stop, Value::NONE);
        self.set_item(o, sl, v)
    }

    fn list_set_slice(
        &mut self,
        l: Value,
        start: Value,
        stop: Value,
        step: Value,
        v: Value,
    ) -> PyResult<()> {
        // Materialise the new items first (v may be the list itself).
        let new_items = if is_kind(v, Kind::List) || is_kind(v, Kind::Tuple) {
            // SAFETY: kind checked.
            RootedVec::from_slice(unsafe {
                if kind_of(v) == Kind::List {
                    list_obj(v).items()
                } else {
                    tuple_items(v)
                }
            })
        } else {
            match self.collect_iterable(v) {
                Ok(items) => items,
                Err(e) => {
                    if self.isinstance(e.0, self.types.type_error) {
                        return Err(self.type_error("can only assign an iterable".to_string()));
                    }
                    return Err(e);
                }
            }
        };
        let len = unsafe { list_obj(l).len };
        let b = self.slice_bounds(start, stop, step, len)?;
        if b.step == 1 {
            // SAFETY: live list; rebuilt wholesale.
            let old = RootedVec::from_slice(unsafe { list_obj(l).items() });
            let lo_i = b.start as usize;
            let hi_i = (b.start + b.len) as usize;
            let mut out = RootedVec::with_capacity(old.len() - (hi_i - lo_i) + new_items.len());
            out.extend_from_slice(&old[..lo_i]);
            out.extend_from_slice(&new_items);
            out.extend_from_slice(&old[hi_i..]);
            self.list_replace_all(l, &out);
            return Ok(());
        }
        if new_items.len() as i64 != b.len {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                b.len
            )));
        }
        // SAFETY: indices in range.
        let lo = unsafe { list_obj(l) };
        for (j, i) in b.indices().enumerate() {
            lo.items_mut()[i] = new_items[j];
        }
        Ok(())
    }

    /// Replaces a list's contents.
    pub fn list_replace_all(&mut self, l: Value, items: &[Value]) {
        self.list_truncate(l, 0);
        self.list_reserve(l, items.len());
        // SAFETY: capacity reserved.
        unsafe {
            let lo = list_obj(l);
            lo.len = items.len();
            lo.items_mut().copy_from_slice(items);
        }
    }

    /// `del o[k]`.
    pub fn del_item(&mut self, o: Value, k: Value) -> PyResult<()> {
        if o.is_ptr() {
            match kind_of(o) {
                Kind::List => {
                    let len = unsafe { list_obj(o).len };
                    if is_kind(k, Kind::Slice) {
                        // SAFETY: kind checked.
                        let s = unsafe { obj::<SliceObj>(k) };
                        let (a, bb, c) = (s.start, s.stop, s.step);
                        let b = self.slice_bounds(a, bb, c, len)?;
                        let del: std::collections::HashSet<usize> = b.indices().collect();
                        let old = RootedVec::from_slice(unsafe { list_obj(o).items() });
                        let mut out = RootedVec::with_capacity(old.len());
                        for (i, &x) in old.iter().enumerate() {
                            if !del.contains(&i) {
                                out.push(x);
                            }
                        }
                        self.list_replace_all(o, &out);
                        return Ok(());
                    }
                    let Some(mut i) = self.index_of(k)? else {
                        return Err(self.bad_index_type(o, k));
                    };
                    if i < 0 {
                        i += len as i64;
                    }
                    if i < 0 || i >= len as i64 {
                        return Err(
                            self.index_error("list assignment index out of range".to_string())
                        );
                    }
                    self.list_remove_at(o, i as usize);
                    return Ok(());
                }
                Kind::Dict => {
                    return match self.dict_del(o, k)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(k)),
                    };
                }
                Kind::Instance => {
                    let n = self.names.dunder_delitem;
                    if let Some(m) = self.lookup_special(o, n) {
                        self.call_bound_special(m, o, &[k], Value::EMPTY)?;
                        return Ok(());
                    }
                    let ext = crate::object::instance_ext(o);
                    if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                        return self.del_item(ext, k);
                    }
                }
                Kind::Native => return crate::builtins::native_types::native_delitem(self, o, k),
                Kind::ByteArray => {
                    return crate::builtins::bytearray::bytearray_delitem(self, o, k)
                }
                _ => {}
            }
        }
        let tn = self.type_name(o);
        Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
    }

    /// Removes and returns the item at `i` (in range).
    pub fn list_remove_at(&mut self, l: Value, i: usize) -> Value {
        // SAFETY: live list, i < len.
        unsafe {
            let lo = list_obj(l);
            let items = lo.items_mut();
            let v = items[i];
            items.copy_within(i + 1.., i);
            let n = lo.len;
            lo.items_mut()[n - 1] = Value::EMPTY;
            lo.len = n - 1;
            v
        }
    }
}
