//! The `sys` module: argv, exit, the recursion limit, the standard streams, version
//! information and the module search path.

use super::struct_seq::new_struct_seq;
use crate::builtins::args;
use crate::builtins::{add_function, add_methods};
use crate::gc::RootedVec;
use crate::interp::PyResult;
use crate::object::typeobj::flags as tflags;
use crate::object::{is_kind, Kind, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("sys");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let argv_strs = vm.config.argv.clone();
    let mut argv = RootedVec::new();
    for a in &argv_strs {
        let v = vm.new_str(a);
        argv.push(v);
    }
    let argv_l = vm.new_list(&argv);
    set(vm, d, "argv", argv_l);
    let mods = vm.modules;
    set(vm, d, "modules", mods);
    let paths: Vec<String> = vm
        .search_path
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut pv = RootedVec::new();
    for p in &paths {
        let v = vm.new_str(p);
        pv.push(v);
    }
    let path_l = vm.new_list(&pv);
    set(vm, d, "path", path_l);
    set(vm, d, "maxsize", Value::from_bits(0)); // replaced below
    let maxsize = vm.new_int(i64::MAX);
    set(vm, d, "maxsize", maxsize);
    let version = vm.new_str("3.11.0 (Tern)");
    set(vm, d, "version", version);
    let vi = [
        Value::small_int(3),
        Value::small_int(11),
        Value::small_int(0),
    ];
    let fin = vm.new_str("final");
    let version_info = new_struct_seq(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        &[vi[0], vi[1], vi[2], fin, Value::small_int(0)],
    )?;
    set(vm, d, "version_info", version_info);
    let int_info = new_struct_seq(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        &[30, 4, 4300, 640].map(Value::small_int),
    )?;
    set(vm, d, "int_info", int_info);
    let modulus = vm.new_int((1i64 << 61) - 1);
    let algorithm = vm.new_str("siphash13");
    let hash_info = new_struct_seq(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        &[
            Value::small_int(64),
            modulus,
            Value::small_int(314159),
            Value::small_int(0),
            Value::small_int(1000003),
            algorithm,
            Value::small_int(64),
            Value::small_int(128),
            Value::small_int(0),
        ],
    )?;
    set(vm, d, "hash_info", hash_info);
    let platform = vm.new_str("linux");
    set(vm, d, "platform", platform);
    let bo = vm.new_str("little");
    set(vm, d, "byteorder", bo);
    let exe = vm.new_str(
        &std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    );
    set(vm, d, "executable", exe);
    let fi = float_info(vm)?;
    set(vm, d, "float_info", fi);
    let mx = vm.new_int(0x10ffff);
    set(vm, d, "maxunicode", mx);
    // Standard streams.
    let stream_t = vm.new_stream_type();
    for (i, name) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        let s = vm.new_plain_instance(stream_t);
        // SAFETY: fresh instance; `ext` records the file descriptor.
        unsafe {
            crate::object::obj_mut::<crate::object::InstanceObj>(s).ext = Value::small_int(i as i64)
        };
        vm.std_streams[i] = s;
        set(vm, d, name, s);
        let dunder = format!("__{name}__");
        set(vm, d, &dunder, s);
    }
    add_function(vm, d, "exit", exit, 0);
    add_function(vm, d, "setrecursionlimit", setrecursionlimit, 0);
    add_function(vm, d, "getrecursionlimit", getrecursionlimit, 0);
    add_function(vm, d, "exc_info", exc_info, 0);
    add_function(vm, d, "set_int_max_str_digits", set_int_max_str_digits, 0);
    add_function(vm, d, "get_int_max_str_digits", get_int_max_str_digits, 0);
    add_function(vm, d, "intern", intern, 0);
    add_function(vm, d, "getsizeof", getsizeof, 0);
    Ok(m)
}

fn set(vm: &mut Vm, d: Value, name: &str, v: Value) {
    let k = vm.intern(name);
    vm.dict_set_str(d, k, v);
}

fn float_info(vm: &mut Vm) -> PyResult<Value> {
    let names = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let vals = [
        Value::float(f64::MAX),
        Value::small_int(1024),
        Value::small_int(308),
        Value::float(f64::MIN_POSITIVE),
        Value::small_int(-1021),
        Value::small_int(-307),
        Value::small_int(15),
        Value::small_int(53),
        Value::float(f64::EPSILON),
        Value::small_int(2),
        Value::small_int(1),
    ];
    new_struct_seq(vm, "sys", "float_info", &names, &vals)
}

