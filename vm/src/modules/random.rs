//! The `random` module: `random.Random` objects over the CPython-exact Mersenne
//! Twister in `random_mt`, and module-level functions bound to a hidden instance (as
//! `random.py` does).

use super::random_mt::{self, MersenneTwister, RandomError, RandomErrorKind};
use crate::builtins::args::{self, positional};
use crate::builtins::{add_function, add_methods};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::function::native_flags::KWARGS;
use crate::object::int::{int_view, IntView};
use crate::object::list::list_obj;
use crate::object::native::{NativeObjHeader, NativeOps, NativeVTable};
use crate::object::typeobj::{flags as tflags, TypeObj};
use crate::object::{is_kind, Kind, ModuleObj, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

#[repr(C)]
struct RandomObj {
    hdr: NativeObjHeader,
    mt: MersenneTwister,
}

fn trace(_o: *mut ObjHeader, _visit: &mut dyn FnMut(Value)) {}

fn finalize(o: *mut ObjHeader) {
    // SAFETY: the collector finalises each dead RandomObj once.
    unsafe { std::ptr::drop_in_place(&mut (*(o as *mut RandomObj)).mt) };
}

static VTABLE: NativeVTable = NativeVTable {
    name: "Random",
    trace,
    finalize,
    ops: NativeOps {
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        next: None,
        len: None,
        repr: None,
        contains: None,
    },
};

fn is_random_type(t: *mut TypeObj) -> bool {
    // SAFETY: live type.
    unsafe {
        (*t).name_str() == "Random"
            && is_kind((*t).module, Kind::Str)
            && crate::object::str::as_str((*t).module) == "random"
    }
}

pub fn construct(
    vm: &mut Vm,
    t: *mut TypeObj,
    args: &[Value],
    kw: Value,
) -> PyResult<Option<Value>> {
    if !is_random_type(t) {
        return Ok(None);
    }
    let pos = positional(args, kw);
    args::arity(vm, "Random", pos, 0, 1)?;
    let r = new_random(vm, t);
    seed_obj(vm, r, pos.first().copied().unwrap_or(Value::NONE))?;
    Ok(Some(r))
}

fn new_random(vm: &mut Vm, t: *mut TypeObj) -> Value {
    let p = vm.alloc_obj(std::mem::size_of::<RandomObj>(), Kind::Native, t) as *mut RandomObj;
    // SAFETY: fresh zero-filled object; the fields are written without dropping.
    unsafe {
        std::ptr::write(&mut (*p).hdr.vtable, &VTABLE);
        std::ptr::write(&mut (*p).mt, MersenneTwister::from_u64_seed(0));
    }
    Value::from_ptr(p)
}

fn mt<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a mut MersenneTwister> {
    if is_kind(v, Kind::Native) && is_random_type(vm.type_of(v)) {
        // SAFETY: kind and type checked.
        return Ok(unsafe { &mut (*v.as_ptr::<RandomObj>()).mt });
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "descriptor requires a 'Random' object but received a '{tn}'"
    )))
}

fn rerr(vm: &mut Vm, e: RandomError) -> PyErr {
    let class = match e.kind {
        RandomErrorKind::ValueError => vm.types.value_error,
        RandomErrorKind::TypeError => vm.types.type_error,
        RandomErrorKind::IndexError => vm.types.index_error,
        RandomErrorKind::OverflowError => vm.types.overflow_error,
        RandomErrorKind::ZeroDivisionError => vm.types.zero_division_error,
    };
    vm.new_exception_msg(class, &e.message)
}

