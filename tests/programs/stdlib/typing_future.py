# `from __future__ import annotations`: annotations are kept as strings and never
# evaluated, so they may name things that do not exist yet (or at all), and typing
# names imported for them are only placeholders.
from __future__ import annotations

import __future__
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

T = TypeVar("T")


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def apply(fn: Callable[[int], int], values: Tuple[int, ...]) -> List[int]:
    return [fn(v) for v in values]


def lookup(table: Dict[str, Any], key: str) -> Union[int, str, None]:
    return table.get(key)


def uses_undefined(x: NoSuchType, y: "quoted[int]" = 3) -> AlsoUndefined[str]:
    return x


class Node:
    value: int
    children: List[Node]
    parent: Optional[Node] = None

    def __init__(self, value: int) -> None:
        self.value = value
        self.children = []

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return self


print(first([3, 4]), first([], "empty"))
print(apply(lambda v: v * v, (1, 2, 3)))
print(lookup({"a": 1}, "a"), lookup({}, "b"))
print(uses_undefined("no check"))
print("first:", first.__annotations__)
print("apply:", apply.__annotations__)
print("lookup:", lookup.__annotations__)
print("uses_undefined:", uses_undefined.__annotations__)
print("Node:", Node.__annotations__)
print("Node.add:", Node.add.__annotations__)
print("__init__:", Node.__init__.__annotations__)
root = Node(1).add(Node(2)).add(Node(3))
print([c.value for c in root.children], root.children[0].parent is root)

# Module-level and local variable annotations.
count: int = 5
pending: List[Dict[str, int]]
print("module __annotations__:", __annotations__)


def local_annotations():
    x: ThisIsNeverEvaluated = 1
    y: List[int]
    return x


print(local_annotations())
print("feature:", __future__.annotations)
print("flag:", hex(__future__.annotations.compiler_flag),
      __future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print("all features:", __future__.all_feature_names)
