//! `_itertools`: the iterator types of `itertools` implemented natively (`islice`,
//! `chain`, `count`, `repeat`, `cycle`, `accumulate`, `groupby` and its `_grouper`,
//! `starmap`, `takewhile`, `dropwhile`, `filterfalse`, `compress`, `zip_longest`,
//! `pairwise`, `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`). `itertools.py` re-exports them; `tee` stays in
//! Python.
//!
//! Each type is a builtin-like class (`__module__` is `itertools`, not subclassable)
//! whose instances are `Kind::Native` objects: a `NativeObjHeader`, then the type's
//! own body struct. Construction goes through `construct` (called for calls of
//! non-heap types); iteration through the vtable's `next` hook, which `for`, `next()`
//! and the explicit `__next__` method all reach.
//!
//! Invariants:
//! - A vtable is only ever attached to objects of its own body layout, so a `next`
//!   hook may view its receiver as that body (`Obj::of`). `__next__`/`__iter__`
//!   methods check the receiver's vtable before doing so.
//! - Every Value a body holds is visited by its `Body::trace`. `EMPTY` stands for
//!   CPython's NULL (an absent value); it never escapes to Python code.
//! - Index arrays of the combinatoric iterators are `Vec<usize>` owned by the object
//!   and dropped by its finalizer; they hold no Values. Result tuples are always new
//!   (CPython reuses its result tuple only when nobody else holds it, which is not
//!   observable).
//! - Fields are read and written through the raw object pointer, one short access at
//!   a time, never across a call that may run Python code: such code may re-enter the
//!   same iterator. State is re-read after every call-out, as CPython's C code does.
//! - Semantics follow CPython 3.11's `Modules/itertoolsmodule.c`: argument parsing
//!   and messages, how far each underlying iterator is advanced, when an iterator is
//!   dropped for good (islice, chain and pairwise forget their source at the end and
//!   on errors; zip_longest stops for good on an error), and the reprs of `count` and
//!   `repeat`. Pickling (`__reduce__`/`__setstate__`) is not supported.

use crate::builtins::add_methods;
use crate::builtins::args::{nkw, positional};
use crate::bytecode::BinOp;
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::function::{native_flags, NativeFn};
use crate::object::int::{int_view, IntView};
use crate::object::list::list_obj;
use crate::object::native::{vtable_of, NativeObjHeader, NativeOps, NativeVTable};
use crate::object::str::as_str;
use crate::object::tuple::{tuple_items, TupleObj};
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, Kind, ModuleObj, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

/// The `__module__` of the types (CPython's are `itertools.<name>`).
const MODULE: &str = "itertools";
/// The native module's own name.
const NATIVE_MODULE: &str = "_itertools";

// ----- object layout and access ------------------------------------------------------

/// A native itertools object: the common header, then the type's body.
#[repr(C)]
struct NObj<B> {
    hdr: NativeObjHeader,
    body: B,
}

/// What the collector needs from a body: the Values it holds.
trait Body {
    fn trace(&self, visit: &mut dyn FnMut(Value));
}

fn trace<B: Body>(o: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the collector passes live objects carrying this vtable, whose layout is
    // `NObj<B>` (module invariant).
    unsafe { (*(o as *const NObj<B>)).body.trace(visit) }
}

fn finalize<B>(o: *mut ObjHeader) {
    // SAFETY: the collector finalises each dead object once; the body was fully
    // written when the object was allocated (see `alloc`).
    unsafe { std::ptr::drop_in_place(&mut (*(o as *mut NObj<B>)).body) }
}

/// A typed handle on a native object's body. Accessors take a closure that must not
/// call back into the VM, so no reference into the object outlives a call-out.
struct Obj<B>(*mut NObj<B>);

impl<B> Clone for Obj<B> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<B> Copy for Obj<B> {}

impl<B> Obj<B> {
    /// # Safety
    /// `v` must be a live native object whose layout is `NObj<B>`.
    unsafe fn of(v: Value) -> Self {
        Obj(v.as_ptr::<NObj<B>>())
    }

    #[inline(always)]
    fn get<R>(self, f: impl FnOnce(&B) -> R) -> R {
        // SAFETY: `of` established the layout; the object is reachable from the
        // caller (a live Value); the borrow ends before any call-out.
        unsafe { f(&(*self.0).body) }
    }

    #[inline(always)]
    fn set<R>(self, f: impl FnOnce(&mut B) -> R) -> R {
        // SAFETY: as in `get`; single-threaded, and no other borrow of the body is
        // live because none is held across a call-out.
        unsafe { f(&mut (*self.0).body) }
    }
}

/// Allocates an object of class `t` with vtable `vt` and body `body`.
fn alloc<B>(vm: &mut Vm, t: *mut TypeObj, vt: &'static NativeVTable, body: B) -> Value {
    // The Values in `body` live in this frame until written, where the conservative
    // stack scan sees them.
    let p = vm.alloc_obj(std::mem::size_of::<NObj<B>>(), Kind::Native, t) as *mut NObj<B>;
    // SAFETY: fresh zero-filled object of the right size; vtable and body are written
    // before anything else can allocate (and so collect, trace or finalise it).
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, vt);
        std::ptr::write(&mut (*p).body, body);
    }
    Value::from_ptr(p)
}

type NextHook = fn(&mut Vm, Value) -> PyResult<Option<Value>>;
type ReprHook = fn(&mut Vm, Value) -> PyResult<String>;

/// The vtable of an iterator type with body `B`.
const fn vtable<B: Body>(name: &'static str, next: NextHook, repr: ReprHook) -> NativeVTable {
    NativeVTable {
        name,
        trace: trace::<B>,
        finalize: finalize::<B>,
        ops: NativeOps {
            getitem: Some(no_getitem),
            setitem: Some(no_setitem),
            delitem: Some(no_delitem),
            iter: None,
            next: Some(next),
            len: None,
            repr: Some(repr),
            contains: None,
        },
    }
}

/// `next(it)` on an underlying iterator, with the native stack guard (native
/// iterators nest without Python frames in between).
#[inline]
fn next_of(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    vm.check_native_stack()?;
    vm.iter_next(it)
}

/// The index in `TYPES` of the itertools type whose vtable `v` carries.
fn our_type(v: Value) -> Option<usize> {
    if !is_kind(v, Kind::Native) {
        return None;
    }
    // SAFETY: kind checked.
    let vt = unsafe { vtable_of(v) };
    TYPES.iter().position(|d| std::ptr::eq(d.vtable, vt))
}

/// CPython's `tp_name` of `v`'s type, as its error messages show it
/// (`itertools.islice`, `int`).
fn tp_name(vm: &Vm, v: Value) -> String {
    match our_type(v) {
        Some(k) => format!("{MODULE}.{}", TYPES[k].name),
        None => vm.type_name(v),
    }
}

fn no_getitem(vm: &mut Vm, o: Value, _k: Value) -> PyResult<Value> {
    let tn = tp_name(vm, o);
    Err(vm.type_error(format!("'{tn}' object is not subscriptable")))
}

fn no_setitem(vm: &mut Vm, o: Value, _k: Value, _v: Value) -> PyResult<()> {
    let tn = tp_name(vm, o);
    Err(vm.type_error(format!("'{tn}' object does not support item assignment")))
}

fn no_delitem(vm: &mut Vm, o: Value, _k: Value) -> PyResult<()> {
    let tn = tp_name(vm, o);
    Err(vm.type_error(format!("'{tn}' object does not support item deletion")))
}

