//! Methods of `str`. Indices and lengths count code points; ASCII strings take byte
//! fast paths. Case mapping and classification are exact for ASCII and Latin-1 (Rust's
//! Unicode tables elsewhere).

use super::add_methods;
use super::args::{self, positional};
use super::list_methods::method_arity;
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::native_flags::{KWARGS, STATIC};
use crate::object::list::list_obj;
use crate::object::str::{as_str, count_bytes, find_bytes, rfind_bytes, str_obj};
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// A one-byte (hence ASCII) needle as a `char` pattern: Rust searches those with
/// memchr, where a `&str` pattern would go through the slower two-way searcher.
fn ascii_char(needle: &str) -> Option<char> {
    (needle.len() == 1).then(|| needle.as_bytes()[0] as char)
}

/// Byte offset of the first (or last) occurrence of `needle` in `hay`.
fn find_sub(hay: &str, needle: &str, reverse: bool) -> Option<usize> {
    if reverse {
        rfind_bytes(hay.as_bytes(), needle.as_bytes())
    } else {
        find_bytes(hay.as_bytes(), needle.as_bytes())
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.str;
    add_methods(
        vm,
        t,
        &[
            ("split", split, KWARGS),
            ("rsplit", rsplit, KWARGS),
            ("join", join, 0),
            ("strip", strip, 0),
            ("lstrip", lstrip, 0),
            ("rstrip", rstrip, 0),
            ("replace", replace, 0),
            ("find", find, 0),
            ("rfind", rfind, 0),
            ("index", index, 0),
            ("rindex", rindex, 0),
            ("count", count, 0),
            ("startswith", startswith, 0),
            ("endswith", endswith, 0),
            ("upper", upper, 0),
            ("lower", lower, 0),
            ("casefold", lower, 0),
            ("capitalize", capitalize, 0),
            ("title", title, 0),
            ("swapcase", swapcase, 0),
            ("isdigit", isdigit, 0),
            ("isdecimal", isdecimal, 0),
            ("isnumeric", isnumeric, 0),
            ("isalpha", isalpha, 0),
            ("isalnum", isalnum, 0),
            ("isspace", isspace, 0),
            ("isupper", isupper, 0),
            ("islower", islower, 0),
            ("istitle", istitle, 0),
            ("isidentifier", isidentifier, 0),
            ("isprintable", isprintable, 0),
            ("isascii", isascii, 0),
            ("ljust", ljust, 0),
            ("rjust", rjust, 0),
            ("center", center, 0),
            ("zfill", zfill, 0),
            ("format", format, KWARGS),
            ("format_map", format_map, 0),
            ("splitlines", splitlines, KWARGS),
            ("partition", partition, 0),
            ("rpartition", rpartition, 0),
            ("encode", encode, KWARGS),
            ("expandtabs", expandtabs, KWARGS),
            ("removeprefix", removeprefix, 0),
            ("removesuffix", removesuffix, 0),
            ("translate", translate, 0),
            ("maketrans", maketrans, STATIC),
            ("__len__", dunder_len, 0),
            ("__contains__", dunder_contains, 0),
            ("__getitem__", dunder_getitem, 0),
            ("__add__", dunder_add, 0),
            ("__mul__", dunder_mul, 0),
            ("__mod__", dunder_mod, 0),
            ("__str__", dunder_str, 0),
            ("__repr__", dunder_repr, 0),
            ("__hash__", dunder_hash, 0),
            ("__eq__", dunder_eq, 0),
            ("__lt__", dunder_lt, 0),
            ("__iter__", dunder_iter, 0),
            ("__format__", dunder_format, 0),
        ],
    );
}

/// The receiver of a str method (a str or an instance of a str subclass).
#[inline(always)]
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    if let Some(&s) = args.first() {
        if is_kind(s, Kind::Str) {
            return Ok(s);
        }
    }
    this_slow(vm, args, name)
}