impl Vm {
    /// The type of sys.stdin/stdout/stderr.
    fn new_stream_type(&mut self) -> *mut crate::object::TypeObj {
        let object = Value::from_ptr(self.types.object);
        let bases = self.new_tuple(&[object]);
        let ns = self.new_dict();
        let name = self.intern("TextIOWrapper");
        let cls = self.type_new(name, bases, ns).expect("stream class");
        let t = cls.as_ptr::<crate::object::TypeObj>();
        // SAFETY: fresh class; streams behave like builtins (no user attributes).
        unsafe {
            (*t).flags = ((*t).flags & !tflags::HEAPTYPE) | tflags::BUILTIN;
            (*t).empty_shape = Value::EMPTY;
            let io = self.intern("_io");
            (*t).module = io;
        }
        add_methods(
            self,
            t,
            &[
                ("write", stream_write, 0),
                ("flush", stream_flush, 0),
                ("readline", stream_readline, 0),
            ],
        );
        self.permanent.push(cls);
        t
    }
}

/// The file descriptor of a standard stream object, if `v` is one.
pub fn std_stream_fd(vm: &Vm, v: Value) -> Option<i64> {
    vm.std_streams
        .iter()
        .position(|&s| s == v && !s.is_empty())
        .map(|i| i as i64)
}

/// `sys.stdout` as currently set (programs may replace it).
pub fn stdout_object(vm: &mut Vm) -> Value {
    let name = vm.intern("stdout");
    let sys = vm.intern("sys");
    if let Some(m) = vm.dict_get_str(vm.modules, sys) {
        // SAFETY: sys is a module.
        let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
        if let Some(s) = vm.dict_get_str(d, name) {
            return s;
        }
    }
    vm.std_streams[1]
}

fn stream_write(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "write", a, 1, 1)?;
    if !is_kind(a[1], Kind::Str) {
        let tn = vm.type_name(a[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    }
    let s = vm.str_string(a[1])?;
    let n = s.chars().count();
    match std_stream_fd(vm, a[0]) {
        Some(1) => vm.out.write_stdout(s.as_bytes()),
        Some(2) => {
            vm.out.flush_if_tty();
            vm.out.write_stderr(s.as_bytes())
        }
        _ => return Err(vm.os_error("not writable")),
    }
    Ok(Value::small_int(n as i64))
}

fn stream_flush(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    vm.out.flush();
    Ok(Value::NONE)
}

fn stream_readline(vm: &mut Vm, _a: &[Value], _kw: Value) -> PyResult<Value> {
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(vm.new_str(&line))
}

fn exit(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "exit", a, 0, 1)?;
    Err(vm.new_exception_args(vm.types.system_exit, a))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "setrecursionlimit", a, 1, 1)?;
    let n = vm.expect_index(a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n.min(1 << 24) as usize;
    Ok(Value::NONE)
}

fn getrecursionlimit(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "getrecursionlimit", a, 0, 0)?;
    Ok(Value::small_int(vm.recursion_limit as i64))
}

fn exc_info(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "exc_info", a, 0, 0)?;
    let e = vm.handled_exc;
    if e.is_none() || e.is_empty() {
        return Ok(vm.new_tuple(&[Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = Value::from_ptr(vm.type_of(e));
    let tb = crate::interp::unwind::exc_data(e)
        .map(|d| d.traceback)
        .unwrap_or(Value::NONE);
    Ok(vm.new_tuple(&[t, e, tb]))
}

fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "set_int_max_str_digits", a, 1, 1)?;
    let n = vm.expect_index(a[0])?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::format::set_int_max_str_digits(n as usize);
    Ok(Value::NONE)
}

fn get_int_max_str_digits(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "get_int_max_str_digits", a, 0, 0)?;
    Ok(Value::small_int(crate::format::int_max_str_digits() as i64))
}

fn intern(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "intern", a, 1, 1)?;
    if !is_kind(a[0], Kind::Str) {
        return Err(vm.type_error("intern() argument must be str"));
    }
    Ok(vm.intern_value(a[0]))
}

fn getsizeof(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "getsizeof", a, 1, 2)?;
    let v = a[0];
    let n = if v.is_ptr() {
        vm.heap.cell_size(v.header()) as i64
    } else {
        24
    };
    Ok(Value::small_int(n))
}
