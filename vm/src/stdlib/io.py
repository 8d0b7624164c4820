"""io: the core tools for working with streams (Tern's stdlib).

The classes are the native ones of `_io`: FileIO, BufferedReader, BufferedWriter,
BufferedRandom and TextIOWrapper (what open() returns), StringIO and BytesIO.

Differences from CPython:
- IOBase, RawIOBase, BufferedIOBase and TextIOBase are the `_io` base classes
  themselves (CPython wraps them in ABCs): isinstance() works for Tern's own
  streams, but they carry no methods, so a program's subclass must define what it
  uses (including __enter__/__exit__).
- Only StringIO, BytesIO and FileIO can be constructed directly; wrapping one stream
  in another (TextIOWrapper(buffer), BufferedReader(raw)) raises
  NotImplementedError, as do BufferedRWPair and IncrementalNewlineDecoder.
- sys.stdout and friends are not instances of TextIOWrapper.
"""

from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter,
                 BufferedRandom, TextIOWrapper, _IOBase, _RawIOBase,
                 _BufferedIOBase, _TextIOBase)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError

IOBase = _IOBase
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase


def open_code(path):
    """Opens the file at `path` for reading code: open(path, 'rb')."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text I/O: `encoding`, or "locale" when it is None."""
    if encoding is None:
        return "locale"
    return encoding


class BufferedRWPair:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("io.BufferedRWPair is not supported by Tern")


class IncrementalNewlineDecoder:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("io.IncrementalNewlineDecoder is not supported by Tern")
