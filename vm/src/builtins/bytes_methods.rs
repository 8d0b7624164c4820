//! The methods `bytes` and `bytearray` share (`find`, `split`, `strip`, `upper`, `hex`,
//! `decode`, ...).
//!
//! Each method is one generic function `f::<BA>`, installed as `f::<false>` on `bytes`
//! and `f::<true>` on `bytearray`, so that the receiver check names the right type
//! (`descriptor 'upper' for 'bytes' objects doesn't apply to a 'bytearray' object`)
//! and results CPython builds with the receiver's type come out as that type.
//!
//! Invariants:
//! - The receiver's data is borrowed (`seq_data`) only after every argument has been
//!   converted, since converting may run Python code (`__index__`) that mutates a
//!   bytearray receiver; from then on no Python code runs in the method.
//! - Character classes and case mappings are ASCII-only, as in CPython's `bytes`.
//! - Index arguments (`start`, `end`) follow CPython's `ADJUST_INDICES`.

use super::args;
use super::bytes::{
    buffer_arg, buffer_bytes, decode_impl, find_sub, needle_arg, rfind_sub, seq_data,
};
use crate::interp::PyResult;
use crate::object::function::native_flags::{CLASSMETHOD, KWARGS, STATIC};
use crate::object::function::NativeFn;
use crate::object::int::{int_view, IntView};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::typeobj::TypeObj;
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

// ----- helpers ------------------------------------------------------------------------

/// The receiver of a shared method (`self`, or the base value of a subclass instance).
fn recv<const BA: bool>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    if BA {
        super::list_methods::this_kind(vm, args, name, Kind::ByteArray, "bytearray")
    } else {
        super::list_methods::this_kind(vm, args, name, Kind::Bytes, "bytes")
    }
}

/// A new object of the receiver's type holding `data`.
fn make<const BA: bool>(vm: &mut Vm, data: &[u8]) -> Value {
    if BA {
        vm.new_bytearray(data)
    } else {
        vm.new_bytes(data)
    }
}

/// The receiver's bytes.
///
/// # Safety
/// As `bytes::seq_data`: no Python code may run while the slice is used.
unsafe fn data<'a>(s: Value) -> &'a [u8] {
    seq_data(s)
}

/// ASCII whitespace as `bytes.isspace` and `split()` see it.
#[inline]
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// An optional slice index argument (None and missing are None).
fn opt_index(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_empty() || v.is_none() {
        return Ok(None);
    }
    if let Some(IntView::Big(b)) = int_view(v) {
        return Ok(Some(if num_traits::Signed::is_negative(b) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }));
    }
    match vm.index_of(v)? {
        Some(i) => Ok(Some(i)),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's `ADJUST_INDICES`: clamps `end` to `len`, wraps negatives once.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The optional `start` and `end` arguments at `args[from..]`.
fn start_end(vm: &mut Vm, args: &[Value], from: usize) -> PyResult<(Option<i64>, Option<i64>)> {
    let s = opt_index(vm, args.get(from).copied().unwrap_or(Value::EMPTY))?;
    let e = opt_index(vm, args.get(from + 1).copied().unwrap_or(Value::EMPTY))?;
    Ok((s, e))
}

fn bool_v(b: bool) -> PyResult<Value> {
    Ok(Value::from_bool(b))
}

// ----- searching ----------------------------------------------------------------------

/// `find`/`rfind`/`index`/`rindex`: the position, or None.
fn search<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    rev: bool,
) -> PyResult<Option<i64>> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 1, 3)?;
    let needle = needle_arg(
        vm,
        args[1],
        "argument should be integer or bytes-like object, not '{}'",
    )?;
    let (start, end) = start_end(vm, args, 2)?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let (start, end) = adjust(start, end, d.len());
    if end - start < needle.len() as i64 {
        return Ok(None);
    }
    let (start, end) = (start as usize, end as usize);
    let r = if rev {
        rfind_sub(&d[start..end], &needle, end - start).map(|i| i + start)
    } else {
        find_sub(&d[..end], &needle, start)
    };
    Ok(r.map(|i| i as i64))
}