fn seed_obj(vm: &mut Vm, r: Value, seed: Value) -> PyResult<()> {
    let m = mt(vm, r)?;
    if seed.is_none() || seed.is_empty() {
        m.seed_from_time_and_urandom();
    } else if let Some(iv) = int_view(seed) {
        m.seed_from_int(&iv.to_bigint());
    } else if seed.is_float() {
        let h = vm.hash(seed)?;
        mt(vm, r)?.seed_from_hash(h);
    } else if is_kind(seed, Kind::Str) {
        let s = unsafe { crate::object::str::as_str(seed) }.to_owned();
        m.seed_from_str(&s);
    } else if is_kind(seed, Kind::Bytes) {
        let b = unsafe { crate::builtins::bytes::bytes_data(seed) }.to_vec();
        m.seed_from_bytes(&b);
    } else {
        return Err(vm.type_error(
            "The only supported seed types are: None, int, float, str, bytes, and bytearray.",
        ));
    }
    m.gauss_next = None;
    Ok(())
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("random");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    let object = Value::from_ptr(vm.types.object);
    let bases = vm.new_tuple(&[object]);
    let ns = vm.new_dict();
    let name = vm.intern("Random");
    let cls = vm.type_new(name, bases, ns)?;
    let t = cls.as_ptr::<TypeObj>();
    let modname = vm.intern("random");
    // SAFETY: fresh class, turned into a native builtin-like type.
    unsafe {
        (*t).flags = ((*t).flags & !tflags::HEAPTYPE) | tflags::BUILTIN | tflags::BASETYPE;
        (*t).module = modname;
        (*t).instance_kind = Kind::Native;
        (*t).empty_shape = Value::EMPTY;
    }
    let methods: &[(&str, crate::object::function::NativeFn, u32)] = &[
        ("seed", seed, 0),
        ("random", random, 0),
        ("getrandbits", getrandbits, 0),
        ("randrange", randrange, 0),
        ("randint", randint, 0),
        ("choice", choice, 0),
        ("shuffle", shuffle, 0),
        ("sample", sample, KWARGS),
        ("choices", choices, KWARGS),
        ("uniform", uniform, 0),
        ("gauss", gauss, 0),
        ("normalvariate", normalvariate, 0),
        ("expovariate", expovariate, 0),
        ("triangular", triangular, 0),
        ("betavariate", betavariate, 0),
        ("gammavariate", gammavariate, 0),
        ("lognormvariate", lognormvariate, 0),
        ("paretovariate", paretovariate, 0),
        ("weibullvariate", weibullvariate, 0),
        ("vonmisesvariate", vonmisesvariate, 0),
        ("randbytes", randbytes, 0),
        ("getstate", getstate, 0),
        ("setstate", setstate, 0),
    ];
    add_methods(vm, t, methods);
    let k = vm.intern("Random");
    vm.dict_set_str(d, k, cls);
    // Module-level functions are bound methods of a hidden instance.
    let inst = new_random(vm, t);
    seed_obj(vm, inst, Value::NONE)?;
    let ik = vm.intern("_inst");
    vm.dict_set_str(d, ik, inst);
    for &(n, f, fl) in methods {
        let nf = vm.new_native(n, f, fl | crate::object::function::native_flags::METHOD, t);
        let bm = vm.new_bound_method(nf, inst);
        let key = vm.intern(n);
        vm.dict_set_str(d, key, bm);
    }
    let _ = add_function;
    Ok(m)
}

