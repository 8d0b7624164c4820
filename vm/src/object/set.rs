//! `set` and `frozenset`: CPython's open-addressing set table, reproduced exactly
//! (linear probes of 9, perturbed probing, the same growth and resize rules, the same
//! dummy handling) so that sets of ints, floats and tuples iterate in CPython's order.
//!
//! Invariants:
//! - The table has `mask + 1` entries (a power of two, at least 8). An entry is unused
//!   (`key == EMPTY`, hash 0), a dummy (`key == DUMMY`, hash -1) or active.
//! - `fill` counts active plus dummy entries, `used` active ones; `fill < mask + 1`
//!   always holds, so every probe sequence meets an unused entry.
//! - `hash` caches a frozenset's hash (-1 until computed).
//! - Operations that can run Python code (`__eq__`) restart their probe when the table
//!   changed underneath them, as CPython does.

use super::{Kind, ObjHeader, TypeObj};
use crate::interp::PyResult;
use crate::value::Value;
use crate::vm::Vm;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
pub const SET_MINSIZE: usize = 8;

#[repr(C)]
pub struct SetObj {
    pub header: ObjHeader,
    pub fill: usize,
    pub used: usize,
    pub mask: usize,
    pub table: Value,
    pub finger: usize,
    pub hash: i64,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct SetEntry {
    pub hash: i64,
    pub key: Value,
}

#[repr(C)]
pub struct SetTable {
    pub header: ObjHeader,
    pub cap: usize,
    pub entries: [SetEntry; 0],
}

impl SetTable {
    #[inline(always)]
    pub fn entries(&self) -> &[SetEntry] {
        // SAFETY: `cap` entries follow the header.
        unsafe { std::slice::from_raw_parts(self.entries.as_ptr(), self.cap) }
    }
    #[inline(always)]
    pub fn entries_mut(&mut self) -> &mut [SetEntry] {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts_mut(self.entries.as_mut_ptr(), self.cap) }
    }
}

/// Borrows a set object.
///
/// # Safety
/// `v` must be a live set or frozenset.
#[inline(always)]
pub unsafe fn set_obj<'a>(v: Value) -> &'a mut SetObj {
    &mut *v.as_ptr::<SetObj>()
}

#[inline(always)]
fn set_table<'a>(s: Value) -> &'a mut SetTable {
    // SAFETY: a live set always has a table (allocated at creation).
    unsafe { &mut *set_obj(s).table.as_ptr::<SetTable>() }
}

/// Live keys of a set, in table order.
pub fn set_keys(s: Value) -> impl Iterator<Item = SetEntry> {
    let t = set_table(s);
    t.entries()
        .iter()
        .copied()
        .filter(|e| e.key != Value::EMPTY && e.key != Value::DUMMY)
}

#[inline]
pub fn set_len(s: Value) -> usize {
    // SAFETY: live set.
    unsafe { set_obj(s).used }
}

/// `set_next`: the next active entry at or after `*pos`.
pub fn set_next(s: Value, pos: &mut usize) -> Option<SetEntry> {
    let t = set_table(s);
    while *pos < t.cap {
        let e = t.entries()[*pos];
        *pos += 1;
        if e.key != Value::EMPTY && e.key != Value::DUMMY {
            return Some(e);
        }
    }
    None
}

impl Vm {
    fn alloc_set_table(&mut self, cap: usize) -> Value {
        let bytes = std::mem::size_of::<SetTable>() + cap * std::mem::size_of::<SetEntry>();
        let t = self.alloc_obj(bytes, Kind::SetTable, std::ptr::null_mut()) as *mut SetTable;
        // SAFETY: fresh table; zero-filled entries are unused (hash 0, key EMPTY).
        unsafe { (*t).cap = cap };
        Value::from_ptr(t)
    }

    /// A new empty set of class `class` (set, frozenset or a subclass layout).
    pub fn new_set_of_class(&mut self, class: *mut TypeObj) -> Value {
        let p = self.alloc_obj(std::mem::size_of::<SetObj>(), Kind::Set, class) as *mut SetObj;
        let s = Value::from_ptr(p);
        let t = self.alloc_set_table(SET_MINSIZE);
        // SAFETY: fresh set kept alive by `s`.
        unsafe {
            (*p).table = t;
            (*p).mask = SET_MINSIZE - 1;
            (*p).hash = -1;
        }
        s
    }

    pub fn new_set(&mut self) -> Value {
        let c = self.types.set;
        self.new_set_of_class(c)
    }