#[cold]
#[inline(never)]
fn this_slow(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        )));
    };
    if is_kind(s, Kind::Str) {
        return Ok(s);
    }
    let ext = crate::object::instance_ext(s);
    if is_kind(ext, Kind::Str) {
        return Ok(ext);
    }
    let tn = vm.type_name(s);
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object"
    )))
}

fn text<'a>(v: Value) -> &'a str {
    // SAFETY: callers pass str objects (checked by `this` or `str_arg`).
    unsafe { as_str(v) }
}

fn str_arg(vm: &mut Vm, v: Value, fname: &str, what: &str) -> PyResult<Value> {
    if is_kind(v, Kind::Str) {
        return Ok(v);
    }
    let ext = crate::object::instance_ext(v);
    if is_kind(ext, Kind::Str) {
        return Ok(ext);
    }
    let tn = vm.type_name(v);
    let _ = what;
    Err(vm.type_error(format!("{fname}() argument must be str, not {tn}")))
}

/// CPython's `str.isspace` for one character.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Code-point index -> byte offset, clamped.
fn byte_at(s: &str, ascii: bool, idx: usize) -> usize {
    crate::object::str::char_to_byte(s, ascii, idx)
}

/// Resolves optional start/end (code points, Python slice semantics) to byte offsets.
fn span(vm: &mut Vm, s: Value, start: Value, end: Value) -> PyResult<Option<(usize, usize)>> {
    let so = unsafe { str_obj(s) };
    let n = so.nchars as i64;
    let conv = |vm: &mut Vm, v: Value, default: i64| -> PyResult<i64> {
        if v.is_empty() || v.is_none() {
            return Ok(default);
        }
        let i = match vm.index_of(v)? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        Ok(if i < 0 { (i + n).max(0) } else { i })
    };
    let a = conv(vm, start, 0)?;
    let b = conv(vm, end, n)?.min(n);
    if a > b {
        return Ok(None);
    }
    let t = so.as_str();
    Ok(Some((
        byte_at(t, so.is_ascii(), a as usize),
        byte_at(t, so.is_ascii(), b as usize),
    )))
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn new_list_of_strs(vm: &mut Vm, parts: &[&str]) -> Value {
    let mut vals = RootedVec::with_capacity(parts.len());
    for p in parts {
        let v = vm.new_str(p);
        vals.push(v);
    }
    vm.new_list(&vals)
}

/// A new str for `piece`, a slice of a str whose ASCII flag is `ascii`.
#[inline]
fn new_piece(vm: &mut Vm, piece: &str, ascii: bool) -> Value {
    if ascii {
        vm.new_str_with_len(piece, piece.len())
    } else {
        vm.new_str(piece)
    }
}

/// `str.isspace()` for an ASCII byte.
#[inline]
fn is_ascii_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f)
}

// ----- split and join ---------------------------------------------------------------------

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Value,
    name: &str,
) -> PyResult<(Value, Option<Value>, i64)> {
    let s = this(vm, args, name)?;
    let a = args::bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = if a[0].is_empty() || a[0].is_none() {
        None
    } else {
        Some(str_arg(vm, a[0], name, "sep")?)
    };
    let maxsplit = if a[1].is_empty() {
        -1
    } else {
        vm.expect_index(a[1])?
    };
    Ok((s, sep, maxsplit))
}