fn find<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(Value::small_int(
        search::<BA>(vm, args, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    Ok(Value::small_int(
        search::<BA>(vm, args, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    match search::<BA>(vm, args, "index", false)? {
        Some(i) => Ok(Value::small_int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    match search::<BA>(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "count")?;
    args::method_arity(vm, "count", args, 1, 3)?;
    let needle = needle_arg(
        vm,
        args[1],
        "argument should be integer or bytes-like object, not '{}'",
    )?;
    let (start, end) = start_end(vm, args, 2)?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let (start, end) = adjust(start, end, d.len());
    if end - start < needle.len() as i64 {
        return Ok(Value::small_int(0));
    }
    if needle.is_empty() {
        return Ok(Value::small_int(end - start + 1));
    }
    let hay = &d[start as usize..end as usize];
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find_sub(hay, &needle, at) {
        n += 1;
        at = i + needle.len();
    }
    Ok(Value::small_int(n))
}

/// CPython's `tailmatch`: does `d[start:end]` start (or end) with `sub`?
fn tailmatch(d: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = d.len() as i64;
    let slen = sub.len() as i64;
    let (mut start, end) = adjust(start, end, d.len());
    if !at_end {
        if start > len - slen {
            return false;
        }
    } else {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    }
    if end - start < slen {
        return false;
    }
    &d[start as usize..(start + slen) as usize] == sub
}

fn starts_ends<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 1, 3)?;
    let arg = args[1];
    let subs: Vec<Vec<u8>> = if is_kind(arg, Kind::Tuple) {
        // SAFETY: kind checked; tuples are immutable.
        let items = unsafe { tuple_items(arg) }.to_vec();
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(buffer_arg(vm, x)?);
        }
        out
    } else if let Some(b) = buffer_bytes(arg) {
        vec![b]
    } else {
        let tn = vm.type_name(arg);
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {tn}"
        )));
    };
    let (start, end) = start_end(vm, args, 2)?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    bool_v(subs.iter().any(|sub| tailmatch(d, sub, start, end, at_end)))
}

fn startswith<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    starts_ends::<BA>(vm, args, "startswith", false)
}

fn endswith<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    starts_ends::<BA>(vm, args, "endswith", true)
}

// ----- splitting and joining ----------------------------------------------------------

/// The `sep` and `maxsplit` arguments of split/rsplit.
fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Value,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = args::bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = if a[0].is_empty() || a[0].is_none() {
        None
    } else {
        let b = buffer_arg(vm, a[0])?;
        if b.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        Some(b)
    };
    let maxsplit = if a[1].is_empty() {
        -1
    } else {
        vm.expect_index(a[1])?
    };
    Ok((sep, maxsplit))
}

/// Pieces of `d` split as `split(sep, maxsplit)` does (ranges into `d`).
fn split_ranges(d: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<(usize, usize)> {
    let n = d.len();
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            loop {
                while i < n && is_space(d[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push((i, n));
                    break;
                }
                let j = i;
                while i < n && !is_space(d[i]) {
                    i += 1;
                }
                out.push((j, i));
            }
        }
        Some(sep) => {
            let mut start = 0;
            while maxsplit < 0 || (out.len() as i64) < maxsplit {
                match find_sub(d, sep, start) {
                    Some(i) => {
                        out.push((start, i));
                        start = i + sep.len();
                    }
                    None => break,
                }
            }
            out.push((start, n));
        }
    }
    out
}

/// Pieces of `d` split as `rsplit(sep, maxsplit)` does, left to right.
fn rsplit_ranges(d: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = d.len();
            loop {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push((0, i));
                    break;
                }
                let j = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                out.push((i, j));
            }
        }
        Some(sep) => {
            let mut end = d.len();
            while maxsplit < 0 || (out.len() as i64) < maxsplit {
                match rfind_sub(d, sep, end) {
                    Some(i) => {
                        out.push((i + sep.len(), end));
                        end = i;
                    }
                    None => break,
                }
            }
            out.push((0, end));
        }
    }
    out.reverse();
    out
}

/// A list of the receiver's pieces `ranges`.
fn pieces_list<const BA: bool>(vm: &mut Vm, s: Value, ranges: &[(usize, usize)]) -> Value {
    let l = vm.new_list_with_capacity(ranges.len());
    for &(a, b) in ranges {
        // SAFETY: only allocation happens between reads; the receiver is rooted and
        // nothing mutates it.
        let piece = unsafe { &data(s)[a..b] };
        let v = make::<BA>(vm, piece);
        vm.list_append(l, v);
    }
    l
}

