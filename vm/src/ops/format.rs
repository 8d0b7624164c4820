//! Formatting glue between values and the `format` module: `format(v, spec)` and
//! `__format__`, f-string fields, `str % args`, and `str.format`.
//!
//! Builtin ints, floats and strs are formatted straight into the text being built
//! (`format_builtin_into`), with no intermediate str object or Rust `String`; a whole
//! `%` or `str.format` result is built in a reusable scratch string
//! (`format::with_scratch`) and copied once into the new str. Other values go through
//! their `__format__`.
//!
//! Borrowing: format strings, specs and str arguments are borrowed from their str
//! objects while Python code may run (`__format__`, `__str__`, `__getitem__`). That is
//! sound because every such object is rooted by the caller (value stack, argument
//! slice, or a local Value seen by the conservative stack scan) and the collector never
//! moves objects.

use crate::format::{
    self as fmt, Count, FieldAccessor, FieldKey, FormatError, IntRef, PercentPiece, TemplatePiece,
};
use crate::interp::{PyErr, PyResult};
use crate::object::int::{int_view, IntView};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// Appends the decimal digits of `v` (with `-` when negative).
pub fn push_i64(out: &mut String, v: i64) {
    let mut b = [0u8; 20];
    let mut i = b.len();
    let mut m = v.unsigned_abs();
    loop {
        i -= 1;
        b[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if v < 0 {
        out.push('-');
    }
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&b[i..]).unwrap());
}

fn int_ref(iv: IntView<'_>) -> IntRef<'_> {
    match iv {
        IntView::I64(i) => IntRef::Small(i),
        IntView::Big(b) => IntRef::Big(b),
    }
}

impl Vm {
    fn format_error(&mut self, e: FormatError, v: Value) -> PyErr {
        let tn = self.type_name(v);
        let msg = e.message(&tn);
        if e.is_overflow() {
            self.overflow_error(msg)
        } else {
            self.value_error(msg)
        }
    }

    fn parse_spec(&mut self, spec: &str, v: Value) -> PyResult<fmt::FormatSpec> {
        fmt::parse_format_spec(spec).map_err(|e| self.format_error(e, v))
    }

    /// FormatValue: conversion (1 str, 2 repr, 3 ascii) then `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Value) -> PyResult<Value> {
        let v = match conv {
            1 => self.to_str(v)?,
            2 => self.repr(v)?,
            3 => {
                let r = self.repr(v)?;
                // SAFETY: repr returns a str.
                let s = crate::ops::repr::ascii_escape(unsafe { as_str(r) });
                self.new_str(&s)
            }
            _ => v,
        };
        if spec.is_empty() {
            if is_kind(v, Kind::Str) {
                return Ok(v);
            }
            return self.format(v, self.singletons.empty_str);
        }
        self.format(v, spec)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        // SAFETY: spec is a str (checked by callers that take it from Python), rooted by
        // the caller (see the module doc).
        let spec_s = unsafe { as_str(spec) };
        if is_kind(v, Kind::Instance) {
            let n = self.names.dunder_format;
            if let Some(m) = self.lookup_special(v, n) {
                let r = self.call_bound_special(m, v, &[spec], Value::EMPTY)?;
                if !is_kind(r, Kind::Str) {
                    let tn = self.type_name(r);
                    return Err(self.type_error(format!("__format__ must return a str, not {tn}")));
                }
                return Ok(r);
            }
            let ext = crate::object::instance_ext(v);
            if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
                if spec_s.is_empty() {
                    return self.to_str(v);
                }
                return self.format(ext, spec);
            }
        }
        if is_kind(v, Kind::Type) {
            let n = self.names.dunder_format;
            if let Some(r) = self.call_meta_special(v, n, &[spec])? {
                return Ok(r);
            }
            if spec_s.is_empty() {
                return self.to_str(v);
            }
        }
        if spec_s.is_empty() && is_kind(v, Kind::Str) {
            // `format(s, '')` is `s` for an exact str.
            return Ok(v);
        }
        fmt::with_scratch(|out| {
            self.format_builtin_into(out, v, spec_s)?;
            Ok(self.new_str(out))
        })
    }

    /// Appends `format(v, spec)` for a builtin value (user instances are the callers'
    /// business): ints, floats and strs natively, anything else only with an empty
    /// spec (as `str(v)`).
    pub fn format_builtin_into(&mut self, out: &mut String, v: Value, spec: &str) -> PyResult<()> {
        if v.is_float() {
            let fs = self.parse_spec(spec, v)?;
            return fmt::format_float_into(out, v.as_float(), &fs)
                .map_err(|e| self.format_error(e, v));
        }
        if v.is_small_int() {
            if spec.is_empty() {
                push_i64(out, v.as_small_int());
                return Ok(());
            }
            let fs = self.parse_spec(spec, v)?;
            return fmt::format_int_into(out, IntRef::Small(v.as_small_int()), &fs)
                .map_err(|e| self.format_error(e, v));
        }
        if is_kind(v, Kind::Str) {
            // SAFETY: kind checked; `v` is rooted by the caller.
            let s = unsafe { as_str(v) };
            if spec.is_empty() {
                out.push_str(s);
                return Ok(());
            }
            let fs = self.parse_spec(spec, v)?;
            return fmt::format_str_into(out, s, &fs).map_err(|e| self.format_error(e, v));
        }
        if let Some(iv) = int_view(v) {
            if spec.is_empty() {
                // `str()`, which differs from the int layout for bool.
                let s = self.str_string(v)?;
                out.push_str(&s);
                return Ok(());
            }
            let fs = self.parse_spec(spec, v)?;
            return fmt::format_int_into(out, int_ref(iv), &fs)
                .map_err(|e| self.format_error(e, v));
        }
        if spec.is_empty() {
            let s = self.str_string(v)?;
            out.push_str(&s);
            return Ok(());
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )))
    }

    /// Appends `format(v, spec)` for any value.
    fn format_field_into(&mut self, out: &mut String, v: Value, spec: &str) -> PyResult<()> {
        if is_kind(v, Kind::Instance) {
            let sv = self.new_str(spec);
            let r = self.format(v, sv)?;
            // SAFETY: format returns a str.
            out.push_str(unsafe { as_str(r) });
            return Ok(());
        }
        self.format_builtin_into(out, v, spec)
    }

    // ----- str % args -------------------------------------------------------------------

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt_v: Value, args: Value) -> PyResult<Value> {
        // SAFETY: callers pass a str, rooted by them (see the module doc).
        let fmt_s = unsafe { as_str(fmt_v) };
        // CPython's `PyMapping_Check`: anything subscriptable but a tuple or a str.
        let is_mapping = args.is_ptr()
            && match kind_of(args) {
                Kind::Dict | Kind::List | Kind::Bytes | Kind::ByteArray | Kind::Range => true,
                Kind::Instance => {
                    let gi = self.names.dunder_getitem;
                    self.lookup_special(args, gi).is_some()
                }
                _ => crate::builtins::memoryview::is_memoryview(args),
            };
        let arg_list: &[Value] = if is_kind(args, Kind::Tuple) {
            // SAFETY: kind checked; tuples are immutable and `args` is rooted by the
            // caller.
            unsafe { tuple_items(args) }
        } else {
            std::slice::from_ref(&args)
        };
        fmt::with_scratch(|out| {
            self.percent_format_into(out, fmt_v, fmt_s, args, arg_list, is_mapping)?;
            Ok(self.new_str(out))
        })
    }

    #[allow(unused_assignments)]
    fn percent_format_into(
        &mut self,
        out: &mut String,
        fmt_v: Value,
        fmt_s: &str,
        args: Value,
        arg_list: &[Value],
        is_mapping: bool,
    ) -> PyResult<()> {
        let mut next = 0usize;
        // As in CPython, a `%(key)` conversion replaces the arguments by the one value
        // it looked up: its stars and its value take that value, and a later
        // conversion without a key finds no argument left.
        let mut keyed: Option<Value> = None;
        let mut keyed_used = false;
        macro_rules! next_arg {
            () => {{
                let a = match keyed {
                    Some(k) if !keyed_used => {
                        keyed_used = true;
                        Some(k)
                    }
                    Some(_) => None,
                    None => {
                        next += 1;
                        arg_list.get(next - 1).copied()
                    }
                };
                match a {
                    Some(a) => a,
                    None => return Err(self.type_error("not enough arguments for format string")),
                }
            }};
        }
        for piece in fmt::PercentParser::new(fmt_s) {
            let piece = match piece {
                Ok(p) => p,
                Err(pe) => {
                    if pe.key_started && !is_mapping {
                        return Err(self.type_error("format requires a mapping"));
                    }
                    if let Some(k) = &pe.key {
                        let kv = self.new_str(k);
                        keyed = Some(self.get_item(args, kv)?);
                        keyed_used = false;
                    }
                    if pe.width_star {
                        let _ = next_arg!();
                    }
                    if pe.precision_star {
                        let _ = next_arg!();
                    }
                    return Err(self.format_error(pe.error, fmt_v));
                }
            };
            match piece {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Conv {
                    key,
                    flags,
                    width,
                    precision,
                    conv,
                    index,
                } => {
                    if let Some(k) = key {
                        if !is_mapping {
                            return Err(self.type_error("format requires a mapping"));
                        }
                        let kv = self.new_str(k);
                        keyed = Some(self.get_item(args, kv)?);
                        keyed_used = false;
                    }
                    let mut flags = flags;
                    let width = match width {
                        Some(Count::Star) => {
                            let w = next_arg!();
                            let Some(iv) = int_view(w).and_then(|v| v.to_i64()) else {
                                return Err(self.type_error("* wants int"));
                            };
                            if iv < 0 {
                                flags.left = true;
                            }
                            Some(iv.unsigned_abs() as usize)
                        }
                        Some(Count::Num(n)) => Some(n),
                        None => None,
                    };
                    let precision = match precision {
                        Some(Count::Star) => {
                            let p = next_arg!();
                            let Some(iv) = int_view(p).and_then(|v| v.to_i64()) else {
                                return Err(self.type_error("* wants int"));
                            };
                            Some(iv.max(0) as usize)
                        }
                        Some(Count::Num(n)) => Some(n),
                        None => None,
                    };
                    let v = next_arg!();
                    if !fmt::is_known_conv(conv) {
                        return Err(
                            self.format_error(fmt::unsupported_format_char(conv, index), fmt_v)
                        );
                    }
                    self.percent_convert_into(out, v, conv, &flags, precision, width)?;
                }
            }
        }
        if keyed.is_none() && next < arg_list.len() && !is_mapping {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(())
    }

    fn percent_convert_into(
        &mut self,
        out: &mut String,
        v: Value,
        conv: char,
        flags: &fmt::PercentFlags,
        precision: Option<usize>,
        width: Option<usize>,
    ) -> PyResult<()> {
        match conv {
            's' | 'r' | 'a' => {
                if conv == 's' && is_kind(v, Kind::Str) {
                    // SAFETY: kind checked; `v` is rooted by the caller.
                    let s = unsafe { as_str(v) };
                    fmt::percent_format_str_into(out, s, flags, precision, width);
                    return Ok(());
                }
                if conv == 's' && (v.is_small_int() || v.is_float()) {
                    fmt::with_scratch(|s| {
                        if v.is_float() {
                            fmt::float_repr_into(s, v.as_float());
                        } else {
                            push_i64(s, v.as_small_int());
                        }
                        fmt::percent_format_str_into(out, s, flags, precision, width);
                    });
                    return Ok(());
                }
                let s = match conv {
                    's' => self.str_string(v)?,
                    'r' => {
                        let r = self.repr(v)?;
                        unsafe { as_str(r) }.to_owned()
                    }
                    _ => {
                        let r = self.repr(v)?;
                        crate::ops::repr::ascii_escape(unsafe { as_str(r) })
                    }
                };
                fmt::percent_format_str_into(out, &s, flags, precision, width);
                Ok(())
            }
            'c' => {
                let ch = if is_kind(v, Kind::Str) {
                    // SAFETY: kind checked.
                    let s = unsafe { as_str(v) };
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(self.type_error("%c requires int or char")),
                    }
                } else if let Some(iv) = int_view(v) {
                    match iv
                        .to_i64()
                        .filter(|i| (0..0x110000).contains(i))
                        .and_then(|i| char::from_u32(i as u32))
                    {
                        Some(c) => c,
                        None => return Err(self.overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(self.type_error("%c requires int or char"));
                };
                let mut tmp = [0u8; 4];
                fmt::pad_percent_into(out, ch.encode_utf8(&mut tmp), flags, width);
                Ok(())
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                if let Some(iv) = int_view(v) {
                    return fmt::percent_format_int_into(
                        out,
                        int_ref(iv),
                        conv,
                        flags,
                        precision,
                        width,
                    )
                    .map_err(|e| self.format_error(e, v));
                }
                let iv = if v.is_float() && matches!(conv, 'd' | 'i' | 'u') {
                    let f = v.as_float();
                    if f.is_nan() {
                        return Err(self.value_error("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(self.overflow_error("cannot convert float infinity to integer"));
                    }
                    crate::object::int::f64_to_bigint(f.trunc())
                } else {
                    let tn = self.type_name(v);
                    let msg = if matches!(conv, 'd' | 'i' | 'u') {
                        format!("%{conv} format: a real number is required, not {tn}")
                    } else {
                        format!("%{conv} format: an integer is required, not {tn}")
                    };
                    return Err(self.type_error(msg));
                };
                fmt::percent_format_int_into(out, IntRef::Big(&iv), conv, flags, precision, width)
                    .map_err(|e| self.format_error(e, v))
            }
            _ => {
                // e E f F g G
                let f = if v.is_float() {
                    v.as_float()
                } else if let Some(iv) = int_view(v) {
                    match crate::object::int::int_to_f64(iv) {
                        Some(f) => f,
                        None => {
                            return Err(self.overflow_error("int too large to convert to float"))
                        }
                    }
                } else {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("must be real number, not {tn}")));
                };
                fmt::percent_format_float_into(out, f, conv, flags, precision, width);
                Ok(())
            }
        }
    }

    // ----- str.format ---------------------------------------------------------------------

    /// `template.format(*args, **kwargs)`; `kwargs` is a dict or EMPTY. `template` and
    /// `args` must be rooted by the caller.
    pub fn str_format(&mut self, template: &str, args: &[Value], kwargs: Value) -> PyResult<Value> {
        let mut auto = fmt::AutoNumber::new();
        fmt::with_scratch(|out| {
            self.str_format_into(out, template, args, kwargs, &mut auto, 2)?;
            Ok(self.new_str(out))
        })
    }

    fn str_format_into(
        &mut self,
        out: &mut String,
        template: &str,
        args: &[Value],
        kwargs: Value,
        auto: &mut fmt::AutoNumber,
        depth: u32,
    ) -> PyResult<()> {
        for piece in fmt::TemplateParser::new(template) {
            let piece = piece.map_err(|e| {
                let m = e.message("str");
                self.value_error(m)
            })?;
            match piece {
                TemplatePiece::Literal(s) => out.push_str(&s),
                TemplatePiece::Field {
                    name,
                    conversion,
                    spec,
                } => {
                    let key = auto.resolve(&name.first).map_err(|e| {
                        let m = e.message("str");
                        self.value_error(m)
                    })?;
                    let mut v = match key {
                        FieldKey::Index(i) => match args.get(i) {
                            Some(&v) => v,
                            None => {
                                return Err(self.index_error(format!(
                                    "Replacement index {i} out of range for positional args tuple"
                                )))
                            }
                        },
                        FieldKey::Name(n) => {
                            let k = self.new_str(n);
                            let found = if kwargs.is_empty() {
                                None
                            } else {
                                self.dict_get(kwargs, k)?
                            };
                            match found {
                                Some(v) => v,
                                None => return Err(self.key_error(k)),
                            }
                        }
                    };
                    for acc in &name.rest {
                        v = match *acc {
                            FieldAccessor::Attr(a) => {
                                let n = self.intern(a);
                                self.get_attr(v, n)?
                            }
                            FieldAccessor::Index(i) => {
                                let k = self.new_int(i as i64);
                                self.get_item(v, k)?
                            }
                            FieldAccessor::Key(k) => {
                                let kv = self.new_str(k);
                                self.get_item(v, kv)?
                            }
                        };
                    }
                    if let Some(e) = name.rest_error {
                        let m = e.message("str");
                        return Err(self.value_error(m));
                    }
                    let v = match conversion {
                        None => v,
                        Some('s') => self.to_str(v)?,
                        Some('r') => self.repr(v)?,
                        Some('a') => {
                            let r = self.repr(v)?;
                            let s = crate::ops::repr::ascii_escape(unsafe { as_str(r) });
                            self.new_str(&s)
                        }
                        Some(c) => {
                            let m = fmt::unknown_conversion(c).message("str");
                            return Err(self.value_error(m));
                        }
                    };
                    if spec.contains('{') {
                        if depth == 0 {
                            return Err(self.value_error("Max string recursion exceeded"));
                        }
                        let mut expanded = String::new();
                        self.str_format_into(&mut expanded, spec, args, kwargs, auto, depth - 1)?;
                        self.format_field_into(out, v, &expanded)?;
                    } else {
                        self.format_field_into(out, v, spec)?;
                    }
                }
            }
        }
        Ok(())
    }
}