fn split(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, args, kw, "split")?;
    // `s` and `sep` are rooted by the argument slice, so their text can be borrowed
    // while the pieces are allocated (the collector does not move objects).
    let t = text(s);
    let ascii = unsafe { str_obj(s).is_ascii() };
    let mut out = RootedVec::new();
    match sep {
        None if ascii && maxsplit < 0 => {
            let b = t.as_bytes();
            let mut i = 0;
            loop {
                while i < b.len() && is_ascii_py_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                let start = i;
                while i < b.len() && !is_ascii_py_space(b[i]) {
                    i += 1;
                }
                let v = new_piece(vm, &t[start..i], true);
                out.push(v);
            }
        }
        None => {
            let mut rest = t.trim_start_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    let v = new_piece(vm, rest, ascii);
                    out.push(v);
                    break;
                }
                match rest.find(is_py_space) {
                    Some(i) => {
                        let v = new_piece(vm, &rest[..i], ascii);
                        out.push(v);
                        rest = rest[i..].trim_start_matches(is_py_space);
                        n += 1;
                    }
                    None => {
                        let v = new_piece(vm, rest, ascii);
                        out.push(v);
                        break;
                    }
                }
            }
        }
        Some(sep) => {
            let sep = text(sep);
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let limit = if maxsplit < 0 {
                usize::MAX
            } else {
                maxsplit as usize + 1
            };
            match ascii_char(sep) {
                Some(c) => {
                    for piece in t.splitn(limit, c) {
                        let v = new_piece(vm, piece, ascii);
                        out.push(v);
                    }
                }
                None => {
                    for piece in t.splitn(limit, sep) {
                        let v = new_piece(vm, piece, ascii);
                        out.push(v);
                    }
                }
            }
        }
    }
    Ok(vm.new_list(&out))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    // Rooted by the argument slice (see `split`).
    let t = text(s);
    let mut parts: Vec<&str> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = t.trim_end_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(rest);
                    break;
                }
                match rest.rfind(is_py_space) {
                    Some(i) => {
                        let ch = rest[i..].chars().next().unwrap();
                        out.push(&rest[i + ch.len_utf8()..]);
                        rest = rest[..i].trim_end_matches(is_py_space);
                        n += 1;
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
        Some(sep) => {
            let sep = text(sep);
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                t.rsplit(sep).collect()
            } else {
                t.rsplitn(maxsplit as usize + 1, sep).collect()
            }
        }
    };
    parts.reverse();
    Ok(new_list_of_strs(vm, &parts))
}

fn join(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "join")?;
    method_arity(vm, "join", args, 1, 1)?;
    let items = vm.collect_iterable(args[1])?;
    let sep = text(s);
    let mut total = 0;
    let mut nchars = 0;
    for (i, &it) in items.iter().enumerate() {
        let v = if is_kind(it, Kind::Str) {
            it
        } else {
            let ext = crate::object::instance_ext(it);
            if is_kind(ext, Kind::Str) {
                ext
            } else {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        };
        let so = unsafe { str_obj(v) };
        total += so.len;
        nchars += so.nchars;
    }
    let _ = nchars;
    if items.len() == 1 && is_kind(items[0], Kind::Str) {
        return Ok(items[0]);
    }
    let len = total + sep.len() * items.len().saturating_sub(1);
    // The items are rooted by `items`, the separator by the argument slice.
    Ok(vm.new_str_filled(len, |b| {
        let mut at = 0;
        for (i, &it) in items.iter().enumerate() {
            if i > 0 {
                b[at..at + sep.len()].copy_from_slice(sep.as_bytes());
                at += sep.len();
            }
            let v = if is_kind(it, Kind::Str) {
                it
            } else {
                crate::object::instance_ext(it)
            };
            let t = text(v);
            b[at..at + t.len()].copy_from_slice(t.as_bytes());
            at += t.len();
        }
    }))
}

