//! `str`: immutable UTF-8 text stored inline in the object.
//!
//! Invariants:
//! - `data[..len]` is valid UTF-8; `nchars` is its number of code points.
//! - The `ASCII` flag is set exactly when `len == nchars`; then indexing by code point is
//!   indexing by byte (O(1)). Non-ASCII indexing walks the UTF-8 (O(n)).
//! - The hash is computed lazily and cached; it is never -1 (as in CPython).
//! - Interned strings are unique per content and are roots; names in code objects are
//!   always interned, so name comparisons start with a pointer comparison.

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

pub mod flags {
    pub const ASCII: u16 = 1 << 0;
    pub const HASHED: u16 = 1 << 1;
    pub const INTERNED: u16 = 1 << 2;
}

#[repr(C)]
pub struct StrObj {
    pub header: ObjHeader,
    pub len: usize,
    pub nchars: usize,
    pub hash: i64,
    pub data: [u8; 0],
}

impl StrObj {
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: `len` bytes of valid UTF-8 follow the header (module invariant).
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.as_ptr(), self.len))
        }
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.header.flags & flags::ASCII != 0
    }
}

/// Borrows the text of a str Value.
///
/// # Safety
/// `v` must be a live str object; the borrow must not outlive it.
#[inline(always)]
pub unsafe fn as_str<'a>(v: Value) -> &'a str {
    (*v.as_ptr::<StrObj>()).as_str()
}

/// Borrows the StrObj of a str Value.
///
/// # Safety
/// As for `as_str`.
#[inline(always)]
pub unsafe fn str_obj<'a>(v: Value) -> &'a StrObj {
    &*v.as_ptr::<StrObj>()
}

