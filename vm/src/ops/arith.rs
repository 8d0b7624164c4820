//! Arithmetic: the numeric tower (small ints, boxed i64, big ints, floats, bools) with
//! CPython's results and error messages, sequence `+` and `*`, set and dict operators,
//! and dispatch to `__add__`/`__radd__`/`__iadd__` and friends for everything else.

use crate::builtins::dict_methods::is_set_like_view;
use crate::bytecode::{BinOp, INPLACE};
use crate::gc::RootedVec;
use crate::interp::{PyErr, PyResult};
use crate::object::int::{self, int_view, IntView};
use crate::object::list::list_obj;
use crate::object::tuple::tuple_items;
use crate::object::{is_kind, kind_of, Kind};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A number as the float operations see it.
fn to_f64_operand(vm: &mut Vm, v: Value) -> Option<PyResult<f64>> {
    if v.is_float() {
        return Some(Ok(v.as_float()));
    }
    let iv = int_view(v)?;
    Some(match int::int_to_f64(iv) {
        Some(f) => Ok(f),
        None => Err(vm.overflow_error("int too large to convert to float")),
    })
}

impl Vm {
    /// `a op b` for a BinaryOp instruction (`sub` may carry the INPLACE flag).
    pub fn binary_op(&mut self, a: Value, b: Value, sub: u8) -> PyResult<Value> {
        let op = BinOp::from_u8(sub);
        let inplace = sub & INPLACE != 0;
        // Numbers.
        if !is_instance(a) && !is_instance(b) {
            if let (Some(x), Some(y)) = (int_view(a), int_view(b)) {
                if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
                    let (p, q) = (a.is_true_bool(), b.is_true_bool());
                    return Ok(Value::from_bool(match op {
                        BinOp::And => p & q,
                        BinOp::Or => p | q,
                        _ => p ^ q,
                    }));
                }
                return self.int_binop(op, x, y);
            }
            let float_op = matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::TrueDiv
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            );
            if (a.is_float() || b.is_float()) && float_op {
                if let (Some(x), Some(y)) = (to_f64_operand(self, a), to_f64_operand(self, b)) {
                    return self.float_binop(op, x?, y?);
                }
            }
        }
        // A builtin left operand goes first unless the right one is a user subclass
        // overriding the reflected method (handled in binop_dunders).
        if !is_instance(a) && (!is_instance(b) || !self.reflected_first(op, a, b)) {
            if let Some(r) = self.builtin_binop(op, a, b, inplace)? {
                return Ok(r);
            }
        }
        self.binop_dunders(op, a, b, inplace)
    }

    fn reflected_first(&mut self, op: BinOp, a: Value, b: Value) -> bool {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if ta == tb || !self.is_subtype(tb, ta) {
            return false;
        }
        let rn = self.names.binop(op).1;
        self.type_lookup_user(tb, rn).is_some()
    }

    /// Integer arithmetic on two int views.
    pub fn int_binop(&mut self, op: BinOp, x: IntView, y: IntView) -> PyResult<Value> {
        if let (IntView::I64(a), IntView::I64(b)) = (x, y) {
            let (a128, b128) = (a as i128, b as i128);
            match op {
                BinOp::Add => return Ok(self.new_int_i128(a128 + b128)),
                BinOp::Sub => return Ok(self.new_int_i128(a128 - b128)),
                BinOp::Mul => return Ok(self.new_int_i128(a128 * b128)),
                BinOp::FloorDiv | BinOp::Mod => {
                    if b == 0 {
                        let msg = if op == BinOp::Mod {
                            "integer modulo by zero"
                        } else {
                            "integer division or modulo by zero"
                        };
                        return Err(self.zero_division_error(msg));
                    }
                    if let Some((q, r)) = int::i64_divmod(a, b) {
                        return Ok(self.new_int(if op == BinOp::Mod { r } else { q }));
                    }
                }
                BinOp::And => return Ok(self.new_int(a & b)),
                BinOp::Or => return Ok(self.new_int(a | b)),
                BinOp::Xor => return Ok(self.new_int(a ^ b)),
                BinOp::RShift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    return Ok(self.new_int(a >> b.min(63)));
                }
                BinOp::LShift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    if a == 0 {
                        return Ok(Value::small_int(0));
                    }
                    if b < 64 {
                        let r = (a as i128) << b;
                        if (r >> b) == a as i128 {
                            return Ok(self.new_int_i128(r));
                        }
                    }
                }
                BinOp::Pow => {
                    if b >= 0 {
                        if let Ok(e) = u32::try_from(b) {
                            if let Some(r) = a.checked_pow(e) {
                                return Ok(self.new_int(r));
                            }
                        }
                    }
                }
                BinOp::TrueDiv => {
                    if b == 0 {
                        return Err(self.zero_division_error("division by zero"));
                    }
                    if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                        return Ok(Value::float(a as f64 / b as f64));
                    }
                }
                BinOp::MatMul => {}
            }
        }
        self.big_binop(op, x, y)
    }

    fn big_binop(&mut self, op: BinOp, x: IntView, y: IntView) -> PyResult<Value> {
        if let Some(r) = big_binop_borrowed(op, x, y) {
            return Ok(self.new_bigint(r));
        }
        let a = x.to_bigint();
        let b = y.to_bigint();
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::FloorDiv | BinOp::Mod => {
                if b.is_zero() {
                    let msg = if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.zero_division_error(msg));
                }
                let (q, r) = a.div_mod_floor(&b);
                if op == BinOp::Mod {
                    r
                } else {
                    q
                }
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = b.to_usize().filter(|s| *s < (1 << 34)) else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if a.is_zero() {
                    BigInt::zero()
                } else {
                    a << s
                }
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match b.to_usize() {
                    Some(s) => {
                        // Arithmetic (floor) shift.
                        if a.is_negative() {
                            -((-a - 1u32) >> s) - 1u32
                        } else {
                            a >> s
                        }
                    }
                    None => {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let (fa, fb) = match (int::int_to_f64(x), int::int_to_f64(y)) {
                        (Some(fa), Some(fb)) => (fa, fb),
                        _ => return Err(self.overflow_error("int too large to convert to float")),
                    };
                    return self.float_binop(BinOp::Pow, fa, fb);
                }
                let Some(e) = b.to_u32() else {
                    if a.is_zero() || a == BigInt::from(1) {
                        return Ok(self.new_bigint(a));
                    }
                    if a == BigInt::from(-1) {
                        return Ok(self.new_int(if b.is_even() { 1 } else { -1 }));
                    }
                    return Err(self.new_exception_msg(self.types.memory_error, ""));
                };
                num_traits::pow(a, e as usize)
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division_error("division by zero"));
                }
                return match bigint_true_div(&a, &b) {
                    Some(f) => Ok(Value::float(f)),
                    None => {
                        Err(self.overflow_error("integer division result too large for a float"))
                    }
                };
            }
            BinOp::MatMul => {
                return Err(self.unsupported_operands(
                    BinOp::MatMul,
                    false,
                    Value::small_int(0),
                    Value::small_int(0),
                ))
            }
        };
        if let Some(bytes) = r.bits().checked_div(8) {
            if bytes > (1 << 30) {
                return Err(self.new_exception_msg(self.types.memory_error, ""));
            }
        }
        Ok(self.new_bigint(r))
    }

    /// Float arithmetic with CPython's special cases and messages.
    pub fn float_binop(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => return self.float_pow(x, y),
            _ => {
                return Err(self.unsupported_operands(op, false, Value::float(x), Value::float(y)));
            }
        };
        Ok(Value::float(r))
    }

    /// `x ** y` for floats, as CPython's float_pow.
    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if y == 0.0 {
            return Ok(Value::float(1.0));
        }
        if x.is_nan() {
            return Ok(Value::float(if y == 0.0 { 1.0 } else { x }));
        }
        if y.is_nan() {
            return Ok(Value::float(if x == 1.0 { 1.0 } else { y }));
        }
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            return Err(self.value_error("complex numbers are not supported by Tern (negative number raised to a fractional power)"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::float(r))
    }

    /// Operators of builtin non-numeric types: str/list/tuple concatenation and
    /// repetition, `%` formatting, set and dict operators.
    pub(crate) fn builtin_binop(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let ka = if a.is_ptr() { Some(kind_of(a)) } else { None };
        let kb = if b.is_ptr() { Some(kind_of(b)) } else { None };
        match (op, ka, kb) {
            (BinOp::Add, Some(Kind::Str), Some(Kind::Str)) => Ok(Some(self.concat_strs(&[a, b]))),
            (BinOp::Mod, Some(Kind::Str), _) => Ok(Some(self.percent_format(a, b)?)),
            (BinOp::Mod, Some(Kind::Bytes | Kind::ByteArray), _) => Ok(Some(
                crate::builtins::bytes::bytes_percent_format(self, a, b)?,
            )),
            (BinOp::Add, Some(Kind::List), Some(Kind::List)) => {
                if inplace {
                    self.list_extend(a, b)?;
                    return Ok(Some(a));
                }
                // SAFETY: kinds checked.
                let mut items = RootedVec::from_slice(unsafe { list_obj(a).items() });
                items.extend_from_slice(unsafe { list_obj(b).items() });
                Ok(Some(self.new_list(&items)))
            }
            (BinOp::Add, Some(Kind::List), _) if inplace && self.type_of(a) == self.types.list => {
                if self.get_iter(b).is_err() {
                    return Ok(None);
                }
                self.list_extend(a, b)?;
                Ok(Some(a))
            }
            (BinOp::Add, Some(Kind::Tuple), Some(Kind::Tuple)) => {
                // SAFETY: kinds checked.
                let mut items = RootedVec::from_slice(unsafe { tuple_items(a) });
                items.extend_from_slice(unsafe { tuple_items(b) });
                Ok(Some(self.new_tuple(&items)))
            }
            (BinOp::Add, Some(k @ (Kind::Bytes | Kind::ByteArray)), _)
                if crate::builtins::bytes::has_buffer(b) =>
            {
                if inplace && k == Kind::ByteArray {
                    return Ok(crate::builtins::bytearray::bytearray_iadd(self, a, b));
                }
                // SAFETY: kind checked; copied before allocating.
                let mut v = unsafe { crate::builtins::bytes::seq_data(a).to_vec() };
                v.extend(crate::builtins::bytes::buffer_bytes(b).unwrap_or_default());
                Ok(Some(if k == Kind::Bytes {
                    self.new_bytes(&v)
                } else {
                    self.new_bytearray(&v)
                }))
            }
            (BinOp::Mul, Some(k), _)
                if matches!(
                    k,
                    Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
                ) && int_view(b).is_some() =>
            {
                Ok(Some(self.sequence_repeat(a, b, inplace)?))
            }
            (BinOp::Mul, _, Some(k))
                if matches!(
                    k,
                    Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
                ) && int_view(a).is_some() =>
            {
                Ok(Some(self.sequence_repeat(b, a, false)?))
            }
            (BinOp::Or, Some(Kind::Dict), Some(Kind::Dict)) => {
                if inplace {
                    self.dict_update_from(a, b, false)?;
                    return Ok(Some(a));
                }
                let d = self.dict_copy(a);
                self.dict_update_from(d, b, false)?;
                Ok(Some(d))
            }
            (
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                Some(Kind::Set),
                Some(Kind::Set),
            ) => Ok(Some(self.set_operator(op, a, b, inplace)?)),
            // Keys and items views combine with any iterable into a new set.
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, _, _)
                if is_set_like_view(a) || is_set_like_view(b) =>
            {
                let other = if is_set_like_view(a) { b } else { a };
                if self.get_iter(other).is_err() {
                    return Ok(None);
                }
                let x = self.set_operand(a)?;
                let y = self.set_operand(b)?;
                Ok(Some(self.set_operator(op, x, y, false)?))
            }
            _ => Ok(None),
        }
    }

    /// `seq * n`.
    pub fn sequence_repeat(&mut self, seq: Value, n: Value, inplace: bool) -> PyResult<Value> {
        let n = match int_view(n).unwrap() {
            IntView::I64(i) => i.max(0) as usize,
            IntView::Big(b) => {
                if b.is_negative() {
                    0
                } else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
        };
        match kind_of(seq) {
            Kind::Str => {
                // SAFETY: kind checked.
                let s = unsafe { crate::object::str::str_obj(seq) };
                if s.len
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize / 2)
                {
                    return Err(self.overflow_error("repeated string is too long"));
                }
                let text = s.as_str().repeat(n);
                let nchars = s.nchars * n;
                Ok(self.new_str_with_len(&text, nchars))
            }
            Kind::Bytes | Kind::ByteArray => {
                if inplace && kind_of(seq) == Kind::ByteArray {
                    return crate::builtins::bytearray::bytearray_imul(self, seq, n);
                }
                // SAFETY: kind checked.
                let d = unsafe { crate::builtins::bytes::seq_data(seq) };
                if d.len().checked_mul(n).is_none_or(|t| t > (1 << 40)) {
                    return Err(self.new_exception_msg(self.types.memory_error, ""));
                }
                let v = d.repeat(n);
                Ok(if kind_of(seq) == Kind::Bytes {
                    self.new_bytes(&v)
                } else {
                    self.new_bytearray(&v)
                })
            }
            Kind::List => {
                // SAFETY: kind checked.
                let items = RootedVec::from_slice(unsafe { list_obj(seq).items() });
                if items.len().checked_mul(n).is_none_or(|t| t > (1 << 32)) {
                    return Err(self.new_exception_msg(self.types.memory_error, ""));
                }
                let mut out = RootedVec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend_from_slice(&items);
                }
                if inplace {
                    self.list_truncate(seq, 0);
                    self.list_reserve(seq, out.len());
                    for &v in out.iter() {
                        self.list_append(seq, v);
                    }
                    return Ok(seq);
                }
                Ok(self.new_list(&out))
            }
            Kind::Tuple => {
                // SAFETY: kind checked.
                let items = RootedVec::from_slice(unsafe { tuple_items(seq) });
                if n == 1 {
                    return Ok(seq);
                }
                let mut out = RootedVec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend_from_slice(&items);
                }
                Ok(self.new_tuple(&out))
            }
            _ => unreachable!(),
        }
    }

    /// Dispatch to `__op__` / `__rop__` / `__iop__`.
    fn binop_dunders(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        let ni = self.singletons.not_implemented;
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if inplace {
            let n = self.names.binop(op).2;
            if let Some(m) = self.type_lookup_user(ta, n) {
                let r = self.call_bound_special(m, a, &[b], Value::EMPTY)?;
                if r != ni {
                    return Ok(r);
                }
            }
        }
        let (n, rn, _) = self.names.binop(op);
        let ma = self.type_lookup_user(ta, n);
        let mb = if ta != tb {
            self.type_lookup_user(tb, rn)
        } else {
            None
        };
        // A subclass's reflected method goes first when it overrides.
        if let Some(mbv) = mb {
            if self.is_subtype(tb, ta) && Some(mbv) != ma {
                let r = self.call_bound_special(mbv, b, &[a], Value::EMPTY)?;
                if r != ni {
                    return Ok(r);
                }
                if let Some(mav) = ma {
                    let r = self.call_bound_special(mav, a, &[b], Value::EMPTY)?;
                    if r != ni {
                        return Ok(r);
                    }
                }
                return self.binop_builtin_bases(op, a, b, inplace);
            }
        }
        if let Some(mav) = ma {
            let r = self.call_bound_special(mav, a, &[b], Value::EMPTY)?;
            if r != ni {
                return Ok(r);
            }
        }
        if let Some(mbv) = mb {
            let r = self.call_bound_special(mbv, b, &[a], Value::EMPTY)?;
            if r != ni {
                return Ok(r);
            }
        }
        self.binop_builtin_bases(op, a, b, inplace)
    }

    /// Subclasses of builtin types (`class I(int)`) fall back to their builtin value.
    fn binop_builtin_bases(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        {
            // `mappingproxy | dict` is the mapping's `|` (a new dict).
            use crate::builtins::mappingproxy::{is_mappingproxy, proxied};
            if op == BinOp::Or && !inplace && (is_mappingproxy(a) || is_mappingproxy(b)) {
                let x = if is_mappingproxy(a) { proxied(a) } else { a };
                let y = if is_mappingproxy(b) { proxied(b) } else { b };
                return self.binary_op(x, y, op as u8);
            }
        }
        let ea = crate::object::instance_ext(a);
        let eb = crate::object::instance_ext(b);
        let x = if ea.is_empty() || is_kind(ea, Kind::ExcData) {
            a
        } else {
            ea
        };
        let y = if eb.is_empty() || is_kind(eb, Kind::ExcData) {
            b
        } else {
            eb
        };
        if x != a || y != b {
            let sub = op as u8 | if inplace { INPLACE } else { 0 };
            let r = self.binary_op(x, y, sub)?;
            // `s += [1]` on a list subclass (or `|=` on dict/set ones) mutates the
            // builtin value in place and evaluates to the instance itself.
            if inplace && x != a && r == x {
                return Ok(a);
            }
            return Ok(r);
        }
        // `int | str`, `int | None`: a types.UnionType.
        let class_or_none = |v: Value| v.is_none() || is_kind(v, Kind::Type);
        if op == BinOp::Or && class_or_none(a) && class_or_none(b) && !(a.is_none() && b.is_none())
        {
            return self.call_module_function("types", "_union", &[a, b]);
        }
        Err(self.unsupported_operands(op, inplace, a, b))
    }

    pub fn unsupported_operands(&mut self, op: BinOp, inplace: bool, a: Value, b: Value) -> PyErr {
        let (na, nb) = (self.type_name(a), self.type_name(b));
        let seq = |v: Value| {
            v.is_ptr()
                && matches!(
                    kind_of(v),
                    Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
                )
        };
        if op == BinOp::Add && seq(a) && !is_instance(a) {
            if kind_of(a) == Kind::Str {
                return self.type_error(format!("can only concatenate str (not \"{nb}\") to str"));
            }
            if !matches!(kind_of(a), Kind::Bytes | Kind::ByteArray) {
                return self
                    .type_error(format!("can only concatenate {na} (not \"{nb}\") to {na}"));
            }
            return self.type_error(format!("can't concat {nb} to {na}"));
        }
        if op == BinOp::Mul && (seq(a) && !is_instance(a) || seq(b) && !is_instance(b)) {
            let other = if seq(a) { nb.clone() } else { na.clone() };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Pow && !inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{na}' and '{nb}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        ))
    }

    // ----- unary ------------------------------------------------------------------------

    pub fn unary_neg(&mut self, v: Value) -> PyResult<Value> {
        if v.is_float() {
            return Ok(Value::float(-v.as_float()));
        }
        if !is_instance(v) {
            if let Some(iv) = int_view(v) {
                return Ok(match iv {
                    IntView::I64(i) => self.new_int_i128(-(i as i128)),
                    IntView::Big(b) => self.new_bigint(-b.clone()),
                });
            }
        }
        self.unary_dunder(v, "__neg__", "-")
    }

    pub fn unary_pos(&mut self, v: Value) -> PyResult<Value> {
        if v.is_float() {
            return Ok(v);
        }
        if !is_instance(v) {
            if let Some(iv) = int_view(v) {
                return Ok(self.new_int_view(iv));
            }
        }
        self.unary_dunder(v, "__pos__", "+")
    }

    pub fn unary_invert(&mut self, v: Value) -> PyResult<Value> {
        if !is_instance(v) {
            if let Some(iv) = int_view(v) {
                return Ok(match iv {
                    IntView::I64(i) => self.new_int(!i),
                    IntView::Big(b) => self.new_bigint(-b.clone() - 1),
                });
            }
        }
        self.unary_dunder(v, "__invert__", "~")
    }

    pub fn abs(&mut self, v: Value) -> PyResult<Value> {
        if v.is_float() {
            return Ok(Value::float(v.as_float().abs()));
        }
        if !is_instance(v) {
            if let Some(iv) = int_view(v) {
                return Ok(match iv {
                    IntView::I64(i) => self.new_int_i128((i as i128).abs()),
                    IntView::Big(b) => self.new_bigint(b.abs()),
                });
            }
        }
        self.unary_dunder(v, "__abs__", "abs()")
    }

    fn unary_dunder(&mut self, v: Value, dunder: &str, sym: &str) -> PyResult<Value> {
        let t = self.type_of(v);
        let n = match dunder {
            "__neg__" => self.names.dunder_neg,
            "__pos__" => self.names.dunder_pos,
            "__abs__" => self.names.dunder_abs,
            "__invert__" => self.names.dunder_invert,
            _ => self.intern(dunder),
        };
        if let Some(m) = self.type_lookup_user(t, n) {
            return self.call_bound_special(m, v, &[], Value::EMPTY);
        }
        let ext = crate::object::instance_ext(v);
        if !ext.is_empty() && !is_kind(ext, Kind::ExcData) {
            return match dunder {
                "__neg__" => self.unary_neg(ext),
                "__pos__" => self.unary_pos(ext),
                "__invert__" => self.unary_invert(ext),
                _ => self.abs(ext),
            };
        }
        let tn = self.type_name(v);
        if sym == "abs()" {
            return Err(self.type_error(format!("bad operand type for abs(): '{tn}'")));
        }
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if !is_instance(a) && !is_instance(b) {
            if let (Some(x), Some(y)) = (int_view(a), int_view(b)) {
                if y.is_zero() {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                let q = self.int_binop(BinOp::FloorDiv, x, y)?;
                let r = self.int_binop(BinOp::Mod, int_view(a).unwrap(), int_view(b).unwrap())?;
                return Ok(self.new_tuple(&[q, r]));
            }
            if let (Some(x), Some(y)) = (to_f64_operand(self, a), to_f64_operand(self, b)) {
                let (x, y) = (x?, y?);
                if y == 0.0 {
                    return Err(self.zero_division_error("float divmod()"));
                }
                let (q, r) = float_divmod(x, y);
                return Ok(self.new_tuple(&[Value::float(q), Value::float(r)]));
            }
        }
        let n = self.intern("__divmod__");
        let rn = self.intern("__rdivmod__");
        let ni = self.singletons.not_implemented;
        let ta = self.type_of(a);
        if let Some(m) = self.type_lookup_user(ta, n) {
            let r = self.call_bound_special(m, a, &[b], Value::EMPTY)?;
            if r != ni {
                return Ok(r);
            }
        }
        let tb = self.type_of(b);
        if let Some(m) = self.type_lookup_user(tb, rn) {
            let r = self.call_bound_special(m, b, &[a], Value::EMPTY)?;
            if r != ni {
                return Ok(r);
            }
        }
        let (na, nb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!(
            "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
        )))
    }
}

