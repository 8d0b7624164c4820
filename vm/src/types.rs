//! The builtin types, created once at start-up, and the common interned names.
//!
//! Invariant: after `Vm::new` returns, every field of `Types` points at a live type
//! object (they are roots) and every field of `Names` is an interned str.

use crate::object::iter::IterKind;
use crate::object::{Kind, TypeObj};

macro_rules! builtin_types {
    ( $( $field:ident : $name:literal, $base:ident, $kind:ident, $flags:expr ; )* ) => {
        /// Pointers to every builtin type.
        pub struct Types { $( pub $field: *mut TypeObj, )* }

        /// A copy of the type pointers (to compare against while `Vm` is borrowed).
        #[derive(Clone, Copy)]
        pub struct TypePtrs { $( pub $field: *mut TypeObj, )* }

        impl TypePtrs {
            pub fn of(t: &Types) -> TypePtrs {
                TypePtrs { $( $field: t.$field, )* }
            }
        }

        impl Types {
            pub fn null() -> Types {
                Types { $( $field: std::ptr::null_mut(), )* }
            }
            /// (field value, name, base field name, instance layout, flags) in
            /// definition order (a base is always defined before its subclasses).
            pub fn table() -> &'static [(&'static str, &'static str, &'static str, Kind, u32)] {
                &[ $( (stringify!($field), $name, stringify!($base), Kind::$kind, $flags), )* ]
            }
            pub fn get_mut(&mut self, field: &str) -> &mut *mut TypeObj {
                match field {
                    $( stringify!($field) => &mut self.$field, )*
                    _ => panic!("no builtin type field {field}"),
                }
            }
            pub fn all(&self) -> Vec<*mut TypeObj> {
                vec![ $( self.$field, )* ]
            }
        }
    };
}

use crate::object::typeobj::flags::{BASETYPE as B, EXCEPTION as E};