fn default_repr(vm: &mut Vm, o: Value) -> PyResult<String> {
    let tn = tp_name(vm, o);
    Ok(format!("<{tn} object at {:#x}>", o.bits()))
}

// ----- argument helpers --------------------------------------------------------------

fn expect_no_kw(vm: &mut Vm, fname: &str, kw: Value) -> PyResult<()> {
    if nkw(kw) > 0 {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Exactly `n` positional arguments (clinic's `_PyArg_CheckPositional`).
fn expect_exact(vm: &mut Vm, fname: &str, pos: &[Value], n: usize) -> PyResult<()> {
    if pos.len() != n {
        return Err(vm.type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            plural(n),
            pos.len()
        )));
    }
    Ok(())
}

/// Binds arguments the way CPython 3.11's `_PyArg_UnpackKeywords` does: `params`
/// names every parameter, the first `maxpos` may be given by position and the first
/// `required` are mandatory. Absent parameters are EMPTY. Errors come in CPython's
/// order: too many arguments, too many positional ones, a missing one, then a
/// duplicate or unknown keyword.
fn bind_args(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Value,
    params: &[&str],
    maxpos: usize,
    required: usize,
) -> PyResult<[Value; 3]> {
    debug_assert!(params.len() <= 3, "bind_args binds at most 3 parameters");
    let pos = positional(args, kw);
    let nk = nkw(kw);
    let given = pos.len() + nk;
    if given > params.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({given} given)",
            params.len(),
            if pos.is_empty() { "keyword " } else { "" },
            plural(params.len())
        )));
    }
    if pos.len() > maxpos {
        let msg = if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} positional argument{} ({} given)",
                if required < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                plural(maxpos),
                pos.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut out = [Value::EMPTY; 3];
    out[..pos.len()].copy_from_slice(pos);
    let (names, vals): (&[Value], &[Value]) = if nk == 0 {
        (&[], &[])
    } else {
        // SAFETY: kwnames is a tuple of strs.
        (unsafe { tuple_items(kw) }, &args[pos.len()..])
    };
    // SAFETY: keyword names are strs.
    let find = |p: &str| names.iter().position(|&n| unsafe { as_str(n) } == p);
    let mut used = 0;
    for (i, p) in params.iter().enumerate().skip(pos.len()) {
        match find(p) {
            Some(j) => {
                out[i] = vals[j];
                used += 1;
            }
            None if i < required => {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{p}' (pos {})",
                    i + 1
                )));
            }
            None => {}
        }
    }
    if used < nk {
        for (i, p) in params.iter().enumerate().take(pos.len()) {
            if find(p).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{p}') and position ({})",
                    i + 1
                )));
            }
        }
        for &n in names {
            // SAFETY: keyword names are strs.
            let s = unsafe { as_str(n) };
            if !params.contains(&s) {
                return Err(vm.type_error(format!(
                    "'{s}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument: ints and `__index__`, OverflowError beyond 64 bits.
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match int_view(v) {
        Some(IntView::I64(i)) => return Ok(i),
        Some(IntView::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => {}
    }
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => {
            let tn = tp_name(vm, v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// `PyNumber_AsSsize_t` with every error swallowed (islice's bounds): None when `v`
/// is not an index-like int that fits.
fn ssize_lossy(vm: &mut Vm, v: Value) -> Option<i64> {
    match int_view(v) {
        Some(IntView::I64(i)) => Some(i),
        Some(IntView::Big(_)) => None,
        None => vm.index_of(v).ok().flatten(),
    }
}

/// `PyNumber_Check`: ints, floats, and objects whose type has `__index__`, `__int__`
/// or `__float__`.
fn is_number(vm: &mut Vm, v: Value) -> bool {
    if int_view(v).is_some() || v.is_float() {
        return true;
    }
    if !is_kind(v, Kind::Instance) {
        return false;
    }
    ["__index__", "__int__", "__float__"].iter().any(|n| {
        let name = vm.intern(n);
        vm.lookup_special(v, name).is_some()
    })
}

/// `PySequence_Tuple`: `v` itself when it is exactly a tuple, else a new tuple of its
/// items.
fn seq_tuple(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_kind(v, Kind::Tuple) && vm.type_of(v) == vm.types.tuple {
        return Ok(v);
    }
    let items = vm.collect_iterable(v)?;
    Ok(vm.new_tuple(&items))
}

/// Writes item `i` of a tuple that Python code has not seen yet (or a private one).
fn tuple_set(t: Value, i: usize, v: Value) {
    debug_assert!(is_kind(t, Kind::Tuple), "tuple_set on a non-tuple");
    // SAFETY: callers pass a live, non-shared tuple (index checked by the slice).
    unsafe { (*t.as_ptr::<TupleObj>()).items_mut()[i] = v }
}

/// The items of a tuple held by one of this module's objects (pools, iterator
/// tuples). Such tuples are immutable or only written by their owner, and live as
/// long as the owner; the slice must not be kept across a call-out.
fn items<'a>(t: Value) -> &'a [Value] {
    debug_assert!(is_kind(t, Kind::Tuple), "items of a non-tuple");
    // SAFETY: callers pass live tuples (see above).
    unsafe { tuple_items(t) }
}

/// `len(t)` of a tuple.
fn tuple_len(t: Value) -> usize {
    items(t).len()
}

// ----- islice ------------------------------------------------------------------------

struct Islice {
    /// The underlying iterator; EMPTY once exhausted (or after it raised).
    it: Value,
    next: i64,
    /// -1 for no stop.
    stop: i64,
    step: i64,
    cnt: i64,
}

impl Body for Islice {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.it);
    }
}

static ISLICE_VT: NativeVTable = vtable::<Islice>("islice", islice_next, default_repr);

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDICES_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MSG: &str = "Step for islice() must be a positive integer or None.";

fn islice_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    expect_no_kw(vm, "islice", kw)?;
    let a = positional(args, kw);
    if a.len() < 2 || a.len() > 4 {
        let (bound, lim) = if a.len() < 2 {
            ("least", 2)
        } else {
            ("most", 4)
        };
        return Err(vm.type_error(format!(
            "islice expected at {bound} {lim} arguments, got {}",
            a.len()
        )));
    }
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if a.len() == 2 {
        if !a[1].is_none() {
            stop = ssize_lossy(vm, a[1]).unwrap_or(-1);
            if stop == -1 {
                return Err(vm.value_error(STOP_MSG));
            }
        }
    } else {
        if !a[1].is_none() {
            start = ssize_lossy(vm, a[1]).unwrap_or(-1);
        }
        if !a[2].is_none() {
            stop = ssize_lossy(vm, a[2]).unwrap_or(-1);
            if stop == -1 {
                return Err(vm.value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(INDICES_MSG));
    }
    if a.len() == 4 && !a[3].is_none() {
        step = ssize_lossy(vm, a[3]).unwrap_or(-1);
    }
    if step < 1 {
        return Err(vm.value_error(STEP_MSG));
    }
    let it = vm.get_iter(a[0])?;
    let body = Islice {
        it,
        next: start,
        stop,
        step,
        cnt: 0,
    };
    Ok(alloc(vm, t, &ISLICE_VT, body))
}

fn islice_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to islice objects.
    let s = unsafe { Obj::<Islice>::of(o) };
    let it = s.get(|b| b.it);
    if it.is_empty() {
        return Ok(None);
    }
    let stop = s.get(|b| b.stop);
    // Skip to the next wanted position, consuming no more than needed.
    while s.get(|b| b.cnt < b.next) {
        match next_of(vm, it) {
            Ok(Some(_)) => s.set(|b| b.cnt += 1),
            r => {
                s.set(|b| b.it = Value::EMPTY);
                return r;
            }
        }
    }
    if stop != -1 && s.get(|b| b.cnt) >= stop {
        s.set(|b| b.it = Value::EMPTY);
        return Ok(None);
    }
    match next_of(vm, it) {
        Ok(Some(item)) => {
            s.set(|b| {
                b.cnt += 1;
                let old = b.next;
                b.next = old.wrapping_add(b.step);
                if b.next < old || (stop != -1 && b.next > stop) {
                    b.next = stop;
                }
            });
            Ok(Some(item))
        }
        r => {
            s.set(|b| b.it = Value::EMPTY);
            r
        }
    }
}

// ----- chain -------------------------------------------------------------------------

struct Chain {
    /// Iterator over the input iterables; EMPTY once all are consumed.
    source: Value,
    /// Iterator of the current input, or EMPTY.
    active: Value,
}

impl Body for Chain {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.source);
        visit(self.active);
    }
}

static CHAIN_VT: NativeVTable = vtable::<Chain>("chain", chain_next, default_repr);

fn chain_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    expect_no_kw(vm, "chain", kw)?;
    let tup = vm.new_tuple(args);
    let source = vm.get_iter(tup)?;
    let body = Chain {
        source,
        active: Value::EMPTY,
    };
    Ok(alloc(vm, t, &CHAIN_VT, body))
}

/// `chain.from_iterable(iterable)` (a classmethod: `a[0]` is the class).
fn chain_from_iterable(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let cls = a[0];
    let source = vm.get_iter(a[1])?;
    let body = Chain {
        source,
        active: Value::EMPTY,
    };
    Ok(alloc(vm, cls.as_ptr::<TypeObj>(), &CHAIN_VT, body))
}

fn chain_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to chain objects.
    let s = unsafe { Obj::<Chain>::of(o) };
    loop {
        let source = s.get(|b| b.source);
        if source.is_empty() {
            return Ok(None);
        }
        let mut active = s.get(|b| b.active);
        if active.is_empty() {
            let iterable = match next_of(vm, source) {
                Ok(Some(x)) => x,
                r => {
                    s.set(|b| b.source = Value::EMPTY);
                    return r;
                }
            };
            active = match vm.get_iter(iterable) {
                Ok(a) => a,
                Err(e) => {
                    s.set(|b| b.source = Value::EMPTY);
                    return Err(e);
                }
            };
            s.set(|b| b.active = active);
        }
        if let Some(item) = next_of(vm, active)? {
            return Ok(Some(item));
        }
        s.set(|b| b.active = Value::EMPTY);
    }
}

// ----- count -------------------------------------------------------------------------

/// Fast mode (CPython's): `cnt` counts by 1 while it is below `i64::MAX`. Slow mode
/// (`cnt == i64::MAX`): `long_cnt += long_step` on Python objects; `long_cnt` is
/// EMPTY when fast mode just ran out (it then starts at `i64::MAX`).
struct Count {
    cnt: i64,
    long_cnt: Value,
    long_step: Value,
}

impl Body for Count {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.long_cnt);
        visit(self.long_step);
    }
}

