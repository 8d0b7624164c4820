"""json: JSON encoder and decoder (Tern's stdlib).

The public API of CPython 3.11's json package: dumps, dump, loads, load, JSONEncoder,
JSONDecoder and JSONDecodeError, with the same options, output, error messages and
calls back into Python code. The encoder and the scanner are native (the `_json`
module, implemented in Rust); this file holds the API and the classes.

Differences from CPython (documented, deliberate):
- json.decoder, json.encoder and json.scanner are aliases of this module (Tern's
  stdlib has no packages), so `json.decoder.JSONDecodeError` and
  `from json.decoder import JSONDecodeError` work.
- JSONEncoder.iterencode() encodes eagerly and returns an iterator over the chunks
  (CPython returns a generator). dump() still calls fp.write once per chunk, with
  CPython's chunks, as encoding proceeds.
- JSONDecoder.scan_once is a method, not a scanner object; the parse_object,
  parse_array, parse_string and memo attributes do not exist.
- Decoding a lone surrogate escape ("\\ud800") raises NotImplementedError: Tern's str
  is UTF-8 and cannot hold one. Bytes in UTF-16 or UTF-32 are not supported either
  (NotImplementedError); UTF-8 with or without a BOM is.
"""

import _json
import sys as _sys

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

encode_basestring_ascii = _json.encode_basestring_ascii
encode_basestring = _json.encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
INFINITY = PosInf

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


# ----- errors -------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(s, end, strict=True):
    """scanstring(string, end, strict=True) -> (string, end)

    Scan the string s for a JSON string. End is the index of the character in s
    after the quote that started the JSON string. Returns a tuple of the decoded
    string and the index of the character in s after the end quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


py_scanstring = c_scanstring = scanstring


# ----- decoder ------------------------------------------------------------------------

def _ws_end(s, i):
    """The index after the JSON whitespace that starts at i."""
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        if type(self).raw_decode is JSONDecoder.raw_decode:
            return _json.decode(self, s, JSONDecodeError)
        obj, end = self.raw_decode(s, idx=_ws_end(s, 0))
        end = _ws_end(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.
        """
        return _json.raw_decode(self, s, idx, JSONDecodeError)

    def scan_once(self, string, idx):
        """(value, end) of the JSON value at idx; StopIteration(idx) if none."""
        return _json.scan_once(self, string, idx, JSONDecodeError)


# ----- encoder ------------------------------------------------------------------------

class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).
    """
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.
        """
        if _one_shot:
            return (self._encode(o, self.indent is None, 0, None),)
        chunks = []
        self._encode(o, False, 1, chunks)
        return iter(chunks)

    def _encode(self, o, c_path, sink_mode, sink):
        # c_path: CPython's C encoder (one shot, no indent) rather than
        # _make_iterencode; they differ in two error messages.
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(
            o, self.default, self.ensure_ascii, indent, self.key_separator,
            self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan,
            self.check_circular, c_path, sink_mode, sink)


# ----- module-level API ---------------------------------------------------------------

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)

_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object).
    """
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        encoder = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                      check_circular=check_circular, allow_nan=allow_nan,
                      indent=indent, separators=separators,
                      default=default, sort_keys=sort_keys, **kw)
    if type(encoder).iterencode is JSONEncoder.iterencode:
        # Chunks go to fp.write as they are produced, as with CPython's generator.
        encoder._encode(obj, False, 2, fp)
        return
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes b, from its BOM or its first zero bytes."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 -- -- - utf-32-be
            # 00 XX -- -- - utf-16-be
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00 - utf-32-le
            # XX 00 00 XX - utf-16-le
            # XX 00 XX -- - utf-16-le
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            # 00 XX - utf-16-be
            return 'utf-16-be'
        if not b[1]:
            # XX 00 - utf-16-le
            return 'utf-16-le'
    # default
    return 'utf-8'


def _decode_bytes(b):
    encoding = detect_encoding(b)
    if encoding == 'utf-8':
        return b.decode('utf-8', 'surrogatepass')
    if encoding == 'utf-8-sig':
        return b[3:].decode('utf-8', 'surrogatepass')
    raise NotImplementedError(
        f'json.loads: {encoding} encoded bytes are not supported by Tern '
        f'(only UTF-8)')


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing
    a JSON document) to a Python object.
    """
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                 **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s)
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


# json.decoder, json.encoder and json.scanner: this module under those names.
decoder = encoder = scanner = _sys.modules[__name__]
for _sub in ('decoder', 'encoder', 'scanner'):
    _sys.modules[__name__ + '.' + _sub] = decoder
del _sub