builtin_types! {
    object: "object", object, Instance, B;
    type_: "type", object, Type, B;
    int: "int", object, BoxedInt, B;
    bool_: "bool", int, BoxedInt, 0;
    float: "float", object, Free, B;
    str: "str", object, Str, B;
    bytes: "bytes", object, Bytes, B;
    bytearray: "bytearray", object, ByteArray, B;
    memoryview: "memoryview", object, Native, 0;
    mappingproxy: "mappingproxy", object, Native, 0;
    list: "list", object, List, B;
    tuple: "tuple", object, Tuple, B;
    dict: "dict", object, Dict, B;
    set: "set", object, Set, B;
    frozenset: "frozenset", object, Set, B;
    range: "range", object, Range, 0;
    slice: "slice", object, Slice, 0;
    none_type: "NoneType", object, Free, 0;
    not_implemented_type: "NotImplementedType", object, Instance, 0;
    ellipsis_type: "ellipsis", object, Instance, 0;
    function: "function", object, Function, 0;
    builtin_function: "builtin_function_or_method", object, NativeFunction, 0;
    method: "method", object, BoundMethod, 0;
    code: "code", object, Code, 0;
    cell: "cell", object, Cell, 0;
    module: "module", object, Module, B;
    traceback: "traceback", object, Traceback, 0;
    generator: "generator", object, Generator, 0;
    coroutine: "coroutine", object, Generator, 0;
    coroutine_wrapper: "coroutine_wrapper", object, Native, 0;
    property: "property", object, Property, B;
    classmethod: "classmethod", object, ClassMethod, B;
    staticmethod: "staticmethod", object, StaticMethod, B;
    member_descriptor: "member_descriptor", object, Member, 0;
    super_: "super", object, Super, B;
    list_iterator: "list_iterator", object, Iter, 0;
    tuple_iterator: "tuple_iterator", object, Iter, 0;
    str_iterator: "str_ascii_iterator", object, Iter, 0;
    bytes_iterator: "bytes_iterator", object, Iter, 0;
    bytearray_iterator: "bytearray_iterator", object, Iter, 0;
    range_iterator: "range_iterator", object, Iter, 0;
    dict_keyiterator: "dict_keyiterator", object, Iter, 0;
    dict_valueiterator: "dict_valueiterator", object, Iter, 0;
    dict_itemiterator: "dict_itemiterator", object, Iter, 0;
    set_iterator: "set_iterator", object, Iter, 0;
    reversed: "reversed", object, Iter, 0;
    enumerate: "enumerate", object, Iter, B;
    zip: "zip", object, Iter, 0;
    map: "map", object, Iter, 0;
    filter: "filter", object, Iter, 0;
    callable_iterator: "callable_iterator", object, Iter, 0;
    seq_iterator: "iterator", object, Iter, 0;
    dict_keys: "dict_keys", object, Iter, 0;
    dict_values: "dict_values", object, Iter, 0;
    dict_items: "dict_items", object, Iter, 0;
    base_exception: "BaseException", object, Instance, B | E;
    system_exit: "SystemExit", base_exception, Instance, B | E;
    keyboard_interrupt: "KeyboardInterrupt", base_exception, Instance, B | E;
    generator_exit: "GeneratorExit", base_exception, Instance, B | E;
    exception: "Exception", base_exception, Instance, B | E;
    arithmetic_error: "ArithmeticError", exception, Instance, B | E;
    floating_point_error: "FloatingPointError", arithmetic_error, Instance, B | E;
    overflow_error: "OverflowError", arithmetic_error, Instance, B | E;
    zero_division_error: "ZeroDivisionError", arithmetic_error, Instance, B | E;
    assertion_error: "AssertionError", exception, Instance, B | E;
    attribute_error: "AttributeError", exception, Instance, B | E;
    buffer_error: "BufferError", exception, Instance, B | E;
    eof_error: "EOFError", exception, Instance, B | E;
    import_error: "ImportError", exception, Instance, B | E;
    module_not_found_error: "ModuleNotFoundError", import_error, Instance, B | E;
    lookup_error: "LookupError", exception, Instance, B | E;
    index_error: "IndexError", lookup_error, Instance, B | E;
    key_error: "KeyError", lookup_error, Instance, B | E;
    memory_error: "MemoryError", exception, Instance, B | E;
    name_error: "NameError", exception, Instance, B | E;
    unbound_local_error: "UnboundLocalError", name_error, Instance, B | E;
    os_error: "OSError", exception, Instance, B | E;
    file_exists_error: "FileExistsError", os_error, Instance, B | E;
    file_not_found_error: "FileNotFoundError", os_error, Instance, B | E;
    is_a_directory_error: "IsADirectoryError", os_error, Instance, B | E;
    not_a_directory_error: "NotADirectoryError", os_error, Instance, B | E;
    permission_error: "PermissionError", os_error, Instance, B | E;
    timeout_error: "TimeoutError", os_error, Instance, B | E;
    blocking_io_error: "BlockingIOError", os_error, Instance, B | E;
    child_process_error: "ChildProcessError", os_error, Instance, B | E;
    connection_error: "ConnectionError", os_error, Instance, B | E;
    broken_pipe_error: "BrokenPipeError", connection_error, Instance, B | E;
    connection_aborted_error: "ConnectionAbortedError", connection_error, Instance, B | E;
    connection_refused_error: "ConnectionRefusedError", connection_error, Instance, B | E;
    connection_reset_error: "ConnectionResetError", connection_error, Instance, B | E;
    interrupted_error: "InterruptedError", os_error, Instance, B | E;
    process_lookup_error: "ProcessLookupError", os_error, Instance, B | E;
    reference_error: "ReferenceError", exception, Instance, B | E;
    runtime_error: "RuntimeError", exception, Instance, B | E;
    not_implemented_error: "NotImplementedError", runtime_error, Instance, B | E;
    recursion_error: "RecursionError", runtime_error, Instance, B | E;
    stop_async_iteration: "StopAsyncIteration", exception, Instance, B | E;
    stop_iteration: "StopIteration", exception, Instance, B | E;
    syntax_error: "SyntaxError", exception, Instance, B | E;
    indentation_error: "IndentationError", syntax_error, Instance, B | E;
    tab_error: "TabError", indentation_error, Instance, B | E;
    system_error: "SystemError", exception, Instance, B | E;
    type_error: "TypeError", exception, Instance, B | E;
    value_error: "ValueError", exception, Instance, B | E;
    unicode_error: "UnicodeError", value_error, Instance, B | E;
    unicode_decode_error: "UnicodeDecodeError", unicode_error, Instance, B | E;
    unicode_encode_error: "UnicodeEncodeError", unicode_error, Instance, B | E;
    warning: "Warning", exception, Instance, B | E;
    user_warning: "UserWarning", warning, Instance, B | E;
    deprecation_warning: "DeprecationWarning", warning, Instance, B | E;
    runtime_warning: "RuntimeWarning", warning, Instance, B | E;
}

