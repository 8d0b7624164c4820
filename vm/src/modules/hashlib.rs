//! `hashlib`: the md5, sha1 and SHA-2 message digests (`md5`, `sha1`, `sha224`,
//! `sha256`, `sha384`, `sha512`, `new`) over the RustCrypto crates, with the
//! interface of CPython 3.11's OpenSSL-backed `_hashlib.HASH` objects (`update`,
//! `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`).
//!
//! Invariants:
//! - A HASH object is a `Kind::Native` object holding its hasher state inline (plain
//!   data, no Values); its finalizer drops the state. Each update feeds a copy of
//!   the argument's bytes taken before the state is touched.
//! - Data arguments follow CPython: a str is refused with "Strings must be encoded
//!   before hashing", anything without the buffer protocol with "object supporting
//!   the buffer API required" (bytes, bytearray, memoryview and array have it).
//! - The algorithms CPython 3.11 offers that Tern does not (blake2, sha3, shake,
//!   ripemd160, ...) and the key-derivation functions raise NotImplementedError
//!   naming the function, both as module attributes and through `new()`.

use crate::builtins::args::{nkw, positional};
use crate::builtins::{add_function, add_methods};
use crate::interp::{PyErr, PyResult};
use crate::object::function::native_flags;
use crate::object::native::{vtable_of, NativeObjHeader, NativeOps, NativeVTable};
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::object::typeobj::TypeObj;
use crate::object::{is_kind, Kind, ModuleObj, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;
use sha2::Digest;

use super::struct_mod::{add_properties, native_class, permanent_type};

// ----- hashers -----------------------------------------------------------------------

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// Makes a fresh hasher of one algorithm.
type HasherCtor = fn() -> Hasher;

/// The algorithms Tern implements: (name, constructor).
const ALGORITHMS: [(&str, HasherCtor); 6] = [
    ("md5", || Hasher::Md5(md5::Md5::new())),
    ("sha1", || Hasher::Sha1(sha1::Sha1::new())),
    ("sha224", || Hasher::Sha224(sha2::Sha224::new())),
    ("sha256", || Hasher::Sha256(sha2::Sha256::new())),
    ("sha384", || Hasher::Sha384(sha2::Sha384::new())),
    ("sha512", || Hasher::Sha512(sha2::Sha512::new())),
];

/// Algorithms CPython 3.11 (with OpenSSL 3) offers that Tern does not.
const UNSUPPORTED_ALGORITHMS: [&str; 13] = [
    "blake2b",
    "blake2s",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
    "ripemd160",
    "md5-sha1",
    "sha512_224",
    "sha512_256",
    "sm3",
];

/// `hashlib.algorithms_guaranteed` in CPython 3.11.
const GUARANTEED: [&str; 14] = [
    "blake2b",
    "blake2s",
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "sha512",
    "shake_128",
    "shake_256",
];

impl Hasher {
    fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
        }
    }

    fn digest_size(&self) -> usize {
        match self {
            Hasher::Md5(_) => 16,
            Hasher::Sha1(_) => 20,
            Hasher::Sha224(_) => 28,
            Hasher::Sha256(_) => 32,
            Hasher::Sha384(_) => 48,
            Hasher::Sha512(_) => 64,
        }
    }

    fn block_size(&self) -> usize {
        match self {
            Hasher::Sha384(_) | Hasher::Sha512(_) => 128,
            _ => 64,
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
        }
    }

    /// The digest of the data so far (the state is left as it is).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

/// The Python name of an algorithm name `new()` accepts (OpenSSL's lookup is
/// case-insensitive and knows `sha-256` and `sha2-256` aliases).
fn canonical_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let base = lower
        .strip_prefix("sha2-")
        .or_else(|| lower.strip_prefix("sha-"))
        .map(|rest| format!("sha{rest}"));
    match base {
        Some(b) if ALGORITHMS.iter().any(|(n, _)| *n == b) => b,
        _ => match lower.as_str() {
            "sha512-224" => "sha512_224".to_string(),
            "sha512-256" => "sha512_256".to_string(),
            _ => lower,
        },
    }
}