// ----- strip ------------------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 0, 1)?;
    let t = text(s);
    let chars = match args.get(1) {
        Some(&c) if !c.is_none() => {
            if !is_kind(c, Kind::Str) {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            }
            Some(text(c))
        }
        _ => None,
    };
    let r = match chars {
        // ASCII characters to strip: compare bytes (a UTF-8 continuation or lead byte
        // never equals an ASCII one, so this cannot cut a character).
        Some(cs) if cs.is_ascii() => {
            let set = cs.as_bytes();
            let b = t.as_bytes();
            let (mut i, mut j) = (0, b.len());
            if left {
                while i < j && set.contains(&b[i]) {
                    i += 1;
                }
            }
            if right {
                while j > i && set.contains(&b[j - 1]) {
                    j -= 1;
                }
            }
            &t[i..j]
        }
        Some(cs) => {
            let pred = |c: char| cs.contains(c);
            let mut r = t;
            if left {
                r = r.trim_start_matches(pred);
            }
            if right {
                r = r.trim_end_matches(pred);
            }
            r
        }
        None => {
            let mut r = t;
            if left {
                r = r.trim_start_matches(is_py_space);
            }
            if right {
                r = r.trim_end_matches(is_py_space);
            }
            r
        }
    };
    if r.len() == t.len() {
        return Ok(s);
    }
    // `s` is rooted by the argument slice.
    let ascii = unsafe { str_obj(s).is_ascii() };
    Ok(new_piece(vm, r, ascii))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    method_arity(vm, "replace", args, 2, 3)?;
    let old = str_arg(vm, args[1], "replace", "old")?;
    let new = str_arg(vm, args[2], "replace", "new")?;
    let count = if args.len() > 3 {
        vm.expect_index(args[3])?
    } else {
        -1
    };
    let (t, o, n) = (text(s), text(old), text(new));
    if count < 0 && !o.is_empty() {
        // The common case, built in a reused buffer; unchanged text is returned as is
        // (CPython does the same for an exact str).
        let (tb, ob) = (t.as_bytes(), o.as_bytes());
        let Some(first) = find_bytes(tb, ob) else {
            return Ok(s);
        };
        // `s`, `old` and `new` are rooted by the argument slice.
        return Ok(crate::format::with_scratch(|out| {
            let mut last = 0;
            let mut at = Some(first);
            while let Some(i) = at {
                out.push_str(&t[last..i]);
                out.push_str(n);
                last = i + o.len();
                at = find_bytes(&tb[last..], ob).map(|k| last + k);
            }
            out.push_str(&t[last..]);
            vm.new_str(out)
        }));
    }
    let r = if count < 0 {
        if o.is_empty() {
            let mut out = String::with_capacity(t.len() + n.len() * (t.len() + 1));
            out.push_str(n);
            for c in t.chars() {
                out.push(c);
                out.push_str(n);
            }
            out
        } else if let Some(c) = ascii_char(o) {
            t.replace(c, n)
        } else {
            t.replace(o, n)
        }
    } else if o.is_empty() {
        let mut out = String::new();
        let mut k = 0;
        if k < count {
            out.push_str(n);
            k += 1;
        }
        for c in t.chars() {
            out.push(c);
            if k < count {
                out.push_str(n);
                k += 1;
            }
        }
        out
    } else {
        t.replacen(o, n, count as usize)
    };
    Ok(vm.new_str(&r))
}

// ----- searching --------------------------------------------------------------------------

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 1, 3)?;
    let sub = str_arg(vm, args[1], name, "sub")?;
    let start = args.get(2).copied().unwrap_or(Value::EMPTY);
    let end = args.get(3).copied().unwrap_or(Value::EMPTY);
    let Some((a, b)) = span(vm, s, start, end)? else {
        return Ok(None);
    };
    let t = text(s);
    let hay = &t[a..b];
    let needle = text(sub);
    let found = find_sub(hay, needle, reverse);
    Ok(found.map(|i| {
        let byte = a + i;
        if unsafe { str_obj(s).is_ascii() } {
            byte
        } else {
            t[..byte].chars().count()
        }
    }))
}

fn find(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(Value::small_int(r.map(|i| i as i64).unwrap_or(-1)))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(Value::small_int(r.map(|i| i as i64).unwrap_or(-1)))
}
fn index(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "count")?;
    method_arity(vm, "count", args, 1, 3)?;
    let sub = str_arg(vm, args[1], "count", "sub")?;
    let start = args.get(2).copied().unwrap_or(Value::EMPTY);
    let end = args.get(3).copied().unwrap_or(Value::EMPTY);
    let Some((a, b)) = span(vm, s, start, end)? else {
        return Ok(Value::small_int(0));
    };
    let hay = &text(s)[a..b];
    let needle = text(sub);
    let n = if needle.is_empty() {
        char_count(hay) + 1
    } else {
        count_bytes(hay.as_bytes(), needle.as_bytes())
    };
    Ok(Value::small_int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    if let [s, pat] = *args {
        if is_kind(s, Kind::Str) && is_kind(pat, Kind::Str) {
            let (t, p) = (text(s), text(pat));
            return Ok(Value::from_bool(if ends {
                t.ends_with(p)
            } else {
                t.starts_with(p)
            }));
        }
    }
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 1, 3)?;
    let start = args.get(2).copied().unwrap_or(Value::EMPTY);
    let end = args.get(3).copied().unwrap_or(Value::EMPTY);
    let Some((a, b)) = span(vm, s, start, end)? else {
        return Ok(Value::FALSE);
    };
    let hay = &text(s)[a..b];
    let check = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let pat = args[1];
    if is_kind(pat, Kind::Tuple) {
        for &p in unsafe { tuple_items(pat) } {
            if !is_kind(p, Kind::Str) {
                let tn = vm.type_name(p);
                return Err(
                    vm.type_error(format!("tuple for {name} must only contain str, not {tn}"))
                );
            }
            if check(text(p)) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    if !is_kind(pat, Kind::Str) {
        let tn = vm.type_name(pat);
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {tn}"
        )));
    }
    Ok(Value::from_bool(check(text(pat))))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

