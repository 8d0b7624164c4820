//! Type objects: builtin types and user classes share one layout.
//!
//! Invariants:
//! - `mro` is a tuple starting with the type itself and ending with `object`.
//! - `version` is a globally unique number. It changes whenever the type's dict or the
//!   dict of any type in its MRO changes (`Vm::bump_class_version` walks `subclasses`),
//!   so a cache keyed on (type, version) never returns a stale lookup.
//! - `instance_kind` is the layout of the type's instances: `Instance` for user classes
//!   (their builtin base lives in `InstanceObj::ext`), the builtin layout otherwise.
//! - `empty_shape` is the root shape of the type's instances (EMPTY for builtin types
//!   whose instances carry no attributes).

use super::{Kind, ObjHeader};
use crate::value::Value;

pub mod flags {
    /// A builtin type (its dict is fixed after start-up).
    pub const BUILTIN: u32 = 1 << 0;
    /// Can be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 1 << 2;
    /// Instances compare and hash by identity (no `__eq__`/`__hash__` anywhere in the
    /// MRO but `object`'s). Recomputed with the version.
    pub const DEFAULT_EQ: u32 = 1 << 3;
    /// A user class (created by a `class` statement or `type(name, bases, dict)`).
    pub const HEAPTYPE: u32 = 1 << 4;
    /// The class or a base defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 5;
    /// The class or a base defines a data descriptor (property) or `__getattribute__`,
    /// `__setattr__`, so instance attribute access needs the slow path.
    pub const SLOW_ATTRS: u32 = 1 << 6;
}

#[repr(C)]
pub struct TypeObj {
    pub header: ObjHeader,
    pub name: Value,
    pub qualname: Value,
    pub module: Value,
    pub bases: Value,
    pub mro: Value,
    pub dict: Value,
    /// List of direct subclasses (kept strongly: classes are long-lived).
    pub subclasses: Value,
    pub version: u64,
    pub flags: u32,
    pub instance_kind: Kind,
    /// The builtin type whose layout instances extend (`object` for plain classes).
    pub builtin_base: *mut TypeObj,
    pub empty_shape: Value,
    /// `__slots__` was given (attributes still use shapes; recorded for introspection).
    pub has_slots: bool,
    /// When every class in the MRO declares `__slots__` (without `__dict__`): a tuple of
    /// the attribute names instances may have. EMPTY when unrestricted.
    pub slot_names: Value,
    /// The most attributes an instance of this class has needed (capped): new
    /// instances get slot storage for that many up front, so that the attribute
    /// stores in `__init__` take the cached shape-transition path without growing.
    pub attr_hint: u32,
}

/// Cap of `TypeObj::attr_hint`.
pub const MAX_ATTR_HINT: u32 = 32;

/// Byte offset of `version`, for compiled guards.
pub const TYPE_VERSION_OFFSET: usize = std::mem::offset_of!(TypeObj, version);

impl TypeObj {
    #[inline(always)]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    pub fn name_str(&self) -> &str {
        // SAFETY: `name` is always a str object.
        unsafe { super::str::as_str(self.name) }
    }
}