// ----- HASH objects ------------------------------------------------------------------

#[repr(C)]
struct HashObj {
    hdr: NativeObjHeader,
    h: Hasher,
}

fn trace(_o: *mut ObjHeader, _visit: &mut dyn FnMut(Value)) {}

fn finalize(o: *mut ObjHeader) {
    // SAFETY: the collector finalises each dead HASH object once; its state was
    // written when it was allocated.
    unsafe { std::ptr::drop_in_place(&mut (*(o as *mut HashObj)).h) }
}

fn repr(_vm: &mut Vm, o: Value) -> PyResult<String> {
    // SAFETY: this hook is only attached to HASH objects.
    let name = unsafe { (*o.as_ptr::<HashObj>()).h.name() };
    Ok(format!("<{name} _hashlib.HASH object @ {:#x}>", o.bits()))
}

static VTABLE: NativeVTable = NativeVTable {
    name: "HASH",
    trace,
    finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        next: None,
        len: None,
        repr: Some(repr),
        contains: None,
    },
};

fn is_hash(v: Value) -> bool {
    // SAFETY: kind checked before the vtable is read.
    is_kind(v, Kind::Native) && std::ptr::eq(unsafe { vtable_of(v) }, &VTABLE)
}

fn new_hash(vm: &mut Vm, h: Hasher) -> PyResult<Value> {
    let t = match permanent_type(vm, "_hashlib", "HASH") {
        Some(t) => t,
        None => return Err(vm.system_error("_hashlib.HASH type is missing")),
    };
    let p = vm.alloc_obj(std::mem::size_of::<HashObj>(), Kind::Native, t) as *mut HashObj;
    // SAFETY: fresh zero-filled object; the state is written without dropping the
    // zeroed bytes, before anything else can allocate (and so finalise it).
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &VTABLE);
        std::ptr::write(&mut (*p).h, h);
    }
    Ok(Value::from_ptr(p))
}

/// The state of a HASH object (callers check `is_hash`). No call into the VM may
/// happen while the reference is live.
fn state<'a>(v: Value) -> &'a mut Hasher {
    debug_assert!(is_hash(v), "not a HASH object");
    // SAFETY: callers pass HASH objects; single-threaded, short-lived borrow.
    unsafe { &mut (*v.as_ptr::<HashObj>()).h }
}

/// The bytes of a data argument, with CPython's errors.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if is_kind(v, Kind::Str) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match crate::builtins::bytes::buffer_bytes(v).or_else(|| super::array::array_bytes(v)) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// A HASH method's receiver; `nargs` further arguments are required.
fn this(vm: &mut Vm, a: &[Value], meth: &str, nargs: usize) -> PyResult<Value> {
    let s = match a.first() {
        Some(&v) if is_hash(v) => v,
        Some(&v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "descriptor '{meth}' for '_hashlib.HASH' objects doesn't apply to a '{tn}' object"
            )));
        }
        None => {
            return Err(vm.type_error(format!("unbound method HASH.{meth}() needs an argument")))
        }
    };
    let n = a.len() - 1;
    if n != nargs {
        let msg = if nargs == 0 {
            format!("HASH.{meth}() takes no arguments ({n} given)")
        } else {
            format!("HASH.{meth}() takes exactly one argument ({n} given)")
        };
        return Err(vm.type_error(msg));
    }
    Ok(s)
}

fn m_update(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "update", 1)?;
    let data = data_arg(vm, a[1])?;
    state(s).update(&data);
    Ok(Value::NONE)
}

fn m_digest(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "digest", 0)?;
    let d = state(s).digest();
    Ok(vm.new_bytes(&d))
}

fn m_hexdigest(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "hexdigest", 0)?;
    let hex: String = state(s)
        .digest()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(vm.new_str(&hex))
}

fn m_copy(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "copy", 0)?;
    let h = state(s).clone();
    new_hash(vm, h)
}

fn p_name(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "name", 0)?;
    let n = state(s).name();
    Ok(vm.new_str(n))
}

