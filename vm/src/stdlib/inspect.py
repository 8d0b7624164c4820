"""A subset of CPython's inspect module: type predicates and generator states."""

import _tern

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The current state of a generator: one of the GEN_* constants."""
    return _tern.generator_state(generator)


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return type(obj).__name__ == 'function'


def isgenerator(obj):
    return type(obj).__name__ == 'generator'


def isgeneratorfunction(obj):
    return isfunction(obj) and bool(obj.__code__.co_flags & 0x20)


def ismethod(obj):
    return type(obj).__name__ == 'method'


def isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def ismodule(obj):
    return type(obj).__name__ == 'module'


def getmro(cls):
    return cls.__mro__
