//! What the collector needs from each object layout: the Values it holds (`trace`)
//! and what to release when it dies (`finalize`).
//!
//! Invariant: `trace` visits every Value an object holds, payload pointers included,
//! and its class. Anything not visited here is invisible to the collector.

use super::array::ValueArray;
use super::code::CodeObj;
use super::dict::DictTable;
use super::exception::{ExcDataObj, TracebackObj};
use super::function::{BoundMethodObj, FunctionObj, NativeFunctionObj};
use super::generator::GeneratorObj;
use super::int::{bigint_external_bytes, BigIntObj};
use super::iter::IterObj;
use super::list::ListObj;
use super::native::NativeObjHeader;
use super::set::{SetObj, SetTable};
use super::shape::ShapeObj;
use super::tuple::TupleObj;
use super::typeobj::TypeObj;
use super::*;

/// Calls `visit` on every Value held by the object at `obj` (not on `obj` itself).
///
/// # Safety
/// `obj` must point at a live, well-formed object.
pub unsafe fn trace(obj: *mut ObjHeader, visit: &mut dyn FnMut(Value)) {
    let class = (*obj).class;
    if !class.is_null() {
        visit(Value::from_ptr(class));
    }
    macro_rules! fields {
        ($ty:ty; $($f:ident),*) => {{
            let o = &*(obj as *const $ty);
            $( visit(o.$f); )*
        }};
    }
    match (*obj).kind {
        Kind::Free | Kind::BoxedInt | Kind::BigInt | Kind::Str | Kind::Bytes | Kind::Range => {}
        Kind::Tuple => {
            for &v in (*(obj as *const TupleObj)).items() {
                visit(v);
            }
        }
        Kind::List => fields!(ListObj; items),
        Kind::ValueArray => {
            for &v in (*(obj as *const ValueArray)).slots() {
                visit(v);
            }
        }
        Kind::Dict => fields!(dict::DictObj; table),
        Kind::DictTable => {
            for e in (*(obj as *const DictTable)).entries() {
                visit(e.key);
                visit(e.value);
            }
        }
        Kind::Set => fields!(SetObj; table),
        Kind::SetTable => {
            for e in (*(obj as *const SetTable)).entries() {
                visit(e.key);
            }
        }
        Kind::Slice => fields!(SliceObj; start, stop, step),
        Kind::Function => {
            fields!(FunctionObj; code, globals, name, qualname, defaults, kwdefaults, closure, dict, module, doc)
        }
        Kind::NativeFunction => fields!(NativeFunctionObj; name, data),
        Kind::BoundMethod => fields!(BoundMethodObj; func, self_),
        Kind::Code => {
            let c = &*(obj as *const CodeObj);
            for &v in c
                .consts
                .iter()
                .chain(c.names.iter())
                .chain(c.varnames.iter())
            {
                visit(v);
            }
            for cache in c.caches.iter() {
                let e = cache.get();
                visit(e.key);
                visit(e.value);
            }
            visit(c.name);
            visit(c.qualname);
            visit(c.filename);
            visit(c.doc);
        }
        Kind::Type => {
            fields!(TypeObj; name, qualname, module, bases, mro, dict, subclasses, empty_shape, slot_names)
        }
        Kind::Instance => fields!(InstanceObj; shape, slots, ext),
        Kind::Shape => fields!(ShapeObj; parent, name, class, transitions, table),
        Kind::Module => fields!(ModuleObj; name, dict),
        Kind::Cell => fields!(CellObj; value),
        Kind::ExcData => fields!(ExcDataObj; args, traceback, cause, context),
        Kind::Traceback => fields!(TracebackObj; next, code, globals),
        Kind::Iter => fields!(IterObj; seq, a, b),
        Kind::Generator => {
            fields!(GeneratorObj; code, globals, frame, name, qualname, yield_from, exc_state, caller_exc)
        }
        Kind::Property | Kind::ClassMethod | Kind::StaticMethod | Kind::Member => {
            fields!(DescriptorObj; fget, fset, fdel, doc)
        }
        Kind::Super => fields!(SuperObj; this_class, obj, obj_type),
        Kind::Native => {
            let h = &*(obj as *const NativeObjHeader);
            (h.vtable.trace)(obj, visit);
        }
        Kind::ByteArray => fields!(bytearray::ByteArrayObj; buf),
        Kind::ByteBuffer => {}
    }
}

/// Releases what a dying object owns outside the arena. Returns the external bytes
/// released (for the collection trigger).
///
/// # Safety
/// `obj` must be an unreachable object that is about to be freed.
pub unsafe fn finalize(obj: *mut ObjHeader) -> usize {
    match (*obj).kind {
        Kind::BigInt => {
            let b = &mut *(obj as *mut BigIntObj);
            let bytes = bigint_external_bytes(&b.value);
            std::ptr::drop_in_place(&mut b.value);
            bytes
        }
        Kind::Code => {
            let c = obj as *mut CodeObj;
            let bytes = {
                let cr = &*c;
                cr.instrs.len() * (8 + 32 + 4)
                    + (cr.consts.len() + cr.names.len() + cr.varnames.len()) * 8
            };
            std::ptr::drop_in_place(&mut (*c).instrs);
            std::ptr::drop_in_place(&mut (*c).caches);
            std::ptr::drop_in_place(&mut (*c).consts);
            std::ptr::drop_in_place(&mut (*c).names);
            std::ptr::drop_in_place(&mut (*c).varnames);
            std::ptr::drop_in_place(&mut (*c).lines);
            std::ptr::drop_in_place(&mut (*c).exc_table);
            std::ptr::drop_in_place(&mut (*c).cell_args);
            bytes
        }
        Kind::Native => {
            let h = &*(obj as *const NativeObjHeader);
            (h.vtable.finalize)(obj);
            0
        }
        _ => 0,
    }
}

/// True for kinds whose objects must be finalised when they die.
pub fn needs_finalize(k: Kind) -> bool {
    matches!(k, Kind::BigInt | Kind::Code | Kind::Native)
}
