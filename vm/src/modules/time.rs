//! The `time` module: wall clock, monotonic clocks and sleep.

use crate::builtins::add_function;
use crate::builtins::args;
use crate::interp::PyResult;
use crate::object::ModuleObj;
use crate::value::Value;
use crate::vm::Vm;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("time");
    // SAFETY: fresh module.
    let d = unsafe { (*m.as_ptr::<ModuleObj>()).dict };
    add_function(vm, d, "time", time, 0);
    add_function(vm, d, "time_ns", time_ns, 0);
    add_function(vm, d, "perf_counter", perf_counter, 0);
    add_function(vm, d, "perf_counter_ns", perf_counter_ns, 0);
    add_function(vm, d, "monotonic", perf_counter, 0);
    add_function(vm, d, "monotonic_ns", perf_counter_ns, 0);
    add_function(vm, d, "process_time", process_time, 0);
    add_function(vm, d, "sleep", sleep, 0);
    Ok(m)
}

fn clock(id: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into `ts`.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn clock_ns(id: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: as above.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn time(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "time", a, 0, 0)?;
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::float(t))
}

fn time_ns(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "time_ns", a, 0, 0)?;
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(vm.new_int(t))
}

fn perf_counter(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "perf_counter", a, 0, 0)?;
    Ok(Value::float(clock(libc::CLOCK_MONOTONIC)))
}

fn perf_counter_ns(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "perf_counter_ns", a, 0, 0)?;
    Ok(vm.new_int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn process_time(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "process_time", a, 0, 0)?;
    Ok(Value::float(clock(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn sleep(vm: &mut Vm, a: &[Value], _kw: Value) -> PyResult<Value> {
    args::arity(vm, "sleep", a, 1, 1)?;
    let s = if a[0].is_float() {
        a[0].as_float()
    } else {
        match crate::object::int::int_as_i64(a[0]) {
            Some(i) => i as f64,
            None => {
                let tn = vm.type_name(a[0]);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    };
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.out.flush_if_tty();
    std::thread::sleep(Duration::from_secs_f64(s));
    Ok(Value::NONE)
}
