# typing names evaluated at run time (no __future__ import): subscripted aliases in
# annotations and type aliases, TypeVar, Generic, NamedTuple, cast, TYPE_CHECKING,
# get_type_hints, get_origin and get_args.
import typing
from typing import (TYPE_CHECKING, Any, Callable, Dict, FrozenSet, Generic, Iterable,
                    Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple, Type,
                    TypeVar, Union, cast)

if TYPE_CHECKING:
    import this_module_does_not_exist  # never imported

Vector = List[float]
Matrix = List[Vector]
Callback = Callable[[int, str], bool]
Json = Union[Dict[str, Any], List[Any], str, int, float, bool, None]
T = TypeVar("T")
K = TypeVar("K", bound=int)


def scale(s: float, v: Vector) -> Vector:
    return [s * x for x in v]


def pairs(m: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(m.items())


def total(xs: Iterable[int], start: Optional[int] = None) -> int:
    return sum(xs, start or 0)


print(scale(2.0, [1.0, 2.5]), pairs({"b": 2, "a": 1}), total(range(4), 10))
print("reprs:", Vector, Matrix, Callback)
print("Optional:", Optional[int], Union[int, None], Optional[Union[int, str]])
print("Union:", Union[int, str], Union[int, Union[str, int]], Union[int])
print("Json:", Json)
print("Tuple:", Tuple[int, ...], Tuple[()], Tuple[int, str])
print("misc:", Set[int], FrozenSet[str], Type[int], Sequence[T], Iterator[int], Any)
print("TypeVar:", T, K, T.__name__, K.__bound__)
print("equality:", List[int] == List[int], Union[int, str] == Union[str, int],
      List[int] == List[str])
print("origin/args:", typing.get_origin(Dict[str, int]), typing.get_args(Dict[str, int]),
      typing.get_origin(Union[int, str]) is Union, typing.get_args(Callback))
print("annotations:", scale.__annotations__)
print("hints:", typing.get_type_hints(total))
print("cast:", cast(int, "not really an int"), cast("List[int]", [1]))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack()
s.push(1)
s.push(2)
print("Stack:", s.pop(), s.items, isinstance(s, Stack))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print("NamedTuple:", p, p.norm1(), Point(5), p._asdict(), Point._fields)
print("Point annotations:", Point.__annotations__)
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3))


class Config:
    name: str
    retries: int = 3
    tags: List[str]


print("class annotations:", Config.__annotations__, Config.retries)
x: Dict[str, List[int]] = {"a": [1]}
print("module annotation:", __annotations__["x"], x)
print("typing.List is List:", typing.List is List, "typing.Any:", typing.Any)
