//! The iteration protocol: `iter()`, `next()`, and the helpers built on them
//! (collecting, unpacking, extending).
//!
//! Invariant: `iter_next` returns `Ok(None)` at the end without creating a
//! StopIteration object (a `for` loop that ends allocates nothing); only a user
//! `__next__` that raises StopIteration produces one, which is swallowed here.

use crate::gc::RootedVec;
use crate::interp::generator::{GenOutcome, Resume};
use crate::interp::PyResult;
use crate::object::iter::{IterKind, IterObj};
use crate::object::list::list_obj;
use crate::object::str::str_obj;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, obj, obj_mut, Kind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(r) = self.call_meta_special(v, self.names.dunder_iter, &[])? {
            return Ok(r);
        }
        if v.is_ptr() {
            let k = kind_of(v);
            let ik = match k {
                Kind::List => Some(IterKind::List),
                Kind::Tuple => Some(IterKind::Tuple),
                Kind::Str => Some(IterKind::Str),
                Kind::Dict => Some(IterKind::DictKeys),
                Kind::Set => Some(IterKind::Set),
                Kind::Bytes | Kind::ByteArray => Some(IterKind::SeqIter),
                _ => None,
            };
            if let Some(ik) = ik {
                let it = self.new_iter(ik, v);
                // SAFETY: fresh iterator.
                unsafe {
                    match k {
                        Kind::Dict => (*it).end = crate::object::dict::dict_len(v) as i64,
                        Kind::Set => (*it).end = crate::object::set::set_len(v) as i64,
                        // Index-driven like any sequence iterator, but named as in CPython.
                        Kind::Bytes => (*it).header.class = self.types.bytes_iterator,
                        Kind::ByteArray => (*it).header.class = self.types.bytearray_iterator,
                        _ => {}
                    }
                }
                return Ok(Value::from_ptr(it));
            }
            match k {
                Kind::Range => {
                    // SAFETY: kind checked.
                    let r = unsafe { obj::<crate::object::range::RangeObj>(v) };
                    let (start, len, step) = (r.start, r.len, r.step);
                    let it = self.new_iter(IterKind::Range, Value::EMPTY);
                    unsafe {
                        (*it).index = start;
                        (*it).end = len;
                        (*it).step = step;
                    }
                    return Ok(Value::from_ptr(it));
                }
                Kind::Iter => {
                    // SAFETY: kind checked.
                    let io = unsafe { obj::<IterObj>(v) };
                    let view = match io.kind() {
                        IterKind::KeysView => Some(IterKind::DictKeys),
                        IterKind::ValuesView => Some(IterKind::DictValues),
                        IterKind::ItemsView => Some(IterKind::DictItems),
                        _ => None,
                    };
                    if let Some(ik) = view {
                        let d = io.seq;
                        let it = self.new_iter(ik, d);
                        unsafe { (*it).end = crate::object::dict::dict_len(d) as i64 };
                        return Ok(Value::from_ptr(it));
                    }
                    return Ok(v);
                }
                Kind::Generator if !crate::object::generator::is_coroutine(v) => return Ok(v),
                Kind::Instance => {
                    let n = self.names.dunder_iter;
                    if let Some(m) = self.lookup_special(v, n) {
                        let it = self.call_bound_special(m, v, &[], Value::EMPTY)?;
                        if !self.is_iterator(it) {
                            let tn = self.type_name(it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{tn}'"
                            )));
                        }
                        return Ok(it);
                    }
                    let gi = self.names.dunder_getitem;
                    if self.lookup_special(v, gi).is_some() {
                        let it = self.new_iter(IterKind::SeqIter, v);
                        return Ok(Value::from_ptr(it));
                    }
                    let ext = crate::object::instance_ext(v);
                    if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                        return self.get_iter(ext);
                    }
                }
                Kind::Native => {
                    if let Some(it) = crate::builtins::native_types::native_iter(self, v)? {
                        return Ok(it);
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    /// True when `v` is an iterator (has `__next__`).
    pub fn is_iterator(&mut self, v: Value) -> bool {
        if !v.is_ptr() {
            return false;
        }
        match kind_of(v) {
            Kind::Iter => {
                // SAFETY: kind checked.
                let k = unsafe { obj::<IterObj>(v).kind() };
                !matches!(
                    k,
                    IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView
                )
            }
            Kind::Generator => !crate::object::generator::is_coroutine(v),
            Kind::Instance => {
                let n = self.names.dunder_next;
                self.lookup_special(v, n).is_some()
            }
            Kind::Native => crate::builtins::native_types::native_is_iterator(v),
            _ => false,
        }
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if !it.is_ptr() {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        }
        match kind_of(it) {
            Kind::Iter => self.builtin_iter_next(it),
            Kind::Generator if !crate::object::generator::is_coroutine(it) => {
                match self.gen_resume(it, Resume::Send(Value::NONE))? {
                    GenOutcome::Yielded(v) => Ok(Some(v)),
                    GenOutcome::Returned(_) => Ok(None),
                }
            }
            Kind::Instance => {
                let n = self.names.dunder_next;
                match self.lookup_special(it, n) {
                    Some(m) => match self.call_bound_special(m, it, &[], Value::EMPTY) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.isinstance(e.0, self.types.stop_iteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => {
                        let tn = self.type_name(it);
                        Err(self.type_error(format!("'{tn}' object is not an iterator")))
                    }
                }
            }
            Kind::Native => crate::builtins::native_types::native_next(self, it),
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
        }
    }

    /// `next(it)` raising StopIteration (with the generator's return value) at the end.
    pub fn iter_next_raw(&mut self, it: Value) -> PyResult<Value> {
        // A coroutine_wrapper's coroutine finishes with StopIteration(its value); a
        // bare coroutine is not an iterator (`iter_next` says so).
        let (it, wrapped) = match crate::object::coroutine::wrapped_coroutine(it) {
            Some(c) => (c, true),
            None => (it, false),
        };
        if is_kind(it, Kind::Generator) && (wrapped || !crate::object::generator::is_coroutine(it))
        {
            return match self.gen_resume(it, Resume::Send(Value::NONE))? {
                GenOutcome::Yielded(v) => Ok(v),
                GenOutcome::Returned(r) => Err(self.stop_iteration_with(r)),
            };
        }
        if is_kind(it, Kind::Instance) {
            let n = self.names.dunder_next;
            if let Some(m) = self.lookup_special(it, n) {
                return self.call_bound_special(m, it, &[], Value::EMPTY);
            }
        }
        match self.iter_next(it)? {
            Some(v) => Ok(v),
            None => Err(self.stop_iteration_with(Value::NONE)),
        }
    }

    fn builtin_iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // SAFETY: kind checked by the caller; fields re-read after every call-out.
        let io = unsafe { obj_mut::<IterObj>(it) };
        if io.seq.is_empty() && io.kind() != IterKind::Range && io.kind() != IterKind::Callable {
            return Ok(None);
        }
        match io.kind() {
            IterKind::List => {
                let lo = unsafe { list_obj(io.seq) };
                if (io.index as usize) < lo.len {
                    let v = lo.items()[io.index as usize];
                    io.index += 1;
                    return Ok(Some(v));
                }
                io.seq = Value::EMPTY;
                Ok(None)
            }
            IterKind::Tuple => {
                let items = unsafe { tuple_items(io.seq) };
                if (io.index as usize) < items.len() {
                    let v = items[io.index as usize];
                    io.index += 1;
                    return Ok(Some(v));
                }
                io.seq = Value::EMPTY;
                Ok(None)
            }
            IterKind::Str => {
                let so = unsafe { str_obj(io.seq) };
                let s = so.as_str();
                let i = io.index as usize;
                if i >= s.len() {
                    io.seq = Value::EMPTY;
                    return Ok(None);
                }
                if so.is_ascii() || s.as_bytes()[i] < 0x80 {
                    io.index += 1;
                    return Ok(Some(self.singletons.ascii_chars[s.as_bytes()[i] as usize]));
                }
                let ch = s[i..].chars().next().unwrap();
                io.index += ch.len_utf8() as i64;
                let mut buf = [0u8; 4];
                let t = ch.encode_utf8(&mut buf).to_owned();
                Ok(Some(self.new_str_with_len(&t, 1)))
            }
            IterKind::Range => {
                if io.end > 0 {
                    let v = io.index;
                    io.end -= 1;
                    io.index = v.wrapping_add(io.step);
                    return Ok(Some(self.new_int(v)));
                }
                Ok(None)
            }
            IterKind::DictKeys | IterKind::DictValues | IterKind::DictItems => {
                let d = io.seq;
                if crate::object::dict::dict_len(d) as i64 != io.end {
                    io.end = -1;
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let mut pos = io.index as usize;
                let r = crate::object::dict::dict_next(d, &mut pos);
                io.index = pos as i64;
                match r {
                    None => {
                        io.seq = Value::EMPTY;
                        Ok(None)
                    }
                    Some((k, v)) => Ok(Some(match io.kind() {
                        IterKind::DictKeys => k,
                        IterKind::DictValues => v,
                        _ => self.new_tuple(&[k, v]),
                    })),
                }
            }
            IterKind::Set => {
                let s = io.seq;
                if crate::object::set::set_len(s) as i64 != io.end {
                    io.end = -1;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                let mut pos = io.index as usize;
                let r = crate::object::set::set_next(s, &mut pos);
                io.index = pos as i64;
                match r {
                    None => {
                        io.seq = Value::EMPTY;
                        Ok(None)
                    }
                    Some(e) => Ok(Some(e.key)),
                }
            }
            IterKind::Reversed => {
                if io.index < 0 {
                    io.seq = Value::EMPTY;
                    return Ok(None);
                }
                let i = io.index;
                io.index -= 1;
                let seq = io.seq;
                if is_kind(seq, Kind::List) && i as usize >= unsafe { list_obj(seq).len } {
                    io.seq = Value::EMPTY;
                    return Ok(None);
                }
                let k = Value::small_int(i);
                match self.get_item(seq, k) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance(e.0, self.types.index_error) => {
                        unsafe { obj_mut::<IterObj>(it).seq = Value::EMPTY };
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterKind::Enumerate => {
                let inner = io.seq;
                match self.iter_next(inner)? {
                    None => {
                        unsafe { obj_mut::<IterObj>(it).seq = Value::EMPTY };
                        Ok(None)
                    }
                    Some(v) => {
                        let io = unsafe { obj_mut::<IterObj>(it) };
                        let n = io.a;
                        let next = if n.is_small_int() && n.as_small_int() < (1 << 40) {
                            Value::small_int(n.as_small_int() + 1)
                        } else {
                            self.binary_op(
                                n,
                                Value::small_int(1),
                                crate::bytecode::BinOp::Add as u8,
                            )?
                        };
                        unsafe { obj_mut::<IterObj>(it).a = next };
                        Ok(Some(self.new_tuple(&[n, v])))
                    }
                }
            }
            IterKind::Zip => {
                let iters = io.seq;
                let strict = io.index != 0;
                let n = unsafe { tuple_items(iters).len() };
                if n == 0 {
                    return Ok(None);
                }
                // Up to four items wait in a native-stack array (the conservative scan
                // keeps them alive); more in a RootedVec.
                let mut small = [Value::EMPTY; 4];
                let mut out = (n > small.len()).then(|| RootedVec::with_capacity(n));
                let mut filled = 0;
                for i in 0..n {
                    let sub = unsafe { tuple_items(iters)[i] };
                    match self.iter_next(sub)? {
                        Some(v) => match out.as_mut() {
                            Some(o) => o.push(v),
                            None => {
                                let slot = &mut small[filled];
                                *slot = v;
                                filled += 1;
                            }
                        },
                        None => {
                            unsafe { obj_mut::<IterObj>(it).seq = Value::EMPTY };
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    let which = if i == 1 {
                                        "1".to_string()
                                    } else {
                                        i.to_string()
                                    };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        i + 1,
                                        plural,
                                        which
                                    )));
                                }
                                for j in 1..n {
                                    let sub = unsafe { tuple_items(iters)[j] };
                                    if self.iter_next(sub)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        let which = if j == 1 {
                                            "1".to_string()
                                        } else {
                                            j.to_string()
                                        };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            plural,
                                            which
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(match out {
                    Some(o) => self.new_tuple(&o),
                    None => self.new_tuple(&small[..n]),
                }))
            }
            IterKind::Map => {
                let iters = io.seq;
                let f = io.a;
                let n = unsafe { tuple_items(iters).len() };
                // Up to four arguments stay on the native stack (rooted by the
                // conservative scan); more go to a RootedVec.
                let mut small = [Value::EMPTY; 4];
                let mut big = (n > small.len()).then(|| RootedVec::with_capacity(n));
                for i in 0..n {
                    let sub = unsafe { tuple_items(iters)[i] };
                    let Some(v) = self.iter_next(sub)? else {
                        unsafe { obj_mut::<IterObj>(it).seq = Value::EMPTY };
                        return Ok(None);
                    };
                    match (&mut big, small.get_mut(i)) {
                        (Some(b), _) => b.push(v),
                        (None, Some(slot)) => *slot = v,
                        (None, None) => unreachable!("map: more than four arguments on the stack"),
                    }
                }
                let args: &[Value] = match &big {
                    Some(b) => b,
                    None => &small[..n],
                };
                Ok(Some(self.call(f, args)?))
            }
            IterKind::Filter => {
                let inner = io.seq;
                let f = io.a;
                loop {
                    match self.iter_next(inner)? {
                        None => {
                            unsafe { obj_mut::<IterObj>(it).seq = Value::EMPTY };
                            return Ok(None);
                        }
                        Some(v) => {
                            let keep = if f.is_none() {
                                self.is_true(v)?
                            } else {
                                let r = self.call(f, &[v])?;
                                self.is_true(r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                    }
                }
            }
            IterKind::Callable => {
                let (f, sentinel) = (io.a, io.b);
                if f.is_empty() {
                    return Ok(None);
                }
                let v = self.call(f, &[])?;
                if self.eq_bool(v, sentinel)? {
                    unsafe { obj_mut::<IterObj>(it).a = Value::EMPTY };
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterKind::SeqIter => {
                let seq = io.seq;
                let i = io.index;
                io.index += 1;
                let k = Value::small_int(i);
                match self.get_item(seq, k) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.isinstance(e.0, self.types.index_error)
                            || self.isinstance(e.0, self.types.stop_iteration) =>
                    {
                        unsafe { obj_mut::<IterObj>(it).seq = Value::EMPTY };
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
        }
    }

    /// All items of an iterable, in order.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<RootedVec> {
        if is_kind(v, Kind::List) {
            // SAFETY: kind checked.
            return Ok(RootedVec::from_slice(unsafe { list_obj(v).items() }));
        }
        if is_kind(v, Kind::Tuple) {
            // SAFETY: kind checked.
            return Ok(RootedVec::from_slice(unsafe { tuple_items(v) }));
        }
        let it = self.get_iter(v)?;
        let mut out = RootedVec::new();
        out.push(it);
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
        }
        out.remove(0);
        Ok(out)
    }

    /// Unpacking for assignment: exactly `n` items, or with `star = Some(before)`,
    /// `before` items, a list of the middle, and `n - before` items.
    pub fn unpack_iterable(
        &mut self,
        v: Value,
        n: usize,
        star: Option<usize>,
    ) -> PyResult<RootedVec> {
        let items = self.collect_iterable_for_unpack(v)?;
        match star {
            None => {
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                if items.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                Ok(items)
            }
            Some(before) => {
                let after = n - before;
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {n}, got {})",
                        items.len()
                    )));
                }
                let mid = RootedVec::from_slice(&items[before..items.len() - after]);
                let l = self.new_list(&mid);
                let mut out = RootedVec::with_capacity(n + 1);
                out.extend_from_slice(&items[..before]);
                out.push(l);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    fn collect_iterable_for_unpack(&mut self, v: Value) -> PyResult<RootedVec> {
        match self.get_iter(v) {
            Ok(it) => {
                let mut out = RootedVec::new();
                out.push(it);
                while let Some(x) = self.iter_next(it)? {
                    out.push(x);
                }
                out.remove(0);
                Ok(out)
            }
            Err(e) => {
                if self.isinstance(e.0, self.types.type_error) {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                Err(e)
            }
        }
    }

    /// `list.extend(iterable)`.
    pub fn list_extend(&mut self, l: Value, it: Value) -> PyResult<()> {
        let items = self.collect_iterable(it)?;
        let len = unsafe { list_obj(l).len };
        self.list_reserve(l, len + items.len());
        for &v in items.iter() {
            self.list_append(l, v);
        }
        Ok(())
    }

    /// `set.update(iterable)` with CPython's fast paths (sets merge, dicts pre-size).
    pub fn set_update(&mut self, s: Value, it: Value) -> PyResult<()> {
        if is_kind(it, Kind::Set) {
            return self.set_merge(s, it);
        }
        if is_kind(it, Kind::Dict) {
            let n = crate::object::dict::dict_len(it);
            // SAFETY: live set.
            let (fill, used, mask) = unsafe {
                let so = crate::object::set::set_obj(s);
                (so.fill, so.used, so.mask)
            };
            if (fill + n) * 5 >= mask * 3 {
                self.set_table_resize(s, (used + n) * 2);
            }
            let mut pos = 0;
            while let Some((k, _, h)) = crate::object::dict::dict_next_hashed(it, &mut pos) {
                self.set_add_hashed(s, k, h)?;
            }
            return Ok(());
        }
        let iter = self.get_iter(it)?;
        let keep = RootedVec::from_slice(&[iter]);
        while let Some(x) = self.iter_next(iter)? {
            self.set_add(s, x)?;
        }
        drop(keep);
        Ok(())
    }

    /// `dict.update(mapping)` (`merge` raises on duplicate keys, for `f(**a, **b)`).
    pub fn dict_update_from(&mut self, d: Value, m: Value, merge: bool) -> PyResult<()> {
        if is_kind(m, Kind::Dict) {
            let mut pos = 0;
            while let Some((k, v, h)) = crate::object::dict::dict_next_hashed(m, &mut pos) {
                if merge && self.dict_get_hashed(d, k, h)?.is_some() {
                    let ks = self.str_string(k)?;
                    return Err(
                        self.type_error(format!("got multiple values for keyword argument '{ks}'"))
                    );
                }
                self.dict_set_hashed(d, k, h, v)?;
            }
            return Ok(());
        }
        // A mapping with keys() and __getitem__.
        let keys_name = self.names.keys;
        if let Some(keys) = self.get_attr_opt(m, keys_name)? {
            let ks = self.call(keys, &[])?;
            let keys = self.collect_iterable(ks)?;
            for &k in keys.iter() {
                let v = self.get_item(m, k)?;
                if merge && self.dict_get(d, k)?.is_some() {
                    let kstr = self.str_string(k)?;
                    return Err(self
                        .type_error(format!("got multiple values for keyword argument '{kstr}'")));
                }
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if merge {
            let tn = self.type_name(m);
            return Err(self.type_error(format!("argument after ** must be a mapping, not {tn}")));
        }
        // An iterable of pairs.
        let items = self.collect_iterable(m)?;
        for (i, &pair) in items.iter().enumerate() {
            let kv = match self.collect_iterable(pair) {
                Ok(kv) => kv,
                Err(_) => {
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
            };
            if kv.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                )));
            }
            self.dict_set(d, kv[0], kv[1])?;
        }
        Ok(())
    }
}
