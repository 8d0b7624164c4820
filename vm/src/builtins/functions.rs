//! Builtin functions: `print`, `len`, `min`/`max`, `sorted`, `isinstance`, ...
//! Each checks its arguments and raises CPython's TypeErrors.

use super::add_function;
use super::args::{self, positional};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::function::native_flags::KWARGS;
use crate::object::int::{int_view, IntView};
use crate::object::iter::IterKind;
use crate::object::str::{as_str, str_obj};
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub fn install(vm: &mut Vm, b: Value) {
    let fns: &[(&str, crate::object::function::NativeFn, u32)] = &[
        ("print", print, KWARGS),
        ("len", len, 0),
        ("repr", repr, 0),
        ("ascii", ascii, 0),
        ("abs", abs, 0),
        ("round", round, KWARGS),
        ("divmod", divmod, 0),
        ("pow", pow, KWARGS),
        ("min", min, KWARGS),
        ("max", max, KWARGS),
        ("sum", sum, KWARGS),
        ("sorted", sorted, KWARGS),
        ("any", any, 0),
        ("all", all, 0),
        ("iter", iter, 0),
        ("next", next, 0),
        ("isinstance", isinstance, 0),
        ("issubclass", issubclass, 0),
        ("hash", hash, 0),
        ("id", id, 0),
        ("chr", chr, 0),
        ("ord", ord, 0),
        ("hex", hex, 0),
        ("oct", oct, 0),
        ("bin", bin, 0),
        ("format", format, 0),
        ("getattr", getattr, 0),
        ("setattr", setattr, 0),
        ("hasattr", hasattr, 0),
        ("delattr", delattr, 0),
        ("callable", callable, 0),
        ("vars", vars, 0),
        ("globals", globals, 0),
        ("__import__", crate::modules::import::builtin_import, KWARGS),
        ("locals", locals, 0),
        ("dir", dir, 0),
        ("input", input, 0),
        ("exit", exit, 0),
        ("quit", exit, 0),
    ];
    for &(name, f, flags) in fns {
        add_function(vm, b, name, f, flags);
    }
}

// ----- output ---------------------------------------------------------------------------

fn print(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    let mut sep = Value::NONE;
    let mut end = Value::NONE;
    let mut file = Value::NONE;
    let mut flush = false;
    let n = args::nkw(kw);
    if n > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let names = unsafe { tuple_items(kw) };
        for (i, &k) in names.iter().enumerate() {
            let v = args[args.len() - n + i];
            match unsafe { as_str(k) } {
                "sep" => sep = v,
                "end" => end = v,
                "file" => file = v,
                "flush" => flush = vm.is_true(v)?,
                other => {
                    return Err(vm.type_error(format!(
                        "'{other}' is an invalid keyword argument for print()"
                    )))
                }
            }
        }
    }
    for (what, v) in [("sep", sep), ("end", end)] {
        if !v.is_none() && !is_kind(v, Kind::Str) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{what} must be None or a string, not {tn}")));
        }
    }
    let target = if file.is_none() {
        crate::modules::sys::stdout_object(vm)
    } else {
        file
    };
    if crate::modules::sys::std_stream_fd(vm, target).is_none() {
        return print_piecewise(vm, target, pos, sep, end, flush);
    }
    let mut out = String::new();
    for (i, &a) in pos.iter().enumerate() {
        if i > 0 {
            if sep.is_none() {
                out.push(' ');
            } else {
                out.push_str(unsafe { as_str(sep) });
            }
        }
        out.push_str(&vm.str_string(a)?);
    }
    if end.is_none() {
        out.push('\n');
    } else {
        out.push_str(unsafe { as_str(end) });
    }
    vm.write_to_file(target, &out, flush)?;
    Ok(Value::NONE)
}

