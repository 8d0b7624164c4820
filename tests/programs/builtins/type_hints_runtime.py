# Run-time type-hint objects: types.GenericAlias (list[int]) and types.UnionType (int | str),
# annotations that evaluate them, __mro_entries__, and the types module's names.
import types
print(types.FunctionType, types.ModuleType, types.SimpleNamespace(a=1, b="x"))
print(int | str, int | None, None | int, type(int | str), (int | str).__args__, int | str == str | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]), list[int].__origin__, list[int].__args__)
print(list[int] == list[int], list[int] | None, isinstance([], list), list[int]([1, 2]))
def f(x: int | None = None, y: list[str] = None) -> dict[str, int]:
    pass
print(f.__annotations__)
print(types.GenericAlias(list, (int,)), hash(int | str) == hash(str | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(int | str | None, (int | str) | float)
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2))
class L(list[int]):
    pass
print(L.__bases__, L([1,2]))
class B:
    def __mro_entries__(self, bases):
        return (dict,)
class D(B()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
from typing import Optional
def g(a: Optional[int], b: int | str | None) -> tuple[int, ...]:
    return (1,)
print(g.__annotations__["b"], g(None, None))
total = 0
for i in range(2000):
    v = i if i % 3 else str(i)
    if isinstance(v, int | float):
        total += v
    elif isinstance(v, str | bytes):
        total += len(v)
print("total", total)
print(types.FunctionType is type(g), type(len) is types.BuiltinFunctionType, isinstance(types, types.ModuleType))
