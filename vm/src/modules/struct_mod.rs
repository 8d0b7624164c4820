//! `struct`: converting between Python values and packed bytes, as CPython 3.11's
//! `_struct` C module (re-exported by `struct.py`) does: `pack`, `unpack`,
//! `calcsize`, `pack_into`, `unpack_from`, `iter_unpack`, `Struct` objects and the
//! `struct.error` exception.
//!
//! Formats: an optional byte-order prefix (`@` native order, size and alignment;
//! `=` / `<` little-endian, `>` / `!` big-endian, standard sizes, no alignment), then
//! codes `x c b B ? h H i I l L q Q n N e f d s p P` with repeat counts. The machine
//! is x86-64 Linux, so native order is little-endian and native `l`/`L` are 8 bytes.
//!
//! Invariants and CPython details kept:
//! - A format is parsed into a `Layout` (one `Code` per code letter, with its repeat
//!   count, as CPython's `s_codes`); `Struct` objects keep only the format text and
//!   parse it again on each use (formats are short), so they own no Rust memory.
//! - Which conversion routine packs a code depends on the table, exactly as in
//!   CPython: the little-endian table borrows the native routines for codes whose
//!   sizes agree (so `'<h'` reports "short format requires ...", `'>h'` reports
//!   "'h' format requires ..."). `Pack` names every routine.
//! - An `OverflowError` raised while packing an `int` becomes `struct.error: int too
//!   large to convert` (CPython's `s_pack_internal`); float range errors stay
//!   `OverflowError`.
//! - Buffers are read in place (bytes, bytearray, array) and never across a call
//!   that may run Python code: values are decoded into `Item`s first.
//! - `struct.error` is a class created with the module and kept in `vm.permanent`,
//!   where `error_class` finds it again (native functions carry no module state).

use crate::builtins::add_methods;
use crate::builtins::args::{nkw, positional};
use crate::builtins::bytes::{buffer_bytes, byte_seq_of, seq_data};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::bytearray::bytearray_obj;
use crate::object::function::{native_flags, NativeFn};
use crate::object::int::{int_to_f64, int_view, IntView};
use crate::object::native::{vtable_of, NativeObjHeader, NativeOps, NativeVTable};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, Kind, ModuleObj, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::{Signed, ToPrimitive};

const PY_SSIZE_T_MAX: usize = i64::MAX as usize;

// ----- format parsing ----------------------------------------------------------------

/// The table a format's prefix selects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Table {
    Native,
    Little,
    Big,
}

/// The routine that packs one value (CPython's `np_*`, `lp_*`, `bp_*` functions).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pack {
    /// `x`, `s`, `p`: handled by the caller.
    None,
    Byte,
    UByte,
    Char,
    Short,
    UShort,
    /// Native `i`: C long, then an `int` range check.
    Int,
    /// Native `I`.
    UInt,
    /// Native `l`, `n`, `q` (and little-endian `q`): any value that fits 64 bits.
    Long,
    /// Native `L`, `N`, `Q` (and little-endian `Q`).
    ULong,
    VoidP,
    Bool,
    /// `e` (native and little-endian).
    Half,
    /// Native `f`: a C cast, infinite on overflow without an error.
    Float,
    Double,
    /// Standard-size signed ints (`lp_int` / `bp_int`) of the code's size.
    StdInt,
    StdUInt,
    /// Big-endian `q` / `Q` (`_PyLong_AsByteArray`).
    StdLongLong,
    StdULongLong,
    StdBool,
    StdHalf,
    StdFloat,
}

/// One code letter of a table.
#[derive(Clone, Copy, Debug)]
struct Def {
    ch: u8,
    size: usize,
    align: usize,
    pack: Pack,
}

const fn def(ch: u8, size: usize, align: usize, pack: Pack) -> Def {
    Def {
        ch,
        size,
        align,
        pack,
    }
}

static NATIVE_TABLE: [Def; 21] = [
    def(b'x', 1, 0, Pack::None),
    def(b'b', 1, 0, Pack::Byte),
    def(b'B', 1, 0, Pack::UByte),
    def(b'c', 1, 0, Pack::Char),
    def(b's', 1, 0, Pack::None),
    def(b'p', 1, 0, Pack::None),
    def(b'h', 2, 2, Pack::Short),
    def(b'H', 2, 2, Pack::UShort),
    def(b'i', 4, 4, Pack::Int),
    def(b'I', 4, 4, Pack::UInt),
    def(b'l', 8, 8, Pack::Long),
    def(b'L', 8, 8, Pack::ULong),
    def(b'n', 8, 8, Pack::Long),
    def(b'N', 8, 8, Pack::ULong),
    def(b'q', 8, 8, Pack::Long),
    def(b'Q', 8, 8, Pack::ULong),
    def(b'?', 1, 1, Pack::Bool),
    def(b'e', 2, 2, Pack::Half),
    def(b'f', 4, 4, Pack::Float),
    def(b'd', 8, 8, Pack::Double),
    def(b'P', 8, 8, Pack::VoidP),
];

/// `<` and `=`: standard sizes; the native routines where the sizes agree.
static LITTLE_TABLE: [Def; 18] = [
    def(b'x', 1, 0, Pack::None),
    def(b'b', 1, 0, Pack::Byte),
    def(b'B', 1, 0, Pack::UByte),
    def(b'c', 1, 0, Pack::Char),
    def(b's', 1, 0, Pack::None),
    def(b'p', 1, 0, Pack::None),
    def(b'h', 2, 0, Pack::Short),
    def(b'H', 2, 0, Pack::UShort),
    def(b'i', 4, 0, Pack::Int),
    def(b'I', 4, 0, Pack::UInt),
    def(b'l', 4, 0, Pack::StdInt),
    def(b'L', 4, 0, Pack::StdUInt),
    def(b'q', 8, 0, Pack::Long),
    def(b'Q', 8, 0, Pack::ULong),
    def(b'?', 1, 0, Pack::StdBool),
    def(b'e', 2, 0, Pack::Half),
    def(b'f', 4, 0, Pack::StdFloat),
    def(b'd', 8, 0, Pack::Double),
];

/// `>` and `!`.
static BIG_TABLE: [Def; 18] = [
    def(b'x', 1, 0, Pack::None),
    def(b'b', 1, 0, Pack::Byte),
    def(b'B', 1, 0, Pack::UByte),
    def(b'c', 1, 0, Pack::Char),
    def(b's', 1, 0, Pack::None),
    def(b'p', 1, 0, Pack::None),
    def(b'h', 2, 0, Pack::StdInt),
    def(b'H', 2, 0, Pack::StdUInt),
    def(b'i', 4, 0, Pack::StdInt),
    def(b'I', 4, 0, Pack::StdUInt),
    def(b'l', 4, 0, Pack::StdInt),
    def(b'L', 4, 0, Pack::StdUInt),
    def(b'q', 8, 0, Pack::StdLongLong),
    def(b'Q', 8, 0, Pack::StdULongLong),
    def(b'?', 1, 0, Pack::StdBool),
    def(b'e', 2, 0, Pack::StdHalf),
    def(b'f', 4, 0, Pack::StdFloat),
    def(b'd', 8, 0, Pack::Double),
];

