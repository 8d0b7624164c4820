//! Tern bytecode: the instruction set, defined once as a table.
//!
//! An instruction is 8 bytes: an opcode, a small sub-operand (the operator of
//! `BinaryOp`, the comparison of `CompareOp`), and a 32-bit argument. Code objects keep
//! instructions in `Cell`s so that the interpreter can rewrite a generic instruction
//! into a specialised form in place (PEP 659 quickening); specialised forms keep the
//! same argument and stack effect as their generic form, and fall back to it when their
//! guard fails.
//!
//! Stack layout conventions (as in CPython 3.11):
//! - calls: `[callable_or_method, self_or_EMPTY, args...]`. `PushNull` + load callable
//!   gives `[EMPTY, callable]`... see `Call`. Concretely the compiler emits `PushNull`
//!   before the callable for plain calls, and `LoadMethod` pushes `[method, self]` or
//!   `[EMPTY, attr]`. So the two slots below the arguments are always
//!   `[EMPTY, callable]` or `[function, self]`.
//! - exception handlers are found through the code object's exception table, not by
//!   setup instructions: protected ranges cost nothing until something raises.

use std::fmt;

macro_rules! define_ops {
    ($( $name:ident $(= $generic:ident)? : $doc:literal ),* $(,)?) => {
        /// Opcodes. A `= Generic` marker names the generic form of a specialised one.
        #[repr(u8)]
        #[derive(Copy, Clone, PartialEq, Eq, Debug)]
        pub enum Op { $( #[doc = $doc] $name, )* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }
            /// The generic form of a specialised instruction (itself otherwise).
            pub fn generic(self) -> Op {
                match self { $(Op::$name => define_ops!(@generic $name $($generic)?),)* }
            }
        }
    };
    (@generic $name:ident) => { Op::$name };
    (@generic $name:ident $generic:ident) => { Op::$generic };
}

define_ops! {
    Nop: "Does nothing.",
    PopTop: "Discards TOS.",
    Copy: "Pushes a copy of the arg-th item (1 = TOS).",
    Swap: "Swaps TOS with the arg-th item (2 = the one below TOS).",
    LoadConst: "Pushes consts[arg].",
    LoadFast: "Pushes local slot arg (known to be bound).",
    LoadFastChecked: "Pushes local slot arg, raising UnboundLocalError when unbound.",
    StoreFast: "Pops into local slot arg.",
    DeleteFast: "Unbinds local slot arg (UnboundLocalError when unbound).",
    LoadDeref: "Pushes the content of the cell in slot arg.",
    StoreDeref: "Pops into the cell in slot arg.",
    DeleteDeref: "Empties the cell in slot arg.",
    LoadClosure: "Pushes the cell object in slot arg (to build a closure).",
    LoadClassDeref: "Class body: names[arg] from the class namespace, else the free variable of that name.",
    LoadGlobal: "Pushes global names[arg] (globals, then builtins).",
    LoadGlobalCached = LoadGlobal: "LoadGlobal hitting its (dict version, entry) cache.",
    StoreGlobal: "Pops into global names[arg].",
    DeleteGlobal: "Deletes global names[arg].",
    LoadName: "Pushes names[arg] from the frame's namespace dict, globals, builtins.",
    StoreName: "Pops into names[arg] in the frame's namespace dict.",
    DeleteName: "Deletes names[arg] from the frame's namespace dict.",
    LoadAttr: "Replaces TOS with TOS.names[arg].",
    LoadAttrInstance = LoadAttr: "LoadAttr of an instance attribute: shape guard, slot load.",
    LoadAttrClass = LoadAttr: "LoadAttr finding a plain class attribute: class + version guard.",
    LoadAttrModule = LoadAttr: "LoadAttr on a module: dict version guard, entry load.",
    StoreAttr: "TOS.names[arg] = TOS1; pops both.",
    StoreAttrInstance = StoreAttr: "StoreAttr into an existing slot or along a cached shape transition.",
    DeleteAttr: "del TOS.names[arg].",
    LoadMethod: "Replaces TOS with [method, self] or [EMPTY, attribute].",
    LoadMethodCached = LoadMethod: "LoadMethod hitting its (class, version) cache for a function in the class.",
    PushNull: "Pushes EMPTY (the self slot of a plain call).",
    Call: "Calls with arg positional arguments; see the layout in the module doc.",
    CallKw: "Like Call; TOS is a tuple of keyword names for the last len(names) args.",
    CallEx: "f(*args, **kwargs): [EMPTY, f, args_tuple(, kwargs_dict if arg & 1)].",
    MakeFunction: "Builds a function from the code on TOS; arg bits: 1 defaults, 2 kwdefaults, 8 closure.",
    BuildTuple: "Pops arg items into a tuple.",
    BuildList: "Pops arg items into a list.",
    BuildSet: "Pops arg items into a set.",
    BuildMap: "Pops arg key/value pairs into a dict.",
    BuildString: "Concatenates arg strs.",
    BuildSlice: "Pops 2 or 3 (arg) values into a slice.",
    ListAppend: "Appends TOS to the list at depth arg (after popping TOS).",
    SetAdd: "Adds TOS to the set at depth arg.",
    MapAdd: "Sets key TOS1 = TOS in the dict at depth arg.",
    ListExtend: "Extends the list at depth arg with the iterable TOS.",
    SetUpdate: "Updates the set at depth arg with the iterable TOS.",
    DictUpdate: "Updates the dict at depth arg with the mapping TOS.",
    DictMerge: "Like DictUpdate but duplicate keys raise TypeError (for f(**a, **b)).",
    ListToTuple: "Replaces the list TOS with a tuple.",
    UnpackSequence: "Pops an iterable and pushes exactly arg items (last item first).",
    UnpackEx: "Starred unpacking: arg = before | after << 8.",
    FormatValue: "f-string field: arg & 3 = conversion (1 str, 2 repr, 3 ascii), arg & 4 = spec on TOS.",
    BinaryOp: "TOS1 op TOS; sub = BinOp (in-place forms included).",
    BinaryOpInt = BinaryOp: "BinaryOp on two small ints.",
    BinaryOpFloat = BinaryOp: "BinaryOp on two floats (or a float and a small int).",
    BinarySubscr: "TOS1[TOS].",
    BinarySubscrListInt = BinarySubscr: "list[int] or tuple[int].",
    BinarySlice: "TOS2[TOS1:TOS] without building a slice object.",
    StoreSubscr: "TOS1[TOS] = TOS2.",
    StoreSubscrListInt = StoreSubscr: "list[int] = value.",
    StoreSlice: "TOS2[TOS1:TOS] = TOS3.",
    DeleteSubscr: "del TOS1[TOS].",
    UnaryNeg: "-TOS.",
    UnaryPos: "+TOS.",
    UnaryNot: "not TOS.",
    UnaryInvert: "~TOS.",
    CompareOp: "TOS1 cmp TOS; sub = CmpOp.",
    CompareOpInt = CompareOp: "CompareOp on two small ints.",
    CompareOpFloat = CompareOp: "CompareOp on two floats.",
    IsOp: "TOS1 is TOS (arg 1: is not).",
    ContainsOp: "TOS1 in TOS (arg 1: not in).",
    Jump: "Jumps forward to arg.",
    JumpBackward: "Jumps back to arg (a loop back edge; counts hotness).",
    PopJumpIfFalse: "Pops TOS; jumps to arg when false.",
    PopJumpIfTrue: "Pops TOS; jumps to arg when true.",
    JumpIfFalseOrPop: "Jumps to arg keeping TOS when false, else pops.",
    JumpIfTrueOrPop: "Jumps to arg keeping TOS when true, else pops.",
    GetIter: "Replaces TOS with iter(TOS).",
    ForIter: "Pushes next(TOS) or, when exhausted, pops the iterator and jumps to arg.",
    ForIterRange = ForIter: "ForIter over a range iterator.",
    ForIterList = ForIter: "ForIter over a list iterator.",
    ReturnValue: "Returns TOS from the frame.",
    Raise: "arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS.",
    Reraise: "Re-raises the exception TOS without adding a traceback entry.",
    PushExcInfo: "Handler entry: [exc] -> [previously handled, exc]; exc becomes the handled one.",
    PopExcept: "Pops the saved previously-handled exception and restores it.",
    CheckExcMatch: "[exc, type] -> [exc, isinstance(exc, type)].",
    LoadAssertionError: "Pushes AssertionError.",
    BeforeWith: "[mgr] -> [bound __exit__, mgr.__enter__()].",
    WithExceptStart: "[exit, prev, exc] -> calls exit(type, exc, tb); pushes its result.",
    GetYieldFromIter: "iter() for yield from (generators pass through).",
    YieldValue: "Yields TOS from a generator frame.",
    Send: "[receiver, value] -> sends value; pushes the yielded value or jumps to arg with the return value.",
    GetAwaitable: "Replaces TOS with its awaitable iterator (arg: 0 await, 1 after __aenter__, 2 after __aexit__).",
    GetAIter: "Replaces TOS with TOS.__aiter__() ('async for').",
    GetANext: "[aiter] -> [aiter, awaitable of aiter.__anext__()].",
    BeforeAsyncWith: "[mgr] -> [bound __aexit__, mgr.__aenter__()] (the latter still to be awaited).",
    EndAsyncFor: "[aiter, exc] -> []: ends an 'async for' on StopAsyncIteration, else re-raises exc.",
    ImportName: "[level, fromlist] -> module names[arg].",
    ImportFrom: "Pushes attribute names[arg] of the module TOS.",
    ImportStar: "from module TOS import *.",
    LoadBuildClass: "Pushes __build_class__.",
    SetupAnnotations: "Pushes the namespace's __annotations__ dict (creating it when absent).",
    LoadLocals: "Pushes the frame's namespace dict (class bodies).",
}

/// Binary operators (the `sub` of BinaryOp). In-place forms are `op | INPLACE`.
#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

/// Flag or'ed into a BinOp sub-operand for augmented assignment.
pub const INPLACE: u8 = 0x80;

impl BinOp {
    pub fn from_u8(v: u8) -> BinOp {
        // SAFETY: every producer writes a valid BinOp (masked with !INPLACE).
        unsafe { std::mem::transmute(v & !INPLACE) }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
    /// The dunder for the operator, its reflected form and its in-place form.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Rich comparisons (the `sub` of CompareOp).
#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_u8(v: u8) -> CmpOp {
        // SAFETY: every producer writes a valid CmpOp.
        unsafe { std::mem::transmute(v) }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// Applies the comparison to an ordering.
    #[inline(always)]
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

/// One instruction.
#[repr(C)]
#[derive(Copy, Clone, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub sub: u8,
    pub _pad: u16,
    pub arg: u32,
}

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

impl Instr {
    pub const fn new(op: Op, arg: u32) -> Instr {
        Instr {
            op,
            sub: 0,
            _pad: 0,
            arg,
        }
    }
    pub const fn with_sub(op: Op, sub: u8, arg: u32) -> Instr {
        Instr {
            op,
            sub,
            _pad: 0,
            arg,
        }
    }
}

impl fmt::Debug for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.op.name(), self.arg)?;
        if self.sub != 0 {
            write!(f, " /{}", self.sub)?;
        }
        Ok(())
    }
}

/// A protected range `[start, end)` whose exceptions go to `handler` with the value
/// stack cut back to `depth` items (then the exception is pushed).
#[derive(Copy, Clone, Debug)]
pub struct ExcTableEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// Jump instructions (their arg is a code position).
pub fn is_jump(op: Op) -> bool {
    matches!(
        op.generic(),
        Op::Jump
            | Op::JumpBackward
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::ForIter
            | Op::Send
    )
}
