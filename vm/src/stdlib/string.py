"""string: character-class constants, capwords, Template and Formatter (Tern's stdlib).

Supported: ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits,
octdigits, punctuation, printable, whitespace; capwords(s, sep=None);
Template (substitute, safe_substitute, get_identifiers, is_valid, with a custom
single-string `delimiter` in subclasses); Formatter (format, vformat, parse,
get_field, get_value, check_unused_args, format_field, convert_field).

Not supported: Template subclasses that override `idpattern`, `braceidpattern`,
`flags` or `pattern` (those are regular expressions and Tern has no `re`);
identifiers in templates are ASCII `[_a-zA-Z][_a-zA-Z0-9]*` as in CPython's default.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep (or one space)."""
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join([w.capitalize() for w in words])


# ----- Template ---------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ChainedLookup:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


class Template:
    """A template string with $name and ${name} placeholders."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, name) for each placeholder, left to right.

        kind is 'escaped', 'named', 'braced' or 'invalid'; start..end is the text
        the placeholder covers in the template.
        """
        text = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(text)
        i = text.find(delim) if dl else -1
        while i >= 0:
            j = i + dl
            if text.startswith(delim, j):
                yield ('escaped', i, j + dl, None)
                i = text.find(delim, j + dl)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield ('named', i, k, text[j:k])
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield ('braced', i, k + 1, text[j + 1:k])
                    i = text.find(delim, k + 1)
                    continue
            yield ('invalid', i, j, None)
            i = text.find(delim, j)

    def _invalid(self, pos):
        # pos is where the text after the delimiter starts.
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            out.append(text[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if safe:
                    out.append(text[start:end])
                else:
                    self._invalid(end)
            else:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(text[start:end])
                else:
                    out.append(str(mapping[name]))
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# ----- Formatter --------------------------------------------------------------------

def _parse_format(s):
    """Splits a format string into (literal, field_name, format_spec, conversion).

    Follows the scanning rules of CPython's str.format parser, including its error
    messages.
    """
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        lit_end = i
        if markup:
            if c == '}' and (at_end or s[i] != '}'):
                raise ValueError("Single '}' encountered in format string")
            if at_end and c == '{':
                raise ValueError("Single '{' encountered in format string")
            if not at_end:
                if s[i] == c:
                    # An escaped brace: the literal keeps one of them.
                    i += 1
                    markup = False
                else:
                    lit_end -= 1
        literal = s[start:lit_end]
        if not markup:
            yield (literal, None, None, None)
            continue
        # The field name ends at '}', ':' or '!'; brackets are skipped over.
        name_start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        name = s[name_start:i - 1]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c2 = s[i]
                    i += 1
                    if c2 == '}':
                        yield (literal, name, spec, conversion)
                        continue
                    if c2 != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            closed = False
            while i < n:
                c = s[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        closed = True
                        break
            if not closed:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield (literal, name, spec, conversion)


def _split_field_name(name):
    """Returns (first, [(is_attribute, key), ...]) for a replacement field name."""
    n = len(name)
    k = 0
    while k < n and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first and first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        c = name[k]
        if c == '.':
            k += 1
            start = k
            while k < n and name[k] not in '.[':
                k += 1
            if k == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[start:k]))
        elif c == '[':
            k += 1
            start = k
            while k < n and name[k] != ']':
                k += 1
            if k >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:k]
            if key == '':
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k += 1
            if k < n and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
