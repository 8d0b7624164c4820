//! Shapes (hidden classes) for instance attributes.
//!
//! A shape is a node in a per-class tree: the root has no attributes, and each child
//! adds one attribute name at the next slot index. Instances with the same attributes
//! added in the same order share a shape, so an attribute site can cache
//! (shape, slot index) and a compiled guard is one pointer comparison.
//!
//! Invariants:
//! - Shapes are immutable once created, except for their `transitions` dict (which only
//!   grows). `count` is the number of attributes; the attribute added by a shape has
//!   index `count - 1`.
//! - Names are interned strs, so lookups compare pointers.
//! - A root shape belongs to exactly one class; shapes never cross classes, so a shape
//!   guard also proves the instance's class.
//! - Instances that would need more than `MAX_SHAPE_ATTRS` attributes, or that delete an
//!   attribute, move to a fresh chain built for them (still shapes; deletion just
//!   rebuilds the chain without the name).

use super::{Kind, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

/// Longest shape chain; past it, lookups use the shape's name table.
pub const TABLE_THRESHOLD: u32 = 8;

#[repr(C)]
pub struct ShapeObj {
    pub header: ObjHeader,
    pub parent: Value,
    pub name: Value,
    pub class: Value,
    pub count: u32,
    /// dict: attribute name -> child shape (EMPTY until the first transition).
    pub transitions: Value,
    /// dict: attribute name -> slot index (built lazily for long chains), or EMPTY.
    pub table: Value,
}

/// Borrows a shape.
///
/// # Safety
/// `v` must be a live shape.
#[inline(always)]
pub unsafe fn shape_obj<'a>(v: Value) -> &'a mut ShapeObj {
    &mut *v.as_ptr::<ShapeObj>()
}

impl Vm {
    /// A root shape for instances of `class`.
    pub fn new_root_shape(&mut self, class: Value) -> Value {
        let p = self.alloc_obj(
            std::mem::size_of::<ShapeObj>(),
            Kind::Shape,
            std::ptr::null_mut(),
        ) as *mut ShapeObj;
        // SAFETY: fresh object.
        unsafe { (*p).class = class };
        Value::from_ptr(p)
    }

    /// Slot index of `name` in `shape`, or None.
    pub fn shape_lookup(&mut self, shape: Value, name: Value) -> Option<u32> {
        // SAFETY: live shapes; names are interned strs.
        unsafe {
            let s = shape_obj(shape);
            if s.count > TABLE_THRESHOLD {
                if s.table.is_empty() {
                    let t = self.new_dict();
                    let mut cur = shape;
                    while !shape_obj(cur).parent.is_empty() {
                        let c = shape_obj(cur);
                        self.dict_set_str(t, c.name, Value::small_int(c.count as i64 - 1));
                        cur = c.parent;
                    }
                    shape_obj(shape).table = t;
                }
                return self
                    .dict_get_str(shape_obj(shape).table, name)
                    .map(|v| v.as_small_int() as u32);
            }
            let mut cur = shape;
            loop {
                let c = shape_obj(cur);
                if c.parent.is_empty() {
                    return None;
                }
                if c.name == name {
                    return Some(c.count - 1);
                }
                cur = c.parent;
            }
        }
    }

    /// The child of `shape` that adds `name` (created on first use).
    pub fn shape_add(&mut self, shape: Value, name: Value) -> Value {
        // SAFETY: live shape; the child is created and registered before any other
        // allocation could observe a half-built transition table.
        unsafe {
            let s = shape_obj(shape);
            if !s.transitions.is_empty() {
                if let Some(child) = self.dict_get_str(s.transitions, name) {
                    return child;
                }
            } else {
                let t = self.new_dict();
                shape_obj(shape).transitions = t;
            }
            let class = shape_obj(shape).class;
            let p = self.alloc_obj(
                std::mem::size_of::<ShapeObj>(),
                Kind::Shape,
                std::ptr::null_mut(),
            ) as *mut ShapeObj;
            let s = shape_obj(shape);
            (*p).parent = shape;
            (*p).name = name;
            (*p).class = class;
            (*p).count = s.count + 1;
            let child = Value::from_ptr(p);
            self.dict_set_str(shape_obj(shape).transitions, name, child);
            child
        }
    }

    /// Attribute names of `shape` in slot order.
    pub fn shape_names(&self, shape: Value) -> Vec<Value> {
        let mut names = Vec::new();
        // SAFETY: live shapes.
        unsafe {
            let mut cur = shape;
            while !shape_obj(cur).parent.is_empty() {
                names.push(shape_obj(cur).name);
                cur = shape_obj(cur).parent;
            }
        }
        names.reverse();
        names
    }
}