fn split<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "split")?;
    let (sep, maxsplit) = split_args(vm, args, kw, "split")?;
    // SAFETY: receiver checked; arguments converted.
    let ranges = split_ranges(unsafe { data(s) }, sep.as_deref(), maxsplit);
    Ok(pieces_list::<BA>(vm, s, &ranges))
}

fn rsplit<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    // SAFETY: receiver checked; arguments converted.
    let ranges = rsplit_ranges(unsafe { data(s) }, sep.as_deref(), maxsplit);
    Ok(pieces_list::<BA>(vm, s, &ranges))
}

fn splitlines<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "splitlines")?;
    let a = args::bind(vm, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keep = !a[0].is_empty() && vm.is_true(a[0])?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let n = d.len();
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && d[j] != b'\n' && d[j] != b'\r' {
            j += 1;
        }
        let mut eol = j;
        if j < n {
            j += if d[j] == b'\r' && j + 1 < n && d[j + 1] == b'\n' {
                2
            } else {
                1
            };
            if keep {
                eol = j;
            }
        }
        ranges.push((i, eol));
        i = j;
    }
    Ok(pieces_list::<BA>(vm, s, &ranges))
}

fn partition_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    rev: bool,
) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 1, 1)?;
    let sep = buffer_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let found = if rev {
        rfind_sub(d, &sep, d.len())
    } else {
        find_sub(d, &sep, 0)
    };
    let (before, after) = match found {
        Some(i) => ((0, i), (i + sep.len(), d.len())),
        None if rev => ((0, 0), (0, d.len())),
        None => ((0, d.len()), (d.len(), d.len())),
    };
    // bytes hands back the separator object it was given; bytearray copies it.
    let mid = if found.is_none() {
        make::<BA>(vm, &[])
    } else if !BA {
        args[1]
    } else {
        make::<BA>(vm, &sep)
    };
    // SAFETY: as in `pieces_list`.
    let a = make::<BA>(vm, unsafe { &data(s)[before.0..before.1] });
    let c = make::<BA>(vm, unsafe { &data(s)[after.0..after.1] });
    Ok(vm.new_tuple(&[a, mid, c]))
}

fn partition<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, "partition", false)
}

fn rpartition<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, "rpartition", true)
}

fn join<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "join")?;
    args::method_arity(vm, "join", args, 1, 1)?;
    let items = match vm.collect_iterable(args[1]) {
        Ok(items) => items,
        Err(e) => {
            if vm.isinstance(e.0, vm.types.type_error) && !vm.has_iter(args[1]) {
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut parts = Vec::with_capacity(items.len());
    for (i, &x) in items.iter().enumerate() {
        match buffer_bytes(x) {
            Some(b) => parts.push(b),
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
            }
        }
    }
    // SAFETY: receiver checked; items converted.
    let out = parts.join(unsafe { data(s) });
    Ok(make::<BA>(vm, &out))
}

// ----- stripping, replacing, padding --------------------------------------------------

fn strip_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 0, 1)?;
    let chars = match args.get(1) {
        Some(&c) if !c.is_none() => Some(buffer_arg(vm, c)?),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let mut a = 0;
    let mut b = d.len();
    if left {
        while a < b && strip(d[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(d[b - 1]) {
            b -= 1;
        }
    }
    Ok(make::<BA>(vm, &d[a..b]))
}

fn strip<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "strip", true, true)
}

fn lstrip<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "lstrip", true, false)
}

fn rstrip<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "rstrip", false, true)
}

fn remove_affix<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 1, 1)?;
    let affix = buffer_arg(vm, args[1])?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let out = if suffix && d.ends_with(&affix) {
        &d[..d.len() - affix.len()]
    } else if !suffix && d.starts_with(&affix) {
        &d[affix.len()..]
    } else {
        d
    };
    Ok(make::<BA>(vm, out))
}

fn removeprefix<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    remove_affix::<BA>(vm, args, "removeprefix", false)
}

fn removesuffix<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    remove_affix::<BA>(vm, args, "removesuffix", true)
}

