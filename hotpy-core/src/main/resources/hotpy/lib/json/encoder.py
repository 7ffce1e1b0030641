"""JSON encoding."""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


def _escape_non_ascii(c):
    code = ord(c)
    if code <= 0xFFFF:
        return "\\u%04x" % code
    n = code - 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


_BASIC = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\b"): "\\b", ord("\f"): "\\f",
          ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
for _i in range(0x20):
    _BASIC.setdefault(_i, "\\u%04x" % _i)
del _i
ESCAPE_DCT = {chr(k): v for k, v in _BASIC.items()}


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept as is)."""
    return '"' + s.translate(_BASIC) + '"'



def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    s = s.translate(_BASIC)
    if not s.isascii() or "\x7f" in s:
        s = "".join(c if c < "\x7f" else _escape_non_ascii(c) for c in s)
    return '"' + s + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float (and their
    subclasses, int- and float-derived Enums included) -> number, True/False -> true/false,
    None -> null.  Override default() to support other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (the base does)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text in chunks."""
        markers = {} if self.check_circular else None
        encoder = _Encoding(self, markers)
        return encoder.encode(o, 0)


class _Encoding:
    """One encoding run: the encoder's options plus the circular-reference markers."""

    def __init__(self, enc, markers):
        self.markers = markers
        self.default = enc.default
        self.encode_str = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.allow_nan = enc.allow_nan
        self.skipkeys = enc.skipkeys
        self.sort_keys = enc.sort_keys
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.item_separator = enc.item_separator
        self.key_separator = enc.key_separator

    def floatstr(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        if isinstance(o, str):
            yield self.encode_str(o)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self._enter(o)
            yield from self.encode(self.default(o), level)
            self._leave(o)

    def _newline(self, level):
        return "\n" + self.indent * level

    def encode_list(self, lst, level):
        if not lst:
            yield "[]"
            return
        self._enter(lst)
        buf = "["
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self._newline(level)
            buf += self._newline(level)
        else:
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + self.encode_str(value)
            elif value is None:
                yield buf + "null"
            elif value is True:
                yield buf + "true"
            elif value is False:
                yield buf + "false"
            elif isinstance(value, int):
                yield buf + int.__repr__(value)
            elif isinstance(value, float):
                yield buf + self.floatstr(value)
            else:
                yield buf
                yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self._newline(level)
        yield "]"
        self._leave(lst)

    def _key(self, key):
        """The JSON text of a dict key, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def encode_dict(self, dct, level):
        if not dct:
            yield "{}"
            return
        self._enter(dct)
        yield "{"
        if self.indent is not None:
            level += 1
            newline_indent = self._newline(level)
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield self.encode_str(key)
            yield self.key_separator
            if isinstance(value, str):
                yield self.encode_str(value)
            elif value is None:
                yield "null"
            elif value is True:
                yield "true"
            elif value is False:
                yield "false"
            elif isinstance(value, int):
                yield int.__repr__(value)
            elif isinstance(value, float):
                yield self.floatstr(value)
            else:
                yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self._newline(level)
        yield "}"
        self._leave(dct)
