"""keyword: the reserved words of Python 3.11 (Tern's embedded stdlib).

Provides kwlist, softkwlist, iskeyword(s) and issoftkeyword(s), with the same
contents as CPython 3.11. Nothing is left out.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_KW = frozenset(kwlist)
_SOFT = frozenset(softkwlist)


def iskeyword(s):
    """Return True if s is a Python keyword."""
    return s in _KW


def issoftkeyword(s):
    """Return True if s is a Python soft keyword."""
    return s in _SOFT