impl Table {
    fn defs(self) -> &'static [Def] {
        match self {
            Table::Native => &NATIVE_TABLE,
            Table::Little => &LITTLE_TABLE,
            Table::Big => &BIG_TABLE,
        }
    }
    fn big_endian(self) -> bool {
        self == Table::Big
    }
}

/// One code of a parsed format: `repeat` items of `size` bytes from `offset` (for
/// `s` and `p`, one item of `size` bytes).
#[derive(Clone, Copy, Debug)]
struct Code {
    def: Def,
    offset: usize,
    size: usize,
    repeat: usize,
}

/// A parsed format.
#[derive(Debug)]
struct Layout {
    table: Table,
    codes: Vec<Code>,
    /// Total bytes (CPython's `s_size`).
    size: usize,
    /// Values packed or unpacked (CPython's `s_len`).
    nitems: usize,
}

/// Why a format is rejected (all are `struct.error` but `Encode`).
#[derive(Debug, PartialEq)]
enum FormatError {
    Msg(&'static str),
    /// A non-ASCII character at this char position (CPython fails encoding the
    /// format to ASCII).
    Encode(usize),
}

/// Parses a format (CPython's `prepare_s`).
fn parse(fmt: &[u8]) -> Result<Layout, FormatError> {
    let (table, body) = match fmt.first() {
        Some(b'<') | Some(b'=') => (Table::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Table::Big, &fmt[1..]),
        Some(b'@') => (Table::Native, &fmt[1..]),
        _ => (Table::Native, fmt),
    };
    const TOO_LONG: FormatError = FormatError::Msg("total struct size too long");
    let mut codes = Vec::new();
    let (mut size, mut nitems) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let num = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                match body.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        let d = (d - b'0') as usize;
                        if num >= PY_SSIZE_T_MAX / 10
                            && (num > PY_SSIZE_T_MAX / 10 || d > PY_SSIZE_T_MAX % 10)
                        {
                            return Err(TOO_LONG);
                        }
                        num = num * 10 + d;
                        i += 1;
                    }
                    Some(&d) => {
                        c = d;
                        i += 1;
                        break;
                    }
                    None => {
                        return Err(FormatError::Msg(
                            "repeat count given without format specifier",
                        ))
                    }
                }
            }
            num
        } else {
            1
        };
        let Some(&d) = table.defs().iter().find(|d| d.ch == c) else {
            return Err(FormatError::Msg("bad char in struct format"));
        };
        match c {
            b's' | b'p' => nitems += 1,
            b'x' => {}
            _ => nitems += num,
        }
        if d.align > 0 && size > 0 {
            let extra = (d.align - 1) - (size - 1) % d.align;
            if extra > PY_SSIZE_T_MAX - size {
                return Err(TOO_LONG);
            }
            size += extra;
        }
        if num > (PY_SSIZE_T_MAX - size) / d.size {
            return Err(TOO_LONG);
        }
        match c {
            b's' | b'p' => codes.push(Code {
                def: d,
                offset: size,
                size: num,
                repeat: 1,
            }),
            b'x' => {}
            _ if num > 0 => codes.push(Code {
                def: d,
                offset: size,
                size: d.size,
                repeat: num,
            }),
            _ => {}
        }
        size += num * d.size;
    }
    Ok(Layout {
        table,
        codes,
        size,
        nitems,
    })
}

// ----- the error class and errors ----------------------------------------------------

/// A class created by a native module and kept in `vm.permanent`: the most recent
/// one named `name` whose `__module__` is `module`.
pub(super) fn permanent_type(vm: &Vm, module: &str, name: &str) -> Option<*mut TypeObj> {
    vm.permanent.iter().rev().find_map(|&v| {
        if !is_kind(v, Kind::Type) {
            return None;
        }
        let t = v.as_ptr::<TypeObj>();
        // SAFETY: kind checked; a live type whose module is checked to be a str
        // before it is read.
        let hit = unsafe {
            (*t).name_str() == name
                && is_kind((*t).module, Kind::Str)
                && as_str((*t).module) == module
        };
        hit.then_some(t)
    })
}

/// `struct.error` (see the module invariants).
fn error_class(vm: &Vm) -> *mut TypeObj {
    permanent_type(vm, "struct", "error").unwrap_or(vm.types.exception)
}

fn struct_error(vm: &mut Vm, msg: &str) -> PyErr {
    let class = error_class(vm);
    vm.new_exception_msg(class, msg)
}

/// The error for a rejected format.
fn format_error(vm: &mut Vm, fmt: &str, e: FormatError) -> PyErr {
    match e {
        FormatError::Msg(m) => struct_error(vm, m),
        FormatError::Encode(pos) => {
            let chars: Vec<char> = fmt.chars().collect();
            let end = chars[pos..]
                .iter()
                .position(|c| c.is_ascii())
                .map_or(chars.len(), |n| pos + n);
            let msg = if end - pos > 1 {
                format!(
                    "'ascii' codec can't encode characters in position {pos}-{}: ordinal not in range(128)",
                    end - 1
                )
            } else {
                let c = chars[pos] as u32;
                let esc = if c < 0x100 {
                    format!("\\x{c:02x}")
                } else if c < 0x10000 {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!(
                    "'ascii' codec can't encode character '{esc}' in position {pos}: ordinal not in range(128)"
                )
            };
            let class = vm.types.unicode_encode_error;
            vm.new_exception_msg(class, &msg)
        }
    }
}

// ----- value conversions (shared with `array`) ---------------------------------------

/// An int's value: exact when it fits 128 bits, else only its sign.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum IntArg {
    Fits(i128),
    Huge { negative: bool },
}

impl IntArg {
    pub(super) fn of(iv: IntView) -> IntArg {
        match iv {
            IntView::I64(i) => IntArg::Fits(i as i128),
            IntView::Big(b) => match b.to_i128() {
                Some(i) => IntArg::Fits(i),
                None => IntArg::Huge {
                    negative: b.is_negative(),
                },
            },
        }
    }
    /// The value when it fits `lo..=hi`.
    pub(super) fn within(self, lo: i128, hi: i128) -> Option<i128> {
        match self {
            IntArg::Fits(i) if (lo..=hi).contains(&i) => Some(i),
            _ => None,
        }
    }
    pub(super) fn is_negative(self) -> bool {
        match self {
            IntArg::Fits(i) => i < 0,
            IntArg::Huge { negative } => negative,
        }
    }
}

