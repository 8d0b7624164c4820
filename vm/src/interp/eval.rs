//! The dispatch loop.
//!
//! One `match` over opcodes, with the hot operands decoded into locals: `fp` (frame
//! pointer), `sp` (stack pointer, an absolute index), `pc` and the current code
//! object. A Python-to-Python call pushes a frame and continues in the same loop; only
//! native code calling back into Python (`Vm::call`) re-enters `run_frame`, behind an
//! entry frame whose RETURN leaves the loop.
//!
//! Quickening (PEP 659): generic instructions rewrite themselves into specialised forms
//! when they see the same types; a specialised form checks its assumption and rewrites
//! itself back to the generic form when it fails. The specialised opcodes and the
//! feedback bits in `SiteCache` are the type feedback the JIT reads.
//!
//! Invariants:
//! - Between instructions, `[fp + nslots + HDR_SIZE, sp)` is the operand stack.
//! - Before anything that can allocate or call out, `vm.stack.top` covers the whole
//!   current frame (it is set when the frame is pushed), so the collector sees every
//!   slot; `H_PC` is written before calls so that tracebacks and callee returns know
//!   where this frame is.

use super::frame::*;
use super::{PyErr, PyResult};
use crate::bytecode::{BinOp, CmpOp, Op, INPLACE};
use crate::object::code::{CodeObj, SiteCache};
use crate::object::dict::{dict_entry_value, dict_version};
use crate::object::function::FunctionObj;
use crate::object::list::list_obj;
use crate::object::{is_kind, Kind};
use crate::value::Value;
use crate::vm::Vm;

/// Entry index flag in a LoadGlobal cache: the name was found in builtins.
const FROM_BUILTINS: u32 = 1 << 31;
/// Feedback bits for operand kinds (two nibbles: left << 4 | right).
pub mod fb {
    pub const INT: u16 = 1;
    pub const FLOAT: u16 = 2;
    pub const STR: u16 = 4;
    pub const OTHER: u16 = 8;
}

#[inline(always)]
pub fn kind_bits(v: Value) -> u16 {
    if v.is_small_int() {
        fb::INT
    } else if v.is_float() {
        fb::FLOAT
    } else if v.is_ptr() && crate::object::kind_of(v) == Kind::Str {
        fb::STR
    } else {
        fb::OTHER
    }
}

