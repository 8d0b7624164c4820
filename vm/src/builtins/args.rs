//! Argument binding for native functions: positional and keyword arguments matched to
//! parameter names, with CPython-style TypeErrors.

use crate::interp::PyResult;
use crate::object::str::as_str;
use crate::object::tuple::tuple_items;
use crate::value::Value;
use crate::vm::Vm;

/// Number of keyword arguments in a native call.
#[inline]
pub fn nkw(kwnames: Value) -> usize {
    if kwnames.is_empty() {
        0
    } else {
        // SAFETY: kwnames is a tuple.
        unsafe { tuple_items(kwnames).len() }
    }
}

/// Positional arguments of a native call.
#[inline]
pub fn positional(args: &[Value], kwnames: Value) -> &[Value] {
    &args[..args.len() - nkw(kwnames)]
}

/// Binds `args`/`kwnames` to `params`; the first `required` are mandatory. Missing
/// optional parameters are EMPTY. Parameters named with a leading `*` are
/// keyword-only (the star is not part of the name).
pub fn bind(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwnames: Value,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Value>> {
    let npos_params = params.iter().take_while(|p| !p.starts_with('*')).count();
    let pos = positional(args, kwnames);
    let mut out = vec![Value::EMPTY; params.len()];
    if pos.len() > npos_params {
        let msg = if npos_params == 0 {
            format!("{fname}() takes no positional arguments")
        } else if required == npos_params {
            format!(
                "{fname}() takes exactly {} argument{} ({} given)",
                npos_params,
                if npos_params == 1 { "" } else { "s" },
                pos.len()
            )
        } else {
            format!(
                "{fname}() takes at most {} argument{} ({} given)",
                npos_params,
                if npos_params == 1 { "" } else { "s" },
                pos.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    out[..pos.len()].copy_from_slice(pos);
    let n = nkw(kwnames);
    if n > 0 {
        // SAFETY: kwnames is a tuple of strs.
        let names = unsafe { tuple_items(kwnames) };
        let vals = &args[args.len() - n..];
        for (i, &nm) in names.iter().enumerate() {
            let s = unsafe { as_str(nm) };
            match params.iter().position(|p| p.trim_start_matches('*') == s) {
                Some(j) => {
                    if !out[j].is_empty() {
                        return Err(vm.type_error(format!(
                            "argument for {fname}() given by name ('{s}') and position ({})",
                            j + 1
                        )));
                    }
                    out[j] = vals[i];
                }
                None => {
                    // CPython's wording for builtins (Argument Clinic and
                    // PyArg_ParseTupleAndKeywords); Python functions say "got an
                    // unexpected keyword argument".
                    return Err(vm.type_error(format!(
                        "'{s}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
    }
    for (j, p) in params.iter().enumerate().take(required) {
        if out[j].is_empty() {
            let pn = p.trim_start_matches('*');
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{pn}' (pos {})",
                j + 1
            )));
        }
    }
    Ok(out)
}

/// Checks a positional-only arity.
pub fn arity(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        if min == 0 {
            format!("{fname}() takes no arguments ({n} given)")
        } else if min == 1 {
            format!("{fname}() takes exactly one argument ({n} given)")
        } else {
            format!("{fname} expected {min} arguments, got {n}")
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

/// Checks the arity of a method (args[0] is self; counts exclude it).
pub fn method_arity(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let owner = args.first().map(|&s| {
        let t = vm.type_of(s);
        // SAFETY: live type; its builtin base names the method's owner.
        unsafe { (*(*t).builtin_base).name_str().to_owned() }
    });
    let qual = match owner {
        Some(o) => format!("{o}.{fname}"),
        None => fname.to_owned(),
    };
    let msg = if min == max && min == 0 {
        format!("{qual}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{qual}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}