// ----- case ---------------------------------------------------------------------------------

/// A case mapping: `ascii` maps the bytes of an ASCII str in place (the result has the
/// same length), `general` handles any other str.
fn map_case(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    ascii: impl Fn(&mut [u8]),
    general: impl Fn(&str) -> String,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 0, 0)?;
    // SAFETY: `this` returns a str.
    if unsafe { str_obj(s).is_ascii() } {
        // `s` is rooted by the argument slice.
        let t = text(s);
        return Ok(vm.new_str_filled(t.len(), |b| {
            b.copy_from_slice(t.as_bytes());
            ascii(b);
        }));
    }
    let r = general(text(s));
    Ok(vm.new_str(&r))
}

/// `str.title()` on ASCII bytes.
fn title_ascii(b: &mut [u8]) {
    let mut prev_cased = false;
    for c in b {
        if prev_cased {
            c.make_ascii_lowercase();
        } else {
            c.make_ascii_uppercase();
        }
        prev_cased = c.is_ascii_alphabetic();
    }
}

fn titlecase(c: char) -> String {
    match c {
        'ß' => "Ss".to_string(),
        'ǆ' | 'ǅ' | 'Ǆ' => "ǅ".to_string(),
        'ǉ' | 'ǈ' | 'Ǉ' => "ǈ".to_string(),
        'ǌ' | 'ǋ' | 'Ǌ' => "ǋ".to_string(),
        'ǳ' | 'ǲ' | 'Ǳ' => "ǲ".to_string(),
        _ => c.to_uppercase().collect(),
    }
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn upper(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case(
        vm,
        args,
        "upper",
        |b| b.make_ascii_uppercase(),
        |s| s.to_uppercase(),
    )
}
fn lower(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case(
        vm,
        args,
        "lower",
        |b| b.make_ascii_lowercase(),
        |s| s.to_lowercase(),
    )
}
fn capitalize_ascii(b: &mut [u8]) {
    if let Some((first, rest)) = b.split_first_mut() {
        first.make_ascii_uppercase();
        rest.make_ascii_lowercase();
    }
}
fn capitalize(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case(vm, args, "capitalize", capitalize_ascii, |s| {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars();
        if let Some(c) = chars.next() {
            out.push_str(&titlecase(c));
        }
        for c in chars {
            out.extend(c.to_lowercase());
        }
        out
    })
}
fn title(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case(vm, args, "title", title_ascii, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.push_str(&titlecase(c));
            }
            prev_cased = is_cased(c);
        }
        out
    })
}
fn swapcase_ascii(b: &mut [u8]) {
    for c in b {
        if c.is_ascii_uppercase() {
            c.make_ascii_lowercase();
        } else {
            c.make_ascii_uppercase();
        }
    }
}
fn swapcase(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    map_case(vm, args, "swapcase", swapcase_ascii, |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn pred_str(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 0, 0)?;
    Ok(Value::from_bool(f(text(s))))
}

fn is_decimal_char(c: char) -> bool {
    crate::format::unicode::decimal_value(c).is_some()
}
fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c, '²' | '³' | '¹' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}' | '\u{2460}'..='\u{2468}')
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isdigit", |s| {
        !s.is_empty()
            && if s.is_ascii() {
                s.bytes().all(|b| b.is_ascii_digit())
            } else {
                s.chars().all(is_digit_char)
            }
    })
}
fn isdecimal(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isdecimal", |s| {
        !s.is_empty()
            && if s.is_ascii() {
                s.bytes().all(|b| b.is_ascii_digit())
            } else {
                s.chars().all(is_decimal_char)
            }
    })
}
fn isnumeric(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_numeric())
    })
}
fn isalpha(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_alphabetic())
    })
}
fn isalnum(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_alphanumeric())
    })
}
fn isspace(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_py_space)
    })
}
fn isupper(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isupper", |s| {
        s.chars().any(is_cased)
            && s.chars()
                .all(|c| !c.is_lowercase() && !matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'))
    })
}
fn islower(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "islower", |s| {
        s.chars().any(is_cased)
            && s.chars()
                .all(|c| !c.is_uppercase() && !matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'))
    })
}
fn istitle(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ') {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}
fn isidentifier(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isidentifier", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {
                chars.all(|c| c == '_' || c.is_alphanumeric())
            }
            _ => false,
        }
    })
}
fn isprintable(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isprintable", |s| {
        s.chars()
            .all(|c| c == ' ' || crate::ops::repr::is_printable(c))
    })
}
fn isascii(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    pred_str(vm, args, "isascii", |s| s.is_ascii())
}