fn p_digest_size(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "digest_size", 0)?;
    Ok(Value::small_int(state(s).digest_size() as i64))
}

fn p_block_size(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let s = this(vm, a, "block_size", 0)?;
    Ok(Value::small_int(state(s).block_size() as i64))
}

// ----- constructors ------------------------------------------------------------------

/// Binds `(string=b'', *, usedforsecurity=True)` of the `openssl_*` constructors;
/// returns the data argument (EMPTY when absent).
fn bind_data(vm: &mut Vm, fname: &str, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut data = pos.first().copied().unwrap_or(Value::EMPTY);
    if nkw(kw) > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let names = unsafe { tuple_items(kw) };
        for (i, &n) in names.iter().enumerate() {
            // SAFETY: keyword names are strs.
            match unsafe { as_str(n) } {
                "usedforsecurity" => {}
                "string" => {
                    if !data.is_empty() {
                        return Err(vm.type_error(format!(
                            "argument for {fname}() given by name ('string') and position (1)"
                        )));
                    }
                    data = args[pos.len() + i];
                }
                other => {
                    let other = other.to_owned();
                    return Err(vm.type_error(format!(
                        "'{other}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
    }
    Ok(data)
}

fn construct_with(vm: &mut Vm, h: Hasher, data: Value) -> PyResult<Value> {
    let mut h = h;
    if !data.is_empty() {
        let d = data_arg(vm, data)?;
        h.update(&d);
    }
    new_hash(vm, h)
}

macro_rules! constructor {
    ($fn_name:ident, $py_name:literal, $idx:expr) => {
        fn $fn_name(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
            let data = bind_data(vm, $py_name, a, kw)?;
            construct_with(vm, (ALGORITHMS[$idx].1)(), data)
        }
    };
}

constructor!(c_md5, "openssl_md5", 0);
constructor!(c_sha1, "openssl_sha1", 1);
constructor!(c_sha224, "openssl_sha224", 2);
constructor!(c_sha256, "openssl_sha256", 3);
constructor!(c_sha384, "openssl_sha384", 4);
constructor!(c_sha512, "openssl_sha512", 5);

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    vm.not_implemented_error(format!("hashlib.{what} is not supported by Tern"))
}

/// `hashlib.new(name, data=b'', **kwargs)` (`__hash_new` in CPython's hashlib.py,
/// which passes `data` on by position).
fn c_new(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(a, kw);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__hash_new() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut name = pos.first().copied().unwrap_or(Value::EMPTY);
    let mut data = pos.get(1).copied().unwrap_or(Value::EMPTY);
    if nkw(kw) > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let names = unsafe { tuple_items(kw) };
        for (i, &n) in names.iter().enumerate() {
            let v = a[pos.len() + i];
            // SAFETY: keyword names are strs.
            match unsafe { as_str(n) } {
                "name" if name.is_empty() => name = v,
                "data" if data.is_empty() => data = v,
                p @ ("name" | "data") => {
                    let p = p.to_owned();
                    return Err(vm.type_error(format!(
                        "__hash_new() got multiple values for argument '{p}'"
                    )));
                }
                "usedforsecurity" => {}
                "string" => {
                    return Err(vm.type_error(
                        "argument for new() given by name ('string') and position (2)",
                    ))
                }
                other => {
                    let other = other.to_owned();
                    return Err(vm.type_error(format!(
                        "'{other}' is an invalid keyword argument for new()"
                    )));
                }
            }
        }
    }
    if name.is_empty() {
        return Err(vm.type_error("__hash_new() missing 1 required positional argument: 'name'"));
    }
    if !is_kind(name, Kind::Str) {
        return Err(vm.type_error("name must be a string"));
    }
    // SAFETY: kind checked.
    let given = unsafe { as_str(name) }.to_owned();
    let canon = canonical_name(&given);
    if let Some((_, ctor)) = ALGORITHMS.iter().find(|(n, _)| *n == canon) {
        return construct_with(vm, ctor(), data);
    }
    if UNSUPPORTED_ALGORITHMS.contains(&canon.as_str()) {
        return Err(unsupported(vm, &format!("new('{canon}')")));
    }
    Err(vm.value_error(format!("unsupported hash type {given}")))
}

// The functions of CPython's hashlib that Tern does not implement.
fn no_blake2b(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "blake2b()"))
}
fn no_blake2s(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "blake2s()"))
}
fn no_sha3_224(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "sha3_224()"))
}
fn no_sha3_256(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "sha3_256()"))
}
fn no_sha3_384(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "sha3_384()"))
}
fn no_sha3_512(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "sha3_512()"))
}
fn no_shake_128(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "shake_128()"))
}
fn no_shake_256(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "shake_256()"))
}
fn no_pbkdf2_hmac(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "pbkdf2_hmac()"))
}
fn no_scrypt(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "scrypt()"))
}
fn no_file_digest(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    Err(unsupported(vm, "file_digest()"))
}