static COUNT_VT: NativeVTable = vtable::<Count>("count", count_next, count_repr);

const SLOW: i64 = i64::MAX;

fn count_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let [start, step, _] = bind_args(vm, "count", args, kw, &["start", "step"], 2, 0)?;
    if (!start.is_empty() && !is_number(vm, start)) || (!step.is_empty() && !is_number(vm, step)) {
        return Err(vm.type_error("a number is required"));
    }
    let mut fast = (start.is_empty() || int_view(start).is_some())
        && (step.is_empty() || int_view(step).is_some());
    let mut cnt = 0;
    let mut long_cnt = start;
    if start.is_empty() {
        long_cnt = Value::small_int(0);
    } else if fast {
        match int_view(start) {
            Some(IntView::I64(i)) => cnt = i,
            _ => fast = false,
        }
    }
    let long_step = if step.is_empty() {
        Value::small_int(1)
    } else {
        step
    };
    if fast && !matches!(int_view(long_step), Some(IntView::I64(1))) {
        fast = false;
    }
    if fast {
        long_cnt = Value::EMPTY;
    } else {
        cnt = SLOW;
    }
    let body = Count {
        cnt,
        long_cnt,
        long_step,
    };
    Ok(alloc(vm, t, &COUNT_VT, body))
}

fn count_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to count objects.
    let s = unsafe { Obj::<Count>::of(o) };
    let cnt = s.get(|b| b.cnt);
    if cnt != SLOW {
        s.set(|b| b.cnt = cnt + 1);
        return Ok(Some(vm.new_int(cnt)));
    }
    let mut cur = s.get(|b| b.long_cnt);
    if cur.is_empty() {
        cur = vm.new_int(SLOW);
    }
    let step = s.get(|b| b.long_step);
    let up = vm.binary_op(cur, step, BinOp::Add as u8)?;
    s.set(|b| b.long_cnt = up);
    Ok(Some(cur))
}

fn count_repr(vm: &mut Vm, o: Value) -> PyResult<String> {
    // SAFETY: this vtable is only attached to count objects.
    let s = unsafe { Obj::<Count>::of(o) };
    let name = vm.type_name(o);
    let (cnt, cur, step) = s.get(|b| (b.cnt, b.long_cnt, b.long_step));
    if cnt != SLOW {
        return Ok(format!("{name}({cnt})"));
    }
    let cur = if cur.is_empty() {
        vm.new_int(SLOW)
    } else {
        cur
    };
    let cur_r = vm.repr_string(cur)?;
    // An int step equal to 1 is not shown.
    if matches!(int_view(step), Some(IntView::I64(1))) {
        return Ok(format!("{name}({cur_r})"));
    }
    let step_r = vm.repr_string(step)?;
    Ok(format!("{name}({cur_r}, {step_r})"))
}

// ----- repeat ------------------------------------------------------------------------

struct Repeat {
    element: Value,
    /// Items left, or -1 for forever.
    cnt: i64,
}

impl Body for Repeat {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.element);
    }
}

static REPEAT_VT: NativeVTable = vtable::<Repeat>("repeat", repeat_next, repeat_repr);

fn repeat_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let [element, times, _] = bind_args(vm, "repeat", args, kw, &["object", "times"], 2, 1)?;
    let mut cnt = -1;
    if !times.is_empty() {
        cnt = ssize_arg(vm, times)?.max(0);
    }
    Ok(alloc(vm, t, &REPEAT_VT, Repeat { element, cnt }))
}

fn repeat_next(_vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to repeat objects.
    let s = unsafe { Obj::<Repeat>::of(o) };
    Ok(s.set(|b| match b.cnt {
        0 => None,
        n => {
            if n > 0 {
                b.cnt -= 1;
            }
            Some(b.element)
        }
    }))
}

