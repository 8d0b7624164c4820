//! Rich comparisons, equality for containers, and `in`.
//!
//! Order of dispatch (as CPython's `do_richcompare`): if the right operand's type is a
//! proper subclass of the left's and overrides the reflected method, it goes first;
//! then the left operand's method, then the right's reflected method; `NotImplemented`
//! from both means identity for `==`/`!=` and TypeError for orderings.

use crate::builtins::bytes::{is_byte_seq, seq_data};
use crate::bytecode::CmpOp;
use crate::interp::PyResult;
use crate::object::int::{cmp_int_float, int_view, IntView};
use crate::object::list::list_obj;
use crate::object::str::{flags as str_flags, str_obj};
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;
use std::cmp::Ordering;

/// Numeric comparison of two ints/floats/bools, or None when either is not a number.
#[inline]
pub fn numeric_cmp(a: Value, b: Value) -> Option<Option<Ordering>> {
    if a.is_small_int() && b.is_small_int() {
        return Some(Some(a.as_small_int().cmp(&b.as_small_int())));
    }
    if a.is_float() && b.is_float() {
        return Some(a.as_float().partial_cmp(&b.as_float()));
    }
    if !may_be_number(a) || !may_be_number(b) {
        return None;
    }
    numeric_cmp_slow(a, b)
}

/// False for values that are certainly not ints, bools or floats (so `int_view`, which
/// is not inlined, need not be asked). Instances may wrap an int (`class C(int)`).
#[inline(always)]
fn may_be_number(v: Value) -> bool {
    !v.is_ptr() || matches!(kind_of(v), Kind::BoxedInt | Kind::BigInt | Kind::Instance)
}

fn numeric_cmp_slow(a: Value, b: Value) -> Option<Option<Ordering>> {
    if a.is_float() {
        let x = a.as_float();
        let iv = int_view(b)?;
        return Some(cmp_int_float(iv, x).map(|o| o.reverse()));
    }
    let ia = int_view(a)?;
    if b.is_float() {
        return Some(cmp_int_float(ia, b.as_float()));
    }
    let ib = int_view(b)?;
    Some(Some(match (ia, ib) {
        (IntView::I64(x), IntView::I64(y)) => x.cmp(&y),
        (x, y) => x.to_bigint().cmp(&y.to_bigint()),
    }))
}

/// Equality of two str objects: length, then cached hashes, then interning (interned
/// strs are unique per content), then the bytes.
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    // SAFETY: callers pass str objects.
    let (x, y) = unsafe { (str_obj(a), str_obj(b)) };
    if x.len != y.len {
        return false;
    }
    let both = x.header.flags & y.header.flags;
    if both & str_flags::INTERNED != 0 {
        return false;
    }
    if both & str_flags::HASHED != 0 && x.hash != y.hash {
        return false;
    }
    x.as_str().as_bytes() == y.as_str().as_bytes()
}

/// Ordering of two str objects (UTF-8 byte order is code point order).
#[inline]
fn str_cmp(a: Value, b: Value) -> Ordering {
    // SAFETY: callers pass str objects.
    unsafe {
        str_obj(a)
            .as_str()
            .as_bytes()
            .cmp(str_obj(b).as_str().as_bytes())
    }
}

/// `a op b` for two values whose comparison never runs Python code (small ints, floats,
/// strs), or None.
#[inline]
pub(crate) fn fast_order(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Some(op.test(a.as_small_int().cmp(&b.as_small_int())));
    }
    if a.is_float() && b.is_float() {
        return Some(match a.as_float().partial_cmp(&b.as_float()) {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        });
    }
    if is_kind(a, Kind::Str) && is_kind(b, Kind::Str) {
        return Some(op.test(str_cmp(a, b)));
    }
    None
}

/// How deep `seq_fast_eq` follows nested tuples and lists before giving up.
const FAST_EQ_DEPTH: u32 = 16;