impl Vm {
    /// Runs the frame at `entry_fp` (already pushed, marked as an entry frame with
    /// `H_LINK == -1`) until it returns or raises out of it.
    // The stack macros are used both inside and outside `unsafe` blocks.
    #[allow(unused_unsafe)]
    pub fn run_frame(
        &mut self,
        entry_hp: usize,
        resume_pc: usize,
        resume_sp: usize,
        throw: Option<PyErr>,
    ) -> PyResult<Value> {
        let s: *mut Value = self.stack.base;
        // SAFETY (for the whole loop): `s` is the value stack base; indices stay inside
        // the current frame's region, which the frame push checked against the
        // reservation. `code` points at the code object held by the frame's H_CODE
        // slot, which keeps it alive while the frame exists.
        macro_rules! st {
            ($i:expr) => {
                *s.add($i)
            };
        }
        let mut hp = entry_hp;
        let mut code: *const CodeObj = unsafe { st!(hp + H_CODE).as_ptr::<CodeObj>() };
        let mut fp = hp - unsafe { (*code).nslots() };
        // Base of the current code's instructions and constants: one load each per
        // frame switch instead of per instruction.
        let mut ibase: *const std::cell::Cell<crate::bytecode::Instr> =
            unsafe { (*code).instrs.as_ptr() };
        let mut kbase: *const Value = unsafe { (*code).consts.as_ptr() };
        let mut pc = resume_pc;
        let mut sp = resume_sp;
        let mut pending = throw;
        let saved_hp = self.cur_hp;
        self.cur_hp = hp;
        macro_rules! c {
            () => {
                // SAFETY: see the loop's SAFETY comment.
                unsafe { &*code }
            };
        }
        macro_rules! hdr {
            ($slot:expr) => {
                hp + $slot
            };
        }
        /// Switches the loop's state to the frame whose header is at `$hp`.
        macro_rules! enter_frame_at {
            ($hp:expr) => {{
                hp = $hp;
                self.cur_hp = hp;
                code = unsafe { st!(hp + H_CODE).as_ptr::<CodeObj>() };
                fp = hp - c!().nslots();
                ibase = c!().instrs.as_ptr();
                kbase = c!().consts.as_ptr();
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                unsafe { *s.add(sp) = v };
                sp += 1;
            }};
        }
        macro_rules! pop {
            () => {{
                sp -= 1;
                unsafe { *s.add(sp) }
            }};
        }
        macro_rules! top {
            () => {
                unsafe { *s.add(sp - 1) }
            };
        }
        macro_rules! peek {
            ($n:expr) => {
                unsafe { *s.add(sp - $n) }
            };
        }
        macro_rules! set_top {
            ($v:expr) => {
                unsafe { *s.add(sp - 1) = $v }
            };
        }
        macro_rules! local {
            ($i:expr) => {
                unsafe { *s.add(fp + $i as usize) }
            };
        }
        macro_rules! set_local {
            ($i:expr, $v:expr) => {
                unsafe { *s.add(fp + $i as usize) = $v }
            };
        }
        macro_rules! save_pc {
            () => {
                unsafe { *s.add(hdr!(H_PC)) = Value::small_int(pc as i64 - 1) }
            };
        }
        macro_rules! cache {
            () => {
                c!().caches[pc - 1]
            };
        }
        macro_rules! rewrite {
            ($op:expr) => {{
                let cell = &c!().instrs[pc - 1];
                let mut i = cell.get();
                i.op = $op;
                cell.set(i);
            }};
        }
        macro_rules! globals {
            () => {
                unsafe { *s.add(hdr!(H_GLOBALS)) }
            };
        }

        /// Pushes a comparison result, or, when the next instruction is a conditional
        /// jump on it, takes the branch directly (compare-and-branch fusion).
        macro_rules! push_cond {
            ($b:expr) => {{
                let b: bool = $b;
                let next = unsafe { (*ibase.add(pc)).get() };
                match next.op {
                    Op::PopJumpIfFalse => {
                        pc = if b { pc + 1 } else { next.arg as usize };
                    }
                    Op::PopJumpIfTrue => {
                        pc = if b { next.arg as usize } else { pc + 1 };
                    }
                    _ => push!(Value::from_bool(b)),
                }
            }};
        }
        'outer: loop {
            let exc: PyErr = if let Some(e) = pending.take() {
                e
            } else {
                'dispatch: loop {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'dispatch e,
                            }
                        };
                    }
                    // SAFETY: the compiler ends every code object with a terminator and
                    // jump targets are in range, so `pc` always indexes an instruction.
                    let instr = unsafe { (*ibase.add(pc)).get() };
                    pc += 1;
                    let arg = instr.arg;
                    match instr.op {
                        Op::Nop => {}
                        Op::SetupAnnotations => {
                            save_pc!();
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            let ns = if ns.is_empty() { globals!() } else { ns };
                            let k = self.names.dunder_annotations;
                            let d = match tri!(self.namespace_get(ns, k)) {
                                Some(d) => d,
                                None => {
                                    let d = self.new_dict();
                                    tri!(self.namespace_set(ns, k, d));
                                    d
                                }
                            };
                            push!(d);
                        }
                        Op::PopTop => {
                            sp -= 1;
                        }
                        Op::Copy => {
                            let v = peek!(arg as usize);
                            push!(v);
                        }
                        Op::Swap => unsafe {
                            let a = sp - 1;
                            let b = sp - arg as usize;
                            std::ptr::swap(s.add(a), s.add(b));
                        },
                        // SAFETY: constant indices come from the compiler and are in range.
                        Op::LoadConst => push!(unsafe { *kbase.add(arg as usize) }),
                        Op::LoadFast => push!(local!(arg)),
                        Op::LoadFastChecked => {
                            let v = local!(arg);
                            if v.is_empty() {
                                save_pc!();
                                let name = c!().varname(arg as usize).to_owned();
                                break 'dispatch self.unbound_local(&name);
                            }
                            push!(v);
                        }
                        Op::StoreFast => {
                            let v = pop!();
                            set_local!(arg, v);
                        }
                        Op::DeleteFast => {
                            if local!(arg).is_empty() {
                                save_pc!();
                                let name = c!().varname(arg as usize).to_owned();
                                break 'dispatch self.unbound_local(&name);
                            }
                            set_local!(arg, Value::EMPTY);
                        }
                        Op::LoadDeref => {
                            let cell = local!(arg);
                            // SAFETY: cell and free slots hold cell objects.
                            let v =
                                unsafe { crate::object::obj::<crate::object::CellObj>(cell).value };
                            if v.is_empty() {
                                save_pc!();
                                break 'dispatch self.unbound_deref(c!(), arg as usize);
                            }
                            push!(v);
                        }
                        Op::StoreDeref => {
                            let v = pop!();
                            let cell = local!(arg);
                            // SAFETY: as above.
                            unsafe {
                                crate::object::obj_mut::<crate::object::CellObj>(cell).value = v
                            };
                        }
                        Op::DeleteDeref => {
                            let cell = local!(arg);
                            // SAFETY: as above.
                            unsafe {
                                let co = crate::object::obj_mut::<crate::object::CellObj>(cell);
                                if co.value.is_empty() {
                                    save_pc!();
                                    break 'dispatch self.unbound_deref(c!(), arg as usize);
                                }
                                co.value = Value::EMPTY;
                            }
                        }
                        Op::LoadClosure => push!(local!(arg)),
                        Op::LoadClassDeref => {
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            if let Some(v) = tri!(self.namespace_get(ns, name)) {
                                push!(v);
                            } else {
                                let slot = c!()
                                    .varnames
                                    .iter()
                                    .rposition(|&n| n == name)
                                    .expect("LoadClassDeref of a name with no free slot");
                                let cell = local!(slot);
                                // SAFETY: free slots hold cells.
                                let v = unsafe {
                                    crate::object::obj::<crate::object::CellObj>(cell).value
                                };
                                if v.is_empty() {
                                    break 'dispatch self.unbound_deref(c!(), slot);
                                }
                                push!(v);
                            }
                        }
                        Op::LoadGlobal => {
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let g = globals!();
                            let v = match self.dict_find_str_index(g, name) {
                                Some(ix) => {
                                    let mut cache = SiteCache::EMPTY;
                                    cache.version = dict_version(g);
                                    cache.index = ix as u32;
                                    cache!().set(cache);
                                    rewrite!(Op::LoadGlobalCached);
                                    dict_entry_value(g, ix)
                                }
                                None => {
                                    let b = self.builtins;
                                    match self.dict_find_str_index(b, name) {
                                        Some(ix) => {
                                            let mut cache = SiteCache::EMPTY;
                                            cache.version = dict_version(g);
                                            cache.index = ix as u32 | FROM_BUILTINS;
                                            cache.value = Value::small_int(
                                                (dict_version(b) & 0xffff_ffff_ffff) as i64,
                                            );
                                            cache!().set(cache);
                                            rewrite!(Op::LoadGlobalCached);
                                            dict_entry_value(b, ix)
                                        }
                                        None => break 'dispatch self.name_error(name),
                                    }
                                }
                            };
                            push!(v);
                        }
                        Op::LoadGlobalCached => {
                            let cache = cache!().get();
                            let g = globals!();
                            let mut v = Value::EMPTY;
                            if dict_version(g) == cache.version {
                                if cache.index & FROM_BUILTINS == 0 {
                                    v = dict_entry_value(g, cache.index as usize);
                                } else {
                                    let b = self.builtins;
                                    if (dict_version(b) & 0xffff_ffff_ffff) as i64
                                        == cache.value.as_small_int()
                                    {
                                        v = dict_entry_value(
                                            b,
                                            (cache.index & !FROM_BUILTINS) as usize,
                                        );
                                    }
                                }
                            }
                            if v.is_empty() {
                                rewrite!(Op::LoadGlobal);
                                pc -= 1;
                                continue;
                            }
                            push!(v);
                        }
                        Op::StoreGlobal => {
                            save_pc!();
                            let v = pop!();
                            let name = c!().names[arg as usize];
                            self.dict_set_str(globals!(), name, v);
                        }
                        Op::DeleteGlobal => {
                            save_pc!();
                            let name = c!().names[arg as usize];
                            if tri!(self.dict_del(globals!(), name)).is_none() {
                                break 'dispatch self.name_error(name);
                            }
                        }
                        Op::LoadName => {
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            let v = match tri!(self.namespace_get(ns, name)) {
                                Some(v) => v,
                                None => match self.dict_get_str(globals!(), name) {
                                    Some(v) => v,
                                    None => match self.dict_get_str(self.builtins, name) {
                                        Some(v) => v,
                                        None => break 'dispatch self.name_error(name),
                                    },
                                },
                            };
                            push!(v);
                        }
                        Op::StoreName => {
                            save_pc!();
                            let v = pop!();
                            let name = c!().names[arg as usize];
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            tri!(self.namespace_set(ns, name, v));
                        }
                        Op::DeleteName => {
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            if !tri!(self.namespace_del(ns, name)) {
                                break 'dispatch self.name_error(name);
                            }
                        }
                        Op::LoadAttr
                        | Op::LoadAttrInstance
                        | Op::LoadAttrClass
                        | Op::LoadAttrModule => {
                            let obj = top!();
                            if let Some(v) = self.load_attr_hit(obj, &c!().caches[pc - 1]) {
                                set_top!(v);
                                continue;
                            }
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let v = tri!(self.load_attr_cached(obj, name, &c!().caches[pc - 1]));
                            set_top!(v);
                        }
                        Op::StoreAttr | Op::StoreAttrInstance => {
                            let obj = pop!();
                            let v = pop!();
                            if self.store_attr_hit(obj, v, &c!().caches[pc - 1]) {
                                continue;
                            }
                            save_pc!();
                            let name = c!().names[arg as usize];
                            tri!(self.store_attr_cached(obj, name, v, &c!().caches[pc - 1]));
                        }
                        Op::DeleteAttr => {
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let obj = pop!();
                            tri!(self.del_attr(obj, name));
                        }
                        Op::LoadMethod | Op::LoadMethodCached => {
                            let obj = top!();
                            if let Some(m) = self.load_method_hit(obj, &c!().caches[pc - 1]) {
                                set_top!(m);
                                push!(obj);
                                continue;
                            }
                            save_pc!();
                            let name = c!().names[arg as usize];
                            let (m, selfv) =
                                tri!(self.load_method_cached(obj, name, &c!().caches[pc - 1]));
                            set_top!(m);
                            push!(selfv);
                        }
                        Op::PushNull => push!(Value::EMPTY),
                        Op::Call | Op::CallKw => {
                            save_pc!();
                            let (nargs, kwnames) = if instr.op == Op::CallKw {
                                let names = pop!();
                                (arg as usize, names)
                            } else {
                                (arg as usize, Value::EMPTY)
                            };
                            let base = sp - nargs - 2;
                            let first = unsafe { st!(base) };
                            let second = unsafe { st!(base + 1) };
                            let (callable, args_start) = if first.is_empty() {
                                (second, base + 2)
                            } else {
                                (first, base + 1)
                            };
                            // Python functions: push a frame in place and keep going.
                            if is_kind(callable, Kind::Function) {
                                let fobj = unsafe { crate::object::obj::<FunctionObj>(callable) };
                                let fcode = unsafe { crate::object::code::code_obj(fobj.code) };
                                let n = sp - args_start;
                                let mut cb = cache!().get();
                                cb.key = callable;
                                cb.index = cb.index.saturating_add(1);
                                cache!().set(cb);
                                if kwnames.is_empty()
                                    && fcode.flags & crate::object::code::flags::SIMPLE_ARGS != 0
                                    && n == fcode.argcount as usize
                                    && self.depth < self.recursion_limit
                                    && !self.budget_enabled
                                {
                                    // Fast path: the positional arguments already sit in
                                    // the callee's first slots; no defaults, cells or
                                    // varargs to handle.
                                    let new_hp = args_start + fcode.nslots();
                                    let end = new_hp + HDR_SIZE + fcode.stacksize as usize;
                                    if end + 4096 < self.stack.cap {
                                        unsafe {
                                            for i in n..fcode.nslots() {
                                                *s.add(args_start + i) = Value::EMPTY;
                                            }
                                            *s.add(new_hp + H_CODE) = fobj.code;
                                            *s.add(new_hp + H_GLOBALS) = fobj.globals;
                                            *s.add(new_hp + H_NAMESPACE) = Value::EMPTY;
                                            *s.add(new_hp + H_LINK) = Value::small_int(hp as i64);
                                            *s.add(new_hp + H_PC) = Value::small_int(0);
                                            *s.add(new_hp + H_RET) = Value::small_int(base as i64);
                                            *s.add(new_hp + H_FLAGS) = Value::small_int(0);
                                            *s.add(new_hp + H_GEN) = Value::EMPTY;
                                        }
                                        self.stack.top = end;
                                        self.depth += 1;
                                        enter_frame_at!(new_hp);
                                        pc = 0;
                                        sp = hp + HDR_SIZE;
                                        continue;
                                    }
                                }
                                if fcode.flags & crate::object::code::flags::GENERATOR == 0 {
                                    let new_hp = tri!(self.push_frame_in_place(
                                        callable, args_start, n, kwnames, base, hp, 0
                                    ));
                                    enter_frame_at!(new_hp);
                                    pc = 0;
                                    sp = hp + HDR_SIZE;
                                    continue;
                                }
                            }
                            // A plain user class: allocate, then run `__init__` as a
                            // frame whose return value is replaced by the instance.
                            if first.is_empty() && is_kind(callable, Kind::Type) {
                                // The site cache remembers (class, version) -> __init__.
                                let t: *mut crate::object::TypeObj = callable.as_ptr();
                                let version = unsafe { (*t).version };
                                let cb = cache!().get();
                                let init = if cb.key == callable
                                    && cb.version == version
                                    && is_kind(cb.value, Kind::Function)
                                {
                                    Some(cb.value)
                                } else {
                                    let init = self.plain_init_of(t);
                                    if let Some(f) = init {
                                        let mut nc = cb;
                                        nc.key = callable;
                                        nc.version = version;
                                        nc.value = f;
                                        cache!().set(nc);
                                    }
                                    init
                                };
                                if let Some(init) = init {
                                    let inst = tri!(self.alloc_instance(
                                        callable.as_ptr(),
                                        &[],
                                        Value::EMPTY
                                    ));
                                    unsafe {
                                        *s.add(base) = inst;
                                        *s.add(base + 1) = inst;
                                    }
                                    let n = sp - (base + 1);
                                    let new_hp = tri!(self.push_frame_in_place(
                                        init,
                                        base + 1,
                                        n,
                                        kwnames,
                                        base,
                                        hp,
                                        flags::INIT
                                    ));
                                    enter_frame_at!(new_hp);
                                    pc = 0;
                                    sp = hp + HDR_SIZE;
                                    continue;
                                }
                            }
                            let args = self.stack.slice(args_start, sp);
                            // SAFETY: the slice points into the value stack, which the
                            // callee cannot shrink below `stack.top`.
                            let args: &[Value] =
                                unsafe { std::mem::transmute::<&[Value], &[Value]>(args) };
                            let r = tri!(self.call_with_names(callable, args, kwnames));
                            sp = base;
                            push!(r);
                        }
                        Op::CallEx => {
                            save_pc!();
                            let kwargs = if arg & 1 != 0 { pop!() } else { Value::EMPTY };
                            let args = pop!();
                            let callable = pop!();
                            let _null = pop!();
                            let args = if is_kind(args, Kind::Tuple) {
                                args
                            } else {
                                match self.collect_iterable(args) {
                                    Ok(items) => self.new_tuple(&items),
                                    Err(e) => {
                                        if self.isinstance(e.0, self.types.type_error)
                                            && !self.has_iter(args)
                                        {
                                            let fs = self.function_str(callable);
                                            let tn = self.type_name(args);
                                            break 'dispatch self.type_error(format!(
                                                "{fs} argument after * must be an iterable, not {tn}"
                                            ));
                                        }
                                        break 'dispatch e;
                                    }
                                }
                            };
                            let r = tri!(self.call_ex(callable, args, kwargs));
                            push!(r);
                        }
                        Op::MakeFunction => {
                            save_pc!();
                            let codev = pop!();
                            let closure = if arg & 8 != 0 { pop!() } else { Value::EMPTY };
                            let annotations = if arg & 4 != 0 { pop!() } else { Value::EMPTY };
                            let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::EMPTY };
                            let defaults = if arg & 1 != 0 { pop!() } else { Value::EMPTY };
                            // Keep the parts on the stack while allocating.
                            let f =
                                self.new_function(codev, globals!(), defaults, kwdefaults, closure);
                            if !annotations.is_empty() {
                                let d = self.new_dict();
                                unsafe { crate::object::obj_mut::<FunctionObj>(f).dict = d };
                                let k = self.names.dunder_annotations;
                                self.dict_set_str(d, k, annotations);
                            }
                            push!(f);
                        }
                        Op::BuildTuple => {
                            save_pc!();
                            let n = arg as usize;
                            let t =
                                self.new_tuple(self.stack.slice(sp - n, sp).to_vec().as_slice());
                            sp -= n;
                            push!(t);
                        }
                        Op::BuildList => {
                            save_pc!();
                            let n = arg as usize;
                            let l = self.new_list_with_capacity(n);
                            unsafe {
                                let lo = list_obj(l);
                                lo.len = n;
                                lo.items_mut().copy_from_slice(self.stack.slice(sp - n, sp));
                            }
                            sp -= n;
                            push!(l);
                        }
                        Op::BuildSet => {
                            save_pc!();
                            let n = arg as usize;
                            let set = self.new_set();
                            for i in 0..n {
                                let v = unsafe { st!(sp - n + i) };
                                tri!(self.set_add(set, v));
                            }
                            sp -= n;
                            push!(set);
                        }
                        Op::BuildMap => {
                            save_pc!();
                            let n = arg as usize;
                            let d = self.new_dict();
                            for i in 0..n {
                                let k = unsafe { st!(sp - 2 * n + 2 * i) };
                                let v = unsafe { st!(sp - 2 * n + 2 * i + 1) };
                                tri!(self.dict_set(d, k, v));
                            }
                            sp -= 2 * n;
                            push!(d);
                        }
                        Op::BuildString => {
                            save_pc!();
                            let n = arg as usize;
                            let r =
                                self.concat_strs(self.stack.slice(sp - n, sp).to_vec().as_slice());
                            sp -= n;
                            push!(r);
                        }
                        Op::BuildSlice => {
                            save_pc!();
                            let step = if arg == 3 { pop!() } else { Value::NONE };
                            let stop = pop!();
                            let start = pop!();
                            let sl = self.new_slice(start, stop, step);
                            push!(sl);
                        }
                        Op::ListAppend => {
                            save_pc!();
                            let v = pop!();
                            let l = peek!(arg as usize);
                            self.list_append(l, v);
                        }
                        Op::SetAdd => {
                            save_pc!();
                            let v = pop!();
                            let set = peek!(arg as usize);
                            tri!(self.set_add(set, v));
                        }
                        Op::MapAdd => {
                            save_pc!();
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(arg as usize);
                            tri!(self.dict_set(d, k, v));
                        }
                        Op::ListExtend => {
                            save_pc!();
                            let it = top!();
                            let l = peek!(arg as usize + 1);
                            if let Err(e) = self.list_extend(l, it) {
                                break 'dispatch self.star_error(e, it);
                            }
                            sp -= 1;
                        }
                        Op::SetUpdate => {
                            save_pc!();
                            let it = top!();
                            let set = peek!(arg as usize + 1);
                            tri!(self.set_update(set, it));
                            sp -= 1;
                        }
                        Op::DictUpdate => {
                            save_pc!();
                            let m = top!();
                            let d = peek!(arg as usize + 1);
                            tri!(self.dict_update_from(d, m, false));
                            sp -= 1;
                        }
                        Op::DictMerge => {
                            save_pc!();
                            let m = top!();
                            let d = peek!(arg as usize + 1);
                            // [EMPTY, f, args_tuple, dict, m]: the callee names the errors.
                            let f = peek!(arg as usize + 3);
                            tri!(self.dict_merge_kwargs(d, m, f));
                            sp -= 1;
                        }
                        Op::ListToTuple => {
                            save_pc!();
                            let l = top!();
                            let items = unsafe { list_obj(l).items().to_vec() };
                            let t = self.new_tuple(&crate::gc::RootedVec::from_slice(&items));
                            set_top!(t);
                        }
                        Op::UnpackSequence => {
                            save_pc!();
                            let v = top!();
                            let n = arg as usize;
                            // Fast paths: exact tuples and lists of the right length.
                            let items: Option<&[Value]> = if is_kind(v, Kind::Tuple) {
                                Some(unsafe { crate::object::tuple::tuple_items(v) })
                            } else if is_kind(v, Kind::List) {
                                Some(unsafe { list_obj(v).items() })
                            } else {
                                None
                            };
                            match items {
                                Some(items) if items.len() == n => {
                                    sp -= 1;
                                    for i in (0..n).rev() {
                                        push!(items[i]);
                                    }
                                }
                                _ => {
                                    let vals = tri!(self.unpack_iterable(v, n, None));
                                    sp -= 1;
                                    for i in (0..vals.len()).rev() {
                                        push!(vals[i]);
                                    }
                                }
                            }
                        }
                        Op::UnpackEx => {
                            save_pc!();
                            let v = top!();
                            let before = (arg & 0xff) as usize;
                            let after = (arg >> 8) as usize;
                            // Fast path: a tuple or list long enough, unpacked in place
                            // (`v` stays on the stack, so it is rooted while the middle
                            // list is built).
                            let len = if is_kind(v, Kind::Tuple) {
                                unsafe { crate::object::tuple::tuple_items(v) }.len()
                            } else if is_kind(v, Kind::List) {
                                unsafe { list_obj(v).items() }.len()
                            } else {
                                usize::MAX
                            };
                            if len != usize::MAX && len >= before + after {
                                let mid = self.new_list_with_capacity(len - before - after);
                                // SAFETY: kinds checked above; `v` is still on the stack
                                // and the allocation above cannot shrink it.
                                let items = |v: Value| -> &[Value] {
                                    if is_kind(v, Kind::Tuple) {
                                        unsafe { crate::object::tuple::tuple_items(v) }
                                    } else {
                                        unsafe { list_obj(v).items() }
                                    }
                                };
                                for &x in &items(v)[before..len - after] {
                                    self.list_append(mid, x);
                                }
                                sp -= 1;
                                for i in (len - after..len).rev() {
                                    push!(items(v)[i]);
                                }
                                push!(mid);
                                for i in (0..before).rev() {
                                    push!(items(v)[i]);
                                }
                                continue;
                            }
                            sp -= 1;
                            let vals = tri!(self.unpack_iterable(v, before + after, Some(before)));
                            for i in (0..vals.len()).rev() {
                                push!(vals[i]);
                            }
                        }
                        Op::FormatValue => {
                            save_pc!();
                            let spec = if arg & 4 != 0 { pop!() } else { Value::EMPTY };
                            let v = top!();
                            let r = tri!(self.format_value(v, arg & 3, spec));
                            set_top!(r);
                        }
                        Op::BinaryOp => {
                            save_pc!();
                            let b = pop!();
                            let a = top!();
                            let mut cache = cache!().get();
                            cache.feedback |= (kind_bits(a) << 4) | kind_bits(b);
                            if a.is_small_int() && b.is_small_int() {
                                if let Some(r) =
                                    small_int_binop(instr.sub, a.as_small_int(), b.as_small_int())
                                {
                                    cache!().set(cache);
                                    rewrite!(Op::BinaryOpInt);
                                    set_top!(r);
                                    continue;
                                }
                            } else if (a.is_float() || a.is_small_int())
                                && (b.is_float() || b.is_small_int())
                            {
                                if let Some(r) = float_binop(instr.sub, a, b) {
                                    cache!().set(cache);
                                    rewrite!(Op::BinaryOpFloat);
                                    set_top!(r);
                                    continue;
                                }
                            }
                            cache!().set(cache);
                            let r = tri!(self.binary_op(a, b, instr.sub));
                            set_top!(r);
                        }
                        Op::BinaryOpInt => {
                            let b = peek!(1);
                            let a = peek!(2);
                            if a.is_small_int() && b.is_small_int() {
                                if let Some(r) =
                                    small_int_binop(instr.sub, a.as_small_int(), b.as_small_int())
                                {
                                    sp -= 1;
                                    set_top!(r);
                                    continue;
                                }
                            }
                            rewrite!(Op::BinaryOp);
                            pc -= 1;
                        }
                        Op::BinaryOpFloat => {
                            let b = peek!(1);
                            let a = peek!(2);
                            if (a.is_float() || a.is_small_int())
                                && (b.is_float() || b.is_small_int())
                            {
                                if let Some(r) = float_binop(instr.sub, a, b) {
                                    sp -= 1;
                                    set_top!(r);
                                    continue;
                                }
                            }
                            rewrite!(Op::BinaryOp);
                            pc -= 1;
                        }
                        Op::BinarySubscr => {
                            save_pc!();
                            let k = pop!();
                            let o = top!();
                            if (is_kind(o, Kind::List) || is_kind(o, Kind::Tuple))
                                && k.is_small_int()
                            {
                                rewrite!(Op::BinarySubscrListInt);
                            }
                            let r = tri!(self.get_item(o, k));
                            set_top!(r);
                        }
                        Op::BinarySubscrListInt => {
                            let k = peek!(1);
                            let o = peek!(2);
                            // Lists and tuples indexed by a small int.
                            let items: Option<&[Value]> = if !k.is_small_int() {
                                None
                            } else if is_kind(o, Kind::List) {
                                Some(unsafe { list_obj(o) }.items())
                            } else if is_kind(o, Kind::Tuple) {
                                Some(unsafe { crate::object::tuple::tuple_items(o) })
                            } else {
                                None
                            };
                            if let Some(items) = items {
                                let mut i = k.as_small_int();
                                if i < 0 {
                                    i += items.len() as i64;
                                }
                                if i >= 0 && (i as usize) < items.len() {
                                    let v = items[i as usize];
                                    sp -= 1;
                                    set_top!(v);
                                    continue;
                                }
                            } else {
                                rewrite!(Op::BinarySubscr);
                            }
                            pc -= 1;
                            let cell = &c!().instrs[pc];
                            let mut i = cell.get();
                            i.op = Op::BinarySubscr;
                            cell.set(i);
                        }
                        Op::BinarySlice => {
                            save_pc!();
                            let stop = pop!();
                            let start = pop!();
                            let o = top!();
                            let r = tri!(self.get_slice(o, start, stop));
                            set_top!(r);
                        }
                        Op::StoreSubscr | Op::StoreSubscrListInt => {
                            save_pc!();
                            let k = pop!();
                            let o = pop!();
                            let v = pop!();
                            if is_kind(o, Kind::List) && k.is_small_int() {
                                let lo = unsafe { list_obj(o) };
                                let mut i = k.as_small_int();
                                if i < 0 {
                                    i += lo.len as i64;
                                }
                                if i >= 0 && (i as usize) < lo.len {
                                    lo.items_mut()[i as usize] = v;
                                    continue;
                                }
                            }
                            tri!(self.set_item(o, k, v));
                        }
                        Op::StoreSlice => {
                            save_pc!();
                            let stop = pop!();
                            let start = pop!();
                            let o = pop!();
                            let v = pop!();
                            tri!(self.set_slice(o, start, stop, v));
                        }
                        Op::DeleteSubscr => {
                            save_pc!();
                            let k = pop!();
                            let o = pop!();
                            tri!(self.del_item(o, k));
                        }
                        Op::UnaryNeg => {
                            let v = top!();
                            if v.is_small_int() {
                                let i = v.as_small_int();
                                if i != crate::value::SMALL_INT_MIN {
                                    set_top!(Value::small_int(-i));
                                    continue;
                                }
                            } else if v.is_float() {
                                set_top!(Value::float(-v.as_float()));
                                continue;
                            }
                            save_pc!();
                            let r = tri!(self.unary_neg(v));
                            set_top!(r);
                        }
                        Op::UnaryPos => {
                            save_pc!();
                            let v = top!();
                            let r = tri!(self.unary_pos(v));
                            set_top!(r);
                        }
                        Op::UnaryInvert => {
                            save_pc!();
                            let v = top!();
                            let r = tri!(self.unary_invert(v));
                            set_top!(r);
                        }
                        Op::UnaryNot => {
                            let v = top!();
                            let b = if v.is_bool() {
                                v.is_true_bool()
                            } else {
                                save_pc!();
                                tri!(self.is_true(v))
                            };
                            set_top!(Value::from_bool(!b));
                        }
                        Op::CompareOp => {
                            save_pc!();
                            let b = pop!();
                            let a = top!();
                            let mut cache = cache!().get();
                            cache.feedback |= (kind_bits(a) << 4) | kind_bits(b);
                            cache!().set(cache);
                            let op = CmpOp::from_u8(instr.sub);
                            if a.is_small_int() && b.is_small_int() {
                                rewrite!(Op::CompareOpInt);
                                sp -= 1;
                                push_cond!(op.test(a.as_small_int().cmp(&b.as_small_int())));
                                continue;
                            }
                            if a.is_float() && b.is_float() {
                                rewrite!(Op::CompareOpFloat);
                                sp -= 1;
                                push_cond!(float_cmp(op, a.as_float(), b.as_float()));
                                continue;
                            }
                            let r = tri!(self.compare(a, b, op));
                            if r.is_bool() {
                                sp -= 1;
                                push_cond!(r.is_true_bool());
                            } else {
                                set_top!(r);
                            }
                        }
                        Op::CompareOpInt => {
                            let b = peek!(1);
                            let a = peek!(2);
                            if a.is_small_int() && b.is_small_int() {
                                let op = CmpOp::from_u8(instr.sub);
                                sp -= 2;
                                push_cond!(op.test(a.as_small_int().cmp(&b.as_small_int())));
                                continue;
                            }
                            rewrite!(Op::CompareOp);
                            pc -= 1;
                        }
                        Op::CompareOpFloat => {
                            let b = peek!(1);
                            let a = peek!(2);
                            if a.is_float() && b.is_float() {
                                let op = CmpOp::from_u8(instr.sub);
                                sp -= 2;
                                push_cond!(float_cmp(op, a.as_float(), b.as_float()));
                                continue;
                            }
                            rewrite!(Op::CompareOp);
                            pc -= 1;
                        }
                        Op::IsOp => {
                            let b = pop!();
                            let a = top!();
                            set_top!(Value::from_bool((a == b) != (arg == 1)));
                        }
                        Op::ContainsOp => {
                            save_pc!();
                            let container = pop!();
                            let item = top!();
                            let r = tri!(self.contains(container, item));
                            set_top!(Value::from_bool(r != (arg == 1)));
                        }
                        Op::Jump => pc = arg as usize,
                        Op::JumpBackward => {
                            let cell = &c!().caches[pc - 1];
                            let mut cache = cell.get();
                            cache.index = cache.index.wrapping_add(1);
                            cell.set(cache);
                            pc = arg as usize;
                            if self.budget_enabled {
                                save_pc!();
                                tri!(self.charge_budget());
                            }
                        }
                        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                            let v = pop!();
                            let t = if v.is_bool() {
                                v.is_true_bool()
                            } else if v.is_small_int() {
                                v.as_small_int() != 0
                            } else if v.is_none() {
                                false
                            } else {
                                save_pc!();
                                tri!(self.is_true(v))
                            };
                            if t == (instr.op == Op::PopJumpIfTrue) {
                                pc = arg as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                            let v = top!();
                            let t = if v.is_bool() {
                                v.is_true_bool()
                            } else {
                                save_pc!();
                                tri!(self.is_true(v))
                            };
                            if t == (instr.op == Op::JumpIfTrueOrPop) {
                                pc = arg as usize;
                            } else {
                                sp -= 1;
                            }
                        }
                        Op::GetIter => {
                            save_pc!();
                            let v = top!();
                            let it = tri!(self.get_iter(v));
                            set_top!(it);
                        }
                        Op::ForIter | Op::ForIterRange | Op::ForIterList => {
                            let it = top!();
                            if is_kind(it, Kind::Iter) {
                                let io = unsafe {
                                    crate::object::obj_mut::<crate::object::iter::IterObj>(it)
                                };
                                match io.kind() {
                                    crate::object::iter::IterKind::Range => {
                                        if io.end > 0 {
                                            let v = io.index;
                                            io.end -= 1;
                                            io.index = v.wrapping_add(io.step);
                                            if Value::fits_small(v) {
                                                push!(Value::small_int(v));
                                            } else {
                                                save_pc!();
                                                let bv = self.new_int(v);
                                                push!(bv);
                                            }
                                        } else {
                                            sp -= 1;
                                            pc = arg as usize;
                                        }
                                        continue;
                                    }
                                    crate::object::iter::IterKind::List => {
                                        if !io.seq.is_empty() {
                                            let lo = unsafe { list_obj(io.seq) };
                                            if (io.index as usize) < lo.len {
                                                let v = lo.items()[io.index as usize];
                                                io.index += 1;
                                                push!(v);
                                                continue;
                                            }
                                            io.seq = Value::EMPTY;
                                        }
                                        sp -= 1;
                                        pc = arg as usize;
                                        continue;
                                    }
                                    _ => {}
                                }
                            }
                            save_pc!();
                            // A generator continues in this loop, as a child frame.
                            if is_kind(it, Kind::Generator) {
                                if let Some((nhp, npc, nsp)) =
                                    self.gen_push_inline(it, hp, sp, Value::NONE, false)
                                {
                                    enter_frame_at!(nhp);
                                    pc = npc;
                                    sp = nsp;
                                    continue;
                                }
                            }
                            match tri!(self.iter_next(it)) {
                                Some(v) => push!(v),
                                None => {
                                    sp -= 1;
                                    pc = arg as usize;
                                }
                            }
                        }
                        Op::ReturnValue => {
                            let mut r = pop!();
                            let link = unsafe { st!(hdr!(H_LINK)) }.as_small_int();
                            let gen = unsafe { st!(hdr!(H_GEN)) };
                            let flags = unsafe { st!(hdr!(H_FLAGS)) }.as_small_int();
                            let ret_slot = unsafe { st!(hdr!(H_RET)) }.as_small_int() as usize;
                            if flags & flags::INIT != 0 {
                                if !r.is_none() {
                                    save_pc!();
                                    let tn = self.type_name(r);
                                    break 'dispatch self.type_error(format!(
                                        "__init__() should return None, not '{tn}'"
                                    ));
                                }
                                r = unsafe { st!(ret_slot) };
                            }
                            self.depth -= 1;
                            if !gen.is_empty() {
                                self.generator_finish(gen);
                            }
                            if link < 0 {
                                self.stack.top = fp;
                                self.cur_hp = saved_hp;
                                return Ok(r);
                            }
                            enter_frame_at!(link as usize);
                            let resumer = unsafe { st!(hdr!(H_PC)) }.as_small_int() as usize;
                            if gen.is_empty() {
                                pc = resumer + 1;
                                sp = ret_slot;
                                push!(r);
                            } else {
                                // An inline generator finished: its `for` loop ends (the
                                // iterator is popped), or its `yield from` gets the value.
                                let at = c!().instrs[resumer].get();
                                pc = at.arg as usize;
                                if at.op == Op::Send {
                                    sp = ret_slot;
                                    set_top!(r);
                                } else {
                                    sp = ret_slot - 1;
                                }
                            }
                            self.stack.top = hp + HDR_SIZE + c!().stacksize as usize;
                        }
                        Op::YieldValue => {
                            let v = pop!();
                            let gen = unsafe { st!(hdr!(H_GEN)) };
                            let link = unsafe { st!(hdr!(H_LINK)) }.as_small_int();
                            let ret_slot = unsafe { st!(hdr!(H_RET)) }.as_small_int() as usize;
                            self.generator_suspend(gen, fp, hp, pc, sp);
                            self.depth -= 1;
                            if link < 0 {
                                self.stack.top = fp;
                                self.cur_hp = saved_hp;
                                return Ok(v);
                            }
                            // Resumed inline: back to the `for` or `yield from` that
                            // resumed it, with the value.
                            enter_frame_at!(link as usize);
                            pc = unsafe { st!(hdr!(H_PC)) }.as_small_int() as usize + 1;
                            sp = ret_slot;
                            push!(v);
                            self.stack.top = hp + HDR_SIZE + c!().stacksize as usize;
                        }
                        Op::Send => {
                            save_pc!();
                            let v = pop!();
                            let recv = top!();
                            if is_kind(recv, Kind::Generator) {
                                if let Some((nhp, npc, nsp)) =
                                    self.gen_push_inline(recv, hp, sp, v, true)
                                {
                                    enter_frame_at!(nhp);
                                    pc = npc;
                                    sp = nsp;
                                    continue;
                                }
                            }
                            match tri!(self.send_to(recv, v)) {
                                Ok(y) => push!(y),
                                Err(ret) => {
                                    set_top!(ret);
                                    pc = arg as usize;
                                }
                            }
                        }
                        Op::GetYieldFromIter => {
                            save_pc!();
                            let v = top!();
                            let it = tri!(self.yield_from_iter(v));
                            set_top!(it);
                        }
                        Op::GetAwaitable => {
                            save_pc!();
                            let v = top!();
                            let it = tri!(self.get_awaitable(v, arg));
                            set_top!(it);
                        }
                        Op::GetAIter => {
                            save_pc!();
                            let v = top!();
                            let it = tri!(self.get_aiter(v));
                            set_top!(it);
                        }
                        Op::GetANext => {
                            save_pc!();
                            let v = top!();
                            let aw = tri!(self.get_anext(v));
                            push!(aw);
                        }
                        Op::BeforeAsyncWith => {
                            save_pc!();
                            let mgr = top!();
                            let (exit, entered) = tri!(self.before_async_with(mgr));
                            set_top!(exit);
                            push!(entered);
                        }
                        Op::EndAsyncFor => {
                            save_pc!();
                            let exc = pop!();
                            if !self.isinstance(exc, self.types.stop_async_iteration) {
                                self.reraising = true;
                                break 'dispatch PyErr(exc);
                            }
                            sp -= 1;
                        }
                        Op::Raise => {
                            save_pc!();
                            let e = match arg {
                                0 => self.reraise_current(),
                                1 => {
                                    let exc = pop!();
                                    self.exception_from_raise(exc, Value::EMPTY)
                                }
                                _ => {
                                    let cause = pop!();
                                    let exc = pop!();
                                    self.exception_from_raise(exc, cause)
                                }
                            };
                            break 'dispatch e;
                        }
                        Op::Reraise => {
                            save_pc!();
                            let e = pop!();
                            self.reraising = true;
                            break 'dispatch PyErr(e);
                        }
                        Op::PushExcInfo => {
                            let e = top!();
                            let gen = unsafe { st!(hdr!(H_GEN)) };
                            let prev = if gen.is_empty() {
                                self.handled_exc
                            } else {
                                self.gen_saved_exc(gen)
                            };
                            set_top!(prev);
                            push!(e);
                            self.handled_exc = e;
                        }
                        Op::PopExcept => {
                            let prev = pop!();
                            let gen = unsafe { st!(hdr!(H_GEN)) };
                            self.handled_exc = if gen.is_empty() {
                                prev
                            } else {
                                self.gen_restored_exc(gen, prev)
                            };
                        }
                        Op::CheckExcMatch => {
                            save_pc!();
                            let ty = pop!();
                            let e = top!();
                            let m = tri!(self.exception_matches(e, ty));
                            push!(Value::from_bool(m));
                        }
                        Op::LoadAssertionError => {
                            push!(Value::from_ptr(self.types.assertion_error))
                        }
                        Op::BeforeWith => {
                            save_pc!();
                            let mgr = top!();
                            let (exit, entered) = tri!(self.before_with(mgr));
                            set_top!(exit);
                            push!(entered);
                        }
                        Op::WithExceptStart => {
                            save_pc!();
                            let exc = peek!(1);
                            let exit = peek!(3);
                            let r = tri!(self.call_exit_with_exception(exit, exc));
                            push!(r);
                        }
                        Op::ImportName => {
                            save_pc!();
                            let fromlist = pop!();
                            let level = top!();
                            let name = c!().names[arg as usize];
                            let m = tri!(self.import_name(name, fromlist, level, globals!()));
                            set_top!(m);
                        }
                        Op::ImportFrom => {
                            save_pc!();
                            let m = top!();
                            let name = c!().names[arg as usize];
                            let v = tri!(self.import_from(m, name));
                            push!(v);
                        }
                        Op::ImportStar => {
                            save_pc!();
                            let m = pop!();
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            let target = if ns.is_empty() { globals!() } else { ns };
                            tri!(self.import_star(m, target));
                        }
                        Op::LoadBuildClass => {
                            save_pc!();
                            let bc = self.intern("__build_class__");
                            match self.dict_get_str(self.builtins, bc) {
                                Some(v) => push!(v),
                                None => break 'dispatch self.name_error(bc),
                            }
                        }
                        Op::LoadLocals => {
                            let ns = unsafe { st!(hdr!(H_NAMESPACE)) };
                            push!(ns);
                        }
                    }
                }
            };
            // ----- exception unwinding ----------------------------------------------------
            let reraise = std::mem::take(&mut self.reraising);
            let mut exc = exc;
            if !reraise {
                self.attach_context(exc.0);
                self.add_traceback(exc.0, hp);
            }
            loop {
                let faulting_pc = unsafe { st!(hdr!(H_PC)) }.as_small_int() as u32;
                if let Some(h) = c!()
                    .exc_table
                    .iter()
                    .find(|h| h.start <= faulting_pc && faulting_pc < h.end)
                {
                    sp = hp + HDR_SIZE + h.depth as usize;
                    push!(exc.0);
                    pc = h.handler as usize;
                    continue 'outer;
                }
                // No handler here: pop the frame.
                let link = unsafe { st!(hdr!(H_LINK)) }.as_small_int();
                let gen = unsafe { st!(hdr!(H_GEN)) };
                self.depth -= 1;
                if !gen.is_empty() {
                    self.generator_finish(gen);
                    exc = self.convert_stop_iteration_in_generator(gen, exc);
                }
                if link < 0 {
                    self.stack.top = fp;
                    self.cur_hp = saved_hp;
                    return Err(exc);
                }
                enter_frame_at!(link as usize);
                self.stack.top = hp + HDR_SIZE + c!().stacksize as usize;
                self.add_traceback(exc.0, hp);
            }
        }
    }
}

