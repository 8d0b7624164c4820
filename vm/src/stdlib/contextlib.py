"""contextlib: utilities for with-statement contexts (Tern's stdlib).

Supported: contextmanager (generator-based context managers, also usable as
decorators), AbstractContextManager, ContextDecorator, closing, suppress,
nullcontext, redirect_stdout, redirect_stderr, ExitStack
(enter_context, push, callback, pop_all, close; callbacks run in LIFO order,
exceptions raised by callbacks are chained and a true return value suppresses
the pending exception).

Not supported: the async variants (asynccontextmanager, AsyncExitStack,
aclosing), chdir.
"""

import sys
from collections import deque
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


class AbstractContextManager:
    """Base class of context managers: __enter__ returns self."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    def __class_getitem__(cls, *args):
        # Tern workaround: X[item] currently calls this classmethod bound to
        # type(X) with (X, item); CPython passes (item,) with cls = X.
        if len(args) == 2:
            cls = args[0]
        return cls


class ContextDecorator:
    """Mixin that lets a context manager decorate functions: each call of the
    decorated function runs inside the context."""

    def _recreate_cm(self):
        """The context manager to use for one call (self by default)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager made by @contextmanager from a generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed to recreate the manager as a decorator.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            # The exception was raised as a class, not an instance.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # Suppress StopIteration unless it is the exception passed to throw().
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _set_traceback(exc, traceback)
                return False
            # A StopIteration raised in the body becomes a RuntimeError when it
            # escapes the generator; let the original through.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _set_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _set_traceback(exc, traceback)
            return False
        raise RuntimeError("generator didn't stop after throw()")


def _set_traceback(exc, tb):
    try:
        exc.__traceback__ = tb
    except (AttributeError, TypeError):
        pass


def contextmanager(func):
    """Decorator turning a generator function that yields once into a context
    manager factory: the code before the yield is __enter__, the code after it
    __exit__, and exceptions in the with block are raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the with block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of previous targets makes nested use work.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file object inside the with block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file object inside the with block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Ignores the given exception types raised inside the with block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class ExitStack(AbstractContextManager):
    """Collects exit callbacks and context managers and unwinds them in reverse
    order when the with block ends (or close() is called)."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves the registered callbacks to a new ExitStack and returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers an __exit__-style callback, or the __exit__ of a context manager;
        returns exit."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # A plain callable with __exit__'s signature.
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm, registers its __exit__ and returns what __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run at exit; returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        """Runs the registered callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled by the caller (if any) ends the search for
        # where to attach new exceptions' context.
        frame_exc = sys.exc_info()[1]

        def _fix_exception_context(new_exc, old_exc):
            while True:
                exc_context = new_exc.__context__
                if exc_context is None or exc_context is old_exc:
                    return
                if exc_context is frame_exc:
                    break
                new_exc = exc_context
            new_exc.__context__ = old_exc

        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1])
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc
