//! Formatting glue between values and the `format` module: `format(v, spec)` and
//! `__format__`, f-string fields, `str % args`, and `str.format`.

use crate::format::{
    self as fmt, Count, FieldAccessor, FieldKey, FormatError, PercentPiece, TemplatePiece,
};
use crate::interp::{PyErr, PyResult};
use crate::object::int::{int_view, IntView};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

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
            if is_kind(v, Kind::Str) && self.type_of(v) == self.types.str {
                return Ok(v);
            }
            return self.format(v, self.singletons.empty_str);
        }
        self.format(v, spec)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        // SAFETY: spec is a str (checked by callers that take it from Python).
        let spec_s = unsafe { as_str(spec) }.to_owned();
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
        let s = self.format_to_string(v, &spec_s)?;
        Ok(self.new_str(&s))
    }

    /// `format(v, spec)` for builtin values, as a Rust string.
    pub fn format_to_string(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if v.is_float() {
            let fs = fmt::parse_format_spec(spec).map_err(|e| self.format_error(e, v))?;
            return fmt::format_float(v.as_float(), &fs).map_err(|e| self.format_error(e, v));
        }
        if let Some(iv) = int_view(v) {
            if spec.is_empty() {
                return self.str_string(v);
            }
            let fs = fmt::parse_format_spec(spec).map_err(|e| self.format_error(e, v))?;
            let b: BigInt = match iv {
                IntView::I64(i) => BigInt::from(i),
                IntView::Big(b) => b.clone(),
            };
            return fmt::format_int(&b, &fs).map_err(|e| self.format_error(e, v));
        }
        if is_kind(v, Kind::Str) {
            // SAFETY: kind checked.
            let s = unsafe { as_str(v) }.to_owned();
            let fs = fmt::parse_format_spec(spec).map_err(|e| self.format_error(e, v))?;
            return fmt::format_str(&s, &fs).map_err(|e| self.format_error(e, v));
        }
        if spec.is_empty() {
            return self.str_string(v);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )))
    }

    // ----- str % args -------------------------------------------------------------------

    /// `fmt % args`.
    #[allow(unused_assignments)]
    pub fn percent_format(&mut self, fmt_v: Value, args: Value) -> PyResult<Value> {
        // SAFETY: callers pass a str.
        let fmt_s = unsafe { as_str(fmt_v) }.to_owned();
        let is_mapping = !is_kind(args, Kind::Tuple)
            && !is_kind(args, Kind::Str)
            && (is_kind(args, Kind::Dict)
                || (is_kind(args, Kind::Instance) && {
                    let gi = self.names.dunder_getitem;
                    self.lookup_special(args, gi).is_some()
                }));
        let arg_list: Vec<Value> = if is_kind(args, Kind::Tuple) {
            // SAFETY: kind checked.
            unsafe { tuple_items(args).to_vec() }
        } else {
            vec![args]
        };
        let mut next = 0usize;
        let mut used_mapping = false;
        let mut out = String::with_capacity(fmt_s.len() + 16);
        macro_rules! next_arg {
            () => {{
                if next >= arg_list.len() {
                    return Err(self.type_error("not enough arguments for format string"));
                }
                let a = arg_list[next];
                next += 1;
                a
            }};
        }
        for piece in fmt::PercentParser::new(&fmt_s) {
            let piece = match piece {
                Ok(p) => p,
                Err(pe) => {
                    if pe.key_started && !is_mapping {
                        return Err(self.type_error("format requires a mapping"));
                    }
                    if let Some(k) = &pe.key {
                        let kv = self.new_str(k);
                        self.get_item(args, kv)?;
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
                    let value_src: Option<Value> = match &key {
                        Some(k) => {
                            if !is_mapping {
                                return Err(self.type_error("format requires a mapping"));
                            }
                            used_mapping = true;
                            let kv = self.new_str(k);
                            Some(self.get_item(args, kv)?)
                        }
                        None => None,
                    };
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
                    let v = match value_src {
                        Some(v) => v,
                        None => next_arg!(),
                    };
                    if !fmt::is_known_conv(conv) {
                        return Err(
                            self.format_error(fmt::unsupported_format_char(conv, index), fmt_v)
                        );
                    }
                    let body = self.percent_convert(v, conv, &flags, precision, width)?;
                    out.push_str(&body);
                }
            }
        }
        if next < arg_list.len() && !is_mapping && !used_mapping {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(self.new_str(&out))
    }

    fn percent_convert(
        &mut self,
        v: Value,
        conv: char,
        flags: &fmt::PercentFlags,
        precision: Option<usize>,
        width: Option<usize>,
    ) -> PyResult<String> {
        match conv {
            's' | 'r' | 'a' => {
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
                Ok(fmt::percent_format_str(&s, flags, precision, width))
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
                Ok(fmt::pad_percent(ch.to_string(), flags, width))
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let iv = match int_view(v) {
                    Some(iv) => iv.to_bigint(),
                    None if v.is_float() && matches!(conv, 'd' | 'i' | 'u') => {
                        let f = v.as_float();
                        if f.is_nan() {
                            return Err(self.value_error("cannot convert float NaN to integer"));
                        }
                        if f.is_infinite() {
                            return Err(
                                self.overflow_error("cannot convert float infinity to integer")
                            );
                        }
                        crate::object::int::f64_to_bigint(f.trunc())
                    }
                    None => {
                        let tn = self.type_name(v);
                        let msg = if matches!(conv, 'd' | 'i' | 'u') {
                            format!("%{conv} format: a real number is required, not {tn}")
                        } else {
                            format!("%{conv} format: an integer is required, not {tn}")
                        };
                        return Err(self.type_error(msg));
                    }
                };
                fmt::percent_format_int(&iv, conv, flags, precision, width)
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
                Ok(fmt::percent_format_float(f, conv, flags, precision, width))
            }
        }
    }

    // ----- str.format ---------------------------------------------------------------------

    /// `template.format(*args, **kwargs)`; `kwargs` is a dict or EMPTY.
    pub fn str_format(&mut self, template: &str, args: &[Value], kwargs: Value) -> PyResult<Value> {
        let mut auto = fmt::AutoNumber::new();
        let s = self.str_format_inner(template, args, kwargs, &mut auto, 2)?;
        Ok(self.new_str(&s))
    }

    fn str_format_inner(
        &mut self,
        template: &str,
        args: &[Value],
        kwargs: Value,
        auto: &mut fmt::AutoNumber,
        depth: u32,
    ) -> PyResult<String> {
        let mut out = String::new();
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
                        v = match acc {
                            FieldAccessor::Attr(a) => {
                                let n = self.intern(a);
                                self.get_attr(v, n)?
                            }
                            FieldAccessor::Index(i) => {
                                let k = self.new_int(*i as i64);
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
                    let spec = if spec.contains('{') {
                        if depth == 0 {
                            return Err(self.value_error("Max string recursion exceeded"));
                        }
                        self.str_format_inner(&spec, args, kwargs, auto, depth - 1)?
                    } else {
                        spec
                    };
                    let sv = self.new_str(&spec);
                    let r = self.format(v, sv)?;
                    out.push_str(unsafe { as_str(r) });
                }
            }
        }
        Ok(out)
    }
}

#[allow(dead_code)]
fn is_str(v: Value) -> bool {
    v.is_ptr() && kind_of(v) == Kind::Str
}
