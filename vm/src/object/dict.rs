//! `dict`: CPython's compact, insertion-ordered hash table, in the GC heap.
//!
//! Layout: `DictObj` points to one `DictTable` payload holding an index array of
//! `size` i32 slots (power of two) followed by `usable` entries `(hash, key, value)` in
//! insertion order. Index slots hold `IX_EMPTY`, `IX_DUMMY` (deleted) or an entry number.
//!
//! Invariants:
//! - `used` counts live entries; `nentries` counts entries ever appended to this table
//!   (deleted ones keep their place with `key == EMPTY`). Iteration walks entries in
//!   order and skips deleted ones, which is what keeps insertion order.
//! - `version` changes (from the VM's global counter) whenever the set of keys or their
//!   positions change: insert of a new key, delete, resize, clear. A cache holding
//!   (version, entry index) is valid exactly while the version is unchanged; overwriting
//!   the value of an existing key does not change it.
//! - Lookups may run Python code (`__eq__`, `__hash__`), which may mutate the dict; after
//!   any such call the probe restarts if the table or the entry changed.

use super::{Kind, ObjHeader};
use crate::interp::PyResult;
use crate::value::Value;
use crate::vm::Vm;

const IX_EMPTY: i32 = -1;
const IX_DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

#[repr(C)]
pub struct DictObj {
    pub header: ObjHeader,
    pub used: usize,
    pub version: u64,
    pub table: Value,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[repr(C)]
pub struct DictTable {
    pub header: ObjHeader,
    pub size: usize,
    pub usable: usize,
    pub nentries: usize,
    pub data: [u8; 0],
}

impl DictTable {
    #[inline(always)]
    fn indices(&self) -> *mut i32 {
        self.data.as_ptr() as *mut i32
    }
    #[inline(always)]
    fn entries_ptr(&self) -> *mut DictEntry {
        // Entries start after the index array, rounded up to 8 bytes.
        // SAFETY: the table was allocated with room for both arrays.
        unsafe {
            (self.data.as_ptr() as *mut u8).add((self.size * 4).next_multiple_of(8))
                as *mut DictEntry
        }
    }
    #[inline(always)]
    pub fn entries(&self) -> &[DictEntry] {
        // SAFETY: `nentries <= usable` entries are initialised.
        unsafe { std::slice::from_raw_parts(self.entries_ptr(), self.nentries) }
    }
    #[inline(always)]
    pub fn entries_mut(&mut self) -> &mut [DictEntry] {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts_mut(self.entries_ptr(), self.nentries) }
    }
    #[inline(always)]
    fn index(&self, i: usize) -> i32 {
        // SAFETY: callers mask `i` by `size - 1`.
        unsafe { *self.indices().add(i) }
    }
    #[inline(always)]
    fn set_index(&mut self, i: usize, ix: i32) {
        // SAFETY: as above.
        unsafe { *self.indices().add(i) = ix }
    }
}

/// Borrows a dict object.
///
/// # Safety
/// `v` must be a live dict.
#[inline(always)]
pub unsafe fn dict_obj<'a>(v: Value) -> &'a mut DictObj {
    &mut *v.as_ptr::<DictObj>()
}

#[inline(always)]
fn table<'a>(d: Value) -> Option<&'a mut DictTable> {
    // SAFETY: `d` is a live dict (callers' contract); its table is EMPTY or a DictTable.
    unsafe {
        let t = dict_obj(d).table;
        if t.is_empty() {
            None
        } else {
            Some(&mut *t.as_ptr::<DictTable>())
        }
    }
}

/// Result of probing for a key.
enum Probe {
    /// Found at index slot `slot`, entry `ix`.
    Found { ix: usize },
    /// Not found; `slot` is the first empty index slot on the probe path.
    Missing,
}

impl Vm {
    pub fn new_dict(&mut self) -> Value {
        let class = self.types.dict;
        self.new_dict_of_class(class)
    }

    pub fn new_dict_of_class(&mut self, class: *mut super::TypeObj) -> Value {
        let p = self.alloc_obj(std::mem::size_of::<DictObj>(), Kind::Dict, class) as *mut DictObj;
        let v = Value::from_ptr(p);
        // SAFETY: fresh dict.
        unsafe { (*p).version = self.next_version() };
        v
    }

    /// A fresh, globally unique version number (dict layouts, class versions).
    #[inline]
    pub fn next_version(&mut self) -> u64 {
        self.version_counter += 1;
        self.version_counter
    }