/// `PyNumber_Index`: an int, or the result of `__index__` (which must be an int).
/// Ok(None) when `v` has no `__index__`.
pub(super) fn index_value(vm: &mut Vm, v: Value) -> PyResult<Option<IntArg>> {
    if let Some(iv) = int_view(v) {
        return Ok(Some(IntArg::of(iv)));
    }
    if !is_kind(v, Kind::Instance) {
        return Ok(None);
    }
    let n = vm.names.dunder_index;
    let Some(m) = vm.lookup_special(v, n) else {
        return Ok(None);
    };
    let r = vm.call_bound_special(m, v, &[], Value::EMPTY)?;
    match int_view(r) {
        Some(iv) => Ok(Some(IntArg::of(iv))),
        None => {
            let tn = vm.type_name(r);
            Err(vm.type_error(format!("__index__ returned non-int (type {tn})")))
        }
    }
}

/// `PyFloat_AsDouble`: floats, `__float__`, ints and `__index__`, with CPython's
/// errors.
pub(super) fn as_double(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    let ext = crate::object::instance_ext(v);
    if ext.is_float() {
        return Ok(ext.as_float());
    }
    if is_kind(v, Kind::Instance) {
        let n = vm.names.dunder_float;
        if let Some(m) = vm.lookup_special(v, n) {
            let r = vm.call_bound_special(m, v, &[], Value::EMPTY)?;
            if r.is_float() {
                return Ok(r.as_float());
            }
            let ext = crate::object::instance_ext(r);
            if ext.is_float() {
                return Ok(ext.as_float());
            }
            let (tn, rn) = (vm.type_name(v), vm.type_name(r));
            return Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")));
        }
        if int_view(v).is_none() {
            let n = vm.names.dunder_index;
            if let Some(m) = vm.lookup_special(v, n) {
                let r = vm.call_bound_special(m, v, &[], Value::EMPTY)?;
                if int_view(r).is_none() {
                    let tn = vm.type_name(r);
                    return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
                }
                return as_double(vm, r);
            }
        }
    }
    if let Some(iv) = int_view(v) {
        return match int_to_f64(iv) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        };
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

// ----- float formats -----------------------------------------------------------------

/// `frexp`: (m, e) with `x == m * 2**e` and `0.5 <= |m| < 1`, for finite non-zero x.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `PyFloat_Pack2` (IEEE half precision, round half to even); Err on overflow.
pub(super) fn pack_half(x: f64) -> Result<u16, ()> {
    let (sign, e, bits): (u16, i32, u16) = if x == 0.0 {
        (x.is_sign_negative() as u16, 0, 0)
    } else if x.is_infinite() {
        ((x < 0.0) as u16, 0x1f, 0)
    } else if x.is_nan() {
        (x.is_sign_negative() as u16, 0x1f, 512)
    } else {
        let sign = (x < 0.0) as u16;
        let (mut f, mut e) = frexp(x.abs());
        f *= 2.0;
        e -= 1;
        if e >= 16 {
            return Err(());
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        if f - bits as f64 > 0.5 || (f - bits as f64 == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return Err(());
                }
            }
        }
        (sign, e, bits)
    };
    Ok(bits | ((e as u16) << 10) | (sign << 15))
}

/// `PyFloat_Unpack2`.
pub(super) fn unpack_half(h: u16) -> f64 {
    let sign = h >> 15 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (f / 1024.0 + 1.0) * 2f64.powi(e - 15)
    };
    if sign {
        -x
    } else {
        x
    }
}

/// `PyFloat_Pack4`: the nearest float, Err when a finite value overflows.
pub(super) fn pack_f32_checked(x: f64) -> Result<f32, ()> {
    let y = x as f32;
    if y.is_infinite() && !x.is_infinite() {
        return Err(());
    }
    Ok(y)
}

// ----- packing -----------------------------------------------------------------------

/// `get_pylong`: an int argument (or `__index__`), else `struct.error`.
fn get_pylong(vm: &mut Vm, v: Value) -> PyResult<IntArg> {
    match index_value(vm, v)? {
        Some(i) => Ok(i),
        None => Err(struct_error(vm, "required argument is not an integer")),
    }
}

/// `get_long` / `get_ssize_t` / `get_longlong`.
fn get_long(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match get_pylong(vm, v)?.within(i64::MIN as i128, i64::MAX as i128) {
        Some(i) => Ok(i as i64),
        None => Err(struct_error(vm, "argument out of range")),
    }
}

/// `get_ulong` / `get_size_t` / `get_ulonglong`.
fn get_ulong(vm: &mut Vm, v: Value) -> PyResult<u64> {
    match get_pylong(vm, v)?.within(0, u64::MAX as i128) {
        Some(i) => Ok(i as u64),
        None => Err(struct_error(vm, "argument out of range")),
    }
}

/// CPython's `_range_error`.
fn range_error(vm: &mut Vm, d: &Def, unsigned: bool) -> PyErr {
    let ulargest: u64 = u64::MAX >> ((8 - d.size) * 8);
    let ch = d.ch as char;
    let msg = if unsigned {
        format!("'{ch}' format requires 0 <= number <= {ulargest}")
    } else {
        let largest = (ulargest >> 1) as i64;
        format!("'{ch}' format requires {} <= number <= {largest}", !largest)
    };
    struct_error(vm, &msg)
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    as_double(vm, v).map_err(|_| struct_error(vm, "required argument is not a float"))
}

/// Writes `x`'s low `out.len()` bytes in the table's byte order.
fn put(out: &mut [u8], x: u64, big: bool) {
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let shift = if big { (n - 1 - i) * 8 } else { i * 8 };
        *b = (x >> shift) as u8;
    }
}

