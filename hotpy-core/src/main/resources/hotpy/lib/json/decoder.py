"""JSON decoding: a hand-written character scanner (no regular expressions)."""

__all__ = ["JSONDecoder", "JSONDecodeError"]

_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the failing document and position:
    msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _decode_uXXXX(s, u_pos):
    """The code unit of the \\uXXXX escape whose 'u' is at u_pos."""
    digits = s[u_pos + 1:u_pos + 5]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, u_pos)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; returns (str, index
    after the closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        quote = s.find('"', end)
        backslash = s.find("\\", end, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else quote
        if stop < 0:
            stop = n
        chunk = s[end:stop]
        if chunk and min(chunk) < " ":
            for offset, ch in enumerate(chunk):
                if ch < " ":
                    if strict:
                        raise JSONDecodeError("Invalid control character at", s, end + offset)
                    break
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            chunks.append(chunk)
        if stop == quote:
            return "".join(chunks), stop + 1
        # A backslash escape.
        if stop + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[stop + 1]
        if esc != "u":
            char = _ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(char)
            end = stop + 2
            continue
        code = _decode_uXXXX(s, stop + 1)
        end = stop + 6
        if 0xD800 <= code <= 0xDBFF and s[end:end + 2] == "\\u":
            low = _decode_uXXXX(s, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


py_scanstring = scanstring


class _Scanner:
    """Parses one JSON value at a time with the decoder's hooks."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.parse_string = decoder.parse_string

    def value(self, s, idx):
        """(value, end) for the JSON value at idx; StopIteration(idx) if there is none."""
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return self.parse_string(s, idx + 1, self.strict)
        if c == "{":
            return self.object(s, idx + 1)
        if c == "[":
            return self.array(s, idx + 1)
        if c == "n" and s.startswith("null", idx):
            return None, idx + 4
        if c == "t" and s.startswith("true", idx):
            return True, idx + 4
        if c == "f" and s.startswith("false", idx):
            return False, idx + 5
        if c in _DIGITS or c == "-":
            result = self.number(s, idx)
            if result is not None:
                return result
        if c == "N" and s.startswith("NaN", idx):
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s.startswith("Infinity", idx):
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s.startswith("-Infinity", idx):
            return self.parse_constant("-Infinity"), idx + 9
        raise StopIteration(idx)

    def number(self, s, idx):
        """-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? at idx, or None."""
        n = len(s)
        i = idx
        if s[i] == "-":
            i += 1
        if i >= n or s[i] not in _DIGITS:
            return None
        if s[i] == "0":
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        int_end = i
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        if is_float:
            return self.parse_float(s[idx:i]), i
        return self.parse_int(s[idx:int_end]), int_end

    def object(self, s, end):
        pairs = []
        nextchar = s[end:end + 1]
        if nextchar != '"':
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            if nextchar == "}":
                return self._finish_object(pairs), end + 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = self.parse_string(s, end, self.strict)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self.value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "}":
                return self._finish_object(pairs), end
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj

    def array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self.value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "]":
                return values, end
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON object -> dict, array -> list, string -> str, number -> int or float,
    true/false -> True/False, null -> None; NaN, Infinity and -Infinity are accepted."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        scanner = _Scanner(self)   # the options are read once, as CPython's scanner does
        self.scan_once = scanner.value
        self.parse_object = lambda s_and_end, *args: scanner.object(*s_and_end)
        self.parse_array = lambda s_and_end, *args: scanner.array(*s_and_end)

    def decode(self, s, _w=None):
        """Return the Python representation of s (a str holding one JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]; returns (value, end index)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