/// Hash of str data. Any good hash will do: CPython randomises str hashes, so programs
/// cannot depend on them (sets of str print through sorted()).
pub fn hash_bytes(b: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15 ^ (b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    // Final avalanche (splitmix64).
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a str object, cached in the object.
#[inline]
pub fn str_hash(v: Value) -> i64 {
    // SAFETY: callers pass str objects; the cache write is to the object's own field
    // and happens on the single VM thread.
    unsafe {
        let s = v.as_ptr::<StrObj>();
        if (*s).header.flags & flags::HASHED != 0 {
            return (*s).hash;
        }
        let h = hash_bytes((*s).as_str().as_bytes());
        (*s).hash = h;
        (*s).header.flags |= flags::HASHED;
        h
    }
}

/// Byte offset of the `idx`-th code point (idx <= nchars).
pub fn char_to_byte(s: &str, ascii: bool, idx: usize) -> usize {
    if ascii {
        return idx;
    }
    s.char_indices().nth(idx).map(|(b, _)| b).unwrap_or(s.len())
}

impl Vm {
    /// Allocates a str holding `s` (not interned). Empty and one-character ASCII
    /// strings come from preallocated singletons.
    pub fn new_str(&mut self, s: &str) -> Value {
        match s.len() {
            0 => return self.singletons.empty_str,
            1 => return self.singletons.ascii_chars[s.as_bytes()[0] as usize],
            _ => {}
        }
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        self.alloc_str_raw(s, nchars)
    }

    /// Allocates a str whose char count is already known.
    pub fn new_str_with_len(&mut self, s: &str, nchars: usize) -> Value {
        if s.len() <= 1 {
            return self.new_str(s);
        }
        self.alloc_str_raw(s, nchars)
    }

    /// Allocates a str of `len` bytes written in place by `fill`, which gets the zeroed
    /// bytes of the new object. Saves building the text in a Rust `String` and copying
    /// it. The bytes are checked (an ASCII scan, a UTF-8 validation otherwise) and the
    /// char count computed here, so `fill` cannot break the str invariants; writing
    /// invalid UTF-8 is a bug and panics.
    pub fn new_str_filled(&mut self, len: usize, fill: impl FnOnce(&mut [u8])) -> Value {
        if len <= 1 {
            let mut b = [0u8; 1];
            fill(&mut b[..len]);
            let s = std::str::from_utf8(&b[..len]).expect("new_str_filled: invalid UTF-8");
            return self.new_str(s);
        }
        let size = std::mem::size_of::<StrObj>() + len;
        let class = self.types.str;
        let p = self.alloc_obj(size, Kind::Str, class) as *mut StrObj;
        // SAFETY: fresh object with room for `len` bytes after the header, which the
        // heap zeroed (so the slice is initialised); nothing else refers to it yet.
        let bytes = unsafe {
            (*p).len = len;
            std::slice::from_raw_parts_mut((*p).data.as_mut_ptr(), len)
        };
        fill(bytes);
        let nchars = if bytes.is_ascii() {
            len
        } else {
            std::str::from_utf8(bytes)
                .expect("new_str_filled: invalid UTF-8")
                .chars()
                .count()
        };
        // SAFETY: as above; the bytes are valid UTF-8 (checked).
        unsafe {
            (*p).nchars = nchars;
            if nchars == len {
                (*p).header.flags |= flags::ASCII;
            }
        }
        Value::from_ptr(p)
    }

    /// The concatenation of `parts`, allocated once (no intermediate `String`).
    pub fn new_str_concat(&mut self, parts: &[&str]) -> Value {
        let len = parts.iter().map(|p| p.len()).sum();
        self.new_str_filled(len, |b| {
            let mut at = 0;
            for p in parts {
                b[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
        })
    }

    pub(crate) fn alloc_str_raw(&mut self, s: &str, nchars: usize) -> Value {
        let size = std::mem::size_of::<StrObj>() + s.len();
        let class = self.types.str;
        let p = self.alloc_obj(size, Kind::Str, class) as *mut StrObj;
        // SAFETY: fresh object with room for `s.len()` bytes after the header.
        unsafe {
            (*p).len = s.len();
            (*p).nchars = nchars;
            if nchars == s.len() {
                (*p).header.flags |= flags::ASCII;
            }
            std::ptr::copy_nonoverlapping(s.as_ptr(), (*p).data.as_mut_ptr(), s.len());
        }
        Value::from_ptr(p)
    }

    /// Returns the unique interned str for `s`.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.interner.get(s) {
            return v;
        }
        let nchars = s.chars().count();
        let v = self.alloc_str_raw(s, nchars);
        // SAFETY: fresh str object.
        unsafe { (*v.as_ptr::<StrObj>()).header.flags |= flags::INTERNED };
        self.interner.insert(s.into(), v);
        v
    }

    /// The interned twin of a str value (itself when already interned).
    pub fn intern_value(&mut self, v: Value) -> Value {
        // SAFETY: callers pass str objects.
        unsafe {
            if str_obj(v).header.flags & flags::INTERNED != 0 {
                return v;
            }
            let s: String = as_str(v).to_owned();
            self.intern(&s)
        }
    }
}

// ----- substring search ----------------------------------------------------------------

/// Haystacks up to this length are searched by scanning for the needle's first byte
/// and comparing; longer ones (with needles longer than `SHORT_NEEDLE`) use the
/// standard library's two-way search, whose set-up cost only pays off on long text.
const SHORT_HAY: usize = 256;
const SHORT_NEEDLE: usize = 8;

/// Byte offset of the first occurrence of `needle` in `hay` (UTF-8 text: a match of
/// whole encoded characters is a match of text).
#[inline]
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => return Some(0),
        n if n > hay.len() => return None,
        1 => return hay.iter().position(|&b| b == needle[0]),
        _ => {}
    }
    if hay.len() > SHORT_HAY && needle.len() > SHORT_NEEDLE {
        return two_way_find(hay, needle, false);
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&b| b == first) {
            None => return None,
            Some(k) => {
                let at = i + k;
                if hay[at + 1..at + needle.len()] == needle[1..] {
                    return Some(at);
                }
                i = at + 1;
            }
        }
    }
    None
}

/// Byte offset of the last occurrence of `needle` in `hay`.
#[inline]
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => return Some(hay.len()),
        n if n > hay.len() => return None,
        1 => return hay.iter().rposition(|&b| b == needle[0]),
        _ => {}
    }
    if hay.len() > SHORT_HAY && needle.len() > SHORT_NEEDLE {
        return two_way_find(hay, needle, true);
    }
    let first = needle[0];
    let mut end = hay.len() - needle.len() + 1;
    while end > 0 {
        match hay[..end].iter().rposition(|&b| b == first) {
            None => return None,
            Some(at) => {
                if hay[at + 1..at + needle.len()] == needle[1..] {
                    return Some(at);
                }
                end = at;
            }
        }
    }
    None
}

/// Number of non-overlapping occurrences of a non-empty `needle`, left to right.
pub fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    debug_assert!(!needle.is_empty());
    if needle.len() == 1 {
        return hay.iter().filter(|&&b| b == needle[0]).count();
    }
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find_bytes(&hay[at..], needle) {
        n += 1;
        at += i + needle.len();
    }
    n
}

fn two_way_find(hay: &[u8], needle: &[u8], reverse: bool) -> Option<usize> {
    // Callers search str data for str data, both valid UTF-8.
    let (h, n) = (
        std::str::from_utf8(hay).ok()?,
        std::str::from_utf8(needle).ok()?,
    );
    if reverse {
        h.rfind(n)
    } else {
        h.find(n)
    }
}
