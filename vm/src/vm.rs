//! `Vm`: the whole runtime state of one Tern process (one thread).
//!
//! Invariants:
//! - Everything reachable from `visit_roots` is alive; together with `RootedVec`s, the
//!   value stack and the native stack, that is the whole root set.
//! - `Vm::new` creates every builtin type and interned name before running any code.

use crate::gc::heap::Heap;
use crate::interp::frame::ValueStack;
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{Kind, ObjHeader};
use crate::output::Output;
use crate::types::{Names, Types};
use crate::value::Value;
use std::collections::HashMap;
use std::path::PathBuf;

/// Objects that exist once.
pub struct Singletons {
    pub empty_tuple: Value,
    pub empty_str: Value,
    pub ascii_chars: [Value; 128],
    pub not_implemented: Value,
    pub ellipsis: Value,
}

/// Settings fixed at start-up (from the command line and the environment).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Collect every N allocations (0 = off).
    pub gc_stress: u64,
    /// Print each code object's bytecode before running and its feedback after.
    pub dump_bytecode: bool,
    /// Directories searched by `import` after the program's own directory.
    pub extra_path: Vec<PathBuf>,
    /// Stop the program (with RuntimeError) after this many loop iterations and
    /// calls (0 = no limit). For fuzzing and generated programs.
    pub step_limit: u64,
    /// Stop the program (with MemoryError) when the live heap passes this many bytes
    /// after a collection (0 = no limit).
    pub heap_limit: usize,
}

pub struct Vm {
    pub heap: Heap,
    pub types: Types,
    pub names: Names,
    pub singletons: Singletons,
    pub interner: HashMap<Box<str>, Value>,
    /// The `builtins` module's namespace dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    pub stack: ValueStack,
    /// High end of the VM thread's native stack (for the conservative scan).
    pub stack_hi: usize,
    /// Low bound the interpreter must not recurse below (native stack guard).
    pub stack_lo_guard: usize,
    pub version_counter: u64,
    /// The exception currently being handled (`sys.exc_info()[1]`), or None.
    pub handled_exc: Value,
    pub recursion_limit: usize,
    /// Python frames currently on the stack.
    pub depth: usize,
    pub out: Output,
    /// Values that must live as long as the VM (module objects, code of `<module>`s).
    pub permanent: Vec<Value>,
    /// Objects whose repr is in progress (for `[...]` on recursive containers).
    pub repr_stack: Vec<Value>,
    pub config: Config,
    /// `sys.path` equivalent: where `import` looks for `.py` modules.
    pub search_path: Vec<PathBuf>,
    /// Code objects created so far (for `--dump-bytecode`).
    pub all_code: Vec<Value>,
    /// Set while re-raising (bare `raise`, `Reraise`): no new traceback entry.
    pub reraising: bool,
    /// Source lines of files shown in tracebacks.
    pub source_cache: HashMap<String, Option<Vec<String>>>,
    /// (type, name) -> attribute cache for `type_lookup`, validated by class version.
    pub type_cache: Box<[crate::ops::attr::TypeCacheEntry]>,
    /// An AttributeError raised by `__getattr__` that `get_attr` should re-raise.
    pub pending_attr_error: Option<crate::interp::PyErr>,
    /// Header index of the frame currently running (0 when none).
    pub cur_hp: usize,
    /// sys.stdin, sys.stdout, sys.stderr as created at start-up.
    pub std_streams: [Value; 3],
    /// The `__main__` module's namespace.
    pub main_dict: Value,
    /// True when a step or heap limit is set (checked at loop back edges and calls).
    pub budget_enabled: bool,
    /// Steps taken so far (counted only when `budget_enabled`).
    pub steps: u64,
}

impl Drop for Vm {
    /// Releases the heap's objects and, through the fields' drops, the arena and the
    /// value stack, so that a process may create and drop Vms one after another.
    fn drop(&mut self) {
        self.free_all_objects();
    }
}

impl Vm {
    pub fn new(config: Config) -> Box<Vm> {
        Vm::new_inner(config, vec![PathBuf::from(".")])
    }

    fn new_inner(config: Config, search_path: Vec<PathBuf>) -> Box<Vm> {
        let mut heap = Heap::new();
        heap.set_stress(config.gc_stress);
        let mut vm = Box::new(Vm {
            heap,
            types: Types::null(),
            names: Names::null(),
            singletons: Singletons {
                empty_tuple: Value::EMPTY,
                empty_str: Value::EMPTY,
                ascii_chars: [Value::EMPTY; 128],
                not_implemented: Value::EMPTY,
                ellipsis: Value::EMPTY,
            },
            interner: HashMap::new(),
            builtins: Value::EMPTY,
            modules: Value::EMPTY,
            stack: ValueStack::new(),
            stack_hi: crate::gc::collect::current_stack_hi(),
            stack_lo_guard: 0,
            version_counter: 0,
            handled_exc: Value::NONE,
            recursion_limit: 1000,
            depth: 0,
            out: Output::new(),
            permanent: Vec::new(),
            repr_stack: Vec::new(),
            config,
            search_path,
            all_code: Vec::new(),
            reraising: false,
            source_cache: HashMap::new(),
            type_cache: vec![
                crate::ops::attr::TypeCacheEntry::EMPTY;
                crate::ops::attr::TYPE_CACHE_SIZE
            ]
            .into_boxed_slice(),
            pending_attr_error: None,
            cur_hp: 0,
            std_streams: [Value::EMPTY; 3],
            main_dict: Value::EMPTY,
            budget_enabled: false,
            steps: 0,
        });
        vm.budget_enabled = vm.config.step_limit != 0 || vm.config.heap_limit != 0;
        vm.stack_lo_guard = native_stack_guard(vm.stack_hi);
        // Collections are impossible until the roots exist: turn them off while the
        // builtin types are created, then restore the stress setting.
        let stress = vm.heap.stress_every;
        vm.heap.set_stress(0);
        vm.bootstrap_types();
        crate::builtins::install(&mut vm);
        vm.heap.set_stress(stress);
        vm
    }