fn repeat_repr(vm: &mut Vm, o: Value) -> PyResult<String> {
    // SAFETY: this vtable is only attached to repeat objects.
    let s = unsafe { Obj::<Repeat>::of(o) };
    let name = vm.type_name(o);
    let (element, cnt) = s.get(|b| (b.element, b.cnt));
    let r = vm.repr_string(element)?;
    Ok(if cnt == -1 {
        format!("{name}({r})")
    } else {
        format!("{name}({r}, {cnt})")
    })
}

/// `repeat.__length_hint__()`.
fn repeat_length_hint(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = check_method_self(vm, a, REPEAT, "__length_hint__")?;
    // SAFETY: receiver checked to be a repeat object.
    let cnt = unsafe { Obj::<Repeat>::of(o) }.get(|b| b.cnt);
    if cnt == -1 {
        return Err(vm.type_error("len() of unsized object"));
    }
    Ok(vm.new_int(cnt))
}

// ----- cycle -------------------------------------------------------------------------

struct Cycle {
    /// The input iterator during the first pass, then EMPTY.
    it: Value,
    /// A private list of the items seen in the first pass.
    saved: Value,
    index: usize,
}

impl Body for Cycle {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.it);
        visit(self.saved);
    }
}

static CYCLE_VT: NativeVTable = vtable::<Cycle>("cycle", cycle_next, default_repr);

fn cycle_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    expect_no_kw(vm, "cycle", kw)?;
    let a = positional(args, kw);
    expect_exact(vm, "cycle", a, 1)?;
    let it = vm.get_iter(a[0])?;
    let saved = vm.new_list(&[]);
    let body = Cycle {
        it,
        saved,
        index: 0,
    };
    Ok(alloc(vm, t, &CYCLE_VT, body))
}

fn cycle_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to cycle objects.
    let s = unsafe { Obj::<Cycle>::of(o) };
    let it = s.get(|b| b.it);
    if !it.is_empty() {
        match next_of(vm, it)? {
            Some(item) => {
                let saved = s.get(|b| b.saved);
                vm.list_append(saved, item);
                return Ok(Some(item));
            }
            None => s.set(|b| b.it = Value::EMPTY),
        }
    }
    let saved = s.get(|b| b.saved);
    // SAFETY: `saved` is this object's private list; read at once.
    let items = unsafe { list_obj(saved).items() };
    let n = items.len();
    if n == 0 {
        return Ok(None);
    }
    let i = s.get(|b| b.index).min(n - 1);
    let item = items[i];
    s.set(|b| b.index = if i + 1 >= n { 0 } else { i + 1 });
    Ok(Some(item))
}

// ----- accumulate --------------------------------------------------------------------

struct Accumulate {
    /// The running total; EMPTY before the first item.
    total: Value,
    it: Value,
    /// The binary function, or EMPTY for `+`.
    binop: Value,
    /// The initial value still to be produced, or None.
    initial: Value,
}

impl Body for Accumulate {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.total);
        visit(self.it);
        visit(self.binop);
        visit(self.initial);
    }
}

static ACCUMULATE_VT: NativeVTable =
    vtable::<Accumulate>("accumulate", accumulate_next, default_repr);

fn accumulate_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let params = ["iterable", "func", "initial"];
    let [iterable, func, initial] = bind_args(vm, "accumulate", args, kw, &params, 2, 1)?;
    let it = vm.get_iter(iterable)?;
    let body = Accumulate {
        total: Value::EMPTY,
        it,
        binop: if func.is_none() { Value::EMPTY } else { func },
        initial: if initial.is_empty() {
            Value::NONE
        } else {
            initial
        },
    };
    Ok(alloc(vm, t, &ACCUMULATE_VT, body))
}

fn accumulate_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to accumulate objects.
    let s = unsafe { Obj::<Accumulate>::of(o) };
    let initial = s.get(|b| b.initial);
    if !initial.is_none() {
        s.set(|b| {
            b.total = initial;
            b.initial = Value::NONE;
        });
        return Ok(Some(initial));
    }
    let it = s.get(|b| b.it);
    let Some(val) = next_of(vm, it)? else {
        return Ok(None);
    };
    let (total, binop) = s.get(|b| (b.total, b.binop));
    if total.is_empty() {
        s.set(|b| b.total = val);
        return Ok(Some(val));
    }
    let new_total = if binop.is_empty() {
        vm.binary_op(total, val, BinOp::Add as u8)?
    } else {
        vm.call(binop, &[total, val])?
    };
    s.set(|b| b.total = new_total);
    Ok(Some(new_total))
}

// ----- groupby and _grouper ----------------------------------------------------------

/// CPython's groupby state. `currgrouper` is the only grouper that may still produce
/// items (CPython keeps a borrowed pointer; a strong one behaves the same).
struct Groupby {
    it: Value,
    keyfunc: Value,
    tgtkey: Value,
    currkey: Value,
    currvalue: Value,
    currgrouper: Value,
    /// The `_grouper` class.
    grouper_cls: Value,
}

impl Body for Groupby {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.it);
        visit(self.keyfunc);
        visit(self.tgtkey);
        visit(self.currkey);
        visit(self.currvalue);
        visit(self.currgrouper);
        visit(self.grouper_cls);
    }
}

struct Grouper {
    /// The groupby object (checked when the grouper is made).
    parent: Value,
    tgtkey: Value,
}

impl Body for Grouper {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.parent);
        visit(self.tgtkey);
    }
}

static GROUPBY_VT: NativeVTable = vtable::<Groupby>("groupby", groupby_next, default_repr);
static GROUPER_VT: NativeVTable = vtable::<Grouper>("_grouper", grouper_next, default_repr);

/// The `_grouper` class, from the `_itertools` module.
fn grouper_class(vm: &mut Vm) -> PyResult<Value> {
    let name = vm.intern(NATIVE_MODULE);
    let modules = vm.modules;
    if let Some(m) = vm.dict_get_str(modules, name) {
        if is_kind(m, Kind::Module) {
            // SAFETY: kind checked.
            let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
            let key = vm.intern(TYPES[GROUPER].name);
            if let Some(c) = vm.dict_get_str(d, key) {
                if is_kind(c, Kind::Type) {
                    return Ok(c);
                }
            }
        }
    }
    Err(vm.system_error("_itertools._grouper is missing"))
}

fn groupby_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let [iterable, key, _] = bind_args(vm, "groupby", args, kw, &["iterable", "key"], 2, 1)?;
    let it = vm.get_iter(iterable)?;
    let grouper_cls = grouper_class(vm)?;
    let body = Groupby {
        it,
        keyfunc: if key.is_empty() { Value::NONE } else { key },
        tgtkey: Value::EMPTY,
        currkey: Value::EMPTY,
        currvalue: Value::EMPTY,
        currgrouper: Value::EMPTY,
        grouper_cls,
    };
    Ok(alloc(vm, t, &GROUPBY_VT, body))
}

/// Advances the groupby's input: `currvalue` and `currkey` become the next item and
/// its key. Ok(false) at the end.
fn groupby_step(vm: &mut Vm, s: Obj<Groupby>) -> PyResult<bool> {
    let it = s.get(|b| b.it);
    let Some(value) = next_of(vm, it)? else {
        return Ok(false);
    };
    let keyfunc = s.get(|b| b.keyfunc);
    let key = if keyfunc.is_none() {
        value
    } else {
        vm.call(keyfunc, &[value])?
    };
    s.set(|b| {
        b.currvalue = value;
        b.currkey = key;
    });
    Ok(true)
}