    pub fn new_frozenset(&mut self) -> Value {
        let c = self.types.frozenset;
        self.new_set_of_class(c)
    }

    /// `set_lookkey`: index of the entry holding `key`, or None.
    pub fn set_find(&mut self, s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let t = set_table(s);
            let mask = t.cap - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let e = t.entries()[j];
                    if e.hash == 0 && e.key == Value::EMPTY {
                        return Ok(None);
                    }
                    if e.hash == hash {
                        if e.key == key {
                            return Ok(Some(j));
                        }
                        match self.fast_eq(e.key, key) {
                            Some(true) => return Ok(Some(j)),
                            Some(false) => {}
                            None => {
                                let before = t as *mut SetTable;
                                let eq = self.eq_bool(e.key, key)?;
                                let t2 = set_table(s);
                                if !std::ptr::eq(t2, before) || t2.entries()[j].key != e.key {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Some(j));
                                }
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash_for_set(key)?;
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Hash of a set element; unhashable elements raise TypeError.
    pub fn hash_for_set(&mut self, key: Value) -> PyResult<i64> {
        self.hash(key)
    }

    /// `set_add_entry`.
    pub fn set_add_hashed(&mut self, s: Value, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let t = set_table(s);
            let mut mask = t.cap - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            let mut perturb = hash as u64;
            let found_unused: usize = 'probe: loop {
                let t = set_table(s);
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let e = t.entries()[j];
                    if e.hash == 0 && e.key == Value::EMPTY {
                        break 'probe j;
                    }
                    if e.hash == hash {
                        if e.key == key {
                            return Ok(());
                        }
                        match self.fast_eq(e.key, key) {
                            Some(true) => return Ok(()),
                            Some(false) => {}
                            None => {
                                let before = t as *mut SetTable;
                                let eq = self.eq_bool(e.key, key)?;
                                if eq {
                                    return Ok(());
                                }
                                let t2 = set_table(s);
                                if !std::ptr::eq(t2, before) || t2.entries()[j].key != e.key {
                                    continue 'restart;
                                }
                                mask = t2.cap - 1;
                            }
                        }
                    } else if e.hash == -1 {
                        debug_assert!(e.key == Value::DUMMY);
                        freeslot = Some(j);
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            };
            // SAFETY: live set.
            let so = unsafe { set_obj(s) };
            let t = set_table(s);
            if let Some(f) = freeslot {
                so.used += 1;
                t.entries_mut()[f] = SetEntry { hash, key };
                return Ok(());
            }
            so.fill += 1;
            so.used += 1;
            t.entries_mut()[found_unused] = SetEntry { hash, key };
            if so.fill * 5 < mask * 3 {
                return Ok(());
            }
            let minused = if so.used > 50000 {
                so.used * 2
            } else {
                so.used * 4
            };
            self.set_table_resize(s, minused);
            return Ok(());
        }
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let h = self.hash_for_set(key)?;
        self.set_add_hashed(s, key, h)
    }

    /// `set_table_resize`: rebuild into the smallest table larger than `minused`.
    pub fn set_table_resize(&mut self, s: Value, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        // SAFETY: live set.
        let (fill, used, oldmask) = unsafe {
            let so = set_obj(s);
            (so.fill, so.used, so.mask)
        };
        if newsize == SET_MINSIZE && oldmask + 1 == SET_MINSIZE && fill == used {
            return;
        }
        let old = unsafe { set_obj(s).table };
        let newt = self.alloc_set_table(newsize);
        // SAFETY: `old` stays reachable through the local until the copy is done.
        unsafe {
            let nt = &mut *newt.as_ptr::<SetTable>();
            let ot = &*old.as_ptr::<SetTable>();
            let newmask = newsize - 1;
            for e in ot.entries() {
                if e.key != Value::EMPTY && e.key != Value::DUMMY {
                    set_insert_clean(nt, newmask, e.key, e.hash);
                }
            }
            let so = set_obj(s);
            so.table = newt;
            so.mask = newmask;
            so.fill = so.used;
        }
    }

    /// `set_discard_entry`: removes `key`; true when it was present.
    pub fn set_discard_hashed(&mut self, s: Value, key: Value, hash: i64) -> PyResult<bool> {
        let Some(j) = self.set_find(s, key, hash)? else {
            return Ok(false);
        };
        let t = set_table(s);
        t.entries_mut()[j] = SetEntry {
            hash: -1,
            key: Value::DUMMY,
        };
        // SAFETY: live set.
        unsafe { set_obj(s).used -= 1 };
        Ok(true)
    }

    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash_for_set(key)?;
        self.set_discard_hashed(s, key, h)
    }

    /// `set_clear_internal`.
    pub fn set_clear(&mut self, s: Value) {
        let t = self.alloc_set_table(SET_MINSIZE);
        // SAFETY: live set.
        unsafe {
            let so = set_obj(s);
            so.table = t;
            so.mask = SET_MINSIZE - 1;
            so.fill = 0;
            so.used = 0;
            so.hash = -1;
        }
    }

    /// `set_merge`: adds every element of the set `other` into `s`.
    pub fn set_merge(&mut self, s: Value, other: Value) -> PyResult<()> {
        // SAFETY: both are live sets.
        let (ofill, oused, omask) = unsafe {
            let o = set_obj(other);
            (o.fill, o.used, o.mask)
        };
        if s == other || oused == 0 {
            return Ok(());
        }
        let (sfill, sused, smask) = unsafe {
            let so = set_obj(s);
            (so.fill, so.used, so.mask)
        };
        if (sfill + oused) * 5 >= smask * 3 {
            self.set_table_resize(s, (sused + oused) * 2);
        }
        // SAFETY: live sets; tables re-read after the resize.
        unsafe {
            let so = set_obj(s);
            let ot = set_table(other);
            if so.fill == 0 && so.mask == omask && ofill == oused {
                let st = set_table(s);
                for (dst, src) in st.entries_mut().iter_mut().zip(ot.entries()) {
                    if src.key != Value::EMPTY {
                        *dst = *src;
                    }
                }
                so.fill = ofill;
                so.used = oused;
                return Ok(());
            }
            if so.fill == 0 {
                let st = set_table(s);
                let mask = so.mask;
                for e in ot.entries() {
                    if e.key != Value::EMPTY && e.key != Value::DUMMY {
                        set_insert_clean(st, mask, e.key, e.hash);
                    }
                }
                so.fill = oused;
                so.used = oused;
                return Ok(());
            }
        }
        let mut pos = 0;
        while let Some(e) = set_next(other, &mut pos) {
            self.set_add_hashed(s, e.key, e.hash)?;
        }
        Ok(())
    }

    /// Copy with the same class kind (set or frozenset) as `s`'s builtin base.
    pub fn set_copy_as(&mut self, s: Value, class: *mut TypeObj) -> PyResult<Value> {
        let r = self.new_set_of_class(class);
        self.set_merge(r, s)?;
        Ok(r)
    }

    /// CPython's frozenset hash (order independent).
    pub fn frozenset_hash(&mut self, s: Value) -> i64 {
        // SAFETY: live frozenset.
        let so = unsafe { set_obj(s) };
        if so.hash != -1 {
            return so.hash;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = set_table(s);
        let mut hash: u64 = 0;
        for e in t.entries() {
            hash ^= shuffle(e.hash as u64);
        }
        if ((so.mask + 1 - so.fill) & 1) != 0 {
            hash ^= shuffle(0);
        }
        if ((so.fill - so.used) & 1) != 0 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= (so.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590923713;
        }
        so.hash = h;
        h
    }

    /// `set.pop()`: removes an arbitrary element (CPython's finger order).
    pub fn set_pop(&mut self, s: Value) -> Option<Value> {
        // SAFETY: live set.
        let so = unsafe { set_obj(s) };
        if so.used == 0 {
            return None;
        }
        let t = set_table(s);
        let mut i = so.finger & so.mask;
        loop {
            let e = t.entries()[i];
            if e.key != Value::EMPTY && e.key != Value::DUMMY {
                break;
            }
            i += 1;
            if i > so.mask {
                i = 0;
            }
        }
        let key = t.entries()[i].key;
        t.entries_mut()[i] = SetEntry {
            hash: -1,
            key: Value::DUMMY,
        };
        so.used -= 1;
        so.finger = i + 1;
        Some(key)
    }
}

/// `set_insert_clean`: inserts a key known to be absent into a table without dummies.
fn set_insert_clean(t: &mut SetTable, mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if t.entries()[i].key == Value::EMPTY {
            t.entries_mut()[i] = SetEntry { hash, key };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if t.entries()[j].key == Value::EMPTY {
                    t.entries_mut()[j] = SetEntry { hash, key };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}
