# Errors of the typing placeholders, and annotations that are evaluated: without
# `from __future__ import annotations` a missing name in an annotation is a
# NameError when the def runs (the program ends with it).
from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, TypeVar, Union


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error", r)


attempt("List two args", lambda: List[int, str])
attempt("Dict one arg", lambda: Dict[int])
attempt("Union empty", lambda: Union[()])
attempt("Optional two", lambda: Optional[int, str])
attempt("Callable bad", lambda: Callable[int])
attempt("List()", lambda: List())
attempt("Dict()", lambda: Dict())
attempt("Tuple()", lambda: Tuple())
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("issubclass Dict[str, int]", lambda: issubclass(dict, Dict[str, int]))
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("issubclass Any", lambda: issubclass(int, Any))
attempt("Optional of tuple", lambda: Optional[(int, str)])
attempt("Union with tuple", lambda: Union[int, (1, 2)])
attempt("Plain ClassVar", lambda: Optional[ClassVar])
attempt("ClassVar in Union", lambda: Union[int, ClassVar[int]])
print("isinstance List:", isinstance([], List), isinstance({}, List), issubclass(list, List))
print("isinstance Union:", isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]),
      isinstance(None, Optional[int]), issubclass(bool, Union[int, str]))


def fine(x: "Undefined") -> "AlsoUndefined":
    return x


print("string annotations are not evaluated:", fine(1), fine.__annotations__)


def broken(x: DoesNotExist) -> int:
    return x


print("never reached")