fn new_grouper(vm: &mut Vm, cls: *mut TypeObj, parent: Value, tgtkey: Value) -> Value {
    let g = alloc(vm, cls, &GROUPER_VT, Grouper { parent, tgtkey });
    // SAFETY: callers pass groupby objects as `parent`.
    unsafe { Obj::<Groupby>::of(parent) }.set(|b| b.currgrouper = g);
    g
}

fn groupby_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to groupby objects.
    let s = unsafe { Obj::<Groupby>::of(o) };
    s.set(|b| b.currgrouper = Value::EMPTY);
    // Skip to the next group.
    loop {
        let (currkey, tgtkey) = s.get(|b| (b.currkey, b.tgtkey));
        if !currkey.is_empty() && (tgtkey.is_empty() || !vm.eq_bool(tgtkey, currkey)?) {
            break;
        }
        if !groupby_step(vm, s)? {
            return Ok(None);
        }
    }
    let (currkey, cls) = s.get(|b| (b.currkey, b.grouper_cls));
    if currkey.is_empty() {
        // Only reachable when a re-entrant call consumed the item.
        return Ok(None);
    }
    s.set(|b| b.tgtkey = currkey);
    let grouper = new_grouper(vm, cls.as_ptr::<TypeObj>(), o, currkey);
    Ok(Some(vm.new_tuple(&[currkey, grouper])))
}

fn grouper_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    expect_no_kw(vm, "_grouper", kw)?;
    let a = positional(args, kw);
    expect_exact(vm, "_grouper", a, 2)?;
    if our_type(a[0]) != Some(GROUPBY) {
        let tn = tp_name(vm, a[0]);
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be {MODULE}.groupby, not {tn}"
        )));
    }
    Ok(new_grouper(vm, t, a[0], a[1]))
}

fn grouper_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to _grouper objects.
    let g = unsafe { Obj::<Grouper>::of(o) };
    let (parent, tgtkey) = g.get(|b| (b.parent, b.tgtkey));
    // SAFETY: a grouper's parent is a groupby object (checked when it was made).
    let s = unsafe { Obj::<Groupby>::of(parent) };
    if s.get(|b| b.currgrouper) != o {
        return Ok(None);
    }
    if s.get(|b| b.currvalue).is_empty() && !groupby_step(vm, s)? {
        return Ok(None);
    }
    let currkey = s.get(|b| b.currkey);
    if currkey.is_empty() || !vm.eq_bool(tgtkey, currkey)? {
        return Ok(None);
    }
    let r = s.set(|b| {
        let r = b.currvalue;
        b.currvalue = Value::EMPTY;
        b.currkey = Value::EMPTY;
        r
    });
    Ok(if r.is_empty() { None } else { Some(r) })
}

// ----- takewhile, dropwhile, filterfalse, starmap ------------------------------------

/// A function applied to the items of an iterator. `done` is takewhile's "stopped"
/// and dropwhile's "started" flag.
struct FuncIter {
    func: Value,
    it: Value,
    done: bool,
}

impl Body for FuncIter {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.func);
        visit(self.it);
    }
}

static TAKEWHILE_VT: NativeVTable = vtable::<FuncIter>("takewhile", takewhile_next, default_repr);
static DROPWHILE_VT: NativeVTable = vtable::<FuncIter>("dropwhile", dropwhile_next, default_repr);
static FILTERFALSE_VT: NativeVTable =
    vtable::<FuncIter>("filterfalse", filterfalse_next, default_repr);
static STARMAP_VT: NativeVTable = vtable::<FuncIter>("starmap", starmap_next, default_repr);

/// `name(func, iterable, /)`.
fn func_iter_new(
    vm: &mut Vm,
    name: &str,
    vt: &'static NativeVTable,
    t: *mut TypeObj,
    args: &[Value],
    kw: Value,
) -> PyResult<Value> {
    expect_no_kw(vm, name, kw)?;
    let a = positional(args, kw);
    expect_exact(vm, name, a, 2)?;
    let func = a[0];
    let it = vm.get_iter(a[1])?;
    let body = FuncIter {
        func,
        it,
        done: false,
    };
    Ok(alloc(vm, t, vt, body))
}

fn takewhile_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    func_iter_new(vm, "takewhile", &TAKEWHILE_VT, t, args, kw)
}

fn dropwhile_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    func_iter_new(vm, "dropwhile", &DROPWHILE_VT, t, args, kw)
}

fn filterfalse_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    func_iter_new(vm, "filterfalse", &FILTERFALSE_VT, t, args, kw)
}

fn starmap_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    func_iter_new(vm, "starmap", &STARMAP_VT, t, args, kw)
}

fn takewhile_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to takewhile objects.
    let s = unsafe { Obj::<FuncIter>::of(o) };
    if s.get(|b| b.done) {
        return Ok(None);
    }
    let it = s.get(|b| b.it);
    let Some(item) = next_of(vm, it)? else {
        return Ok(None);
    };
    let func = s.get(|b| b.func);
    let good = vm.call(func, &[item])?;
    if vm.is_true(good)? {
        return Ok(Some(item));
    }
    // The failing item is consumed and dropped.
    s.set(|b| b.done = true);
    Ok(None)
}

fn dropwhile_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to dropwhile objects.
    let s = unsafe { Obj::<FuncIter>::of(o) };
    let it = s.get(|b| b.it);
    loop {
        let Some(item) = next_of(vm, it)? else {
            return Ok(None);
        };
        if s.get(|b| b.done) {
            return Ok(Some(item));
        }
        let func = s.get(|b| b.func);
        let good = vm.call(func, &[item])?;
        if !vm.is_true(good)? {
            s.set(|b| b.done = true);
            return Ok(Some(item));
        }
    }
}

fn filterfalse_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to filterfalse objects.
    let s = unsafe { Obj::<FuncIter>::of(o) };
    let it = s.get(|b| b.it);
    loop {
        let Some(item) = next_of(vm, it)? else {
            return Ok(None);
        };
        let func = s.get(|b| b.func);
        let ok = if func.is_none() || func == Value::from_ptr(vm.types.bool_) {
            vm.is_true(item)?
        } else {
            let good = vm.call(func, &[item])?;
            vm.is_true(good)?
        };
        if !ok {
            return Ok(Some(item));
        }
    }
}

fn starmap_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to starmap objects.
    let s = unsafe { Obj::<FuncIter>::of(o) };
    let it = s.get(|b| b.it);
    let Some(args) = next_of(vm, it)? else {
        return Ok(None);
    };
    let args = seq_tuple(vm, args)?;
    let func = s.get(|b| b.func);
    // The tuple is immutable; `args` (and the slice into it) keep it alive.
    vm.call(func, items(args)).map(Some)
}

// ----- compress ----------------------------------------------------------------------

struct Compress {
    data: Value,
    selectors: Value,
}

impl Body for Compress {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.data);
        visit(self.selectors);
    }
}

static COMPRESS_VT: NativeVTable = vtable::<Compress>("compress", compress_next, default_repr);

fn compress_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let params = ["data", "selectors"];
    let [data, selectors, _] = bind_args(vm, "compress", args, kw, &params, 2, 2)?;
    let data = vm.get_iter(data)?;
    let selectors = vm.get_iter(selectors)?;
    Ok(alloc(vm, t, &COMPRESS_VT, Compress { data, selectors }))
}