/// Packs one non-string value with routine `d.pack` into `out` (`d.size` bytes).
fn pack_one(vm: &mut Vm, d: &Def, big: bool, v: Value, out: &mut [u8]) -> PyResult<()> {
    let overflow = |vm: &mut Vm, msg: &str| Err(vm.overflow_error(msg.to_string()));
    match d.pack {
        Pack::None => unreachable!("x, s and p are packed by the caller"),
        Pack::Byte => {
            let x = get_long(vm, v)?;
            if !(-128..=127).contains(&x) {
                return Err(struct_error(
                    vm,
                    "byte format requires -128 <= number <= 127",
                ));
            }
            out[0] = x as u8;
        }
        Pack::UByte => {
            let x = get_long(vm, v)?;
            if !(0..=255).contains(&x) {
                return Err(struct_error(vm, "ubyte format requires 0 <= number <= 255"));
            }
            out[0] = x as u8;
        }
        Pack::Char => {
            let one = is_kind(v, Kind::Bytes)
                // SAFETY: kind checked.
                && unsafe { crate::builtins::bytes::bytes_data(v) }.len() == 1;
            let inst_one = !one
                && is_kind(v, Kind::Instance)
                && is_kind(crate::object::instance_ext(v), Kind::Bytes)
                // SAFETY: kind checked.
                && unsafe { crate::builtins::bytes::bytes_data(crate::object::instance_ext(v)) }
                    .len()
                    == 1;
            if !one && !inst_one {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ));
            }
            let b = if one {
                v
            } else {
                crate::object::instance_ext(v)
            };
            // SAFETY: checked to be a bytes object of length 1.
            out[0] = unsafe { crate::builtins::bytes::bytes_data(b) }[0];
        }
        Pack::Short => {
            let x = get_long(vm, v)?;
            if !(-32768..=32767).contains(&x) {
                return Err(struct_error(
                    vm,
                    "short format requires -32768 <= number <= 32767",
                ));
            }
            put(out, x as u64, big);
        }
        Pack::UShort => {
            let x = get_long(vm, v)?;
            if !(0..=65535).contains(&x) {
                return Err(struct_error(
                    vm,
                    "ushort format requires 0 <= number <= 65535",
                ));
            }
            put(out, x as u64, big);
        }
        Pack::Int => {
            let x = get_long(vm, v)?;
            if i32::try_from(x).is_err() {
                return Err(range_error(vm, d, false));
            }
            put(out, x as u64, big);
        }
        Pack::UInt => {
            let x = get_ulong(vm, v)?;
            if x > u32::MAX as u64 {
                return Err(range_error(vm, d, true));
            }
            put(out, x, big);
        }
        Pack::Long => {
            let x = get_long(vm, v)?;
            put(out, x as u64, big);
        }
        Pack::ULong => {
            let x = get_ulong(vm, v)?;
            put(out, x, big);
        }
        Pack::VoidP => {
            // PyLong_AsVoidPtr: C long for negative values, unsigned long otherwise.
            let x = get_pylong(vm, v)?;
            let bits = if x.is_negative() {
                match x.within(i64::MIN as i128, -1) {
                    Some(i) => i as u64,
                    None => return overflow(vm, "Python int too large to convert to C long"),
                }
            } else {
                match x.within(0, u64::MAX as i128) {
                    Some(i) => i as u64,
                    None => {
                        return overflow(vm, "Python int too large to convert to C unsigned long")
                    }
                }
            };
            put(out, bits, big);
        }
        Pack::Bool | Pack::StdBool => {
            out[0] = vm.is_true(v)? as u8;
        }
        Pack::Half | Pack::StdHalf => {
            let x = float_arg(vm, v)?;
            match pack_half(x) {
                Ok(h) => put(out, h as u64, big),
                Err(()) => return overflow(vm, "float too large to pack with e format"),
            }
        }
        Pack::Float => {
            let x = float_arg(vm, v)?;
            put(out, (x as f32).to_bits() as u64, big);
        }
        Pack::StdFloat => {
            let x = float_arg(vm, v)?;
            match pack_f32_checked(x) {
                Ok(y) => put(out, y.to_bits() as u64, big),
                Err(()) => return overflow(vm, "float too large to pack with f format"),
            }
        }
        Pack::Double => {
            let x = float_arg(vm, v)?;
            put(out, x.to_bits(), big);
        }
        Pack::StdInt => {
            let x = get_long(vm, v)?;
            let ok = match d.size {
                2 => (-32768..=32767).contains(&x),
                4 => i32::try_from(x).is_ok(),
                _ => true,
            };
            if !ok {
                return Err(range_error(vm, d, false));
            }
            put(out, x as u64, big);
        }
        Pack::StdUInt => {
            let x = get_ulong(vm, v)?;
            if d.size < 8 && x >= 1u64 << (d.size * 8) {
                return Err(range_error(vm, d, true));
            }
            put(out, x, big);
        }
        Pack::StdLongLong => match get_pylong(vm, v)?.within(i64::MIN as i128, i64::MAX as i128) {
            Some(i) => put(out, i as u64, big),
            None => return overflow(vm, "int too big to convert"),
        },
        Pack::StdULongLong => {
            let x = get_pylong(vm, v)?;
            if x.is_negative() {
                return overflow(vm, "can't convert negative int to unsigned");
            }
            match x.within(0, u64::MAX as i128) {
                Some(i) => put(out, i as u64, big),
                None => return overflow(vm, "int too big to convert"),
            }
        }
    }
    Ok(())
}

/// The bytes of an `s` / `p` argument (bytes, bytearray or a subclass), or None.
fn string_arg(v: Value) -> Option<Vec<u8>> {
    // SAFETY: byte_seq_of returns a live bytes or bytearray; copied at once.
    byte_seq_of(v).map(|b| unsafe { seq_data(b) }.to_vec())
}

/// `s_pack_internal`: packs `args` (exactly `layout.nitems` of them) into `out`
/// (`layout.size` zeroed bytes). On error `out` holds what was packed so far.
fn pack_into_buf(vm: &mut Vm, layout: &Layout, args: &[Value], out: &mut [u8]) -> PyResult<()> {
    debug_assert_eq!(
        args.len(),
        layout.nitems,
        "argument count checked by callers"
    );
    debug_assert_eq!(out.len(), layout.size, "buffer sized by callers");
    let big = layout.table.big_endian();
    let mut k = 0;
    for code in &layout.codes {
        match code.def.ch {
            b's' | b'p' => {
                let v = args[k];
                k += 1;
                let Some(data) = string_arg(v) else {
                    let msg = if code.def.ch == b's' {
                        "argument for 's' must be a bytes object"
                    } else {
                        "argument for 'p' must be a bytes object"
                    };
                    return Err(struct_error(vm, msg));
                };
                let field = &mut out[code.offset..code.offset + code.size];
                if code.def.ch == b's' {
                    let n = data.len().min(code.size);
                    field[..n].copy_from_slice(&data[..n]);
                } else if code.size > 0 {
                    let n = data.len().min(code.size - 1);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
            }
            _ => {
                for j in 0..code.repeat {
                    let v = args[k];
                    k += 1;
                    let at = code.offset + j * code.size;
                    let field = &mut out[at..at + code.size];
                    if let Err(e) = pack_one(vm, &code.def, big, v, field) {
                        if int_view(v).is_some() && vm.isinstance(e.0, vm.types.overflow_error) {
                            return Err(struct_error(vm, "int too large to convert"));
                        }
                        return Err(e);
                    }
                }
            }
        }
    }
    Ok(())
}

// ----- unpacking ---------------------------------------------------------------------

/// A decoded value, made into a Python object once the buffer is no longer borrowed.
enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Bytes(Vec<u8>),
}