fn is_instance(v: Value) -> bool {
    v.is_ptr() && kind_of(v) == Kind::Instance
}

/// CPython's float floor division and modulo.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Correctly rounded a / b for big ints (None on overflow).
/// `+`, `-`, `*`, `//` and `%` of ints at least one of which is big, computed from
/// borrowed operands (no copy of a big operand; a small one stays a machine word).
/// None for the other operators and for division by zero, which the general path
/// reports.
fn big_binop_borrowed(op: BinOp, x: IntView, y: IntView) -> Option<BigInt> {
    use IntView::{Big, I64};
    Some(match (op, x, y) {
        (BinOp::Add, Big(a), Big(b)) => a + b,
        (BinOp::Add, Big(a), I64(b)) | (BinOp::Add, I64(b), Big(a)) => a + b,
        (BinOp::Sub, Big(a), Big(b)) => a - b,
        (BinOp::Sub, Big(a), I64(b)) => a - b,
        (BinOp::Sub, I64(a), Big(b)) => -(b - a),
        (BinOp::Mul, Big(a), Big(b)) => a * b,
        (BinOp::Mul, Big(a), I64(b)) | (BinOp::Mul, I64(b), Big(a)) => a * b,
        (BinOp::FloorDiv | BinOp::Mod, Big(a), Big(b)) if !b.is_zero() => {
            let (q, r) = a.div_mod_floor(b);
            if op == BinOp::Mod {
                r
            } else {
                q
            }
        }
        (BinOp::FloorDiv | BinOp::Mod, Big(a), I64(b)) if b != 0 => {
            let (q, r) = a.div_mod_floor(&BigInt::from(b));
            if op == BinOp::Mod {
                r
            } else {
                q
            }
        }
        _ => return None,
    })
}

pub fn bigint_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (num, den) = if shift < 0 {
        (a << (-shift) as usize, b)
    } else {
        (a, b << shift as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1;
    }
    let f = int::ldexp(q as f64, shift as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}