// ----- module ------------------------------------------------------------------------

fn str_set(vm: &mut Vm, names: &[&str]) -> PyResult<Value> {
    let s = vm.new_set();
    for n in names {
        let v = vm.new_str(n);
        vm.set_add(s, v)?;
    }
    Ok(s)
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("hashlib");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let t: *mut TypeObj = native_class(vm, "HASH", "_hashlib")?;
    add_methods(
        vm,
        t,
        &[
            ("update", m_update, 0),
            ("digest", m_digest, 0),
            ("hexdigest", m_hexdigest, 0),
            ("copy", m_copy, 0),
        ],
    );
    add_properties(
        vm,
        t,
        &[
            ("name", p_name),
            ("digest_size", p_digest_size),
            ("block_size", p_block_size),
        ],
    );
    vm.permanent.push(Value::from_ptr(t));

    let kw = native_flags::KWARGS;
    let ctors: [(&str, &str, crate::object::function::NativeFn); 6] = [
        ("md5", "openssl_md5", c_md5),
        ("sha1", "openssl_sha1", c_sha1),
        ("sha224", "openssl_sha224", c_sha224),
        ("sha256", "openssl_sha256", c_sha256),
        ("sha384", "openssl_sha384", c_sha384),
        ("sha512", "openssl_sha512", c_sha512),
    ];
    for (key, fname, f) in ctors {
        let nf = vm.new_native(fname, f, kw, std::ptr::null_mut());
        let k = vm.intern(key);
        vm.dict_set_str(d, k, nf);
    }
    let nf = vm.new_native("__hash_new", c_new, kw, std::ptr::null_mut());
    let k = vm.intern("new");
    vm.dict_set_str(d, k, nf);
    let missing: [(&str, crate::object::function::NativeFn); 11] = [
        ("blake2b", no_blake2b),
        ("blake2s", no_blake2s),
        ("sha3_224", no_sha3_224),
        ("sha3_256", no_sha3_256),
        ("sha3_384", no_sha3_384),
        ("sha3_512", no_sha3_512),
        ("shake_128", no_shake_128),
        ("shake_256", no_shake_256),
        ("pbkdf2_hmac", no_pbkdf2_hmac),
        ("scrypt", no_scrypt),
        ("file_digest", no_file_digest),
    ];
    for (name, f) in missing {
        add_function(vm, d, name, f, kw);
    }
    let guaranteed = str_set(vm, &GUARANTEED)?;
    let k = vm.intern("algorithms_guaranteed");
    vm.dict_set_str(d, k, guaranteed);
    // CPython lists what its OpenSSL offers; Tern the same names as guaranteed.
    let available = str_set(vm, &GUARANTEED)?;
    let k = vm.intern("algorithms_available");
    vm.dict_set_str(d, k, available);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        let mut h = (ALGORITHMS[3].1)();
        h.update(b"abc");
        let hex: String = h.digest().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(canonical_name("SHA-256"), "sha256");
        assert_eq!(canonical_name("SHA2-512"), "sha512");
        assert_eq!(canonical_name("SHA512-256"), "sha512_256");
    }
}