    /// A VM whose `import` searches `path` (the program's directory first).
    pub fn new_with_path(config: Config, path: Vec<PathBuf>) -> Box<Vm> {
        let mut cfg = config;
        let extra = std::mem::take(&mut cfg.extra_path);
        let mut vm = Vm::new_inner(cfg, path);
        vm.config.extra_path = extra;
        vm
    }

    /// Allocates an object; may collect first. `size` includes the header.
    #[inline]
    pub fn alloc_obj(&mut self, size: usize, kind: Kind, class: *mut TypeObj) -> *mut ObjHeader {
        if self.heap.should_collect() {
            self.collect();
        }
        self.heap.alloc(size, kind, class)
    }

    /// Counts a step against the configured limits (see `Config::step_limit`).
    #[cold]
    pub fn charge_budget(&mut self) -> crate::interp::PyResult<()> {
        self.steps += 1;
        if self.config.step_limit != 0 && self.steps > self.config.step_limit {
            return Err(self.runtime_error("step limit exceeded"));
        }
        if self.config.heap_limit != 0 && self.heap.heap_bytes() > self.config.heap_limit {
            self.collect();
            if self.heap.heap_bytes() > self.config.heap_limit {
                return Err(self.new_exception_msg(self.types.memory_error, "heap limit exceeded"));
            }
        }
        Ok(())
    }

    /// Calls `f` on every precise root the VM holds.
    pub fn visit_roots(&self, f: &mut dyn FnMut(Value)) {
        for t in self.types.all() {
            if !t.is_null() {
                f(Value::from_ptr(t));
            }
        }
        for v in self.names.all() {
            f(v);
        }
        for &v in self.interner.values() {
            f(v);
        }
        let s = &self.singletons;
        f(s.empty_tuple);
        f(s.empty_str);
        f(s.not_implemented);
        f(s.ellipsis);
        for &c in &s.ascii_chars {
            f(c);
        }
        f(self.builtins);
        f(self.modules);
        f(self.handled_exc);
        for &v in self
            .permanent
            .iter()
            .chain(self.repr_stack.iter())
            .chain(self.all_code.iter())
        {
            f(v);
        }
        for e in self.type_cache.iter() {
            f(e.class);
            f(e.name);
            f(e.value);
        }
        if let Some(e) = self.pending_attr_error {
            f(e.0);
        }
        for &v in &self.std_streams {
            f(v);
        }
        f(self.main_dict);
    }

    /// The globals of the running frame (the main module's before any runs).
    pub fn current_globals(&self) -> Value {
        if self.cur_hp != 0 && self.cur_hp < self.stack.top {
            return self.stack.at(self.cur_hp + crate::interp::frame::H_GLOBALS);
        }
        self.main_dict
    }

    /// `locals()`: the namespace of a module or class frame, or a snapshot of a
    /// function frame's variables.
    pub fn current_locals(&mut self) -> Value {
        use crate::interp::frame::{H_CODE, H_NAMESPACE};
        if self.cur_hp == 0 || self.cur_hp >= self.stack.top {
            return self.main_dict;
        }
        let hp = self.cur_hp;
        let ns = self.stack.at(hp + H_NAMESPACE);
        if !ns.is_empty() {
            return ns;
        }
        let code = self.stack.at(hp + H_CODE);
        // SAFETY: frame headers hold code objects.
        let c = unsafe { crate::object::code::code_obj(code) };
        let fp = hp - c.nslots();
        let d = self.new_dict();
        for i in 0..c.nslots() {
            let mut v = self.stack.at(fp + i);
            if i >= c.nlocals as usize && crate::object::is_kind(v, Kind::Cell) {
                // SAFETY: cell slots hold cells.
                v = unsafe { crate::object::obj::<crate::object::CellObj>(v).value };
            }
            if !v.is_empty() {
                let name = c.varnames[i];
                self.dict_set_str(d, name, v);
            }
        }
        d
    }

    // ----- type objects -------------------------------------------------------------------

    fn alloc_type_raw(&mut self) -> *mut TypeObj {
        let class = self.types.type_;
        self.alloc_obj(std::mem::size_of::<TypeObj>(), Kind::Type, class) as *mut TypeObj
    }