fn replace<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "replace")?;
    args::method_arity(vm, "replace", args, 2, 3)?;
    let old = buffer_arg(vm, args[1])?;
    let new = buffer_arg(vm, args[2])?;
    let limit = match args.get(3) {
        Some(&c) => vm.expect_index(c)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let mut out = Vec::with_capacity(d.len());
    let mut done = 0;
    if old.is_empty() {
        for (i, &c) in d.iter().enumerate() {
            if done < limit {
                out.extend_from_slice(&new);
                done += 1;
            } else {
                out.extend_from_slice(&d[i..]);
                return Ok(make::<BA>(vm, &out));
            }
            out.push(c);
        }
        if done < limit {
            out.extend_from_slice(&new);
        }
        return Ok(make::<BA>(vm, &out));
    }
    let mut at = 0;
    while done < limit {
        match find_sub(d, &old, at) {
            Some(i) => {
                out.extend_from_slice(&d[at..i]);
                out.extend_from_slice(&new);
                at = i + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[at..]);
    Ok(make::<BA>(vm, &out))
}

/// The `fillchar` argument of center/ljust/rjust.
fn fill_byte(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<u8> {
    let Some(&f) = args.get(2) else {
        return Ok(b' ');
    };
    if let Some(s) = super::bytes::byte_seq_of(f) {
        // SAFETY: kind checked.
        let b = unsafe { seq_data(s) };
        if b.len() == 1 {
            return Ok(b[0]);
        }
    }
    let tn = vm.type_name(f);
    Err(vm.type_error(format!(
        "{name}() argument 2 must be a byte string of length 1, not {tn}"
    )))
}

fn pad_impl<const BA: bool>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 1, 2)?;
    let width = vm.expect_index(args[1])?;
    let fill = fill_byte(vm, args, name)?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let len = d.len() as i64;
    if width <= len {
        return Ok(make::<BA>(vm, d));
    }
    let pad = (width - len) as usize;
    let left = match name {
        "ljust" => 0,
        "rjust" => pad,
        _ => pad / 2 + (pad & width as usize & 1),
    };
    let mut out = Vec::with_capacity(width as usize);
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(width as usize, fill);
    Ok(make::<BA>(vm, &out))
}

fn center<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, "center")
}

fn ljust<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, "ljust")
}

fn rjust<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, "rjust")
}

fn zfill<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "zfill")?;
    args::method_arity(vm, "zfill", args, 1, 1)?;
    let width = vm.expect_index(args[1])?;
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    if width <= d.len() as i64 {
        return Ok(make::<BA>(vm, d));
    }
    let fill = width as usize - d.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(d);
    if !d.is_empty() && (d[0] == b'+' || d[0] == b'-') {
        out[0] = d[0];
        out[fill] = b'0';
    }
    Ok(make::<BA>(vm, &out))
}

fn expandtabs<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "expandtabs")?;
    let a = args::bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let ts = if a[0].is_empty() {
        8
    } else {
        vm.expect_index(a[0])?
    };
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make::<BA>(vm, &out))
}

// ----- case and classification --------------------------------------------------------

/// A method mapping every byte through a case function.
fn map_case<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 0, 0)?;
    // SAFETY: receiver checked.
    let out = f(unsafe { data(s) });
    Ok(make::<BA>(vm, &out))
}

fn upper<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case::<BA>(vm, args, "upper", |d| d.to_ascii_uppercase())
}

fn lower<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case::<BA>(vm, args, "lower", |d| d.to_ascii_lowercase())
}

fn swapcase<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case::<BA>(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case::<BA>(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case::<BA>(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// A predicate method: true when the receiver is non-empty and every byte passes.
fn all_bytes<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(u8) -> bool,
) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 0, 0)?;
    // SAFETY: receiver checked.
    let d = unsafe { data(s) };
    bool_v(!d.is_empty() && d.iter().all(|&c| f(c)))
}

fn isalnum<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    all_bytes::<BA>(vm, args, "isalnum", |c| c.is_ascii_alphanumeric())
}

fn isalpha<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    all_bytes::<BA>(vm, args, "isalpha", |c| c.is_ascii_alphabetic())
}

fn isdigit<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    all_bytes::<BA>(vm, args, "isdigit", |c| c.is_ascii_digit())
}

fn isspace<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    all_bytes::<BA>(vm, args, "isspace", is_space)
}

fn isascii<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "isascii")?;
    args::method_arity(vm, "isascii", args, 0, 0)?;
    // SAFETY: receiver checked.
    bool_v(unsafe { data(s) }.is_ascii())
}