fn compress_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to compress objects.
    let s = unsafe { Obj::<Compress>::of(o) };
    let (data, selectors) = s.get(|b| (b.data, b.selectors));
    loop {
        // The datum first, then its selector (CPython's order).
        let Some(datum) = next_of(vm, data)? else {
            return Ok(None);
        };
        let Some(selector) = next_of(vm, selectors)? else {
            return Ok(None);
        };
        if vm.is_true(selector)? {
            return Ok(Some(datum));
        }
    }
}

// ----- zip_longest -------------------------------------------------------------------

struct ZipLongest {
    /// A private tuple of the input iterators; None for exhausted ones.
    ittuple: Value,
    fillvalue: Value,
    numactive: usize,
}

impl Body for ZipLongest {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.ittuple);
        visit(self.fillvalue);
    }
}

static ZIP_LONGEST_VT: NativeVTable =
    vtable::<ZipLongest>("zip_longest", zip_longest_next, default_repr);

fn zip_longest_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    let mut fillvalue = Value::NONE;
    let nk = nkw(kw);
    if nk > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let only_fill = nk == 1 && unsafe { as_str(tuple_items(kw)[0]) } == "fillvalue";
        if !only_fill {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fillvalue = args[args.len() - 1];
    }
    let n = pos.len();
    let ittuple = vm.alloc_tuple(n);
    for (i, &x) in pos.iter().enumerate() {
        let it = vm.get_iter(x)?;
        tuple_set(ittuple, i, it);
    }
    let body = ZipLongest {
        ittuple,
        fillvalue,
        numactive: n,
    };
    Ok(alloc(vm, t, &ZIP_LONGEST_VT, body))
}

fn zip_longest_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to zip_longest objects.
    let s = unsafe { Obj::<ZipLongest>::of(o) };
    let (ittuple, numactive) = s.get(|b| (b.ittuple, b.numactive));
    let n = tuple_len(ittuple);
    if n == 0 || numactive == 0 {
        return Ok(None);
    }
    // Filled in place: Python code never sees it before it is complete.
    let result = vm.alloc_tuple(n);
    for i in 0..n {
        let it = items(ittuple)[i];
        let item = if it.is_none() {
            s.get(|b| b.fillvalue)
        } else {
            match next_of(vm, it) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    let left = s.set(|b| {
                        b.numactive = b.numactive.saturating_sub(1);
                        b.numactive
                    });
                    if left == 0 {
                        return Ok(None);
                    }
                    tuple_set(ittuple, i, Value::NONE);
                    s.get(|b| b.fillvalue)
                }
                Err(e) => {
                    s.set(|b| b.numactive = 0);
                    return Err(e);
                }
            }
        };
        tuple_set(result, i, item);
    }
    Ok(Some(result))
}

// ----- pairwise ----------------------------------------------------------------------

struct Pairwise {
    /// EMPTY once exhausted (or after it raised).
    it: Value,
    /// The previous item, or EMPTY before the first.
    old: Value,
}

impl Body for Pairwise {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.it);
        visit(self.old);
    }
}

static PAIRWISE_VT: NativeVTable = vtable::<Pairwise>("pairwise", pairwise_next, default_repr);

fn pairwise_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    expect_no_kw(vm, "pairwise", kw)?;
    let a = positional(args, kw);
    expect_exact(vm, "pairwise", a, 1)?;
    let it = vm.get_iter(a[0])?;
    let body = Pairwise {
        it,
        old: Value::EMPTY,
    };
    Ok(alloc(vm, t, &PAIRWISE_VT, body))
}

fn pairwise_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to pairwise objects.
    let s = unsafe { Obj::<Pairwise>::of(o) };
    let it = s.get(|b| b.it);
    if it.is_empty() {
        return Ok(None);
    }
    let mut old = s.get(|b| b.old);
    if old.is_empty() {
        match next_of(vm, it) {
            Ok(Some(v)) => {
                old = v;
                s.set(|b| b.old = v);
            }
            r => {
                s.set(|b| b.it = Value::EMPTY);
                return r;
            }
        }
    }
    match next_of(vm, it) {
        Ok(Some(new)) => {
            let pair = vm.new_tuple(&[old, new]);
            s.set(|b| b.old = new);
            Ok(Some(pair))
        }
        r => {
            s.set(|b| {
                b.it = Value::EMPTY;
                b.old = Value::EMPTY;
            });
            r
        }
    }
}

// ----- product, combinations, combinations_with_replacement, permutations ------------

/// The state of a combinatoric iterator over `pool` (a private tuple; for product, a
/// tuple of pool tuples, one per output position).
struct Combinatoric {
    pool: Value,
    indices: Vec<usize>,
    /// permutations only: one rollover counter per output position.
    cycles: Vec<usize>,
    /// Length of each result.
    r: usize,
    started: bool,
    stopped: bool,
}

impl Body for Combinatoric {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.pool);
    }
}

static PRODUCT_VT: NativeVTable = vtable::<Combinatoric>("product", product_next, default_repr);
static COMBINATIONS_VT: NativeVTable =
    vtable::<Combinatoric>("combinations", combinations_next, default_repr);
static CWR_VT: NativeVTable =
    vtable::<Combinatoric>("combinations_with_replacement", cwr_next, default_repr);
static PERMUTATIONS_VT: NativeVTable =
    vtable::<Combinatoric>("permutations", permutations_next, default_repr);

impl Combinatoric {
    fn new(pool: Value, indices: Vec<usize>, cycles: Vec<usize>, r: usize, stopped: bool) -> Self {
        Combinatoric {
            pool,
            indices,
            cycles,
            r,
            started: false,
            stopped,
        }
    }
}

/// A new tuple of `r` items, item `i` being `pick(state, i)`.
fn build_result(
    vm: &mut Vm,
    s: Obj<Combinatoric>,
    r: usize,
    pick: impl Fn(&Combinatoric, usize) -> Value,
) -> Value {
    let t = vm.alloc_tuple(r);
    s.get(|b| {
        for i in 0..r {
            tuple_set(t, i, pick(b, i));
        }
    });
    t
}

/// Item `i` of the pool at `indices[i]` (combinations, permutations, cwr).
fn pick_pool(b: &Combinatoric, i: usize) -> Value {
    items(b.pool)[b.indices[i]]
}

fn product_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let pos = positional(args, kw);
    let mut repeat = 1;
    if nkw(kw) > 0 {
        let [r, _, _] = bind_args(vm, "product", &args[pos.len()..], kw, &["repeat"], 0, 0)?;
        if !r.is_empty() {
            repeat = ssize_arg(vm, r)?;
        }
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let repeat = repeat as usize;
    let nargs = if repeat == 0 { 0 } else { pos.len() };
    if repeat > 0 && nargs > (i64::MAX as usize) / 8 / repeat {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let npools = nargs * repeat;
    let mut converted = RootedVec::with_capacity(nargs);
    for &x in &pos[..nargs] {
        let p = seq_tuple(vm, x)?;
        converted.push(p);
    }
    let pools = vm.alloc_tuple(npools);
    for i in 0..npools {
        tuple_set(pools, i, converted[i % nargs.max(1)]);
    }
    let body = Combinatoric::new(pools, vec![0; npools], Vec::new(), npools, false);
    Ok(alloc(vm, t, &PRODUCT_VT, body))
}

fn product_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to product objects.
    let s = unsafe { Obj::<Combinatoric>::of(o) };
    if s.get(|b| b.stopped) {
        return Ok(None);
    }
    let r = s.get(|b| b.r);
    // `pool` holds one pool tuple per position; indices stay below their lengths.
    let pick = |b: &Combinatoric, i: usize| items(items(b.pool)[i])[b.indices[i]];
    if !s.get(|b| b.started) {
        s.set(|b| b.started = true);
        let any_empty = s.get(|b| items(b.pool).iter().any(|&p| tuple_len(p) == 0));
        if any_empty {
            s.set(|b| b.stopped = true);
            return Ok(None);
        }
        return Ok(Some(build_result(vm, s, r, pick)));
    }
    // Advance the rightmost index that can move; those after it roll over to 0.
    let advanced = s.set(|b| {
        let pools = items(b.pool);
        for i in (0..r).rev() {
            b.indices[i] += 1;
            if b.indices[i] < tuple_len(pools[i]) {
                return true;
            }
            b.indices[i] = 0;
        }
        false
    });
    if !advanced {
        s.set(|b| b.stopped = true);
        return Ok(None);
    }
    Ok(Some(build_result(vm, s, r, pick)))
}

