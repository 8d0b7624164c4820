//! The `builtins` module and the methods of builtin types.
//!
//! One file per type or concern: `functions` (builtin functions), `constructors`
//! (calling a type), `class` (class creation, C3 MRO, `super`), `str_methods`,
//! `list_methods`, `dict_methods`, `set_methods`, `num_methods`, `bytes`,
//! `bytes_methods` (shared by bytes and bytearray), `bytearray`, `memoryview`, `range`,
//! `generator_methods`, `coroutine_methods`, `operator_dunders`,
//! `special_attrs` (attributes of builtin objects such as `f.__name__`),
//! `native_types` (objects of native modules).
//!
//! Invariant: every method of a builtin type is a native function with the METHOD flag
//! in the type's dict, so `type.method(obj, ...)`, `obj.method` and LOAD_METHOD all
//! find the same object.

pub mod args;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod constructors;
pub mod coroutine_methods;
pub mod dict_methods;
pub mod functions;
pub mod generator_methods;
pub mod list_methods;
pub mod mappingproxy;
pub mod memoryview;
pub mod native_types;
pub mod num_methods;
pub mod operator_dunders;
pub mod range;
pub mod set_methods;
pub mod special_attrs;
pub mod str_methods;

use crate::object::function::{native_flags, NativeFn};
use crate::object::typeobj::TypeObj;
use crate::object::{Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

/// Adds methods to a builtin type's dict.
pub fn add_methods(vm: &mut Vm, t: *mut TypeObj, methods: &[(&str, NativeFn, u32)]) {
    for &(name, f, extra) in methods {
        let flags = if extra & (native_flags::CLASSMETHOD | native_flags::STATIC) != 0 {
            extra
        } else {
            native_flags::METHOD | extra
        };
        let nf = vm.new_native(name, f, flags, t);
        let key = vm.intern(name);
        // SAFETY: live builtin type.
        let d = unsafe { (*t).dict };
        vm.dict_set_str(d, key, nf);
    }
}

/// Adds a plain function to a module dict.
pub fn add_function(vm: &mut Vm, dict: Value, name: &str, f: NativeFn, flags: u32) {
    let nf = vm.new_native(name, f, flags, std::ptr::null_mut());
    let key = vm.intern(name);
    vm.dict_set_str(dict, key, nf);
}

impl Vm {
    /// Creates a module object with a fresh namespace (`__name__` set) and registers it
    /// in `sys.modules`.
    pub fn new_module(&mut self, name: &str) -> Value {
        let d = self.new_dict();
        let n = self.intern(name);
        let class = self.types.module;
        let p =
            self.alloc_obj(std::mem::size_of::<ModuleObj>(), Kind::Module, class) as *mut ModuleObj;
        // SAFETY: fresh object.
        unsafe {
            (*p).name = n;
            (*p).dict = d;
        }
        let m = Value::from_ptr(p);
        let dn = self.names.dunder_name;
        self.dict_set_str(d, dn, n);
        let doc = self.names.dunder_doc;
        self.dict_set_str(d, doc, Value::NONE);
        let pkg = self.names.dunder_package;
        self.dict_set_str(d, pkg, Value::NONE);
        if !self.modules.is_empty() {
            self.dict_set_str(self.modules, n, m);
        }
        self.permanent.push(m);
        m
    }
}

/// Creates the builtins module, the sys module and every builtin type's methods.
pub fn install(vm: &mut Vm) {
    vm.modules = vm.new_dict();
    let bm = vm.new_module("builtins");
    // SAFETY: fresh module.
    let bd = unsafe { (*bm.as_ptr::<ModuleObj>()).dict };
    vm.builtins = bd;
    // Types visible as builtins.
    let visible = [
        "object",
        "type",
        "int",
        "bool",
        "float",
        "str",
        "bytes",
        "bytearray",
        "memoryview",
        "list",
        "tuple",
        "dict",
        "set",
        "frozenset",
        "range",
        "slice",
        "property",
        "classmethod",
        "staticmethod",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "super",
    ];
    for &(field, name, _, kind, flags) in crate::types::Types::table() {
        let t = *vm.types.get_mut(field);
        if visible.contains(&name) || flags & crate::object::typeobj::flags::EXCEPTION != 0 {
            let key = vm.intern(name);
            vm.dict_set_str(bd, key, Value::from_ptr(t));
        }
        // Exceptions carry attributes (they have a __dict__).
        if flags & crate::object::typeobj::flags::EXCEPTION != 0 {
            let shape = vm.new_root_shape(Value::from_ptr(t));
            // SAFETY: live type.
            unsafe { (*t).empty_shape = shape };
        }
        let _ = kind;
    }
    let ni = vm.singletons.not_implemented;
    let key = vm.intern("NotImplemented");
    vm.dict_set_str(bd, key, ni);
    let el = vm.singletons.ellipsis;
    let key = vm.intern("Ellipsis");
    vm.dict_set_str(bd, key, el);
    let key = vm.intern("None");
    vm.dict_set_str(bd, key, Value::NONE);
    let key = vm.intern("True");
    vm.dict_set_str(bd, key, Value::TRUE);
    let key = vm.intern("False");
    vm.dict_set_str(bd, key, Value::FALSE);
    let key = vm.intern("__debug__");
    vm.dict_set_str(bd, key, Value::TRUE);
    let key = vm.intern("EnvironmentError");
    let ose = Value::from_ptr(vm.types.os_error);
    vm.dict_set_str(bd, key, ose);
    let key = vm.intern("IOError");
    vm.dict_set_str(bd, key, ose);
    functions::install(vm, bd);
    crate::modules::io::install(vm, bd);
    str_methods::install(vm);
    list_methods::install(vm);
    dict_methods::install(vm);
    set_methods::install(vm);
    num_methods::install(vm);
    bytes::install(vm);
    range::install(vm);
    generator_methods::install(vm);
    coroutine_methods::install(vm);
    operator_dunders::install(vm);
    class::install(vm, bd);
    crate::modules::install(vm);
}