fn get(data: &[u8], big: bool) -> u64 {
    let n = data.len();
    data.iter().enumerate().fold(0u64, |acc, (i, &b)| {
        let shift = if big { (n - 1 - i) * 8 } else { i * 8 };
        acc | (b as u64) << shift
    })
}

fn sign_extend(x: u64, size: usize) -> i64 {
    let shift = 64 - size * 8;
    ((x << shift) as i64) >> shift
}

/// Decodes `layout.size` bytes.
fn unpack_items(layout: &Layout, data: &[u8]) -> Vec<Item> {
    debug_assert_eq!(data.len(), layout.size, "buffer size checked by callers");
    let big = layout.table.big_endian();
    let mut out = Vec::with_capacity(layout.nitems);
    for code in &layout.codes {
        let ch = code.def.ch;
        if ch == b's' || ch == b'p' {
            let field = &data[code.offset..code.offset + code.size];
            out.push(Item::Bytes(if ch == b's' {
                field.to_vec()
            } else if code.size == 0 {
                Vec::new()
            } else {
                let n = (field[0] as usize).min(code.size - 1);
                field[1..1 + n].to_vec()
            }));
            continue;
        }
        for j in 0..code.repeat {
            let at = code.offset + j * code.size;
            let field = &data[at..at + code.size];
            let raw = get(field, big);
            out.push(match ch {
                b'c' => Item::Bytes(field.to_vec()),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    Item::Int(sign_extend(raw, code.size) as i128)
                }
                b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => Item::Int(raw as i128),
                b'?' => Item::Bool(raw != 0),
                b'e' => Item::Float(unpack_half(raw as u16)),
                b'f' => Item::Float(f32::from_bits(raw as u32) as f64),
                b'd' => Item::Float(f64::from_bits(raw)),
                _ => unreachable!("every code letter of the tables is decoded"),
            });
        }
    }
    out
}

fn items_to_tuple(vm: &mut Vm, items: Vec<Item>) -> Value {
    let mut vals = RootedVec::with_capacity(items.len());
    for it in items {
        let v = match it {
            Item::Int(i) => vm.new_int_i128(i),
            Item::Float(f) => Value::float(f),
            Item::Bool(b) => Value::from_bool(b),
            Item::Bytes(b) => vm.new_bytes(&b),
        };
        vals.push(v);
    }
    vm.new_tuple(&vals)
}

/// Runs `f` on the bytes of a bytes-like object (borrowed in place for bytes,
/// bytearray and array; copied for memoryview). `f` must not run Python code.
fn with_buffer<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if let Some(b) = byte_seq_of(v) {
        // SAFETY: a live bytes or bytearray, not mutated while `f` runs.
        return Ok(f(unsafe { seq_data(b) }));
    }
    // SAFETY: as above, for an array's buffer.
    if let Some(d) = unsafe { super::array::array_slice(v) } {
        return Ok(f(d));
    }
    match buffer_bytes(v) {
        Some(d) => Ok(f(&d)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

// ----- formats as arguments ----------------------------------------------------------

/// The bytes of a format argument: a str (which must be ASCII, as CPython encodes it)
/// or bytes; else CPython's TypeError.
fn format_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if is_kind(v, Kind::Str) {
        // SAFETY: kind checked.
        let s = unsafe { as_str(v) };
        if let Some(pos) = s.chars().position(|c| !c.is_ascii()) {
            let s = s.to_owned();
            return Err(format_error(vm, &s, FormatError::Encode(pos)));
        }
        return Ok(s.as_bytes().to_vec());
    }
    if is_kind(v, Kind::Bytes) {
        // SAFETY: kind checked.
        return Ok(unsafe { crate::builtins::bytes::bytes_data(v) }.to_vec());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {tn}"
    )))
}

/// Parses format bytes, with CPython's errors.
fn layout_of_bytes(vm: &mut Vm, fmt: &[u8]) -> PyResult<Layout> {
    if fmt.contains(&0) {
        return Err(struct_error(vm, "embedded null character"));
    }
    parse(fmt).map_err(|e| format_error(vm, "", e))
}

/// The layout of a format argument: a Struct object's, or a str / bytes format.
fn layout_of(vm: &mut Vm, v: Value) -> PyResult<Layout> {
    let fmt = if is_struct(v) {
        // SAFETY: checked Struct object; its format is a str.
        unsafe { as_str((*v.as_ptr::<StructObj>()).format) }
            .as_bytes()
            .to_vec()
    } else {
        format_bytes(vm, v)?
    };
    layout_of_bytes(vm, &fmt)
}

// ----- the operations (module functions and Struct methods share them) ---------------

fn do_pack(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() != layout.nitems {
        let msg = format!(
            "pack expected {} items for packing (got {})",
            layout.nitems,
            args.len()
        );
        return Err(struct_error(vm, &msg));
    }
    let mut out = vec![0u8; layout.size];
    pack_into_buf(vm, layout, args, &mut out)?;
    Ok(vm.new_bytes(&out))
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buf: Value) -> PyResult<Value> {
    let items = with_buffer(vm, buf, |d| {
        (d.len() == layout.size).then(|| unpack_items(layout, d))
    })?;
    match items {
        Some(items) => Ok(items_to_tuple(vm, items)),
        None => {
            let msg = format!("unpack requires a buffer of {} bytes", layout.size);
            Err(struct_error(vm, &msg))
        }
    }
}

/// `Py_ssize_t` from an argument converted by clinic (`unpack_from`'s offset).
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some(i) => match i.within(i64::MIN as i128, i64::MAX as i128) {
            Some(i) => Ok(i as i64),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, buf: Value, offset: Value) -> PyResult<Value> {
    let offset = if offset.is_empty() {
        0
    } else {
        ssize_arg(vm, offset)?
    };
    let size = layout.size as i64;
    let r = with_buffer(vm, buf, |d| {
        let len = d.len() as i64;
        let mut off = offset;
        if off < 0 {
            if off + size > 0 {
                return Err(format!(
                    "not enough data to unpack {size} bytes at offset {offset}"
                ));
            }
            if off + len < 0 {
                return Err(format!(
                    "offset {offset} out of range for {len}-byte buffer"
                ));
            }
            off += len;
        }
        if len - off < size {
            return Err(format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
                size as u64 + off as u64
            ));
        }
        let at = off as usize;
        Ok(unpack_items(layout, &d[at..at + layout.size]))
    })?;
    match r {
        Ok(items) => Ok(items_to_tuple(vm, items)),
        Err(msg) => Err(struct_error(vm, &msg)),
    }
}