/// `a op b` on two small ints, when the result needs no allocation and no error.
#[inline(always)]
pub fn small_int_binop(sub: u8, a: i64, b: i64) -> Option<Value> {
    let op = BinOp::from_u8(sub & !INPLACE);
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            crate::object::int::i64_divmod(a, b)?.0
        }
        BinOp::Mod => {
            if b == 0 {
                return None;
            }
            crate::object::int::i64_divmod(a, b)?.1
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if !(0..48).contains(&b) {
                return None;
            }
            // `checked_shl` only checks the shift count; bits shifted out are lost.
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        BinOp::TrueDiv => {
            if b == 0 || a.unsigned_abs() > (1 << 53) || b.unsigned_abs() > (1 << 53) {
                return None;
            }
            return Some(Value::float(a as f64 / b as f64));
        }
        BinOp::Pow | BinOp::MatMul => return None,
    };
    if Value::fits_small(r) {
        Some(Value::small_int(r))
    } else {
        None
    }
}

/// `a op b` where both are floats or small ints (at least one float), for the
/// operators that cannot raise on finite inputs.
#[inline(always)]
pub fn float_binop(sub: u8, a: Value, b: Value) -> Option<Value> {
    let x = if a.is_float() {
        a.as_float()
    } else {
        a.as_small_int() as f64
    };
    let y = if b.is_float() {
        b.as_float()
    } else {
        b.as_small_int() as f64
    };
    if !a.is_float() && !b.is_float() {
        return None;
    }
    let r = match BinOp::from_u8(sub & !INPLACE) {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        _ => return None,
    };
    Some(Value::float(r))
}

#[inline(always)]
pub fn float_cmp(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}