// ----- padding ------------------------------------------------------------------------------

fn pad_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, usize, char)> {
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 1, 2)?;
    let w = vm.expect_index(args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        Some(&f) => {
            if !is_kind(f, Kind::Str) || unsafe { str_obj(f).nchars } != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            text(f).chars().next().unwrap()
        }
        None => ' ',
    };
    Ok((s, w, fill))
}

fn pad(vm: &mut Vm, s: Value, left: usize, right: usize, fill: char) -> Value {
    // `s` is rooted by the caller's argument slice.
    let t = text(s);
    let mut buf = [0u8; 4];
    let f = fill.encode_utf8(&mut buf).as_bytes();
    vm.new_str_filled(t.len() + (left + right) * f.len(), |b| {
        let (l, rest) = b.split_at_mut(left * f.len());
        let (mid, r) = rest.split_at_mut(t.len());
        fill_repeat(l, f);
        mid.copy_from_slice(t.as_bytes());
        fill_repeat(r, f);
    })
}

/// Fills `b` with copies of the encoded character `f` (`b.len()` is a multiple of it).
fn fill_repeat(b: &mut [u8], f: &[u8]) {
    if f.len() == 1 {
        b.fill(f[0]);
    } else {
        for chunk in b.chunks_exact_mut(f.len()) {
            chunk.copy_from_slice(f);
        }
    }
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, args, "ljust")?;
    let n = unsafe { str_obj(s).nchars };
    if w <= n {
        return Ok(s);
    }
    Ok(pad(vm, s, 0, w - n, fill))
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, args, "rjust")?;
    let n = unsafe { str_obj(s).nchars };
    if w <= n {
        return Ok(s);
    }
    Ok(pad(vm, s, w - n, 0, fill))
}
fn center(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, args, "center")?;
    let n = unsafe { str_obj(s).nchars };
    if w <= n {
        return Ok(s);
    }
    let marg = w - n;
    // CPython: left = marg / 2 + (marg & width & 1).
    let left = marg / 2 + (marg & w & 1);
    Ok(pad(vm, s, left, marg - left, fill))
}
fn zfill(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    method_arity(vm, "zfill", args, 1, 1)?;
    let w = vm.expect_index(args[1])?.max(0) as usize;
    let t = text(s);
    let n = char_count(t);
    if w <= n {
        return Ok(s);
    }
    let fill = w - n;
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &t[1..]),
        _ => (None, t),
    };
    let mut out = String::with_capacity(w);
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_str(&out))
}

