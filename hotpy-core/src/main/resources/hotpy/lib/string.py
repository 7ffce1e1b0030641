"""String constants, capwords(), Template ($-substitution) and Formatter (the
str.format machinery, with the format-string parser written here in Python)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with str.split(sep), capitalize each word, and join them
    with sep (a single space when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---- Template ----------------------------------------------------------------------

_IDSTART = frozenset("_" + ascii_letters)
_IDCHARS = frozenset("_" + ascii_letters + digits)
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"
_IGNORECASE = 2   # re.IGNORECASE


class _Placeholder:
    """One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""
    __slots__ = ("kind", "name", "start", "end", "invalid_at")

    def __init__(self, kind, name, start, end, invalid_at=-1):
        self.kind, self.name, self.start, self.end, self.invalid_at = kind, name, start, end, invalid_at


def _ident_end(s, i):
    """End of the ASCII identifier starting at s[i], or i if there is none."""
    n = len(s)
    if i < n and s[i] in _IDSTART:
        i += 1
        while i < n and s[i] in _IDCHARS:
            i += 1
    return i


class Template:
    """A string class for supporting $-substitutions.

    $$ is an escaped $, $identifier and ${identifier} are placeholders.  Subclasses may
    change delimiter; changing idpattern, braceidpattern, flags or pattern switches to
    the regular-expression scanner of the re module."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init__(self, template):
        self.template = template

    @classmethod
    def _uses_default_syntax(cls):
        return ("pattern" not in dir(cls) and cls.idpattern == _DEFAULT_IDPATTERN
                and cls.braceidpattern is None and cls.flags == _IGNORECASE)

    def _placeholders(self):
        cls = type(self)
        if cls._uses_default_syntax():
            return self._scan()
        return self._scan_with_re()

    def _scan(self):
        s, delim = self.template, self.delimiter
        dlen = len(delim)
        pos = 0
        while True:
            start = s.find(delim, pos)
            if start < 0:
                return
            i = start + dlen
            if s.startswith(delim, i):
                yield _Placeholder("escaped", None, start, i + dlen)
                pos = i + dlen
                continue
            end = _ident_end(s, i)
            if end > i:
                yield _Placeholder("named", s[i:end], start, end)
                pos = end
                continue
            if i < len(s) and s[i] == "{":
                end = _ident_end(s, i + 1)
                if end > i + 1 and end < len(s) and s[end] == "}":
                    yield _Placeholder("braced", s[i + 1:end], start, end + 1)
                    pos = end + 1
                    continue
            yield _Placeholder("invalid", None, start, i, i)
            pos = i if i > start else start + 1

    def _scan_with_re(self):
        import re
        cls = type(self)
        pattern = cls.__dict__.get("pattern") or getattr(cls, "pattern", None)
        if pattern is None:
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            pattern = (fr"{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})|"
                       fr"{{(?P<braced>{bid})}}|(?P<invalid>))")
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        for mo in pattern.finditer(self.template):
            named, braced = mo.group("named"), mo.group("braced")
            if named is not None:
                yield _Placeholder("named", named, mo.start(), mo.end())
            elif braced is not None:
                yield _Placeholder("braced", braced, mo.start(), mo.end())
            elif mo.group("escaped") is not None:
                yield _Placeholder("escaped", None, mo.start(), mo.end())
            elif mo.group("invalid") is not None:
                yield _Placeholder("invalid", None, mo.start(), mo.end(), mo.start("invalid"))
            else:
                raise ValueError("Unrecognized named group in pattern", pattern)

    def _invalid(self, at):
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = at - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        s = self.template
        out = []
        pos = 0
        for ph in self._placeholders():
            out.append(s[pos:ph.start])
            pos = ph.end
            text = s[ph.start:ph.end]
            if ph.kind == "escaped":
                out.append(self.delimiter)
            elif ph.kind == "invalid":
                if not safe:
                    self._invalid(ph.invalid_at)
                out.append(text)
            else:
                try:
                    value = kws[ph.name] if ph.name in kws else mapping[ph.name]
                except KeyError:
                    if not safe:
                        raise
                    out.append(text)
                else:
                    out.append(str(value))
        out.append(s[pos:])
        return "".join(out)

    def substitute(self, mapping={}, /, **kws):
        """Replace each placeholder with its value from mapping and kws (KeyError if
        missing, ValueError for an invalid placeholder)."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute(), but leave missing or invalid placeholders as they are."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """False if the template has an invalid placeholder."""
        return all(ph.kind != "invalid" for ph in self._placeholders())

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for ph in self._placeholders():
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


# ---- Formatter ----------------------------------------------------------------------

def _parse_format(s):
    """Split a format string as str.format does: yields (literal_text, field_name,
    format_spec, conversion); the last three are None after trailing literal text."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ""
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == "}" and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[pos] == c:
                pos += 1          # a doubled brace: the literal keeps one, no field follows
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
        else:
            pos, field, spec, conversion = _parse_field(s, pos)
            yield literal, field, spec, conversion


def _parse_field(s, pos):
    """Parse the field after its '{' (at pos); returns (new pos, name, spec, conversion)."""
    n = len(s)
    name_start = pos
    c = ""
    while pos < n:
        c = s[pos]
        pos += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while pos < n and s[pos] != "]":
                pos += 1
            continue
        if c == "}" or c == ":" or c == "!":
            break
    name = s[name_start:pos - 1]
    if c == "}":
        return pos, name, "", None
    if c != ":" and c != "!":
        raise ValueError("expected '}' before end of string")
    conversion = None
    if c == "!":
        if pos >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < n:
            c = s[pos]
            pos += 1
            if c == "}":
                return pos, name, "", conversion
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return pos, name, s[spec_start:pos - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    return int(text) if text and text.isdecimal() else text


def _field_name_split(field_name):
    """Split 'a.b[0]' into ('a', iterator of (is_attribute, key)); errors in the rest
    are raised as the iterator reaches them."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in ".[":
        i += 1
    return _as_index(field_name[:i]), _field_name_rest(field_name, i)


def _field_name_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            start = i
            while i < n and s[i] not in ".[":
                i += 1
            name, is_attr = s[start:i], True
        elif c == "[":
            start = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name, is_attr = s[start:i], False
            i += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError("Empty attribute in format string")
        yield is_attr, (name if is_attr else _as_index(name))


class Formatter:
    """The machinery of str.format, as overridable methods."""

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
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic ({}) and manual ({0}) numbering cannot be mixed.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:   # CPython's Formatter words both cases alike
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

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
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for format_string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Look up field_name ('0', 'name', 'a.b[0]'); returns (object, used key)."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