/// `print` to a file object other than the process's own streams: as in CPython, each
/// argument's str(), each separator and the end are written by separate `write` calls
/// (a str() that raises leaves the earlier pieces written).
fn print_piecewise(
    vm: &mut Vm,
    target: Value,
    args: &[Value],
    sep: Value,
    end: Value,
    flush: bool,
) -> PyResult<Value> {
    let args = RootedVec::from_slice(args);
    let sep = if sep.is_none() { vm.new_str(" ") } else { sep };
    let end = if end.is_none() { vm.new_str("\n") } else { end };
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            vm.call_method(target, "write", &[sep])?;
        }
        let s = vm.to_str(a)?;
        vm.call_method(target, "write", &[s])?;
    }
    vm.call_method(target, "write", &[end])?;
    if flush {
        vm.call_method(target, "flush", &[])?;
    }
    Ok(Value::NONE)
}

impl Vm {
    /// Writes text to a file object (None = sys.stdout).
    pub fn write_to_file(&mut self, file: Value, text: &str, flush: bool) -> PyResult<()> {
        let target = if file.is_none() {
            crate::modules::sys::stdout_object(self)
        } else {
            file
        };
        match crate::modules::sys::std_stream_fd(self, target) {
            Some(1) => {
                self.out.write_stdout(text.as_bytes());
                if flush {
                    self.out.flush();
                }
            }
            Some(_) => {
                self.out.flush_if_tty();
                self.out.write_stderr(text.as_bytes());
            }
            None => {
                let s = self.new_str(text);
                self.call_method(target, "write", &[s])?;
                if flush {
                    self.call_method(target, "flush", &[])?;
                }
            }
        }
        Ok(())
    }
}

fn len(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "len", args, 1, 1)?;
    let n = vm.len(args[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "repr", args, 1, 1)?;
    vm.repr(args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(args[0])?;
    let s = crate::ops::repr::ascii_escape(unsafe { as_str(r) });
    Ok(vm.new_str(&s))
}

// ----- numbers ----------------------------------------------------------------------------

fn abs(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "abs", args, 1, 1)?;
    vm.abs(args[0])
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "divmod", args, 2, 2)?;
    vm.divmod(args[0], args[1])
}

fn round(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "round", args, kw, &["number", "ndigits"], 1)?;
    let (x, nd) = (a[0], a[1]);
    let nd = if nd.is_empty() || nd.is_none() {
        None
    } else {
        Some(nd)
    };
    if x.is_float() {
        let f = x.as_float();
        return match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                if r.abs() < 9.0e15 {
                    Ok(vm.new_int(r as i64))
                } else {
                    Ok(vm.new_bigint(crate::object::int::f64_to_bigint(r)))
                }
            }
            Some(n) => {
                let n = vm.expect_index(n)?;
                match crate::format::float_round(f, n) {
                    Ok(r) => Ok(Value::float(r)),
                    Err(e) => Err(vm.overflow_error(e.message("float"))),
                }
            }
        };
    }
    if let Some(iv) = int_view(x) {
        if !is_kind(x, Kind::Instance) {
            let Some(n) = nd else {
                return Ok(vm.new_int_view(iv));
            };
            let n = vm.expect_index(n)?;
            if n >= 0 {
                return Ok(vm.new_int_view(iv));
            }
            // Round to 10**-n with ties to even.
            let b = iv.to_bigint();
            let Some(e) = (-n).to_u32() else {
                return Ok(Value::small_int(0));
            };
            let p = num_traits::pow(BigInt::from(10), e as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
            let twice: BigInt = &r * 2;
            let q = match twice.cmp(&p) {
                std::cmp::Ordering::Greater => q + 1,
                std::cmp::Ordering::Equal => {
                    if num_integer::Integer::is_odd(&q) {
                        q + 1
                    } else {
                        q
                    }
                }
                _ => q,
            };
            return Ok(vm.new_bigint(q * p));
        }
    }
    let rn = vm.names.dunder_round;
    if let Some(m) = vm.lookup_special(x, rn) {
        let extra: Vec<Value> = nd.into_iter().collect();
        return vm.call_bound_special(m, x, &extra, Value::EMPTY);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
}

fn pow(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "pow", args, kw, &["base", "exp", "mod"], 2)?;
    if a[2].is_empty() || a[2].is_none() {
        return vm.binary_op(a[0], a[1], crate::bytecode::BinOp::Pow as u8);
    }
    let (Some(b), Some(e), Some(m)) = (int_view(a[0]), int_view(a[1]), int_view(a[2])) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    match crate::object::int::pow_mod(&b.to_bigint(), &e.to_bigint(), &m.to_bigint()) {
        Ok(r) => Ok(vm.new_bigint(r)),
        Err(msg) => Err(vm.value_error(msg)),
    }
}