impl Types {
    /// The Python type of an iterator sub-kind.
    pub fn iter_class(&self, k: IterKind) -> *mut TypeObj {
        match k {
            IterKind::List => self.list_iterator,
            IterKind::Tuple => self.tuple_iterator,
            IterKind::Str => self.str_iterator,
            IterKind::Range => self.range_iterator,
            IterKind::DictKeys => self.dict_keyiterator,
            IterKind::DictValues => self.dict_valueiterator,
            IterKind::DictItems => self.dict_itemiterator,
            IterKind::Set => self.set_iterator,
            IterKind::Reversed => self.reversed,
            IterKind::Enumerate => self.enumerate,
            IterKind::Zip => self.zip,
            IterKind::Map => self.map,
            IterKind::Filter => self.filter,
            IterKind::Callable => self.callable_iterator,
            IterKind::SeqIter => self.seq_iterator,
            IterKind::KeysView => self.dict_keys,
            IterKind::ValuesView => self.dict_values,
            IterKind::ItemsView => self.dict_items,
        }
    }
}

macro_rules! interned_names {
    ( $( $field:ident : $text:literal ),* $(,)? ) => {
        /// Interned strs for names the runtime looks up itself.
        pub struct Names { $( pub $field: crate::value::Value, )* }
        impl Names {
            pub fn null() -> Names {
                Names { $( $field: crate::value::Value::EMPTY, )* }
            }
            pub fn fill(vm: &mut crate::vm::Vm) {
                $( vm.names.$field = vm.intern($text); )*
            }
            pub fn all(&self) -> Vec<crate::value::Value> {
                vec![ $( self.$field, )* ]
            }
        }
    };
}