/// `pack_into(buffer, offset, *v)` once the layout is known (`args` starts at the
/// buffer).
fn do_pack_into(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() != layout.nitems + 2 {
        let msg = match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            n => format!(
                "pack_into expected {} items for packing (got {})",
                layout.nitems,
                n - 2
            ),
        };
        return Err(struct_error(vm, &msg));
    }
    let target = args[0];
    let is_bytearray = byte_seq_of(target).is_some_and(|b| is_kind(b, Kind::ByteArray));
    let is_array = super::array::is_array(target);
    if !is_bytearray && !is_array {
        if crate::builtins::memoryview::is_memoryview(target) {
            return Err(vm.not_implemented_error(
                "struct.pack_into() into a memoryview is not supported by Tern",
            ));
        }
        let tn = vm.type_name(target);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {tn}"
        )));
    }
    let offset = vm.expect_index(args[1])?;
    let mut out = vec![0u8; layout.size];
    let r = pack_into_buf(vm, layout, &args[2..], &mut out);
    // Bounds are checked against the buffer as it is now (packing may have run
    // Python code); CPython checks them before packing, with the same messages.
    let len = buffer_len(target) as i64;
    let size = layout.size as i64;
    let mut off = offset;
    if off < 0 {
        if off + size > 0 {
            let msg = format!("no space to pack {size} bytes at offset {offset}");
            return Err(struct_error(vm, &msg));
        }
        if off + len < 0 {
            let msg = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(struct_error(vm, &msg));
        }
        off += len;
    }
    if len - off < size {
        let msg = format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
            size as u64 + off as u64
        );
        return Err(struct_error(vm, &msg));
    }
    write_buffer(target, off as usize, &out);
    r.map(|_| Value::NONE)
}

/// Length in bytes of a bytearray (or subclass) or array.
fn buffer_len(v: Value) -> usize {
    if let Some(b) = byte_seq_of(v) {
        // SAFETY: live bytes or bytearray.
        return unsafe { seq_data(b) }.len();
    }
    // SAFETY: live array; length read at once.
    unsafe { super::array::array_slice(v) }.map_or(0, |d| d.len())
}

/// Copies `data` into a writable buffer at `at` (bounds checked by the caller).
fn write_buffer(v: Value, at: usize, data: &[u8]) {
    if let Some(b) = byte_seq_of(v) {
        // SAFETY: a live bytearray (callers check); bounds checked against its
        // current length.
        unsafe { bytearray_obj(b).data_mut()[at..at + data.len()].copy_from_slice(data) };
        return;
    }
    super::array::array_write(v, at, data);
}

// ----- Struct objects ----------------------------------------------------------------

#[repr(C)]
struct StructObj {
    hdr: NativeObjHeader,
    /// The format as a str (`Struct.format`).
    format: Value,
    size: usize,
}

fn struct_trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live Struct objects.
    visit(unsafe { (*(o as *const StructObj)).format });
}

fn no_finalize(_o: *mut ObjHeader) {}

fn struct_repr(_vm: &mut Vm, o: Value) -> PyResult<String> {
    Ok(format!("<_struct.Struct object at {:#x}>", o.bits()))
}

static STRUCT_VT: NativeVTable = NativeVTable {
    name: "Struct",
    trace: struct_trace,
    finalize: no_finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        next: None,
        len: None,
        repr: Some(struct_repr),
        contains: None,
    },
};

fn is_struct(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &STRUCT_VT)
}

/// The receiver of a Struct method, checked.
fn this(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    match a.first() {
        Some(&v) if is_struct(v) => Ok(v),
        Some(&v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{meth}' for '_struct.Struct' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method Struct.{meth}() needs an argument"))),
    }
}

/// The layout of a Struct method's receiver.
fn this_layout(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Layout> {
    let s = this(vm, a, meth)?;
    layout_of(vm, s)
}

fn no_kw(vm: &mut Vm, fname: &str, kw: Value) -> PyResult<()> {
    if nkw(kw) > 0 {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Calls of the `Struct` class (None when `t` is not it).
pub fn construct(
    vm: &mut Vm,
    t: *mut TypeObj,
    args: &[Value],
    kw: Value,
) -> PyResult<Option<Value>> {
    // SAFETY: live type; `module` is checked to be a str before it is read.
    let ours = unsafe {
        (*t).instance_kind == Kind::Native
            && is_kind((*t).module, Kind::Str)
            && as_str((*t).module) == "_struct"
            && (*t).name_str() == "Struct"
    };
    if !ours {
        return Ok(None);
    }
    let pos = positional(args, kw);
    let nk = nkw(kw);
    if pos.len() + nk > 1 {
        return Err(vm.type_error(format!(
            "Struct() takes at most 1 argument ({} given)",
            pos.len() + nk
        )));
    }
    let fmt = match pos.first() {
        Some(&f) => f,
        None if nk == 1 => {
            // SAFETY: kwnames is a tuple of strs.
            let name = unsafe { as_str(tuple_items(kw)[0]) };
            if name != "format" {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for Struct()"
                )));
            }
            args[args.len() - 1]
        }
        None => return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)")),
    };
    let text = format_bytes(vm, fmt)?;
    let layout = layout_of_bytes(vm, &text)?;
    // A parsed format is ASCII.
    let format = vm.new_str(&String::from_utf8_lossy(&text));
    let p = vm.alloc_obj(std::mem::size_of::<StructObj>(), Kind::Native, t) as *mut StructObj;
    // SAFETY: fresh zero-filled object; written before anything else can allocate.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &STRUCT_VT);
        (*p).format = format;
        (*p).size = layout.size;
    }
    Ok(Some(Value::from_ptr(p)))
}

fn s_pack(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    no_kw(vm, "Struct.pack", kw)?;
    let layout = this_layout(vm, a, "pack")?;
    do_pack(vm, &layout, &a[1..])
}

fn s_pack_into(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    no_kw(vm, "Struct.pack_into", kw)?;
    let layout = this_layout(vm, a, "pack_into")?;
    do_pack_into(vm, &layout, &a[1..])
}