// ----- formatting ----------------------------------------------------------------------------

fn format(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    let pos = positional(args, kw);
    let n = args::nkw(kw);
    let kwargs = if n > 0 {
        let d = vm.new_dict();
        let names = unsafe { tuple_items(kw) };
        for (i, &k) in names.iter().enumerate() {
            vm.dict_set(d, k, args[args.len() - n + i])?;
        }
        d
    } else {
        Value::EMPTY
    };
    // `s` and the arguments are rooted by the caller's argument slice.
    vm.str_format(text(s), &pos[1..], kwargs)
}

fn format_map(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "format_map")?;
    method_arity(vm, "format_map", args, 1, 1)?;
    vm.str_format(text(s), &[], args[1])
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let a = args::bind(vm, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keep = !a[0].is_empty() && vm.is_true(a[0])?;
    // `s` is rooted by the argument slice.
    let t = text(s);
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut iter = t.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            parts.push(if keep { &t[start..end] } else { &t[start..i] });
            start = end;
        }
    }
    if start < t.len() {
        parts.push(&t[start..]);
    }
    Ok(new_list_of_strs(vm, &parts))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    method_arity(vm, name, args, 1, 1)?;
    let sep = str_arg(vm, args[1], name, "sep")?;
    // `s` and `sep` are rooted by the argument slice.
    let (t, p) = (text(s), text(sep));
    if p.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let empty = vm.singletons.empty_str;
    let parts = match find_sub(t, p, reverse) {
        Some(i) => {
            let ascii = unsafe { str_obj(s).is_ascii() };
            let head = new_piece(vm, &t[..i], ascii);
            let tail = new_piece(vm, &t[i + p.len()..], ascii);
            // CPython returns the separator object itself.
            [head, args[1], tail]
        }
        None if reverse => [empty, empty, s],
        None => [s, empty, empty],
    };
    Ok(vm.new_tuple(&parts))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn encode(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let a = args::bind(vm, "encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let enc = if a[0].is_empty() {
        "utf-8".to_string()
    } else {
        text(str_arg(vm, a[0], "encode", "encoding")?).to_lowercase()
    };
    let errors = if a[1].is_empty() {
        "strict".to_string()
    } else {
        text(str_arg(vm, a[1], "encode", "errors")?).to_owned()
    };
    let t = text(s);
    let bytes = match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" => t.as_bytes().to_vec(),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(t.len());
            for (i, c) in t.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u8);
                } else if errors == "ignore" {
                } else if errors == "replace" {
                    out.push(b'?');
                } else {
                    let codec = if limit == 0x80 { "ascii" } else { "latin-1" };
                    return Err(vm.new_exception_msg(
                        vm.types.unicode_encode_error,
                        &format!(
                            "'{codec}' codec can't encode character '\\x{:02x}' in position {i}: ordinal not in range({limit})",
                            c as u32
                        ),
                    ));
                }
            }
            out
        }
        other => {
            return Err(
                vm.new_exception_msg(vm.types.lookup_error, &format!("unknown encoding: {other}"))
            )
        }
    };
    Ok(vm.new_bytes(&bytes))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let a = args::bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let ts = if a[0].is_empty() {
        8
    } else {
        vm.expect_index(a[0])?
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in text(s).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(&out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "removeprefix")?;
    method_arity(vm, "removeprefix", args, 1, 1)?;
    let p = str_arg(vm, args[1], "removeprefix", "prefix")?;
    match text(s).strip_prefix(text(p)) {
        Some(r) if !text(p).is_empty() => {
            let r = r.to_owned();
            Ok(vm.new_str(&r))
        }
        _ => Ok(s),
    }
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "removesuffix")?;
    method_arity(vm, "removesuffix", args, 1, 1)?;
    let p = str_arg(vm, args[1], "removesuffix", "suffix")?;
    match text(s).strip_suffix(text(p)) {
        Some(r) if !text(p).is_empty() => {
            let r = r.to_owned();
            Ok(vm.new_str(&r))
        }
        _ => Ok(s),
    }
}