/// Equality of two tuples (or two lists) decided without running Python code, or None.
/// Items are compared in order, each with the identity shortcut; the first item whose
/// equality needs Python code gives None (nothing has run yet, so the generic path can
/// start over).
fn seq_fast_eq(a: Value, b: Value, depth: u32) -> Option<bool> {
    // SAFETY: callers pass two tuples or two lists; no code runs while the slices live.
    let (xs, ys) = unsafe {
        if kind_of(a) == Kind::Tuple {
            (tuple_items(a), tuple_items(b))
        } else {
            (list_obj(a).items(), list_obj(b).items())
        }
    };
    if xs.len() != ys.len() {
        return Some(false);
    }
    for (&x, &y) in xs.iter().zip(ys) {
        if x == y {
            continue;
        }
        match value_fast_eq(x, y, depth)? {
            true => {}
            false => return Some(false),
        }
    }
    Some(true)
}

/// The core of `Vm::fast_eq` (without the identity shortcut).
#[inline]
fn value_fast_eq(a: Value, b: Value, depth: u32) -> Option<bool> {
    if a.is_ptr() && b.is_ptr() {
        let (ka, kb) = (kind_of(a), kind_of(b));
        if ka == kb {
            match ka {
                Kind::Str => return Some(str_eq(a, b)),
                Kind::Tuple | Kind::List if depth < FAST_EQ_DEPTH => {
                    return seq_fast_eq(a, b, depth + 1)
                }
                _ => {}
            }
        }
    } else if a.is_small_int() && b.is_small_int() {
        return Some(a == b);
    }
    fast_eq_slow(a, b)
}

fn fast_eq_slow(a: Value, b: Value) -> Option<bool> {
    if let Some(o) = numeric_cmp(a, b) {
        return Some(o == Some(Ordering::Equal));
    }
    if is_kind(a, Kind::Str) && is_kind(b, Kind::Str) {
        return Some(str_eq(a, b));
    }
    if is_native_eq(a) && is_native_eq(b) {
        if is_byte_seq(a) && is_byte_seq(b) {
            // SAFETY: kinds checked.
            return Some(unsafe { seq_data(a) == seq_data(b) });
        }
        if is_kind(a, Kind::Range) && is_kind(b, Kind::Range) {
            return None;
        }
        return Some(a == b);
    }
    None
}

/// True for values whose equality with anything never runs Python code.
fn is_native_eq(v: Value) -> bool {
    if !v.is_ptr() {
        return true;
    }
    matches!(
        kind_of(v),
        Kind::Str
            | Kind::BoxedInt
            | Kind::BigInt
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Range
            | Kind::Code
            | Kind::Function
            | Kind::NativeFunction
            | Kind::Type
            | Kind::Module
    )
}

impl Vm {
    /// Equality decided without running Python code, or None.
    #[inline]
    pub fn fast_eq(&mut self, a: Value, b: Value) -> Option<bool> {
        if a == b && !a.is_float() {
            return Some(true);
        }
        value_fast_eq(a, b, 0)
    }

    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq_bool(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let Some(r) = self.fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.is_true(r)
    }

