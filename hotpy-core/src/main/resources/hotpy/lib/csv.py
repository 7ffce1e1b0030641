"""CSV reading and writing with CPython 3.11's dialects, quoting rules and error messages."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


def field_size_limit(*args):
    """Return the field size limit; with an argument, set it (returning the old one)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# ---- dialects ----

class Dialect:
    """The parameters of a CSV format; subclass and set the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def _char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """The checked, immutable parameters of a reader or writer (CPython's _csv.Dialect)."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in _Params.__slots__:
            if name in kw:
                continue
            if dialect is not None and hasattr(dialect, name):
                kw[name] = getattr(dialect, name)
        quoting = kw.get("quoting")
        if quoting is None:
            # no quote character and no quoting asked for: nothing is quoted
            quoting = QUOTE_NONE if "quotechar" in kw and kw["quotechar"] is None else QUOTE_MINIMAL
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        delimiter = kw.get("delimiter")
        set_ = object.__setattr__
        set_(self, "delimiter", _char("delimiter", ',' if delimiter is None else delimiter, False))
        set_(self, "escapechar", _char("escapechar", kw.get("escapechar"), True))
        quotechar = kw.get("quotechar", '"') if "quotechar" in kw else '"'
        set_(self, "quotechar", _char("quotechar", quotechar, True))
        set_(self, "doublequote", bool(kw.get("doublequote", True)))
        set_(self, "skipinitialspace", bool(kw.get("skipinitialspace", False)))
        terminator = kw.get("lineterminator", "\r\n")
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, "lineterminator", terminator)
        set_(self, "quoting", quoting)
        set_(self, "strict", bool(kw.get("strict", False)))
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


# ---- reading ----

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    """Iterates over the records of an iterable of lines (CPython's _csv.reader state machine)."""

    def __init__(self, lines, dialect=None, **fmtparams):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                # CPython ends an open record only when it has text or an open quote
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                return self._fields

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            value = float(text)
        else:
            value = text
        self._fields.append(value)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c in "\n\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            self._start_field(c)
        elif state == _ESCAPED_CHAR:
            if c in ("\n", "\r"):
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = _IN_FIELD
            self._in_field(c)
        elif state == _IN_FIELD:
            self._in_field(c)
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                return
            if c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            self._after_quote(c)
        elif state == _EAT_CRNL:
            if c is None:
                self._state = _START_RECORD
            elif c not in "\n\r":
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def _start_field(self, c):
        d = self.dialect
        if c is None or c in "\n\r":
            self._save_field()
            self._state = _START_RECORD if c is None else _EAT_CRNL
        elif c == d.quotechar and d.quoting != QUOTE_NONE:
            self._state = _IN_QUOTED_FIELD
        elif c == d.escapechar:
            self._state = _ESCAPED_CHAR
        elif c == " " and d.skipinitialspace:
            pass
        elif c == d.delimiter:
            self._save_field()
        else:
            if d.quoting == QUOTE_NONNUMERIC:
                self._numeric = True
            self._add_char(c)
            self._state = _IN_FIELD

    def _in_field(self, c):
        d = self.dialect
        if c is None or c in "\n\r":
            self._save_field()
            self._state = _START_RECORD if c is None else _EAT_CRNL
        elif c == d.escapechar:
            self._state = _ESCAPED_CHAR
        elif c == d.delimiter:
            self._save_field()
            self._state = _START_FIELD
        else:
            self._add_char(c)

    def _after_quote(self, c):
        d = self.dialect
        if d.quoting != QUOTE_NONE and c == d.quotechar:
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif c == d.delimiter:
            self._save_field()
            self._state = _START_FIELD
        elif c is None or c in "\n\r":
            self._save_field()
            self._state = _START_RECORD if c is None else _EAT_CRNL
        elif not d.strict:
            self._add_char(c)
            self._state = _IN_FIELD
        else:
            raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))


def reader(csvfile, dialect=None, **fmtparams):
    """An iterator over the records (lists of str) of the lines csvfile yields."""
    return _Reader(csvfile, dialect, **fmtparams)


# ---- writing ----

class _Writer:
    def __init__(self, fileobj, dialect=None, **fmtparams):
        self._write = fileobj.write
        self.dialect = _Params(dialect, **fmtparams)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        count = 0
        for field in fields:
            count += 1
            parts.append(self._field(field))
        if count == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def _field(self, field):
        d = self.dialect
        if field is None:
            text = ""
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        if d.quoting == QUOTE_ALL:
            quoted = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(field)
        else:
            quoted = False
        specials = d.delimiter + d.lineterminator + (d.quotechar or "") + (d.escapechar or "")
        out = []
        for ch in text:
            if ch in specials:
                if d.quoting == QUOTE_NONE:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                elif ch == d.quotechar:
                    # a doubled quote needs quoting around the field; an escaped one does not
                    if d.doublequote:
                        out.append(d.quotechar)
                        quoted = True
                    elif d.escapechar is not None:
                        out.append(d.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                elif ch == d.escapechar:
                    out.append(d.escapechar)
                else:
                    quoted = True
            out.append(ch)
        body = "".join(out)
        if quoted and d.quoting != QUOTE_NONE:
            return d.quotechar + body + d.quotechar
        return body


def _is_number(value):
    """CPython's PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted."""
    t = type(value)
    return any(hasattr(t, m) for m in ("__index__", "__int__", "__float__", "__complex__"))


def writer(csvfile, dialect=None, **fmtparams):
    """A writer of records to csvfile (anything with a write method)."""
    return _Writer(csvfile, dialect, **fmtparams)


# ---- dictionaries ----

class DictReader:
    """Reads records as dicts keyed by fieldnames (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Deduces the dialect of a CSV sample: not provided by HotPy."""

    def sniff(self, sample, delimiters=None):
        raise NotImplementedError("csv.Sniffer is not supported by HotPy")

    def has_header(self, sample):
        raise NotImplementedError("csv.Sniffer is not supported by HotPy")