    fn alloc_dict_table(&mut self, size: usize) -> *mut DictTable {
        debug_assert!(size.is_power_of_two() && size >= MIN_SIZE);
        let usable = size * 2 / 3;
        let bytes = std::mem::size_of::<DictTable>()
            + (size * 4).next_multiple_of(8)
            + usable * std::mem::size_of::<DictEntry>();
        let t = self.alloc_obj(bytes, Kind::DictTable, std::ptr::null_mut()) as *mut DictTable;
        // SAFETY: fresh table with room for both arrays.
        unsafe {
            (*t).size = size;
            (*t).usable = usable;
            std::ptr::write_bytes((*t).indices(), 0xff, size); // IX_EMPTY everywhere
        }
        t
    }

    /// Looks up `key` (with precomputed `hash`). May run Python `__eq__`.
    fn dict_probe(&mut self, d: Value, key: Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let Some(t) = table(d) else {
                return Ok(Probe::Missing);
            };
            let mask = t.size - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let ix = t.index(i);
                if ix == IX_EMPTY {
                    return Ok(Probe::Missing);
                }
                if ix >= 0 {
                    let e = t.entries()[ix as usize];
                    if e.key == key {
                        return Ok(Probe::Found { ix: ix as usize });
                    }
                    if e.hash == hash && !e.key.is_empty() {
                        match self.fast_eq(e.key, key) {
                            Some(true) => return Ok(Probe::Found { ix: ix as usize }),
                            Some(false) => {}
                            None => {
                                let table_before = t as *mut DictTable;
                                let eq = self.eq_bool(e.key, key)?;
                                let Some(t2) = table(d) else {
                                    continue 'restart;
                                };
                                if !std::ptr::eq(t2, table_before)
                                    || t2.entries().get(ix as usize).map(|x| x.key) != Some(e.key)
                                {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Probe::Found { ix: ix as usize });
                                }
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
        }
    }

    /// `d[key]` lookup: the value, or None when missing.
    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        self.dict_get_hashed(d, key, hash)
    }

    pub fn dict_get_hashed(&mut self, d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
        match self.dict_probe(d, key, hash)? {
            Probe::Found { ix } => Ok(Some(table(d).unwrap().entries()[ix].value)),
            Probe::Missing => Ok(None),
        }
    }

    /// Lookup by an interned or plain str key without running Python code.
    pub fn dict_get_str(&mut self, d: Value, key: Value) -> Option<Value> {
        let hash = super::str::str_hash(key);
        match self.dict_probe(d, key, hash) {
            Ok(Probe::Found { ix }) => Some(table(d).unwrap().entries()[ix].value),
            _ => None,
        }
    }

    /// The entry index of a str key (for caches), without running Python code.
    pub fn dict_find_str_index(&mut self, d: Value, key: Value) -> Option<usize> {
        let hash = super::str::str_hash(key);
        match self.dict_probe(d, key, hash) {
            Ok(Probe::Found { ix }) => Some(ix),
            _ => None,
        }
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        self.dict_set_hashed(d, key, hash, value)
    }

    pub fn dict_set_hashed(
        &mut self,
        d: Value,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        if let Probe::Found { ix } = self.dict_probe(d, key, hash)? {
            table(d).unwrap().entries_mut()[ix].value = value;
            return Ok(());
        }
        self.dict_insert_new(d, key, hash, value);
        Ok(())
    }

    /// Sets a str key (never runs Python code).
    pub fn dict_set_str(&mut self, d: Value, key: Value, value: Value) {
        let hash = super::str::str_hash(key);
        // str keys compare natively, so this cannot fail.
        let _ = self.dict_set_hashed(d, key, hash, value);
    }

    /// Appends an entry for a key known to be absent.
    fn dict_insert_new(&mut self, d: Value, key: Value, hash: i64, value: Value) {
        let need_resize = match table(d) {
            None => true,
            Some(t) => t.nentries >= t.usable,
        };
        if need_resize {
            // SAFETY: `d` is a live dict.
            let used = unsafe { dict_obj(d).used };
            self.dict_resize(d, (used + 1) * 3);
        }
        let t = table(d).unwrap();
        let mask = t.size - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while t.index(i) >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        let ix = t.nentries;
        t.set_index(i, ix as i32);
        t.nentries += 1;
        t.entries_mut()[ix] = DictEntry { hash, key, value };
        let version = self.next_version();
        // SAFETY: live dict.
        unsafe {
            let dobj = dict_obj(d);
            dobj.used += 1;
            dobj.version = version;
        }
    }

    /// Rebuilds the table with room for at least `min_used` entries, dropping deleted
    /// entries (insertion order is kept).
    fn dict_resize(&mut self, d: Value, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 / 3 < min_used.max(1) || size < min_used {
            size <<= 1;
        }
        let nt = self.alloc_dict_table(size);
        // SAFETY: `nt` is fresh; the old table (if any) is still referenced by `d`.
        unsafe {
            let mask = size - 1;
            let mut n = 0;
            if let Some(old) = table(d) {
                for e in old.entries() {
                    if e.key.is_empty() {
                        continue;
                    }
                    *(*nt).entries_ptr().add(n) = *e;
                    let mut i = (e.hash as u64 as usize) & mask;
                    let mut perturb = e.hash as u64;
                    while (*nt).index(i) != IX_EMPTY {
                        perturb >>= PERTURB_SHIFT;
                        i = (i
                            .wrapping_mul(5)
                            .wrapping_add(perturb as usize)
                            .wrapping_add(1))
                            & mask;
                    }
                    (*nt).set_index(i, n as i32);
                    n += 1;
                }
            }
            (*nt).nentries = n;
            let version = self.next_version();
            let dobj = dict_obj(d);
            dobj.table = Value::from_ptr(nt);
            dobj.version = version;
        }
    }

    /// Removes `key`; returns its value when it was present.
    pub fn dict_del(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        self.dict_del_hashed(d, key, hash)
    }

    pub fn dict_del_hashed(&mut self, d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
        let Probe::Found { ix } = self.dict_probe(d, key, hash)? else {
            return Ok(None);
        };
        let t = table(d).unwrap();
        let mask = t.size - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while t.index(i) != ix as i32 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        t.set_index(i, IX_DUMMY);
        let old = t.entries()[ix].value;
        t.entries_mut()[ix] = DictEntry {
            hash: 0,
            key: Value::EMPTY,
            value: Value::EMPTY,
        };
        let version = self.next_version();
        // SAFETY: live dict.
        unsafe {
            let dobj = dict_obj(d);
            dobj.used -= 1;
            dobj.version = version;
        }
        Ok(Some(old))
    }

    /// Removes every entry.
    pub fn dict_clear(&mut self, d: Value) {
        let version = self.next_version();
        // SAFETY: live dict.
        unsafe {
            let dobj = dict_obj(d);
            dobj.table = Value::EMPTY;
            dobj.used = 0;
            dobj.version = version;
        }
    }

    /// Removes and returns the last inserted (key, value), or None when empty.
    pub fn dict_popitem(&mut self, d: Value) -> Option<(Value, Value)> {
        let t = table(d)?;
        let mut ix = t.nentries;
        while ix > 0 {
            ix -= 1;
            let e = t.entries()[ix];
            if !e.key.is_empty() {
                // Cannot fail: the key is present and compares equal to itself.
                let _ = self.dict_del_hashed(d, e.key, e.hash);
                if let Some(t) = table(d) {
                    t.nentries = ix;
                }
                return Some((e.key, e.value));
            }
        }
        None
    }

    /// A copy with the same order.
    pub fn dict_copy(&mut self, d: Value) -> Value {
        let nd = self.new_dict();
        self.dict_update_from_dict(nd, d);
        nd
    }

    /// Inserts every entry of `src` into `dst` (no Python code runs for str/int keys;
    /// other keys already hashed).
    pub fn dict_update_from_dict(&mut self, dst: Value, src: Value) {
        let mut pos = 0;
        while let Some((k, v, h)) = dict_next_hashed(src, &mut pos) {
            let _ = self.dict_set_hashed(dst, k, h, v);
        }
    }
}

/// Number of live entries.
#[inline]
pub fn dict_len(d: Value) -> usize {
    // SAFETY: live dict.
    unsafe { dict_obj(d).used }
}

/// Iteration by position: returns the next live (key, value) at or after `*pos`.
#[inline]
pub fn dict_next(d: Value, pos: &mut usize) -> Option<(Value, Value)> {
    dict_next_hashed(d, pos).map(|(k, v, _)| (k, v))
}

pub fn dict_next_hashed(d: Value, pos: &mut usize) -> Option<(Value, Value, i64)> {
    let t = table(d)?;
    let entries = t.entries();
    while *pos < entries.len() {
        let e = entries[*pos];
        *pos += 1;
        if !e.key.is_empty() {
            return Some((e.key, e.value, e.hash));
        }
    }
    None
}

/// The value at entry index `ix` if that entry is live (for caches).
#[inline]
pub fn dict_entry_value(d: Value, ix: usize) -> Value {
    match table(d) {
        Some(t) if ix < t.nentries => t.entries()[ix].value,
        _ => Value::EMPTY,
    }
}

/// Overwrites the value at entry index `ix` (caller checked the version).
#[inline]
pub fn dict_set_entry_value(d: Value, ix: usize, v: Value) {
    if let Some(t) = table(d) {
        t.entries_mut()[ix].value = v;
    }
}

/// Current layout version.
#[inline]
pub fn dict_version(d: Value) -> u64 {
    // SAFETY: live dict.
    unsafe { dict_obj(d).version }
}

/// Snapshot of all (key, value) pairs in order.
pub fn dict_items(d: Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(dict_len(d));
    let mut pos = 0;
    while let Some(kv) = dict_next(d, &mut pos) {
        out.push(kv);
    }
    out
}