    /// `a op b`.
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        if a.is_ptr() && b.is_ptr() {
            let (ka, kb) = (kind_of(a), kind_of(b));
            if ka == kb {
                match ka {
                    Kind::Str => {
                        let r = match op {
                            CmpOp::Eq => str_eq(a, b),
                            CmpOp::Ne => !str_eq(a, b),
                            _ => op.test(str_cmp(a, b)),
                        };
                        return Ok(Value::from_bool(r));
                    }
                    Kind::Tuple | Kind::List => {
                        let r = self.sequence_compare(a, b, op)?;
                        return Ok(Value::from_bool(r));
                    }
                    _ => {}
                }
            }
        }
        if let Some(o) = numeric_cmp(a, b) {
            return Ok(Value::from_bool(match o {
                Some(o) => op.test(o),
                None => op == CmpOp::Ne,
            }));
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(r);
        }
        self.rich_compare_dunders(a, b, op)
    }

    /// Comparisons between builtin containers and strings; None when not applicable.
    fn builtin_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
        if !a.is_ptr() || !b.is_ptr() {
            if (a.is_none() || a.is_bool() || b.is_none() || b.is_bool())
                && matches!(op, CmpOp::Eq | CmpOp::Ne)
            {
                if a.is_ptr() && kind_of(a) == Kind::Instance
                    || b.is_ptr() && kind_of(b) == Kind::Instance
                {
                    return Ok(None);
                }
                return Ok(Some(Value::from_bool((a == b) == (op == CmpOp::Eq))));
            }
            return Ok(None);
        }
        let (ka, kb) = (kind_of(a), kind_of(b));
        {
            // A mappingproxy compares as the mapping it shows.
            use crate::builtins::mappingproxy::{is_mappingproxy, proxied};
            if is_mappingproxy(a) || is_mappingproxy(b) {
                let x = if is_mappingproxy(a) { proxied(a) } else { a };
                let y = if is_mappingproxy(b) { proxied(b) } else { b };
                return self.compare(x, y, op).map(Some);
            }
        }
        let views = crate::builtins::dict_methods::is_set_like_view;
        if (views(a) || views(b)) && (views(a) || ka == Kind::Set) && (views(b) || kb == Kind::Set)
        {
            // Keys and items views compare as sets.
            let x = self.set_operand(a)?;
            let y = self.set_operand(b)?;
            return Ok(Some(Value::from_bool(self.set_compare(x, y, op)?)));
        }
        if is_byte_seq(a) && is_byte_seq(b) {
            // bytes and bytearray compare with each other by content.
            // SAFETY: kinds checked.
            let (x, y) = unsafe { (seq_data(a), seq_data(b)) };
            return Ok(Some(Value::from_bool(op.test(x.cmp(y)))));
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && (crate::builtins::memoryview::is_memoryview(a)
                || crate::builtins::memoryview::is_memoryview(b))
        {
            // A memoryview equals any buffer with the same bytes.
            let (Some(x), Some(y)) = (
                crate::builtins::bytes::buffer_bytes(a),
                crate::builtins::bytes::buffer_bytes(b),
            ) else {
                return Ok(None);
            };
            return Ok(Some(Value::from_bool((x == y) == (op == CmpOp::Eq))));
        }
        if ka != kb {
            return Ok(None);
        }
        match ka {
            Kind::Str => {
                // SAFETY: kinds checked.
                let (x, y) =
                    unsafe { (crate::object::str::as_str(a), crate::object::str::as_str(b)) };
                Ok(Some(Value::from_bool(op.test(x.cmp(y)))))
            }
            Kind::List | Kind::Tuple => {
                let r = self.sequence_compare(a, b, op)?;
                Ok(Some(Value::from_bool(r)))
            }
            Kind::Dict => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                let eq = self.dict_eq(a, b)?;
                Ok(Some(Value::from_bool(eq == (op == CmpOp::Eq))))
            }
            Kind::Set => {
                let r = self.set_compare(a, b, op)?;
                Ok(Some(Value::from_bool(r)))
            }
            Kind::Slice => {
                // SAFETY: kinds checked.
                let (x, y) = unsafe {
                    (
                        crate::object::obj::<crate::object::SliceObj>(a),
                        crate::object::obj::<crate::object::SliceObj>(b),
                    )
                };
                let (xs, ys) = ([x.start, x.stop, x.step], [y.start, y.stop, y.step]);
                let tx = self.new_tuple(&xs);
                let ty = self.new_tuple(&ys);
                Ok(Some(self.compare(tx, ty, op)?))
            }
            Kind::Range => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                // SAFETY: kinds checked.
                let (x, y) = unsafe {
                    (
                        crate::object::obj::<crate::object::range::RangeObj>(a),
                        crate::object::obj::<crate::object::range::RangeObj>(b),
                    )
                };
                let eq = x.len == y.len
                    && (x.len == 0 || (x.start == y.start && (x.len == 1 || x.step == y.step)));
                Ok(Some(Value::from_bool(eq == (op == CmpOp::Eq))))
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic comparison of two lists or two tuples.
    fn sequence_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let items = |v: Value| -> &[Value] {
            // SAFETY: callers pass lists or tuples; re-read after every call-out.
            unsafe {
                if kind_of(v) == Kind::List {
                    list_obj(v).items()
                } else {
                    tuple_items(v)
                }
            }
        };
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if items(a).len() != items(b).len() {
                return Ok(op == CmpOp::Ne);
            }
            if let Some(eq) = seq_fast_eq(a, b, 0) {
                return Ok(eq == (op == CmpOp::Eq));
            }
        }
        let mut i = 0;
        loop {
            let (la, lb) = (items(a).len(), items(b).len());
            if i >= la || i >= lb {
                return Ok(op.test(la.cmp(&lb)));
            }
            let (x, y) = (items(a)[i], items(b)[i]);
            let eq = x == y
                || match self.fast_eq(x, y) {
                    Some(e) => e,
                    None => self.eq_bool(x, y)?,
                };
            if !eq {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        if let Some(r) = fast_order(x, y, op) {
                            return Ok(r);
                        }
                        let r = self.compare(x, y, op)?;
                        self.is_true(r)
                    }
                };
            }
            i += 1;
        }
    }

    fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        use crate::object::dict::{dict_len, dict_next};
        if dict_len(a) != dict_len(b) {
            return Ok(false);
        }
        let mut pos = 0;
        while let Some((k, v)) = dict_next(a, &mut pos) {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq_bool(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        use crate::object::set::set_len;
        let (la, lb) = (set_len(a), set_len(b));
        Ok(match op {
            CmpOp::Eq => la == lb && self.set_issubset(a, b)?,
            CmpOp::Ne => !(la == lb && self.set_issubset(a, b)?),
            CmpOp::Le => self.set_issubset(a, b)?,
            CmpOp::Ge => self.set_issubset(b, a)?,
            CmpOp::Lt => la < lb && self.set_issubset(a, b)?,
            CmpOp::Gt => la > lb && self.set_issubset(b, a)?,
        })
    }

    pub fn set_issubset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if crate::object::set::set_len(a) > crate::object::set::set_len(b) {
            return Ok(false);
        }
        let mut pos = 0;
        while let Some(e) = crate::object::set::set_next(a, &mut pos) {
            if self.set_find(b, e.key, e.hash)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn rich_compare_dunders(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rop = op.swapped();
        let ni = self.singletons.not_implemented;
        let mut checked_reflected = false;
        if ta != tb && self.is_subtype(tb, ta) {
            if let Some(r) = self.compare_slot(tb, b, a, rop)? {
                checked_reflected = true;
                if r != ni {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.compare_slot(ta, a, b, op)? {
            if r != ni {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(r) = self.compare_slot(tb, b, a, rop)? {
                if r != ni {
                    return Ok(r);
                }
            }
        }
        // Builtin bases of user subclasses (class C(int), class S(str), ...).
        let (ea, eb) = (
            crate::object::instance_ext(a),
            crate::object::instance_ext(b),
        );
        if (!ea.is_empty() && !is_kind(ea, Kind::ExcData))
            || (!eb.is_empty() && !is_kind(eb, Kind::ExcData))
        {
            let x = if ea.is_empty() || is_kind(ea, Kind::ExcData) {
                a
            } else {
                ea
            };
            let y = if eb.is_empty() || is_kind(eb, Kind::ExcData) {
                b
            } else {
                eb
            };
            if x != a || y != b {
                return self.compare(x, y, op);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::from_bool(a == b)),
            CmpOp::Ne => Ok(Value::from_bool(a != b)),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    na,
                    nb
                )))
            }
        }
    }

    /// Calls the user-defined comparison `op` of `t` on (x, y); None when `t` defines
    /// none. A missing `__ne__` is `object.__ne__`: the inverse of a user `__eq__`.
    fn compare_slot(
        &mut self,
        t: *mut crate::object::TypeObj,
        x: Value,
        y: Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        let name = self.intern(op.dunder());
        if let Some(m) = self.type_lookup_user(t, name) {
            return self.call_bound_special(m, x, &[y], Value::EMPTY).map(Some);
        }
        if op != CmpOp::Ne {
            return Ok(None);
        }
        let eq = self.names.dunder_eq;
        let Some(m) = self.type_lookup_user(t, eq) else {
            return Ok(None);
        };
        let r = self.call_bound_special(m, x, &[y], Value::EMPTY)?;
        if r == self.singletons.not_implemented {
            return Ok(Some(r));
        }
        let truth = self.is_true(r)?;
        Ok(Some(Value::from_bool(!truth)))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(r) = self.call_meta_special(container, self.names.dunder_contains, &[item])? {
            return self.is_true(r);
        }
        if container.is_ptr() {
            match kind_of(container) {
                Kind::List => {
                    let mut i = 0;
                    loop {
                        // SAFETY: kind checked; re-read every iteration.
                        let items = unsafe { list_obj(container).items() };
                        if i >= items.len() {
                            return Ok(false);
                        }
                        if self.eq_bool(items[i], item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Kind::Tuple => {
                    // SAFETY: kind checked; tuples are immutable.
                    let items = unsafe { tuple_items(container) };
                    for &x in items {
                        if self.eq_bool(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Kind::Str => {
                    if !is_kind(item, Kind::Str) {
                        let tn = self.type_name(item);
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {tn}"
                        )));
                    }
                    // SAFETY: kinds checked.
                    let (hay, needle) = unsafe {
                        (
                            crate::object::str::as_str(container),
                            crate::object::str::as_str(item),
                        )
                    };
                    // Substring search on UTF-8 bytes is substring search on text.
                    return Ok(
                        crate::object::str::find_bytes(hay.as_bytes(), needle.as_bytes()).is_some(),
                    );
                }
                Kind::Dict => return Ok(self.dict_get(container, item)?.is_some()),
                Kind::Set => return self.set_contains(container, item),
                Kind::Range => {
                    // SAFETY: kind checked.
                    let r =
                        unsafe { crate::object::obj::<crate::object::range::RangeObj>(container) };
                    if let Some(IntView::I64(i)) = int_view(item) {
                        if item.is_bool() || !item.is_ptr() || kind_of(item) != Kind::Instance {
                            return Ok(crate::builtins::range::range_contains_i64(r, i));
                        }
                    }
                }
                Kind::Bytes | Kind::ByteArray => {
                    return crate::builtins::bytes::bytes_contains(self, container, item);
                }
                Kind::Iter => {
                    // dict views
                    // SAFETY: kind checked.
                    let io =
                        unsafe { crate::object::obj::<crate::object::iter::IterObj>(container) };
                    use crate::object::iter::IterKind;
                    match io.kind() {
                        IterKind::KeysView => return Ok(self.dict_get(io.seq, item)?.is_some()),
                        IterKind::ItemsView => {
                            if is_kind(item, Kind::Tuple) && unsafe { tuple_items(item).len() } == 2
                            {
                                let (k, v) =
                                    unsafe { (tuple_items(item)[0], tuple_items(item)[1]) };
                                return match self.dict_get(io.seq, k)? {
                                    Some(w) => self.eq_bool(w, v),
                                    None => Ok(false),
                                };
                            }
                            return Ok(false);
                        }
                        _ => {}
                    }
                }
                Kind::Instance => {
                    let t = self.type_of(container);
                    let name = self.names.dunder_contains;
                    if let Some(m) = self.type_lookup(t, name) {
                        let r = self.call_bound_special(m, container, &[item], Value::EMPTY)?;
                        return self.is_true(r);
                    }
                }
                _ => {}
            }
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
        };
        while let Some(x) = self.iter_next(it)? {
            if self.eq_bool(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