    /// Creates every builtin type, the singletons and the interned names.
    fn bootstrap_types(&mut self) {
        // Allocate all type objects first (with null fields), so that `str` exists
        // before any name is interned.
        for &(field, ..) in Types::table() {
            let t = self.alloc_type_raw();
            *self.types.get_mut(field) = t;
        }
        // `type` is an instance of itself; the first allocation had no class yet.
        let type_type = self.types.type_;
        for t in self.types.all() {
            // SAFETY: fresh type objects.
            unsafe { (*t).header.class = type_type };
        }
        self.singletons.empty_str = self.alloc_str_raw("", 0);
        for c in 0..128u8 {
            let s = (c as char).to_string();
            self.singletons.ascii_chars[c as usize] = self.alloc_str_raw(&s, 1);
        }
        let empty_tuple = self.alloc_tuple_of_class(0, self.types.tuple);
        self.singletons.empty_tuple = empty_tuple;
        Names::fill(self);
        let object = self.types.object;
        for &(field, name, base_field, kind, flags) in Types::table() {
            let t = *self.types.get_mut(field);
            let base = if field == "object" {
                std::ptr::null_mut()
            } else {
                *self.types.get_mut(base_field)
            };
            self.init_type(t, name, base, kind, flags | tflags::BUILTIN);
        }
        let _ = object;
        let ni = self.types.not_implemented_type;
        let el = self.types.ellipsis_type;
        self.singletons.not_implemented = self.new_plain_instance(ni);
        self.singletons.ellipsis = self.new_plain_instance(el);
    }

    /// Fills a builtin type object: name, bases, MRO (single inheritance), dict.
    fn init_type(
        &mut self,
        t: *mut TypeObj,
        name: &str,
        base: *mut TypeObj,
        kind: Kind,
        flags: u32,
    ) {
        let name_v = self.intern(name);
        let bases = if base.is_null() {
            self.singletons.empty_tuple
        } else {
            let b = Value::from_ptr(base);
            self.new_tuple(&[b])
        };
        let mut mro_items = vec![Value::from_ptr(t)];
        if !base.is_null() {
            // SAFETY: bases are initialised before subclasses (table order).
            unsafe { mro_items.extend_from_slice(crate::object::tuple::tuple_items((*base).mro)) };
        }
        let mro = self.new_tuple(&mro_items);
        let dict = self.new_dict();
        let subclasses = self.new_list_with_capacity(0);
        let builtins_str = self.intern("builtins");
        let version = self.next_version();
        // SAFETY: `t` is a live type object allocated by bootstrap_types.
        unsafe {
            let ty = &mut *t;
            ty.name = name_v;
            ty.qualname = name_v;
            ty.module = builtins_str;
            ty.bases = bases;
            ty.mro = mro;
            ty.dict = dict;
            ty.subclasses = subclasses;
            ty.version = version;
            ty.flags = flags | tflags::DEFAULT_EQ;
            ty.instance_kind = kind;
            ty.builtin_base = t;
        }
        if !base.is_null() {
            self.list_append(unsafe { (*base).subclasses }, Value::from_ptr(t));
        }
    }

    /// An instance with no attributes (singletons such as NotImplemented).
    pub fn new_plain_instance(&mut self, class: *mut TypeObj) -> Value {
        let p = self.alloc_obj(
            std::mem::size_of::<crate::object::InstanceObj>(),
            Kind::Instance,
            class,
        );
        Value::from_ptr(p)
    }

    /// Python type of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> *mut TypeObj {
        if v.is_ptr() {
            // SAFETY: pointer Values are live objects with a class (payload kinds are
            // never Python-visible values).
            unsafe { (*v.header()).class }
        } else if v.is_small_int() {
            self.types.int
        } else if v.is_float() {
            self.types.float
        } else if v.is_bool() {
            self.types.bool_
        } else {
            self.types.none_type
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: Value) -> String {
        // SAFETY: type_of returns a live type.
        unsafe { (*self.type_of(v)).name_str().to_owned() }
    }

    /// True when `t` is `base` or a subclass of it.
    pub fn is_subtype(&self, t: *mut TypeObj, base: *mut TypeObj) -> bool {
        if t == base {
            return true;
        }
        // SAFETY: live type; its MRO is a tuple of types.
        unsafe {
            crate::object::tuple::tuple_items((*t).mro)
                .iter()
                .any(|&m| m.as_ptr::<TypeObj>() == base)
        }
    }

    /// `isinstance(v, t)` for a single type.
    #[inline]
    pub fn isinstance(&self, v: Value, t: *mut TypeObj) -> bool {
        let vt = self.type_of(v);
        vt == t || self.is_subtype(vt, t)
    }
}

/// The lowest native stack address the interpreter may use before it must raise
/// RecursionError instead of overflowing: 256 KiB above the thread's low end.
fn native_stack_guard(stack_hi: usize) -> usize {
    // SAFETY: querying this thread's stack attributes, as in `current_stack_hi`.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        let _ = stack_hi;
        addr as usize + 256 * 1024
    }
}
