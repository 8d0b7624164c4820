# dataclasses under `from __future__ import annotations`: every annotation is a string;
# ClassVar / InitVar / KW_ONLY are still recognised through the module's names.
from __future__ import annotations
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
import dataclasses
import dataclasses as dc
import typing
from typing import ClassVar, List, Optional


@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    children: List[Node] = field(default_factory=list)
    count: ClassVar[int] = 0
    other: typing.ClassVar[str] = 'x'
    spaced:  typing . ClassVar [int] = 3
    seed: InitVar[int] = 0
    seed2: dataclasses.InitVar[int] = 0
    seed3: dc.InitVar = 0
    _: KW_ONLY
    label: str = ''

    def __post_init__(self, seed, seed2, seed3):
        self.label = self.label or 'n%d' % (self.value + seed + seed2 + seed3)


n = Node(1, Node(2), seed=10, seed3=100)
print(n)
print([(f.name, f.type) for f in fields(Node)])
print([(f.name, f._field_type) for f in Node.__dataclass_fields__.values()])
print(Node.__doc__)
print(Node.count, Node.other, Node.spaced)
print(Node.__init__.__annotations__)


# a name that only looks like ClassVar (not imported from typing) is an ordinary field
class Fake:
    pass


ClassVarLike = Fake


@dataclass
class Plain:
    a: ClassVarLike = None
    b: 'List[int]' = field(default_factory=list)
    c: notdefined.ClassVar = 5


print(Plain(), [f.name for f in fields(Plain)], Plain.__doc__)
