# Function objects: attributes and introspection.
def sample(a, b=2, *args, c, d=4, **kw):
    """Sample docstring."""
    local = a + b
    return local
print(sample.__name__, sample.__qualname__, sample.__doc__, sample.__defaults__, sample.__kwdefaults__)
print(sample.__code__.co_argcount, sample.__code__.co_kwonlyargcount, sample.__code__.co_varnames[:6])
sample.custom = "attached"
print(sample.custom, sorted(k for k in vars(sample)))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
print(sample.__module__, callable(sample), type(sample).__name__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc())