/// The `r` argument of combinations and combinations_with_replacement.
fn comb_args(vm: &mut Vm, name: &str, args: &[Value], kw: Value) -> PyResult<(Value, usize)> {
    let [iterable, r, _] = bind_args(vm, name, args, kw, &["iterable", "r"], 2, 2)?;
    let r = ssize_arg(vm, r)?;
    let pool = seq_tuple(vm, iterable)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn combinations_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let (pool, r) = comb_args(vm, "combinations", args, kw)?;
    let n = tuple_len(pool);
    let stopped = r > n;
    let indices = if stopped {
        Vec::new()
    } else {
        (0..r).collect()
    };
    let body = Combinatoric::new(pool, indices, Vec::new(), r, stopped);
    Ok(alloc(vm, t, &COMBINATIONS_VT, body))
}

fn combinations_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to combinations objects.
    let s = unsafe { Obj::<Combinatoric>::of(o) };
    if s.get(|b| b.stopped) {
        return Ok(None);
    }
    let r = s.get(|b| b.r);
    if !s.get(|b| b.started) {
        s.set(|b| b.started = true);
        return Ok(Some(build_result(vm, s, r, pick_pool)));
    }
    let advanced = s.set(|b| {
        let n = tuple_len(b.pool);
        // The rightmost index not at its maximum (i + n - r) moves up by one; the
        // ones after it follow in sequence.
        let Some(i) = (0..r).rev().find(|&i| b.indices[i] != i + n - r) else {
            return false;
        };
        b.indices[i] += 1;
        for j in i + 1..r {
            b.indices[j] = b.indices[j - 1] + 1;
        }
        true
    });
    if !advanced {
        s.set(|b| b.stopped = true);
        return Ok(None);
    }
    Ok(Some(build_result(vm, s, r, pick_pool)))
}

fn cwr_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let (pool, r) = comb_args(vm, "combinations_with_replacement", args, kw)?;
    let n = tuple_len(pool);
    let stopped = n == 0 && r > 0;
    let indices = if stopped { Vec::new() } else { vec![0; r] };
    let body = Combinatoric::new(pool, indices, Vec::new(), r, stopped);
    Ok(alloc(vm, t, &CWR_VT, body))
}

fn cwr_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to combinations_with_replacement objects.
    let s = unsafe { Obj::<Combinatoric>::of(o) };
    if s.get(|b| b.stopped) {
        return Ok(None);
    }
    let r = s.get(|b| b.r);
    if !s.get(|b| b.started) {
        s.set(|b| b.started = true);
        return Ok(Some(build_result(vm, s, r, pick_pool)));
    }
    let advanced = s.set(|b| {
        let n = tuple_len(b.pool);
        // The rightmost index below n - 1 moves up; all after it take its value.
        let Some(i) = (0..r).rev().find(|&i| b.indices[i] != n - 1) else {
            return false;
        };
        let v = b.indices[i] + 1;
        for x in &mut b.indices[i..r] {
            *x = v;
        }
        true
    });
    if !advanced {
        s.set(|b| b.stopped = true);
        return Ok(None);
    }
    Ok(Some(build_result(vm, s, r, pick_pool)))
}

fn permutations_new(vm: &mut Vm, t: *mut TypeObj, args: &[Value], kw: Value) -> PyResult<Value> {
    let [iterable, robj, _] = bind_args(vm, "permutations", args, kw, &["iterable", "r"], 2, 1)?;
    let pool = seq_tuple(vm, iterable)?;
    let n = tuple_len(pool);
    let mut r = n as i64;
    if !robj.is_empty() && !robj.is_none() {
        r = match int_view(robj) {
            None => return Err(vm.type_error("Expected int as r")),
            Some(IntView::I64(i)) => i,
            Some(IntView::Big(_)) => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
            }
        };
    }
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
    let stopped = r > n;
    let (indices, cycles) = if stopped {
        (Vec::new(), Vec::new())
    } else {
        ((0..n).collect(), (0..r).map(|i| n - i).collect())
    };
    let body = Combinatoric::new(pool, indices, cycles, r, stopped);
    Ok(alloc(vm, t, &PERMUTATIONS_VT, body))
}

fn permutations_next(vm: &mut Vm, o: Value) -> PyResult<Option<Value>> {
    // SAFETY: this vtable is only attached to permutations objects.
    let s = unsafe { Obj::<Combinatoric>::of(o) };
    if s.get(|b| b.stopped) {
        return Ok(None);
    }
    let r = s.get(|b| b.r);
    if !s.get(|b| b.started) {
        s.set(|b| b.started = true);
        return Ok(Some(build_result(vm, s, r, pick_pool)));
    }
    let advanced = s.set(|b| {
        let n = tuple_len(b.pool);
        if n == 0 {
            return false;
        }
        // Decrement the rightmost cycle, moving left on each rollover.
        for i in (0..r).rev() {
            b.cycles[i] -= 1;
            if b.cycles[i] == 0 {
                // indices[i:] = indices[i+1:] + indices[i:i+1]
                b.indices[i..].rotate_left(1);
                b.cycles[i] = n - i;
            } else {
                let j = b.cycles[i];
                b.indices.swap(i, n - j);
                return true;
            }
        }
        false
    });
    if !advanced {
        s.set(|b| b.stopped = true);
        return Ok(None);
    }
    Ok(Some(build_result(vm, s, r, pick_pool)))
}

// ----- the type table, methods and module --------------------------------------------

type Ctor = fn(&mut Vm, *mut TypeObj, &[Value], Value) -> PyResult<Value>;

struct TypeDef {
    /// Position in `TYPES` (checked at start-up; the const parameter of `iter`/`next`).
    index: usize,
    name: &'static str,
    vtable: &'static NativeVTable,
    ctor: Ctor,
    iter: NativeFn,
    next: NativeFn,
    extra: &'static [(&'static str, NativeFn, u32)],
}

const ISLICE: usize = 0;
const CHAIN: usize = 1;
const COUNT: usize = 2;
const REPEAT: usize = 3;
const CYCLE: usize = 4;
const ACCUMULATE: usize = 5;
const GROUPBY: usize = 6;
const GROUPER: usize = 7;
const STARMAP: usize = 8;
const TAKEWHILE: usize = 9;
const DROPWHILE: usize = 10;
const FILTERFALSE: usize = 11;
const COMPRESS: usize = 12;
const ZIP_LONGEST: usize = 13;
const PAIRWISE: usize = 14;
const PRODUCT: usize = 15;
const PERMUTATIONS: usize = 16;
const COMBINATIONS: usize = 17;
const CWR: usize = 18;

macro_rules! type_def {
    ($k:expr, $name:literal, $vt:expr, $ctor:expr) => {
        type_def!($k, $name, $vt, $ctor, &[])
    };
    ($k:expr, $name:literal, $vt:expr, $ctor:expr, $extra:expr) => {
        TypeDef {
            index: $k,
            name: $name,
            vtable: $vt,
            ctor: $ctor,
            iter: dunder_iter::<{ $k }>,
            next: dunder_next::<{ $k }>,
            extra: $extra,
        }
    };
}

static TYPES: [TypeDef; 19] = [
    type_def!(ISLICE, "islice", &ISLICE_VT, islice_new),
    type_def!(
        CHAIN,
        "chain",
        &CHAIN_VT,
        chain_new,
        &[(
            "from_iterable",
            chain_from_iterable,
            native_flags::CLASSMETHOD
        )]
    ),
    type_def!(COUNT, "count", &COUNT_VT, count_new),
    type_def!(
        REPEAT,
        "repeat",
        &REPEAT_VT,
        repeat_new,
        &[("__length_hint__", repeat_length_hint, 0)]
    ),
    type_def!(CYCLE, "cycle", &CYCLE_VT, cycle_new),
    type_def!(ACCUMULATE, "accumulate", &ACCUMULATE_VT, accumulate_new),
    type_def!(GROUPBY, "groupby", &GROUPBY_VT, groupby_new),
    type_def!(GROUPER, "_grouper", &GROUPER_VT, grouper_new),
    type_def!(STARMAP, "starmap", &STARMAP_VT, starmap_new),
    type_def!(TAKEWHILE, "takewhile", &TAKEWHILE_VT, takewhile_new),
    type_def!(DROPWHILE, "dropwhile", &DROPWHILE_VT, dropwhile_new),
    type_def!(FILTERFALSE, "filterfalse", &FILTERFALSE_VT, filterfalse_new),
    type_def!(COMPRESS, "compress", &COMPRESS_VT, compress_new),
    type_def!(ZIP_LONGEST, "zip_longest", &ZIP_LONGEST_VT, zip_longest_new),
    type_def!(PAIRWISE, "pairwise", &PAIRWISE_VT, pairwise_new),
    type_def!(PRODUCT, "product", &PRODUCT_VT, product_new),
    type_def!(
        PERMUTATIONS,
        "permutations",
        &PERMUTATIONS_VT,
        permutations_new
    ),
    type_def!(
        COMBINATIONS,
        "combinations",
        &COMBINATIONS_VT,
        combinations_new
    ),
    type_def!(CWR, "combinations_with_replacement", &CWR_VT, cwr_new, &[]),
];

/// The receiver of a method of type `k`: `a[0]` after checking it is one, with
/// `nargs` further arguments.
fn check_self(vm: &mut Vm, a: &[Value], k: usize, meth: &str, nargs: usize) -> PyResult<Value> {
    let tn = TYPES[k].name;
    let Some(&o) = a.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{meth}' of '{MODULE}.{tn}' object needs an argument"
        )));
    };
    if our_type(o) != Some(k) {
        let got = tp_name(vm, o);
        return Err(vm.type_error(format!(
            "descriptor '{meth}' requires a '{MODULE}.{tn}' object but received a '{got}'"
        )));
    }
    if a.len() - 1 != nargs {
        return Err(vm.type_error(format!(
            "expected {nargs} argument{}, got {}",
            plural(nargs),
            a.len() - 1
        )));
    }
    Ok(o)
}

/// The receiver of a no-argument method (a method descriptor, whose messages differ
/// from those of slot wrappers like `__next__`) of type `k`.
fn check_method_self(vm: &mut Vm, a: &[Value], k: usize, meth: &str) -> PyResult<Value> {
    let tn = TYPES[k].name;
    let Some(&o) = a.first() else {
        return Err(vm.type_error(format!("unbound method {tn}.{meth}() needs an argument")));
    };
    if our_type(o) != Some(k) {
        let got = tp_name(vm, o);
        return Err(vm.type_error(format!(
            "descriptor '{meth}' for '{MODULE}.{tn}' objects doesn't apply to a '{got}' object"
        )));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{tn}.{meth}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(o)
}

/// `__iter__` of type `K`: the iterator itself.
fn dunder_iter<const K: usize>(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    check_self(vm, a, K, "__iter__", 0)
}

/// `__next__` of type `K`: the next item, or StopIteration.
fn dunder_next<const K: usize>(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let o = check_self(vm, a, K, "__next__", 0)?;
    let next = TYPES[K]
        .vtable
        .ops
        .next
        .expect("itertools types are iterators");
    match next(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration_with(Value::NONE)),
    }
}

/// The `TYPES` index of the class `t`, when it is one of this module's.
fn type_index(t: *mut TypeObj) -> Option<usize> {
    // SAFETY: live type; `module` is checked to be a str before it is read.
    unsafe {
        if (*t).instance_kind != Kind::Native
            || !is_kind((*t).module, Kind::Str)
            || as_str((*t).module) != MODULE
        {
            return None;
        }
        let name = (*t).name_str();
        TYPES.iter().position(|d| d.name == name)
    }
}

/// Calls of the itertools classes: `islice(...)`, `chain(...)`, ... (None when `t` is
/// not one of them).
pub fn construct(
    vm: &mut Vm,
    t: *mut TypeObj,
    args: &[Value],
    kw: Value,
) -> PyResult<Option<Value>> {
    match type_index(t) {
        Some(k) => (TYPES[k].ctor)(vm, t, args, kw).map(Some),
        None => Ok(None),
    }
}

/// A native class named `name` in module `itertools`, not subclassable. It is not
/// flagged BUILTIN: that flag would drop the module from its repr
/// (`<class 'itertools.islice'>`); the price is that attributes can be set on it.
fn new_type(vm: &mut Vm, name: &str, module: Value) -> PyResult<Value> {
    let object = Value::from_ptr(vm.types.object);
    let bases = vm.new_tuple(&[object]);
    let ns = vm.new_dict();
    let n = vm.intern(name);
    let cls = vm.type_new(n, bases, ns)?;
    let t = cls.as_ptr::<TypeObj>();
    // SAFETY: fresh class, turned into a native builtin type before anyone sees it.
    unsafe {
        (*t).flags &= !(tflags::HEAPTYPE | tflags::BASETYPE);
        (*t).module = module;
        (*t).instance_kind = Kind::Native;
        (*t).empty_shape = Value::EMPTY;
    }
    Ok(cls)
}

/// Creates the `_itertools` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module(NATIVE_MODULE);
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let module = vm.intern(MODULE);
    for (k, def) in TYPES.iter().enumerate() {
        debug_assert_eq!(def.index, k, "TYPES row {} is out of place", def.name);
        let cls = new_type(vm, def.name, module)?;
        let key = vm.intern(def.name);
        vm.dict_set_str(d, key, cls);
        let t = cls.as_ptr::<TypeObj>();
        add_methods(
            vm,
            t,
            &[("__iter__", def.iter, 0), ("__next__", def.next, 0)],
        );
        add_methods(vm, t, def.extra);
    }
    Ok(m)
}