/// isupper/islower: some cased byte, and none of the other case.
fn cased<const BA: bool>(vm: &mut Vm, args: &[Value], name: &str, upper: bool) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, name)?;
    args::method_arity(vm, name, args, 0, 0)?;
    // SAFETY: receiver checked.
    let d = unsafe { data(s) };
    let (want, other) = if upper {
        (b'A'..=b'Z', b'a'..=b'z')
    } else {
        (b'a'..=b'z', b'A'..=b'Z')
    };
    bool_v(d.iter().any(|c| want.contains(c)) && !d.iter().any(|c| other.contains(c)))
}

fn isupper<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    cased::<BA>(vm, args, "isupper", true)
}

fn islower<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    cased::<BA>(vm, args, "islower", false)
}

fn istitle<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "istitle")?;
    args::method_arity(vm, "istitle", args, 0, 0)?;
    // SAFETY: receiver checked.
    let d = unsafe { data(s) };
    let (mut cased, mut prev_cased) = (false, false);
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return bool_v(false);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return bool_v(false);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    bool_v(cased)
}

// ----- translation, hex, decoding -----------------------------------------------------

fn translate<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "translate")?;
    let a = args::bind(vm, "translate", &args[1..], kw, &["table", "delete"], 1)?;
    let table = if a[0].is_none() {
        None
    } else {
        let t = buffer_arg(vm, a[0])?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = if a[1].is_empty() {
        Vec::new()
    } else {
        buffer_arg(vm, a[1])?
    };
    // SAFETY: receiver checked; arguments converted.
    let d = unsafe { data(s) };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make::<BA>(vm, &out))
}

/// `bytes.maketrans(from, to)` (static; the result is always bytes).
fn maketrans(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "maketrans", args, 2, 2)?;
    let from = buffer_arg(vm, args[0])?;
    let to = buffer_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(vm.new_bytes(&table))
}

/// `hex(sep, bytes_per_sep)` of `d`, as CPython's `_Py_strhex_impl`.
pub fn hex_string(vm: &mut Vm, d: &[u8], sep: Value, per_sep: Value) -> PyResult<String> {
    let sep_char = if sep.is_empty() {
        None
    } else {
        let sb: Vec<u8> = if is_kind(sep, Kind::Str) {
            // SAFETY: kind checked.
            let t = unsafe { as_str(sep) };
            if t.chars().count() == 1 && !t.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            t.as_bytes().to_vec()
        } else if let Some(b) = buffer_bytes(sep) {
            b
        } else {
            return Err(vm.type_error("sep must be str or bytes."));
        };
        if sb.len() != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        Some(sb[0] as char)
    };
    let per = if per_sep.is_empty() {
        1
    } else {
        vm.expect_index(per_sep)?
    };
    let digits = |c: u8| format!("{c:02x}");
    let Some(sep) = sep_char.filter(|_| per != 0 && (per.unsigned_abs() as usize) < d.len()) else {
        return Ok(d.iter().map(|&c| digits(c)).collect());
    };
    let group = per.unsigned_abs() as usize;
    let chunks: Vec<&[u8]> = if per > 0 {
        // Groups counted from the right: the first may be short.
        let first = d.len() % group;
        let mut v = Vec::new();
        if first > 0 {
            v.push(&d[..first]);
        }
        v.extend(d[first..].chunks(group));
        v
    } else {
        d.chunks(group).collect()
    };
    let parts: Vec<String> = chunks
        .iter()
        .map(|c| c.iter().map(|&b| digits(b)).collect())
        .collect();
    Ok(parts.join(&sep.to_string()))
}

fn hex<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "hex")?;
    let a = args::bind(vm, "hex", &args[1..], kw, &["sep", "bytes_per_sep"], 0)?;
    // SAFETY: receiver checked; copied because converting `bytes_per_sep` may run code.
    let d = unsafe { data(s) }.to_vec();
    let out = hex_string(vm, &d, a[0], a[1])?;
    Ok(vm.new_str(&out))
}

