"""abc: abstract base classes, without metaclasses (Tern's stdlib).

Tern has no custom metaclasses yet, so this module works differently from
CPython's while keeping the common behaviour:
- ABC is a plain class. Subclasses get __abstractmethods__ computed when they are
  created (through __init_subclass__), and ABC.__new__ refuses to instantiate a
  class that still has abstract methods, with CPython's message
  "Can't instantiate abstract class X with abstract method(s) a, b".
- abstractmethod marks a function (__isabstractmethod__ = True); it also works
  under property, classmethod and staticmethod, and abstractproperty,
  abstractclassmethod and abstractstaticmethod exist.
- update_abstractmethods(cls) recomputes a class's abstract methods.
- ABCMeta is an alias of `type`, so `class X(metaclass=ABCMeta)` creates a plain
  class: inherit from ABC to get the instantiation check.

Not supported: virtual subclasses. ABC.register(cls) returns cls but does not
make isinstance()/issubclass() see the registration; __subclasshook__ is not
consulted; get_cache_token() always returns 0.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']

ABCMeta = type


def get_cache_token():
    """Returns the current ABC cache token (always 0 here: no registrations)."""
    return 0


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class that inherits from ABC cannot be instantiated unless all of its
    abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod
    over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod
    over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated: use property over
    abstractmethod)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, '__isabstractmethod__', False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


_missing = object()


def _lookup(cls, name):
    # The raw class attribute (no descriptor binding), found along the MRO.
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return _missing


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in list(cls.__dict__.items()):
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = _lookup(cls, name)
            if value is not _missing and _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced
    on a class derived from ABC; returns cls (usable as a class decorator)."""
    if not hasattr(cls, '__abstractmethods__'):
        # Not an abstract class: nothing to do.
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC:
    """Base class of abstract classes: refuses to instantiate subclasses that
    still have abstract methods."""

    __slots__ = ()

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts is None:
            abstracts = getattr(cls, '__abstractmethods__', ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        nxt = super().__new__
        if nxt is object.__new__:
            if (args or kwargs) and cls.__init__ is object.__init__:
                raise TypeError('%s() takes no arguments' % cls.__name__)
            return nxt(cls)
        return nxt(cls, *args, **kwargs)

    @classmethod
    def register(cls, subclass):
        """Accepts a class as a virtual subclass (not tracked here); returns it."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        return subclass