/// Exactly one positional argument (clinic's messages for `unpack`/`iter_unpack`).
fn one_arg(vm: &mut Vm, fname: &str, a: &[Value], kw: Value) -> PyResult<Value> {
    no_kw(vm, fname, kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(a[0])
}

fn s_unpack(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let layout = this_layout(vm, a, "unpack")?;
    let buf = one_arg(vm, "Struct.unpack", &a[1..], kw)?;
    do_unpack(vm, &layout, buf)
}

/// Binds `(buffer, offset=0)` of `unpack_from`.
fn unpack_from_args(vm: &mut Vm, fname: &str, a: &[Value], kw: Value) -> PyResult<[Value; 2]> {
    let pos = positional(a, kw);
    let nk = nkw(kw);
    if pos.len() + nk > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 arguments ({} given)",
            pos.len() + nk
        )));
    }
    let mut out = [Value::EMPTY; 2];
    out[..pos.len()].copy_from_slice(pos);
    if nk > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let names = unsafe { tuple_items(kw) };
        for (i, &n) in names.iter().enumerate() {
            // SAFETY: keyword names are strs.
            let s = unsafe { as_str(n) };
            let j = match s {
                "buffer" => 0,
                "offset" => 1,
                _ => {
                    return Err(vm.type_error(format!(
                        "'{s}' is an invalid keyword argument for {fname}()"
                    )))
                }
            };
            if !out[j].is_empty() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{s}') and position ({})",
                    j + 1
                )));
            }
            out[j] = a[pos.len() + i];
        }
    }
    if out[0].is_empty() {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument 'buffer' (pos 1)"
        )));
    }
    Ok(out)
}

fn s_unpack_from(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let layout = this_layout(vm, a, "unpack_from")?;
    let [buf, off] = unpack_from_args(vm, "unpack_from", &a[1..], kw)?;
    do_unpack_from(vm, &layout, buf, off)
}

fn s_iter_unpack(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "iter_unpack")?;
    let buf = one_arg(vm, "Struct.iter_unpack", &a[1..], kw)?;
    iter_unpack_of(vm, s, buf)
}

fn s_format(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "format")?;
    // SAFETY: checked Struct object.
    Ok(unsafe { (*s.as_ptr::<StructObj>()).format })
}

fn s_size(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "size")?;
    // SAFETY: checked Struct object.
    let n = unsafe { (*s.as_ptr::<StructObj>()).size };
    Ok(vm.new_int(n as i64))
}

// ----- unpack iterators --------------------------------------------------------------

#[repr(C)]
struct UnpackIterObj {
    hdr: NativeObjHeader,
    /// The Struct object whose format is unpacked.
    st: Value,
    /// A private bytes copy of the buffer (CPython keeps the buffer exported; Tern
    /// copies it, which differs only if a bytearray is mutated mid-iteration).
    data: Value,
    /// Byte offset of the next item.
    offset: usize,
}

fn iter_trace(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live unpack iterators.
    let it = unsafe { &*(o as *const UnpackIterObj) };
    visit(it.st);
    visit(it.data);
}

fn iter_repr(_vm: &mut Vm, o: Value) -> PyResult<String> {
    Ok(format!(
        "<_struct.unpack_iterator object at {:#x}>",
        o.bits()
    ))
}

static ITER_VT: NativeVTable = NativeVTable {
    name: "unpack_iterator",
    trace: iter_trace,
    finalize: no_finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        next: Some(iter_next),
        len: None,
        repr: Some(iter_repr),
        contains: None,
    },
};

fn is_unpack_iter(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &ITER_VT)
}

/// The iterator type (kept in `vm.permanent` by `create`).
fn iter_type(vm: &mut Vm) -> *mut TypeObj {
    permanent_type(vm, "_struct", "unpack_iterator").unwrap_or(vm.types.object)
}

fn iter_unpack_of(vm: &mut Vm, st: Value, buf: Value) -> PyResult<Value> {
    let layout = layout_of(vm, st)?;
    let data = with_buffer(vm, buf, |d| d.to_vec())?;
    if layout.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        let msg = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        );
        return Err(struct_error(vm, &msg));
    }
    let copy = vm.new_bytes(&data);
    let t = iter_type(vm);
    let p =
        vm.alloc_obj(std::mem::size_of::<UnpackIterObj>(), Kind::Native, t) as *mut UnpackIterObj;
    // SAFETY: fresh zero-filled object; written before anything else can allocate.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &ITER_VT);
        (*p).st = st;
        (*p).data = copy;
        (*p).offset = 0;
    }
    Ok(Value::from_ptr(p))
}

fn iter_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this hook is only attached to unpack iterators.
    let (st, data, offset) = unsafe {
        let it = &*o.as_ptr::<UnpackIterObj>();
        (it.st, it.data, it.offset)
    };
    let layout = layout_of(vm, st)?;
    // SAFETY: `data` is the iterator's private bytes object.
    let bytes = unsafe { crate::builtins::bytes::bytes_data(data) };
    if offset + layout.size > bytes.len() {
        return Ok(None);
    }
    let items = unpack_items(&layout, &bytes[offset..offset + layout.size]);
    // SAFETY: live iterator; a plain field write.
    unsafe { (*o.as_ptr::<UnpackIterObj>()).offset = offset + layout.size };
    Ok(Some(items_to_tuple(vm, items)))
}

fn this_iter(vm: &mut Vm, a: &[Value], meth: &str) -> PyResult<Value> {
    match a.first() {
        Some(&v) if is_unpack_iter(v) => Ok(v),
        _ => Err(vm.type_error(format!(
            "descriptor '{meth}' requires a '_struct.unpack_iterator' object"
        ))),
    }
}

fn it_iter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    this_iter(vm, a, "__iter__")
}

fn it_next(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this_iter(vm, a, "__next__")?;
    match iter_next(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration_with(Value::NONE)),
    }
}

fn it_length_hint(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = this_iter(vm, a, "__length_hint__")?;
    // SAFETY: checked unpack iterator.
    let (st, data, offset) = unsafe {
        let it = &*o.as_ptr::<UnpackIterObj>();
        (it.st, it.data, it.offset)
    };
    // SAFETY: the iterator's Struct and bytes objects.
    let size = unsafe { (*st.as_ptr::<StructObj>()).size };
    let len = unsafe { crate::builtins::bytes::bytes_data(data) }.len();
    Ok(Value::small_int(
        ((len - offset.min(len)) / size.max(1)) as i64,
    ))
}

// ----- module functions --------------------------------------------------------------

/// The format argument of a module function (`missing format argument` without one).
fn format_first(vm: &mut Vm, a: &[Value]) -> PyResult<Layout> {
    match a.first() {
        Some(&f) => layout_of(vm, f),
        None => Err(vm.type_error("missing format argument")),
    }
}

fn m_pack(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let layout = format_first(vm, a)?;
    do_pack(vm, &layout, &a[1..])
}

fn m_pack_into(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let layout = format_first(vm, a)?;
    do_pack_into(vm, &layout, &a[1..])
}

/// Exactly `n` positional arguments (clinic's `_PyArg_CheckPositional`).
fn exact(vm: &mut Vm, fname: &str, a: &[Value], n: usize) -> PyResult<()> {
    if a.len() != n {
        return Err(vm.type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

fn m_unpack(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    exact(vm, "unpack", a, 2)?;
    let layout = layout_of(vm, a[0])?;
    do_unpack(vm, &layout, a[1])
}

fn m_unpack_from(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(a, kw);
    if pos.is_empty() {
        return Err(vm.type_error("unpack_from() missing required argument 'format' (pos 1)"));
    }
    let layout = layout_of(vm, a[0])?;
    let [buf, off] = unpack_from_args(vm, "unpack_from", &a[1..], kw)?;
    do_unpack_from(vm, &layout, buf, off)
}

fn m_iter_unpack(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    exact(vm, "iter_unpack", a, 2)?;
    let st = new_struct_for(vm, a[0])?;
    iter_unpack_of(vm, st, a[1])
}

fn m_calcsize(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "calcsize() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let layout = layout_of(vm, a[0])?;
    Ok(vm.new_int(layout.size as i64))
}

fn m_clearcache(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(vm.type_error(format!(
            "_clearcache() takes no arguments ({} given)",
            a.len()
        )));
    }
    Ok(Value::NONE)
}

/// A Struct object for a format argument (itself when it is one).
fn new_struct_for(vm: &mut Vm, fmt: Value) -> PyResult<Value> {
    if is_struct(fmt) {
        return Ok(fmt);
    }
    let t = struct_type(vm)?;
    match construct(vm, t, &[fmt], Value::EMPTY)? {
        Some(s) => Ok(s),
        None => Err(vm.system_error("struct.Struct is not the native Struct type")),
    }
}

/// The Struct class (kept in `vm.permanent` by `create`).
fn struct_type(vm: &mut Vm) -> PyResult<*mut TypeObj> {
    match permanent_type(vm, "_struct", "Struct") {
        Some(t) => Ok(t),
        None => Err(vm.system_error("struct.Struct type is missing")),
    }
}

// ----- module ------------------------------------------------------------------------

/// A native class named `name` in module `module`, not subclassable (as the
/// itertools types: not flagged BUILTIN, so its repr shows the module).
pub(super) fn native_class(vm: &mut Vm, name: &str, module: &str) -> PyResult<*mut TypeObj> {
    let object = Value::from_ptr(vm.types.object);
    let bases = vm.new_tuple(&[object]);
    let ns = vm.new_dict();
    let n = vm.intern(name);
    let cls = vm.type_new(n, bases, ns)?;
    let t = cls.as_ptr::<TypeObj>();
    let m = vm.intern(module);
    // SAFETY: fresh class, turned into a native type before anyone sees it.
    unsafe {
        (*t).flags &= !(tflags::HEAPTYPE | tflags::BASETYPE);
        (*t).module = m;
        (*t).instance_kind = Kind::Native;
        (*t).empty_shape = Value::EMPTY;
    }
    Ok(t)
}

/// Adds read-only properties computed by `getters` to type `t`.
pub(super) fn add_properties(vm: &mut Vm, t: *mut TypeObj, getters: &[(&str, NativeFn)]) {
    for &(name, f) in getters {
        let getter = vm.new_native(name, f, 0, t);
        let prop = vm.new_descriptor(Kind::Property, getter);
        let key = vm.intern(name);
        // SAFETY: live type.
        let d = unsafe { (*t).dict };
        vm.dict_set_str(d, key, prop);
    }
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("struct");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };

    // struct.error
    let exc = Value::from_ptr(vm.types.exception);
    let bases = vm.new_tuple(&[exc]);
    let ns = vm.new_dict();
    let mk = vm.names.dunder_module;
    let modname = vm.intern("struct");
    vm.dict_set_str(ns, mk, modname);
    let en = vm.intern("error");
    let err = vm.type_new(en, bases, ns)?;
    vm.permanent.push(err);
    vm.dict_set_str(d, en, err);

    // Struct and its iterator.
    let st = native_class(vm, "Struct", "_struct")?;
    add_methods(
        vm,
        st,
        &[
            ("pack", s_pack, native_flags::KWARGS),
            ("pack_into", s_pack_into, native_flags::KWARGS),
            ("unpack", s_unpack, native_flags::KWARGS),
            ("unpack_from", s_unpack_from, native_flags::KWARGS),
            ("iter_unpack", s_iter_unpack, native_flags::KWARGS),
        ],
    );
    add_properties(vm, st, &[("format", s_format), ("size", s_size)]);
    let it = native_class(vm, "unpack_iterator", "_struct")?;
    add_methods(
        vm,
        it,
        &[
            ("__iter__", it_iter, 0),
            ("__next__", it_next, 0),
            ("__length_hint__", it_length_hint, 0),
        ],
    );
    vm.permanent.push(Value::from_ptr(st));
    vm.permanent.push(Value::from_ptr(it));
    let k = vm.intern("Struct");
    vm.dict_set_str(d, k, Value::from_ptr(st));

    let functions: [(&str, NativeFn, u32); 7] = [
        ("pack", m_pack, 0),
        ("pack_into", m_pack_into, 0),
        ("unpack", m_unpack, 0),
        ("unpack_from", m_unpack_from, native_flags::KWARGS),
        ("iter_unpack", m_iter_unpack, 0),
        ("calcsize", m_calcsize, 0),
        ("_clearcache", m_clearcache, 0),
    ];
    for (name, f, flags) in functions {
        crate::builtins::add_function(vm, d, name, f, flags);
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment() {
        let l = parse(b"bi").unwrap();
        assert_eq!(l.size, 8);
        assert_eq!(l.codes[1].offset, 4);
        assert_eq!(parse(b"@bi ci  3sd").unwrap().size, 32);
        assert_eq!(parse(b"b0i").unwrap().size, 4);
        assert_eq!(parse(b"<bi").unwrap().size, 5);
        assert_eq!(parse(b"c?hd").unwrap().size, 16);
        assert_eq!(parse(b"bP").unwrap().size, 16);
    }

    #[test]
    fn format_errors() {
        assert_eq!(
            parse(b"3").unwrap_err(),
            FormatError::Msg("repeat count given without format specifier")
        );
        assert_eq!(
            parse(b"<n").unwrap_err(),
            FormatError::Msg("bad char in struct format")
        );
        assert_eq!(
            parse(b"99999999999999999999i").unwrap_err(),
            FormatError::Msg("total struct size too long")
        );
    }

    #[test]
    fn half_floats() {
        assert_eq!(pack_half(1.0), Ok(0x3c00));
        assert_eq!(pack_half(65519.0), Ok(0x7bff));
        assert_eq!(pack_half(65520.0), Err(()));
        assert_eq!(pack_half(6e-8), Ok(1));
        assert_eq!(pack_half(2.9e-8), Ok(0));
        assert_eq!(pack_half(f64::NAN), Ok(0x7e00));
        assert_eq!(unpack_half(0x3c00), 1.0);
        assert_eq!(unpack_half(1), 5.960464477539063e-08);
    }
}