fn seed(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "seed", a, 0, 2)?;
    seed_obj(vm, a[0], a.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)` as in CPython.
fn getstate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "getstate", a, 0, 0)?;
    let g = mt(vm, a[0])?;
    let (words, index) = g.words();
    let mut items: Vec<i64> = words.iter().map(|&w| w as i64).collect();
    items.push(index as i64);
    let gauss_next = g.gauss_next;
    let mut vals = RootedVec::with_capacity(items.len());
    for i in items {
        vals.push(vm.new_int(i));
    }
    let inner = vm.new_tuple(&vals);
    let gn = gauss_next.map_or(Value::NONE, Value::float);
    Ok(vm.new_tuple(&[Value::small_int(3), inner, gn]))
}

/// `setstate(state)`: restores a state from `getstate()`.
fn setstate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "setstate", a, 1, 1)?;
    let st = a[1];
    let bad = |vm: &mut Vm| vm.value_error("state vector is the wrong size");
    if !is_kind(st, Kind::Tuple) {
        return Err(vm.type_error("state vector must be a tuple"));
    }
    // SAFETY: kind checked.
    let parts = RootedVec::from_slice(unsafe { crate::object::tuple::tuple_items(st) });
    if parts.len() != 3 || !is_kind(parts[1], Kind::Tuple) {
        return Err(bad(vm));
    }
    if parts[0] != Value::small_int(3) {
        let r = vm.repr_string(parts[0])?;
        return Err(vm.value_error(format!(
            "state with version {r} passed to Random.setstate() of version 3"
        )));
    }
    // SAFETY: kind checked.
    let inner = RootedVec::from_slice(unsafe { crate::object::tuple::tuple_items(parts[1]) });
    if inner.len() != random_mt::N + 1 {
        return Err(bad(vm));
    }
    let mut words = [0u32; random_mt::N];
    for (w, &v) in words.iter_mut().zip(inner.iter()) {
        *w = match crate::object::int::int_view(v).and_then(|i| i.to_i64()) {
            Some(i) if (0..=u32::MAX as i64).contains(&i) => i as u32,
            _ => {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
            }
        };
    }
    let index = match crate::object::int::int_view(inner[random_mt::N]).and_then(|i| i.to_i64()) {
        Some(i) if i >= 0 => i as usize,
        _ => return Err(vm.value_error("invalid state")),
    };
    let gauss_next = if parts[2].is_none() {
        None
    } else {
        Some(farg(vm, parts[2])?)
    };
    let g = mt(vm, a[0])?;
    if !g.set_words(&words, index) {
        return Err(vm.value_error("invalid state"));
    }
    g.gauss_next = gauss_next;
    Ok(Value::NONE)
}

fn random(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "random", a, 0, 0)?;
    Ok(Value::float(mt(vm, a[0])?.random()))
}

fn bigint_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match int_view(v) {
        Some(iv) => Ok(iv.to_bigint()),
        None => match vm.index_of(v)? {
            Some(i) => Ok(BigInt::from(i)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        },
    }
}

fn getrandbits(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "getrandbits", a, 1, 1)?;
    let k = bigint_arg(vm, a[1])?;
    let r = mt(vm, a[0])?.py_getrandbits(&k).map_err(|e| rerr(vm, e))?;
    Ok(vm.new_bigint(r))
}

fn randrange(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "randrange", a, 1, 3)?;
    let small = a[1..]
        .iter()
        .all(|&v| matches!(int_view(v), Some(IntView::I64(_))) || v.is_none());
    if small {
        let get = |v: Value| crate::object::int::int_as_i64(v);
        let start = get(a[1]).unwrap();
        let stop = a
            .get(2)
            .and_then(|&v| if v.is_none() { None } else { get(v) });
        let step = a.get(3).and_then(|&v| get(v));
        let r = mt(vm, a[0])?
            .randrange_i64(start, stop, step)
            .map_err(|e| rerr(vm, e))?;
        return Ok(vm.new_int(r));
    }
    let start = bigint_arg(vm, a[1])?;
    let stop = match a.get(2) {
        Some(&v) if !v.is_none() => Some(bigint_arg(vm, v)?),
        _ => None,
    };
    let step = match a.get(3) {
        Some(&v) => Some(bigint_arg(vm, v)?),
        None => None,
    };
    let r = mt(vm, a[0])?
        .randrange(&start, stop.as_ref(), step.as_ref())
        .map_err(|e| rerr(vm, e))?;
    Ok(vm.new_bigint(r))
}

fn randint(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "randint", a, 2, 2)?;
    if let (Some(x), Some(y)) = (
        crate::object::int::int_as_i64(a[1]),
        crate::object::int::int_as_i64(a[2]),
    ) {
        let r = mt(vm, a[0])?.randint_i64(x, y).map_err(|e| rerr(vm, e))?;
        return Ok(vm.new_int(r));
    }
    let (x, y) = (bigint_arg(vm, a[1])?, bigint_arg(vm, a[2])?);
    let r = mt(vm, a[0])?.randint(&x, &y).map_err(|e| rerr(vm, e))?;
    Ok(vm.new_bigint(r))
}

fn choice(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "choice", a, 1, 1)?;
    let n = vm.len(a[1])?;
    let i = mt(vm, a[0])?.choice_index(n).map_err(|e| rerr(vm, e))?;
    vm.get_item(a[1], Value::small_int(i as i64))
}

fn shuffle(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "shuffle", a, 1, 1)?;
    let x = a[1];
    let n = vm.len(x)?;
    let swaps = mt(vm, a[0])?.shuffle_swaps(n);
    if is_kind(x, Kind::List) {
        // SAFETY: kind checked.
        let items = unsafe { list_obj(x).items_mut() };
        for (i, j) in swaps {
            items.swap(i, j);
        }
        return Ok(Value::NONE);
    }
    for (i, j) in swaps {
        let (vi, vj) = (
            vm.get_item(x, Value::small_int(i as i64))?,
            vm.get_item(x, Value::small_int(j as i64))?,
        );
        vm.set_item(x, Value::small_int(i as i64), vj)?;
        vm.set_item(x, Value::small_int(j as i64), vi)?;
    }
    Ok(Value::NONE)
}

fn sample(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let p = args::bind(
        vm,
        "sample",
        &a[1..],
        kw,
        &["population", "k", "*counts"],
        2,
    )?;
    if !p[2].is_empty() && !p[2].is_none() {
        return Err(vm.not_implemented_error("random.sample(counts=...) is not supported by Tern"));
    }
    let pop = vm.collect_iterable(p[0])?;
    let k = vm.expect_index(p[1])?;
    let idx = mt(vm, a[0])?
        .sample_indices(pop.len(), k)
        .map_err(|e| rerr(vm, e))?;
    let out: Vec<Value> = idx.iter().map(|&i| pop[i]).collect();
    let out = RootedVec::from_slice(&out);
    Ok(vm.new_list(&out))
}

fn choices(vm: &mut Vm, a: &[Value], kw: Value) -> PyResult<Value> {
    let p = args::bind(
        vm,
        "choices",
        &a[1..],
        kw,
        &["population", "weights", "*cum_weights", "*k"],
        1,
    )?;
    let pop = vm.collect_iterable(p[0])?;
    let k = if p[3].is_empty() {
        1
    } else {
        vm.expect_index(p[3])?
    };
    let weights_given = !p[1].is_empty() && !p[1].is_none();
    let cum_given = !p[2].is_empty() && !p[2].is_none();
    let idx = if !weights_given && !cum_given {
        mt(vm, a[0])?.choices_indices(pop.len(), k)
    } else {
        if weights_given && cum_given {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        let ws = vm.collect_iterable(if cum_given { p[2] } else { p[1] })?;
        let mut cum = Vec::with_capacity(ws.len());
        let mut acc = 0.0;
        for &w in ws.iter() {
            let f = vm.float_new(w)?.as_float();
            if cum_given {
                cum.push(f);
            } else {
                acc += f;
                cum.push(acc);
            }
        }
        if cum.len() != pop.len() {
            return Err(vm.value_error("The number of weights does not match the population"));
        }
        mt(vm, a[0])?
            .choices_cum_weights_indices(&cum, k)
            .map_err(|e| rerr(vm, e))?
    };
    let out: Vec<Value> = idx.iter().map(|&i| pop[i]).collect();
    let out = RootedVec::from_slice(&out);
    Ok(vm.new_list(&out))
}

fn farg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    Ok(vm.float_new(v)?.as_float())
}

fn uniform(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "uniform", a, 2, 2)?;
    let (x, y) = (farg(vm, a[1])?, farg(vm, a[2])?);
    Ok(Value::float(mt(vm, a[0])?.uniform(x, y)))
}

fn two_floats(vm: &mut Vm, a: &[Value], name: &str, d0: f64, d1: f64) -> PyResult<(f64, f64)> {
    args::method_arity(vm, name, a, 0, 2)?;
    let x = if a.len() > 1 { farg(vm, a[1])? } else { d0 };
    let y = if a.len() > 2 { farg(vm, a[2])? } else { d1 };
    Ok((x, y))
}

fn gauss(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (mu, sigma) = two_floats(vm, a, "gauss", 0.0, 1.0)?;
    Ok(Value::float(mt(vm, a[0])?.gauss(mu, sigma)))
}
fn normalvariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (mu, sigma) = two_floats(vm, a, "normalvariate", 0.0, 1.0)?;
    Ok(Value::float(mt(vm, a[0])?.normalvariate(mu, sigma)))
}
fn lognormvariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    let (mu, sigma) = two_floats(vm, a, "lognormvariate", 0.0, 1.0)?;
    let r = mt(vm, a[0])?
        .lognormvariate(mu, sigma)
        .map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn expovariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "expovariate", a, 0, 1)?;
    let l = if a.len() > 1 { farg(vm, a[1])? } else { 1.0 };
    let r = mt(vm, a[0])?.expovariate(l).map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn triangular(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "triangular", a, 0, 3)?;
    let low = if a.len() > 1 { farg(vm, a[1])? } else { 0.0 };
    let high = if a.len() > 2 { farg(vm, a[2])? } else { 1.0 };
    let mode = match a.get(3) {
        Some(&m) if !m.is_none() => Some(farg(vm, m)?),
        _ => None,
    };
    Ok(Value::float(mt(vm, a[0])?.triangular(low, high, mode)))
}
fn betavariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "betavariate", a, 2, 2)?;
    let (x, y) = (farg(vm, a[1])?, farg(vm, a[2])?);
    let r = mt(vm, a[0])?.betavariate(x, y).map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn gammavariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "gammavariate", a, 2, 2)?;
    let (x, y) = (farg(vm, a[1])?, farg(vm, a[2])?);
    let r = mt(vm, a[0])?.gammavariate(x, y).map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn paretovariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "paretovariate", a, 1, 1)?;
    let x = farg(vm, a[1])?;
    let r = mt(vm, a[0])?.paretovariate(x).map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn weibullvariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "weibullvariate", a, 2, 2)?;
    let (x, y) = (farg(vm, a[1])?, farg(vm, a[2])?);
    let r = mt(vm, a[0])?
        .weibullvariate(x, y)
        .map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn vonmisesvariate(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "vonmisesvariate", a, 2, 2)?;
    let (x, y) = (farg(vm, a[1])?, farg(vm, a[2])?);
    let r = mt(vm, a[0])?
        .vonmisesvariate(x, y)
        .map_err(|e| rerr(vm, e))?;
    Ok(Value::float(r))
}
fn randbytes(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::method_arity(vm, "randbytes", a, 1, 1)?;
    let n = bigint_arg(vm, a[1])?;
    let b = mt(vm, a[0])?.randbytes(&n).map_err(|e| rerr(vm, e))?;
    Ok(vm.new_bytes(&b))
}
