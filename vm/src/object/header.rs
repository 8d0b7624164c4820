//! The header every heap object starts with, and the list of object layouts.
//!
//! Invariants:
//! - `ObjHeader` is `#[repr(C)]` and 16 bytes: the class pointer is at offset 0 and the
//!   kind byte at offset 8, so compiled code can load either at a constant offset.
//! - `Kind` says how the object is laid out (which Rust struct it is, what it traces,
//!   whether it owns memory outside the arena). `class` says which Python type it is.
//!   Several classes share a kind (every user class uses `Instance`, `set` and
//!   `frozenset` share `Set`). Internal payloads (`ValueArray`, tables, shapes) have a
//!   null class.
//! - `Kind::Free` (zero) marks a free cell; no live object has it.

use super::TypeObj;

/// Object layouts. `Free` must stay zero: zero-filled memory reads as free cells.
#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    Free = 0,
    BoxedInt,
    BigInt,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    Range,
    Slice,
    /// Payload: a counted array of Values (list items, instance slots, saved frames).
    ValueArray,
    /// Payload: a dict's index and entry table.
    DictTable,
    /// Payload: a set's open-addressing table.
    SetTable,
    Function,
    NativeFunction,
    BoundMethod,
    Code,
    Type,
    Instance,
    Shape,
    Module,
    Cell,
    ExcData,
    Traceback,
    Iter,
    Generator,
    Property,
    ClassMethod,
    StaticMethod,
    /// A `__slots__` member descriptor (`fget` holds the slot's name).
    Member,
    /// `super(cls, obj)`.
    Super,
    /// An object implemented by a native module (deque, Random state, ...), with a
    /// vtable of trace/finalize functions.
    Native,
    /// `bytearray`: a length and a `ByteBuffer` payload.
    ByteArray,
    /// Payload: a bytearray's raw bytes (holds no Values).
    ByteBuffer,
}

impl Kind {
    pub const LAST: Kind = Kind::ByteBuffer;
}

/// The first 16 bytes of every heap object.
#[repr(C)]
pub struct ObjHeader {
    /// The object's Python type (null for internal payloads).
    pub class: *mut TypeObj,
    /// Layout of the object.
    pub kind: Kind,
    /// Mark bit, owned by the collector; zero outside a collection.
    pub mark: u8,
    /// Kind-specific flags (for instance `str`'s "all ASCII" bit).
    pub flags: u16,
    /// Kind-specific small data (for instance an iterator's sub-kind).
    pub aux: u32,
}

const _: () = assert!(std::mem::size_of::<ObjHeader>() == 16);

/// Byte offsets compiled code relies on.
pub const CLASS_OFFSET: usize = 0;
pub const KIND_OFFSET: usize = 8;
