//! `repr()` and `str()` for every builtin type, with CPython's exact spelling, and the
//! `__repr__`/`__str__` protocol for user classes. Recursive containers print as
//! `[...]` / `{...}` (tracked in `Vm::repr_stack`).

use crate::interp::unwind::exc_data;
use crate::interp::PyResult;
use crate::object::function::{BoundMethodObj, FunctionObj, NativeFunctionObj};
use crate::object::int::{exceeds_str_digits, int_to_decimal, int_view};
use crate::object::list::list_obj;
use crate::object::str::{as_str, str_obj};
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, kind_of, obj, DescriptorObj, Kind, ModuleObj, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

/// CPython's `str.isprintable` per character (exact for ASCII and Latin-1; the common
/// non-printable ranges elsewhere).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa1).contains(&u) || u == 0xad {
        return false;
    }
    if u < 0x100 {
        return true;
    }
    !matches!(u,
        0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f | 0x3000
        | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb | 0xe0001 | 0xe0020..=0xe007f
        | 0xf0000..=0x10ffff | 0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x180e)
}

/// Python's repr of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `ascii()` of an already-repr'd string: escape every non-ASCII character.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// Python's repr of bytes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytearray. As CPython's `bytearray_repr`, it picks its quote as
/// bytes does but always escapes `'` (and never `"`).
pub fn repr_bytearray(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("bytearray(b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

impl Vm {
    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        if let Some(r) = self.call_meta_special(v, self.names.dunder_repr, &[])? {
            return Ok(r);
        }
        if is_kind(v, Kind::Instance) {
            let n = self.names.dunder_repr;
            if let Some(m) = self.lookup_special(v, n) {
                let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
                if !is_kind(r, Kind::Str) {
                    let tn = self.type_name(r);
                    return Err(
                        self.type_error(format!("__repr__ returned non-string (type {tn})"))
                    );
                }
                return Ok(r);
            }
        }
        let s = self.repr_string(v)?;
        Ok(self.new_str(&s))
    }

    /// `str(v)` as a str object.
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if is_kind(v, Kind::Str) && self.type_of(v) == self.types.str {
            return Ok(v);
        }
        // A class whose metaclass defines __str__ or __repr__.
        if let Some(r) = self.call_meta_special(v, self.names.dunder_str, &[])? {
            return Ok(r);
        }
        if self.meta_special(v, self.names.dunder_repr).is_some() {
            return self.repr(v);
        }
        if is_kind(v, Kind::Instance) {
            let n = self.names.dunder_str;
            if let Some(m) = self.lookup_special(v, n) {
                let r = self.call_bound_special(m, v, &[], Value::EMPTY)?;
                if !is_kind(r, Kind::Str) {
                    let tn = self.type_name(r);
                    return Err(self.type_error(format!("__str__ returned non-string (type {tn})")));
                }
                return Ok(r);
            }
            // No `__str__`: what the builtin base does, which for most bases (as for
            // `object`) is `repr(v)`, the user's `__repr__` included.
            if exc_data(v).is_none() {
                let ext = crate::object::instance_ext(v);
                if is_kind(ext, Kind::Str) {
                    // SAFETY: kind checked.
                    let s = unsafe { as_str(ext) }.to_owned();
                    return Ok(self.new_str(&s));
                }
                if is_kind(ext, Kind::Bytes) {
                    let s = self.repr_string(ext)?;
                    return Ok(self.new_str(&s));
                }
                return self.repr(v);
            }
        }
        let s = self.str_string(v)?;
        Ok(self.new_str(&s))
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if is_kind(v, Kind::Str) {
            // SAFETY: kind checked.
            return Ok(unsafe { as_str(v) }.to_owned());
        }
        if v.is_float() {
            return Ok(crate::format::float_repr(v.as_float()));
        }
        if crate::builtins::mappingproxy::is_mappingproxy(v) {
            // str() of a mappingproxy is str() of its mapping (repr adds the wrapper).
            return self.str_string(crate::builtins::mappingproxy::proxied(v));
        }
        if is_kind(v, Kind::Type)
            && (self.meta_special(v, self.names.dunder_str).is_some()
                || self.meta_special(v, self.names.dunder_repr).is_some())
        {
            // A metaclass's __str__/__repr__ (to_str runs them).
            let s = self.to_str(v)?;
            // SAFETY: to_str returns a str.
            return Ok(unsafe { as_str(s) }.to_owned());
        }
        if is_kind(v, Kind::Instance) {
            let n = self.names.dunder_str;
            if self.lookup_special(v, n).is_some() || exc_data(v).is_none() {
                let s = self.to_str(v)?;
                // SAFETY: to_str returns a str.
                return Ok(unsafe { as_str(s) }.to_owned());
            }
            if let Some(d) = exc_data(v) {
                let args = d.args;
                if let Some(s) = crate::modules::os::os_error_str(self, v)? {
                    return Ok(s);
                }
                // SAFETY: args is a tuple.
                let items = unsafe { tuple_items(args) };
                return match items.len() {
                    0 => Ok(String::new()),
                    1 => {
                        let a = items[0];
                        if self.isinstance(v, self.types.key_error) {
                            self.repr_string(a)
                        } else {
                            self.str_string(a)
                        }
                    }
                    _ => self.repr_string(args),
                };
            }
        }
        self.repr_string(v)
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if v.is_none() {
            return Ok("None".into());
        }
        if v.is_bool() {
            return Ok(if v.is_true_bool() { "True" } else { "False" }.into());
        }
        if v.is_small_int() {
            return Ok(v.as_small_int().to_string());
        }
        if v.is_float() {
            return Ok(crate::format::float_repr(v.as_float()));
        }
        let addr = v.bits();
        match kind_of(v) {
            Kind::BoxedInt | Kind::BigInt => {
                let iv = int_view(v).unwrap();
                if exceeds_str_digits(iv) {
                    return Err(self.value_error(
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
                Ok(int_to_decimal(iv))
            }
            // SAFETY: kind checked.
            Kind::Str => Ok(repr_str(unsafe { as_str(v) })),
            Kind::Bytes => Ok(repr_bytes(unsafe { crate::builtins::bytes::bytes_data(v) })),
            Kind::ByteArray => {
                // SAFETY: kind checked.
                Ok(repr_bytearray(unsafe {
                    crate::builtins::bytes::seq_data(v)
                }))
            }
            Kind::List => self.repr_sequence(v, "[", "]"),
            Kind::Tuple => {
                // SAFETY: kind checked.
                if unsafe { tuple_items(v).len() } == 1 {
                    let inner = self.repr_string(unsafe { tuple_items(v)[0] })?;
                    return Ok(format!("({inner},)"));
                }
                self.repr_sequence(v, "(", ")")
            }
            Kind::Dict => self.repr_dict(v),
            Kind::Set => self.repr_set(v),
            Kind::Range => {
                // SAFETY: kind checked.
                let r = unsafe { obj::<crate::object::range::RangeObj>(v) };
                if r.step == 1 {
                    Ok(format!("range({}, {})", r.start, r.stop))
                } else {
                    Ok(format!("range({}, {}, {})", r.start, r.stop, r.step))
                }
            }
            Kind::Slice => {
                // SAFETY: kind checked.
                let s = unsafe { obj::<SliceObj>(v) };
                let (a, b, c) = (s.start, s.stop, s.step);
                Ok(format!(
                    "slice({}, {}, {})",
                    self.repr_string(a)?,
                    self.repr_string(b)?,
                    self.repr_string(c)?
                ))
            }
            Kind::Function => {
                // SAFETY: kind checked.
                let q = unsafe { as_str(obj::<FunctionObj>(v).qualname) };
                Ok(format!("<function {q} at {addr:#x}>"))
            }
            Kind::NativeFunction => {
                // SAFETY: kind checked.
                let f = unsafe { obj::<NativeFunctionObj>(v) };
                let name = unsafe { as_str(f.name) };
                if !f.owner.is_null() {
                    let tn = unsafe { (*f.owner).name_str() };
                    return Ok(format!("<method '{name}' of '{tn}' objects>"));
                }
                Ok(format!("<built-in function {name}>"))
            }
            Kind::BoundMethod => {
                // SAFETY: kind checked.
                let bm = unsafe { obj::<BoundMethodObj>(v) };
                let (func, self_) = (bm.func, bm.self_);
                let fname = if is_kind(func, Kind::Function) {
                    unsafe { as_str(obj::<FunctionObj>(func).qualname) }.to_owned()
                } else if is_kind(func, Kind::NativeFunction) {
                    let nf = unsafe { obj::<NativeFunctionObj>(func) };
                    let n = unsafe { as_str(nf.name) }.to_owned();
                    if is_kind(self_, Kind::Type) || nf.owner.is_null() {
                        return Ok(format!(
                            "<built-in method {n} of {} object at {:#x}>",
                            self.type_name(self_),
                            self_.bits()
                        ));
                    }
                    let tn = self.type_name(self_);
                    return Ok(format!(
                        "<built-in method {n} of {tn} object at {:#x}>",
                        self_.bits()
                    ));
                } else {
                    "?".to_owned()
                };
                let sr = self.repr_string(self_)?;
                Ok(format!("<bound method {fname} of {sr}>"))
            }
            Kind::Type => {
                let t = v.as_ptr::<TypeObj>();
                // SAFETY: live type.
                unsafe {
                    let ty = &*t;
                    let q = as_str(ty.qualname);
                    if ty.has_flag(tflags::BUILTIN)
                        || !is_kind(ty.module, Kind::Str)
                        || as_str(ty.module) == "builtins"
                    {
                        Ok(format!("<class '{q}'>"))
                    } else {
                        Ok(format!("<class '{}.{q}'>", as_str(ty.module)))
                    }
                }
            }
            Kind::Module => {
                // SAFETY: kind checked.
                let m = unsafe { obj::<ModuleObj>(v) };
                let name = unsafe { as_str(m.name) }.to_owned();
                let file = self.names.dunder_file;
                match self.dict_get_str(m.dict, file) {
                    Some(f) if is_kind(f, Kind::Str) => {
                        Ok(format!("<module '{name}' from '{}'>", unsafe { as_str(f) }))
                    }
                    _ => Ok(format!("<module '{name}' (built-in)>")),
                }
            }
            Kind::Generator => {
                // SAFETY: kind checked.
                let g = unsafe { obj::<crate::object::generator::GeneratorObj>(v) };
                let q = unsafe { as_str(g.qualname) };
                let what = if self.type_of(v) == self.types.coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                Ok(format!("<{what} object {q} at {addr:#x}>"))
            }
            Kind::Member => {
                // SAFETY: kind checked; a member's fget is its name and fset its class.
                let (name, owner) = unsafe {
                    let d = obj::<DescriptorObj>(v);
                    (d.fget, d.fset)
                };
                let n = unsafe { crate::object::str::as_str(name) };
                if is_kind(owner, Kind::Type) {
                    // SAFETY: kind checked; a type's name is a str.
                    let on =
                        unsafe { crate::object::str::as_str((*owner.as_ptr::<TypeObj>()).name) };
                    Ok(format!("<member '{n}' of '{on}' objects>"))
                } else {
                    Ok(format!("<member '{n}' objects>"))
                }
            }
            Kind::Property | Kind::ClassMethod | Kind::StaticMethod => {
                let tn = self.type_name(v);
                let _ = obj::<DescriptorObj> as unsafe fn(Value) -> &'static DescriptorObj;
                Ok(format!("<{tn} object at {addr:#x}>"))
            }
            Kind::Cell => Ok(format!("<cell at {addr:#x}>")),
            Kind::Code => {
                // SAFETY: kind checked.
                let c = unsafe { crate::object::code::code_obj(v) };
                Ok(format!(
                    "<code object {} at {addr:#x}, file \"{}\", line {}>",
                    c.name_str(),
                    c.filename_str(),
                    c.firstlineno
                ))
            }
            Kind::Iter => self.repr_iter(v),
            Kind::Instance => self.repr_instance(v),
            Kind::Native => crate::builtins::native_types::native_repr(self, v),
            _ => {
                let tn = self.type_name(v);
                Ok(format!("<{tn} object at {addr:#x}>"))
            }
        }
    }

    fn repr_enter(&mut self, v: Value) -> bool {
        if self.repr_stack.contains(&v) {
            return false;
        }
        self.repr_stack.push(v);
        true
    }

    fn repr_leave(&mut self, v: Value) {
        if let Some(i) = self.repr_stack.iter().rposition(|&x| x == v) {
            self.repr_stack.remove(i);
        }
    }

    fn repr_sequence(&mut self, v: Value, open: &str, close: &str) -> PyResult<String> {
        if !self.repr_enter(v) {
            return Ok(format!("{open}...{close}"));
        }
        let mut out = String::from(open);
        let mut i = 0;
        let r = loop {
            // SAFETY: list or tuple; re-read each iteration (reprs may mutate).
            let items = unsafe {
                if kind_of(v) == Kind::List {
                    list_obj(v).items()
                } else {
                    tuple_items(v)
                }
            };
            if i >= items.len() {
                break Ok(());
            }
            if i > 0 {
                out.push_str(", ");
            }
            let x = items[i];
            match self.repr_of_item(x) {
                Ok(s) => out.push_str(&s),
                Err(e) => break Err(e),
            }
            i += 1;
        };
        self.repr_leave(v);
        r?;
        out.push_str(close);
        Ok(out)
    }

    /// repr() of an element: user `__repr__` included.
    fn repr_of_item(&mut self, x: Value) -> PyResult<String> {
        if is_kind(x, Kind::Instance) || is_kind(x, Kind::Type) {
            let r = self.repr(x)?;
            // SAFETY: repr returns a str.
            return Ok(unsafe { as_str(r) }.to_owned());
        }
        self.repr_string(x)
    }

    fn repr_dict(&mut self, v: Value) -> PyResult<String> {
        if !self.repr_enter(v) {
            return Ok("{...}".into());
        }
        let mut out = String::from("{");
        let mut pos = 0;
        let mut first = true;
        let r = loop {
            let Some((k, val)) = crate::object::dict::dict_next(v, &mut pos) else {
                break Ok(());
            };
            if !first {
                out.push_str(", ");
            }
            first = false;
            match self
                .repr_of_item(k)
                .and_then(|ks| Ok((ks, self.repr_of_item(val)?)))
            {
                Ok((ks, vs)) => {
                    out.push_str(&ks);
                    out.push_str(": ");
                    out.push_str(&vs);
                }
                Err(e) => break Err(e),
            }
        };
        self.repr_leave(v);
        r?;
        out.push('}');
        Ok(out)
    }

    fn repr_set(&mut self, v: Value) -> PyResult<String> {
        let t = self.type_of(v);
        let is_frozen = t == self.types.frozenset;
        let is_plain = t == self.types.set || is_frozen;
        // SAFETY: live type.
        let tn = unsafe { (*t).name_str().to_owned() };
        if crate::object::set::set_len(v) == 0 {
            return Ok(format!("{tn}()"));
        }
        if !self.repr_enter(v) {
            return Ok(format!("{tn}(...)"));
        }
        let mut out = String::new();
        let mut pos = 0;
        let mut first = true;
        let r = loop {
            let Some(e) = crate::object::set::set_next(v, &mut pos) else {
                break Ok(());
            };
            if !first {
                out.push_str(", ");
            }
            first = false;
            match self.repr_of_item(e.key) {
                Ok(s) => out.push_str(&s),
                Err(e) => break Err(e),
            }
        };
        self.repr_leave(v);
        r?;
        if is_plain && !is_frozen {
            Ok(format!("{{{out}}}"))
        } else {
            Ok(format!("{tn}({{{out}}})"))
        }
    }

    fn repr_iter(&mut self, v: Value) -> PyResult<String> {
        use crate::object::iter::{IterKind, IterObj};
        // SAFETY: kind checked by the caller.
        let io = unsafe { obj::<IterObj>(v) };
        let view = match io.kind() {
            IterKind::KeysView => Some("dict_keys"),
            IterKind::ValuesView => Some("dict_values"),
            IterKind::ItemsView => Some("dict_items"),
            _ => None,
        };
        if let Some(name) = view {
            let d = io.seq;
            let mut parts = Vec::new();
            let mut pos = 0;
            while let Some((k, val)) = crate::object::dict::dict_next(d, &mut pos) {
                let s = match io.kind() {
                    IterKind::KeysView => self.repr_of_item(k)?,
                    IterKind::ValuesView => self.repr_of_item(val)?,
                    _ => format!("({}, {})", self.repr_of_item(k)?, self.repr_of_item(val)?),
                };
                parts.push(s);
            }
            return Ok(format!("{name}([{}])", parts.join(", ")));
        }
        let tn = self.type_name(v);
        Ok(format!("<{tn} object at {:#x}>", v.bits()))
    }

    fn repr_instance(&mut self, v: Value) -> PyResult<String> {
        let t = self.type_of(v);
        if v == self.singletons.not_implemented {
            return Ok("NotImplemented".into());
        }
        if v == self.singletons.ellipsis {
            return Ok("Ellipsis".into());
        }
        if let Some(d) = exc_data(v) {
            let args = d.args;
            // SAFETY: live type; args is a tuple.
            let name = unsafe { as_str((*t).name) }.to_owned();
            let items = unsafe { tuple_items(args) };
            if items.len() == 1 {
                let a = self.repr_of_item(items[0])?;
                return Ok(format!("{name}({a})"));
            }
            let inner = self.repr_string(args)?;
            return Ok(format!("{name}{inner}"));
        }
        let ext = crate::object::instance_ext(v);
        if !ext.is_empty() {
            let inner = self.repr_string(ext)?;
            return Ok(inner);
        }
        // SAFETY: live type.
        let (module, q) = unsafe {
            let ty = &*t;
            (
                if is_kind(ty.module, Kind::Str) {
                    as_str(ty.module).to_owned()
                } else {
                    "builtins".to_owned()
                },
                as_str(ty.qualname).to_owned(),
            )
        };
        if module == "builtins" {
            return Ok(format!("<{q} object at {:#x}>", v.bits()));
        }
        Ok(format!("<{module}.{q} object at {:#x}>", v.bits()))
    }

    /// Concatenation of str values (BuildString, `+`).
    pub fn concat_strs(&mut self, parts: &[Value]) -> Value {
        let mut total = 0;
        for &p in parts {
            // SAFETY: callers pass strs.
            total += unsafe { str_obj(p) }.len;
        }
        // Written in place into the new str: the parts are rooted by the caller and the
        // collector does not move them.
        self.new_str_filled(total, |b| {
            let mut at = 0;
            for &p in parts {
                // SAFETY: callers pass strs.
                let t = unsafe { as_str(p) }.as_bytes();
                b[at..at + t.len()].copy_from_slice(t);
                at += t.len();
            }
        })
    }
}