/// Parses `bytes.fromhex` input.
fn parse_hex(vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let hexval = |c: char| c.to_digit(16);
    let space = |c: char| c.is_ascii() && is_space(c as u8);
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if space(chars[i]) {
            while i < chars.len() && space(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let Some(hi) = hexval(chars[i]) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|&c| hexval(c)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (a class method).
fn fromhex<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "fromhex", &args[1..], 1, 1)?;
    let cls = args[0];
    let arg = args[1];
    if !is_kind(arg, Kind::Str) {
        let tn = vm.type_name(arg);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    }
    // SAFETY: kind checked.
    let text = unsafe { as_str(arg) }.to_owned();
    let out = parse_hex(vm, &text)?;
    let v = make::<BA>(vm, &out);
    let base = if BA {
        vm.types.bytearray
    } else {
        vm.types.bytes
    };
    if cls == Value::from_ptr(base) {
        return Ok(v);
    }
    vm.call(cls, &[v])
}

// ----- protocol dunders (for explicit calls and `super()` in subclasses) ---------------

fn dunder_len<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "__len__")?;
    args::method_arity(vm, "__len__", args, 0, 0)?;
    // SAFETY: receiver checked.
    Ok(Value::small_int(unsafe { data(s) }.len() as i64))
}

fn dunder_getitem<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "__getitem__")?;
    args::method_arity(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(s, args[1])
}

fn dunder_contains<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "__contains__")?;
    args::method_arity(vm, "__contains__", args, 1, 1)?;
    Ok(Value::from_bool(super::bytes::bytes_contains(
        vm, s, args[1],
    )?))
}

fn dunder_iter<const BA: bool>(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "__iter__")?;
    args::method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter(s)
}

fn decode<const BA: bool>(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = recv::<BA>(vm, args, "decode")?;
    let a = args::bind(vm, "decode", &args[1..], kw, &["encoding", "errors"], 0)?;
    decode_impl(vm, s, a[0], a[1], "decode")
}

// ----- installation -------------------------------------------------------------------

/// Installs the shared methods on `t` (`bytes` when `BA` is false, else `bytearray`).
pub fn install_shared<const BA: bool>(vm: &mut Vm, t: *mut TypeObj) {
    let methods: &[(&str, NativeFn, u32)] = &[
        ("capitalize", capitalize::<BA>, 0),
        ("center", center::<BA>, 0),
        ("count", count::<BA>, 0),
        ("decode", decode::<BA>, KWARGS),
        ("endswith", endswith::<BA>, 0),
        ("expandtabs", expandtabs::<BA>, KWARGS),
        ("find", find::<BA>, 0),
        ("fromhex", fromhex::<BA>, CLASSMETHOD),
        ("hex", hex::<BA>, KWARGS),
        ("index", index::<BA>, 0),
        ("isalnum", isalnum::<BA>, 0),
        ("isalpha", isalpha::<BA>, 0),
        ("isascii", isascii::<BA>, 0),
        ("isdigit", isdigit::<BA>, 0),
        ("islower", islower::<BA>, 0),
        ("isspace", isspace::<BA>, 0),
        ("istitle", istitle::<BA>, 0),
        ("isupper", isupper::<BA>, 0),
        ("join", join::<BA>, 0),
        ("ljust", ljust::<BA>, 0),
        ("lower", lower::<BA>, 0),
        ("lstrip", lstrip::<BA>, 0),
        ("maketrans", maketrans, STATIC),
        ("partition", partition::<BA>, 0),
        ("removeprefix", removeprefix::<BA>, 0),
        ("removesuffix", removesuffix::<BA>, 0),
        ("replace", replace::<BA>, 0),
        ("rfind", rfind::<BA>, 0),
        ("rindex", rindex::<BA>, 0),
        ("rjust", rjust::<BA>, 0),
        ("rpartition", rpartition::<BA>, 0),
        ("rsplit", rsplit::<BA>, KWARGS),
        ("rstrip", rstrip::<BA>, 0),
        ("split", split::<BA>, KWARGS),
        ("splitlines", splitlines::<BA>, KWARGS),
        ("startswith", startswith::<BA>, 0),
        ("strip", strip::<BA>, 0),
        ("swapcase", swapcase::<BA>, 0),
        ("title", title::<BA>, 0),
        ("translate", translate::<BA>, KWARGS),
        ("upper", upper::<BA>, 0),
        ("zfill", zfill::<BA>, 0),
        ("__len__", dunder_len::<BA>, 0),
        ("__getitem__", dunder_getitem::<BA>, 0),
        ("__contains__", dunder_contains::<BA>, 0),
        ("__iter__", dunder_iter::<BA>, 0),
    ];
    super::add_methods(vm, t, methods);
}