fn translate(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "translate")?;
    method_arity(vm, "translate", args, 1, 1)?;
    let table = args[1];
    let t = text(s).to_owned();
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let k = Value::small_int(c as i64);
        match vm.get_item(table, k) {
            Ok(v) if v.is_none() => {}
            Ok(v) if is_kind(v, Kind::Str) => out.push_str(text(v)),
            Ok(v) => match v.small_int_value().and_then(|i| char::from_u32(i as u32)) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
            Err(e) if vm.isinstance(e.0, vm.types.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(&out))
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict();
    if args.len() == 1 {
        let m = args[0];
        if !is_kind(m, Kind::Dict) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        let mut pos = 0;
        while let Some((k, v)) = crate::object::dict::dict_next(m, &mut pos) {
            let key = if is_kind(k, Kind::Str) {
                Value::small_int(text(k).chars().next().map(|c| c as i64).unwrap_or(0))
            } else {
                k
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(d);
    }
    let (x, y) = (text(args[0]).to_owned(), text(args[1]).to_owned());
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.dict_set(d, Value::small_int(a as i64), Value::small_int(b as i64))?;
    }
    if let Some(&z) = args.get(2) {
        for c in text(z).chars() {
            vm.dict_set(d, Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

// ----- dunders (reached through subclasses and explicit calls) ----------------------------------

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__len__")?;
    Ok(Value::small_int(unsafe { str_obj(s).nchars } as i64))
}
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__contains__")?;
    method_arity(vm, "__contains__", args, 1, 1)?;
    Ok(Value::from_bool(vm.contains(s, args[1])?))
}
fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__getitem__")?;
    method_arity(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(s, args[1])
}
fn dunder_add(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__add__")?;
    method_arity(vm, "__add__", args, 1, 1)?;
    let o = args[1];
    let o = if is_kind(o, Kind::Str) {
        o
    } else {
        crate::object::instance_ext(o)
    };
    if !is_kind(o, Kind::Str) {
        return Ok(vm.singletons.not_implemented);
    }
    Ok(vm.concat_strs(&[s, o]))
}
fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__mul__")?;
    method_arity(vm, "__mul__", args, 1, 1)?;
    if crate::object::int::int_view(args[1]).is_none() {
        return Ok(vm.singletons.not_implemented);
    }
    vm.sequence_repeat(s, args[1], false)
}
fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__mod__")?;
    method_arity(vm, "__mod__", args, 1, 1)?;
    vm.percent_format(s, args[1])
}
fn dunder_str(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__str__")?;
    let t = text(s).to_owned();
    Ok(vm.new_str(&t))
}
fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__repr__")?;
    let r = crate::ops::repr::repr_str(text(s));
    Ok(vm.new_str(&r))
}
fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__hash__")?;
    let h = crate::object::str::str_hash(s);
    Ok(vm.new_int(h))
}
fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__eq__")?;
    method_arity(vm, "__eq__", args, 1, 1)?;
    let o = args[1];
    let o = if is_kind(o, Kind::Str) {
        o
    } else {
        crate::object::instance_ext(o)
    };
    if !is_kind(o, Kind::Str) {
        return Ok(vm.singletons.not_implemented);
    }
    Ok(Value::from_bool(text(s) == text(o)))
}
fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__lt__")?;
    method_arity(vm, "__lt__", args, 1, 1)?;
    let o = args[1];
    let o = if is_kind(o, Kind::Str) {
        o
    } else {
        crate::object::instance_ext(o)
    };
    if !is_kind(o, Kind::Str) {
        return Ok(vm.singletons.not_implemented);
    }
    Ok(Value::from_bool(text(s) < text(o)))
}
fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__iter__")?;
    vm.get_iter(s)
}
fn dunder_format(vm: &mut Vm, args: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, args, "__format__")?;
    method_arity(vm, "__format__", args, 1, 1)?;
    let spec = str_arg(vm, args[1], "__format__", "spec")?;
    vm.format(s, spec)
}

#[allow(dead_code)]
fn unused(v: Value) -> usize {
    unsafe { list_obj(v).len }
}