fn minmax(vm: &mut Vm, args: &[Value], kw: Value, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let pos = positional(args, kw);
    let mut key = Value::NONE;
    let mut default = Value::EMPTY;
    let n = args::nkw(kw);
    if n > 0 {
        let names = unsafe { tuple_items(kw) };
        for (i, &k) in names.iter().enumerate() {
            let v = args[args.len() - n + i];
            match unsafe { as_str(k) } {
                "key" => key = v,
                "default" => default = v,
                other => {
                    return Err(vm.type_error(format!(
                        "'{other}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    }
    let items = if pos.len() == 1 {
        vm.collect_iterable(pos[0])?
    } else {
        if !default.is_empty() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {fname}() with multiple positional arguments"
            )));
        }
        RootedVec::from_slice(pos)
    };
    if items.is_empty() {
        if !default.is_empty() {
            return Ok(default);
        }
        return Err(vm.value_error(format!("{fname}() arg is an empty sequence")));
    }
    let mut best = items[0];
    let mut best_key = if key.is_none() {
        best
    } else {
        vm.call(key, &[best])?
    };
    let mut keep = RootedVec::from_slice(&[best_key]);
    for &x in &items[1..] {
        let k = if key.is_none() {
            x
        } else {
            vm.call(key, &[x])?
        };
        let op = if is_max {
            crate::bytecode::CmpOp::Gt
        } else {
            crate::bytecode::CmpOp::Lt
        };
        let better = {
            let r = vm.compare(k, best_key, op)?;
            vm.is_true(r)?
        };
        if better {
            best = x;
            best_key = k;
            keep[0] = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    minmax(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    minmax(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let a = args::bind(vm, "sum", args, kw, &["iterable", "start"], 1)?;
    let mut acc = if a[1].is_empty() {
        Value::small_int(0)
    } else {
        a[1]
    };
    if is_kind(acc, Kind::Str) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if is_kind(acc, Kind::Bytes) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if is_kind(acc, Kind::ByteArray) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(a[0])?;
    // Fast paths: small ints and floats accumulate without allocation.
    while let Some(x) = vm.iter_next(it)? {
        if acc.is_small_int() && x.is_small_int() {
            let s = acc.as_small_int() + x.as_small_int();
            acc = vm.new_int(s);
            continue;
        }
        if acc.is_float() && x.is_float() {
            acc = Value::float(acc.as_float() + x.as_float());
            continue;
        }
        acc = vm.binary_op(acc, x, crate::bytecode::BinOp::Add as u8)?;
    }
    Ok(acc)
}

// ----- sorting ------------------------------------------------------------------------------

impl Vm {
    /// `a < b` for sorting (natively for numbers and strs).
    pub fn sort_lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(a.as_small_int() < b.as_small_int());
        }
        if a.is_float() && b.is_float() {
            return Ok(a.as_float() < b.as_float());
        }
        if is_kind(a, Kind::Str) && is_kind(b, Kind::Str) {
            return Ok(unsafe { as_str(a) < as_str(b) });
        }
        let r = self.compare(a, b, crate::bytecode::CmpOp::Lt)?;
        self.is_true(r)
    }

    /// Stable sort of `items` by `keys` (same length), as list.sort: uses only `<`.
    pub fn sort_values(
        &mut self,
        items: &mut [Value],
        keys: &mut [Value],
        reverse: bool,
    ) -> PyResult<()> {
        let n = items.len();
        if n < 2 {
            return Ok(());
        }
        // Reverse first so that stability is kept for `reverse=True` (as CPython does).
        if reverse {
            items.reverse();
            keys.reverse();
        }
        let mut idx: Vec<usize> = (0..n).collect();
        let mut tmp: Vec<usize> = vec![0; n];
        merge_sort(self, keys, &mut idx, &mut tmp)?;
        let old_items = RootedVec::from_slice(items);
        let old_keys = RootedVec::from_slice(keys);
        for (dst, &i) in idx.iter().enumerate() {
            items[dst] = old_items[i];
            keys[dst] = old_keys[i];
        }
        if reverse {
            items.reverse();
            keys.reverse();
        }
        Ok(())
    }

    /// `sorted()` / `list.sort()` on a list of values with an optional key function.
    pub fn sort_list_values(
        &mut self,
        values: &mut RootedVec,
        key: Value,
        reverse: bool,
    ) -> PyResult<()> {
        let mut keys = if key.is_none() || key.is_empty() {
            RootedVec::from_slice(values)
        } else {
            let mut k = RootedVec::with_capacity(values.len());
            for &v in values.iter() {
                let kv = self.call(key, &[v])?;
                k.push(kv);
            }
            k
        };
        self.sort_values(values, &mut keys, reverse)
    }
}

fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], tmp: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n <= 12 {
        // Insertion sort (stable).
        for i in 1..n {
            let cur = idx[i];
            let mut j = i;
            while j > 0 && vm.sort_lt(keys[cur], keys[idx[j - 1]])? {
                idx[j] = idx[j - 1];
                j -= 1;
            }
            idx[j] = cur;
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (tl, tr) = tmp.split_at_mut(mid);
        merge_sort(vm, keys, l, tl)?;
        merge_sort(vm, keys, r, tr)?;
    }
    // Already ordered?
    if !vm.sort_lt(keys[idx[mid]], keys[idx[mid - 1]])? {
        return Ok(());
    }
    tmp[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if vm.sort_lt(keys[tmp[j]], keys[tmp[i]])? {
            idx[k] = tmp[j];
            j += 1;
        } else {
            idx[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = tmp[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = tmp[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let a = args::bind(
        vm,
        "sorted",
        &args[pos.len()..],
        kw,
        &["*key", "*reverse"],
        0,
    )?;
    let key = if a[0].is_empty() { Value::NONE } else { a[0] };
    let reverse = !a[1].is_empty() && vm.is_true(a[1])?;
    let mut items = vm.collect_iterable(pos[0])?;
    vm.sort_list_values(&mut items, key, reverse)?;
    Ok(vm.new_list(&items))
}

// ----- iteration ------------------------------------------------------------------------------

fn any(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if vm.is_true(x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if !vm.is_true(x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let it = vm.new_iter(IterKind::Callable, Value::EMPTY);
        // SAFETY: fresh iterator.
        unsafe {
            (*it).a = args[0];
            (*it).b = args[1];
        }
        return Ok(Value::from_ptr(it));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "next", args, 1, 2)?;
    let it = args[0];
    if !vm.is_iterator(it) {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.iter_next_raw(it) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 2 && vm.isinstance(e.0, vm.types.stop_iteration) => Ok(args[1]),
        Err(e) => Err(e),
    }
}

// ----- types ------------------------------------------------------------------------------------

impl Vm {
    /// `isinstance(o, classinfo)`.
    pub fn isinstance_check(&mut self, o: Value, ci: Value, fname: &str) -> PyResult<bool> {
        if is_kind(ci, Kind::Type) {
            return Ok(self.isinstance(o, ci.as_ptr()));
        }
        if is_kind(ci, Kind::Tuple) {
            for &c in unsafe { tuple_items(ci) } {
                if self.isinstance_check(o, c, fname)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if is_kind(ci, Kind::Instance) {
            let n = self.intern("__instancecheck__");
            if let Some(m) = self.lookup_special(ci, n) {
                let r = self.call_bound_special(m, ci, &[o], Value::EMPTY)?;
                return self.is_true(r);
            }
        }
        Err(self.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        )))
    }

    pub fn is_callable(&mut self, v: Value) -> bool {
        if !v.is_ptr() {
            return false;
        }
        match kind_of(v) {
            Kind::Function | Kind::NativeFunction | Kind::BoundMethod | Kind::Type => true,
            Kind::Instance => {
                let c = self.names.dunder_call;
                self.lookup_special(v, c).is_some()
            }
            _ => false,
        }
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "isinstance", args, 2, 2)?;
    Ok(Value::from_bool(vm.isinstance_check(
        args[0],
        args[1],
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "issubclass", args, 2, 2)?;
    if is_kind(args[1], Kind::Instance) {
        let n = vm.intern("__subclasscheck__");
        if let Some(m) = vm.lookup_special(args[1], n) {
            let r = vm.call_bound_special(m, args[1], &[args[0]], Value::EMPTY)?;
            let b = vm.is_true(r)?;
            return Ok(Value::from_bool(b));
        }
    }
    if !is_kind(args[0], Kind::Type) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    fn check(vm: &mut Vm, t: *mut TypeObj, ci: Value) -> PyResult<bool> {
        if is_kind(ci, Kind::Type) {
            return Ok(vm.is_subtype(t, ci.as_ptr()));
        }
        if is_kind(ci, Kind::Tuple) {
            for &c in unsafe { tuple_items(ci) } {
                if check(vm, t, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
    }
    Ok(Value::from_bool(check(vm, args[0].as_ptr(), args[1])?))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}

fn id(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "id", args, 1, 1)?;
    Ok(vm.new_int((args[0].bits() & 0x7fff_ffff_ffff_ffff) as i64))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "chr", args, 1, 1)?;
    let i = vm.expect_index(args[0])?;
    match u32::try_from(i)
        .ok()
        .filter(|&u| u < 0x110000)
        .and_then(char::from_u32)
    {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf).to_owned();
            Ok(vm.new_str_with_len(&s, 1))
        }
        None => {
            if (0xd800..0xe000).contains(&i) {
                return Err(
                    vm.value_error("chr() arg is a surrogate, which Tern's strings cannot hold")
                );
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    if let [v] = *args {
        if is_kind(v, Kind::Str) {
            // SAFETY: kind checked.
            let so = unsafe { str_obj(v) };
            if so.len == 1 {
                return Ok(Value::small_int(so.as_str().as_bytes()[0] as i64));
            }
        }
    }
    args::arity(vm, "ord", args, 1, 1)?;
    let v = args[0];
    if is_kind(v, Kind::Str) {
        let so = unsafe { str_obj(v) };
        if so.nchars != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                so.nchars
            )));
        }
        let c = so.as_str().chars().next().unwrap();
        return Ok(Value::small_int(c as i64));
    }
    if super::bytes::is_byte_seq(v) {
        let b = unsafe { super::bytes::seq_data(v) };
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::small_int(b[0] as i64));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
}

fn radix(vm: &mut Vm, args: &[Value], fname: &str, base: u32, prefix: &str) -> PyResult<Value> {
    args::arity(vm, fname, args, 1, 1)?;
    let v = args[0];
    let iv = match int_view(v) {
        Some(iv) => iv.to_bigint(),
        None => match vm.index_of(v)? {
            Some(i) => BigInt::from(i),
            None => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    let digits = crate::format::int_to_str_radix(&iv.abs(), base);
    let s = if iv.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    Ok(vm.new_str(&s))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}
fn oct(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}
fn bin(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn format(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "format", args, 1, 2)?;
    let spec = if args.len() == 2 {
        args[1]
    } else {
        vm.singletons.empty_str
    };
    if !is_kind(spec, Kind::Str) {
        let tn = vm.type_name(spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
    }
    vm.format(args[0], spec)
}

// ----- attributes -------------------------------------------------------------------------------

fn attr_name(vm: &mut Vm, name: Value, fname: &str) -> PyResult<Value> {
    if !is_kind(name, Kind::Str) {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!(
            "{fname}(): attribute name must be string, not '{tn}'"
        )));
    }
    Ok(vm.intern_value(name))
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1], "getattr")?;
    if args.len() == 3 {
        return match vm.get_attr_opt(args[0], name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                vm.pending_attr_error = None;
                Ok(args[2])
            }
            Err(e) if vm.isinstance(e.0, vm.types.attribute_error) => Ok(args[2]),
            Err(e) => Err(e),
        };
    }
    vm.get_attr(args[0], name)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1], "hasattr")?;
    match vm.get_attr_opt(args[0], name) {
        Ok(Some(_)) => Ok(Value::TRUE),
        Ok(None) => {
            vm.pending_attr_error = None;
            Ok(Value::FALSE)
        }
        Err(e) if vm.isinstance(e.0, vm.types.attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1], "setattr")?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1], "delattr")?;
    vm.del_attr(args[0], name)?;
    Ok(Value::NONE)
}

fn callable(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "callable", args, 1, 1)?;
    Ok(Value::from_bool(vm.is_callable(args[0])))
}

fn vars(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "vars", args, 0, 1)?;
    if args.is_empty() {
        return locals(vm, args, Value::EMPTY);
    }
    let d = vm.names.dunder_dict;
    match vm.get_attr_opt(args[0], d)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn globals(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "globals", args, 0, 0)?;
    Ok(vm.current_globals())
}

fn locals(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "locals", args, 0, 0)?;
    Ok(vm.current_locals())
}

/// Sorted attribute names of `o` (`dir(o)`).
pub fn dir_of(vm: &mut Vm, o: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |vm: &mut Vm, d: Value, names: &mut Vec<String>| {
        let mut pos = 0;
        while let Some((k, _)) = crate::object::dict::dict_next(d, &mut pos) {
            if is_kind(k, Kind::Str) {
                names.push(unsafe { as_str(k) }.to_owned());
            }
        }
        let _ = vm;
    };
    if is_kind(o, Kind::Module) {
        let d = unsafe { crate::object::obj::<crate::object::ModuleObj>(o).dict };
        add_dict(vm, d, &mut names);
    } else {
        if is_kind(o, Kind::Instance) {
            let shape = unsafe { crate::object::obj::<crate::object::InstanceObj>(o).shape };
            if shape == crate::object::INSTANCE_DICT_MODE {
                let d = vm.instance_dict(o);
                add_dict(vm, d, &mut names);
            } else if !shape.is_empty() {
                for n in vm.shape_names(shape) {
                    names.push(unsafe { as_str(n) }.to_owned());
                }
            }
        }
        let t = if is_kind(o, Kind::Type) {
            o.as_ptr::<TypeObj>()
        } else {
            vm.type_of(o)
        };
        let mro = unsafe { tuple_items((*t).mro).to_vec() };
        for c in mro {
            let d = unsafe { (*c.as_ptr::<TypeObj>()).dict };
            add_dict(vm, d, &mut names);
            // Attributes CPython keeps as descriptors outside the dicts Tern fills.
            let heap = unsafe { (*c.as_ptr::<TypeObj>()).has_flag(tflags::HEAPTYPE) };
            let slotted = unsafe { !(*c.as_ptr::<TypeObj>()).slot_names.is_empty() };
            if heap && !slotted {
                names.extend(["__dict__", "__weakref__"].map(String::from));
            }
        }
        names.extend(["__class__", "__doc__"].map(String::from));
    }
    names.retain(|n| n != "__qualname__" && n != "__classcell__");
    names.sort();
    names.dedup();
    let mut vals = RootedVec::with_capacity(names.len());
    for n in &names {
        let v = vm.new_str(n);
        vals.push(v);
    }
    Ok(vm.new_list(&vals))
}

fn dir(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "dir", args, 0, 1)?;
    if args.is_empty() {
        let l = vm.current_locals();
        let mut keys = RootedVec::new();
        let mut pos = 0;
        while let Some((k, _)) = crate::object::dict::dict_next(l, &mut pos) {
            keys.push(k);
        }
        vm.sort_list_values(&mut keys, Value::NONE, false)?;
        return Ok(vm.new_list(&keys));
    }
    dir_of(vm, args[0])
}

fn input(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "input", args, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = vm.str_string(p)?;
        vm.out.write_stdout(s.as_bytes());
    }
    vm.out.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_exception_msg(vm.types.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(&line))
        }
        Err(e) => Err(vm.os_error(e.to_string())),
    }
}

fn exit(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "exit", args, 0, 1)?;
    Err(vm.new_exception_args(vm.types.system_exit, args))
}

#[allow(dead_code)]
fn unused(_: PyErr, _: IntView) {}