interned_names! {
    dunder_init: "__init__",
    dunder_new: "__new__",
    dunder_name: "__name__",
    dunder_qualname: "__qualname__",
    dunder_module: "__module__",
    dunder_doc: "__doc__",
    dunder_dict: "__dict__",
    dunder_class: "__class__",
    dunder_repr: "__repr__",
    dunder_str: "__str__",
    dunder_hash: "__hash__",
    dunder_eq: "__eq__",
    dunder_ne: "__ne__",
    dunder_lt: "__lt__",
    dunder_le: "__le__",
    dunder_gt: "__gt__",
    dunder_ge: "__ge__",
    dunder_len: "__len__",
    dunder_bool: "__bool__",
    dunder_iter: "__iter__",
    dunder_next: "__next__",
    dunder_getitem: "__getitem__",
    dunder_setitem: "__setitem__",
    dunder_delitem: "__delitem__",
    dunder_contains: "__contains__",
    dunder_call: "__call__",
    dunder_getattr: "__getattr__",
    dunder_getattribute: "__getattribute__",
    dunder_setattr: "__setattr__",
    dunder_delattr: "__delattr__",
    dunder_get: "__get__",
    dunder_set: "__set__",
    dunder_delete: "__delete__",
    dunder_enter: "__enter__",
    dunder_exit: "__exit__",
    dunder_neg: "__neg__",
    dunder_pos: "__pos__",
    dunder_invert: "__invert__",
    dunder_abs: "__abs__",
    dunder_index: "__index__",
    dunder_int: "__int__",
    dunder_float: "__float__",
    dunder_format: "__format__",
    dunder_slots: "__slots__",
    dunder_main: "__main__",
    dunder_builtins: "__builtins__",
    dunder_file: "__file__",
    dunder_package: "__package__",
    dunder_all: "__all__",
    dunder_wrapped: "__wrapped__",
    dunder_set_name: "__set_name__",
    dunder_init_subclass: "__init_subclass__",
    dunder_class_getitem: "__class_getitem__",
    dunder_missing: "__missing__",
    dunder_reversed: "__reversed__",
    dunder_round: "__round__",
    dunder_await: "__await__",
    dunder_traceback: "__traceback__",
    dunder_cause: "__cause__",
    dunder_context: "__context__",
    dunder_annotations: "__annotations__",
    dunder_mro: "__mro__",
    dunder_bases: "__bases__",
    dunder_base: "__base__",
    dunder_length_hint: "__length_hint__",
    args: "args",
    send: "send",
    throw: "throw",
    close: "close",
    keys: "keys",
    items: "items",
    write: "write",
    flush: "flush",
    value: "value",
    code: "code",
    lt_module: "<module>",
    // Operator dunders, in BinOp order (see `Names::binop`).
    op_add: "__add__",
    op_radd: "__radd__",
    op_iadd: "__iadd__",
    op_sub: "__sub__",
    op_rsub: "__rsub__",
    op_isub: "__isub__",
    op_mul: "__mul__",
    op_rmul: "__rmul__",
    op_imul: "__imul__",
    op_truediv: "__truediv__",
    op_rtruediv: "__rtruediv__",
    op_itruediv: "__itruediv__",
    op_floordiv: "__floordiv__",
    op_rfloordiv: "__rfloordiv__",
    op_ifloordiv: "__ifloordiv__",
    op_mod: "__mod__",
    op_rmod: "__rmod__",
    op_imod: "__imod__",
    op_pow: "__pow__",
    op_rpow: "__rpow__",
    op_ipow: "__ipow__",
    op_lshift: "__lshift__",
    op_rlshift: "__rlshift__",
    op_ilshift: "__ilshift__",
    op_rshift: "__rshift__",
    op_rrshift: "__rrshift__",
    op_irshift: "__irshift__",
    op_and: "__and__",
    op_rand: "__rand__",
    op_iand: "__iand__",
    op_or: "__or__",
    op_ror: "__ror__",
    op_ior: "__ior__",
    op_xor: "__xor__",
    op_rxor: "__rxor__",
    op_ixor: "__ixor__",
    op_matmul: "__matmul__",
    op_rmatmul: "__rmatmul__",
    op_imatmul: "__imatmul__",
}

impl Names {
    /// The interned (`__op__`, `__rop__`, `__iop__`) names of a binary operator.
    pub fn binop(
        &self,
        op: crate::bytecode::BinOp,
    ) -> (
        crate::value::Value,
        crate::value::Value,
        crate::value::Value,
    ) {
        use crate::bytecode::BinOp::*;
        match op {
            Add => (self.op_add, self.op_radd, self.op_iadd),
            Sub => (self.op_sub, self.op_rsub, self.op_isub),
            Mul => (self.op_mul, self.op_rmul, self.op_imul),
            TrueDiv => (self.op_truediv, self.op_rtruediv, self.op_itruediv),
            FloorDiv => (self.op_floordiv, self.op_rfloordiv, self.op_ifloordiv),
            Mod => (self.op_mod, self.op_rmod, self.op_imod),
            Pow => (self.op_pow, self.op_rpow, self.op_ipow),
            LShift => (self.op_lshift, self.op_rlshift, self.op_ilshift),
            RShift => (self.op_rshift, self.op_rrshift, self.op_irshift),
            And => (self.op_and, self.op_rand, self.op_iand),
            Or => (self.op_or, self.op_ror, self.op_ior),
            Xor => (self.op_xor, self.op_rxor, self.op_ixor),
            MatMul => (self.op_matmul, self.op_rmatmul, self.op_imatmul),
        }
    }

    /// The interned name of a rich comparison's dunder.
    pub fn compare(&self, op: crate::bytecode::CmpOp) -> crate::value::Value {
        use crate::bytecode::CmpOp::*;
        match op {
            Lt => self.dunder_lt,
            Le => self.dunder_le,
            Eq => self.dunder_eq,
            Ne => self.dunder_ne,
            Gt => self.dunder_gt,
            Ge => self.dunder_ge,
        }
    }
}
