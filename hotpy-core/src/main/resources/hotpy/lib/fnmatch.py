"""Unix shell-style wildcards: * (any run), ? (any one character), [seq], [!seq].

Patterns are translated to regular expressions with CPython 3.11's rules, so translate()
returns the same text and matching follows the same semantics."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, "ISO-8859-1"))
        return re.compile(text.encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names in the iterable names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively and without normcase."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches."""
    pieces = _pieces(pat)
    return "(?s:%s)\\Z" % _join(pieces)


def _pieces(pat):
    """Regex pieces of pat, with _STAR for each run of stars."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == "?":
            out.append(".")
        elif c == "[":
            end = _bracket_end(pat, i)
            if end < 0:
                out.append("\\[")
            else:
                out.append(_bracket(pat, i, end))
                i = end + 1
        else:
            out.append(re.escape(c))
    return out


def _bracket_end(pat, i):
    """Index of the ']' closing a set that starts at i (after '['), or -1."""
    j = i
    if j < len(pat) and pat[j] == "!":
        j += 1
    if j < len(pat) and pat[j] == "]":
        j += 1
    return pat.find("]", j)


def _bracket(pat, start, end):
    """The regex of the set pat[start:end]: ranges kept, empty ranges dropped, specials escaped."""
    body = pat[start:end]
    if "-" not in body:
        body = body.replace("\\", "\\\\")
    else:
        body = "-".join(part.replace("\\", "\\\\").replace("-", "\\-")
                        for part in _range_parts(pat, start, end))
    # '&&', '~~' and '||' would be set operations to a future re: escape each character
    body = "".join("\\" + ch if ch in "&~|" else ch for ch in body)
    if not body:
        return "(?!)"
    if body == "!":
        return "."
    if body[0] == "!":
        return "[^" + body[1:] + "]"
    if body[0] in "^[":
        return "[\\" + body + "]"
    return "[" + body + "]"


def _range_parts(pat, start, end):
    """The set split at the hyphens that form ranges; a reversed range (b-a) is removed."""
    parts = []
    k = start + 2 if pat[start] == "!" else start + 1
    begin = start
    while True:
        k = pat.find("-", k, end)
        if k < 0:
            break
        parts.append(pat[begin:k])
        begin = k + 1
        k += 3
    last = pat[begin:end]
    if last:
        parts.append(last)
    else:
        parts[-1] += "-"
    k = len(parts) - 1
    while k > 0:
        if parts[k - 1][-1] > parts[k][0]:
            parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
            del parts[k]
        k -= 1
    return parts


def _join(pieces):
    """Fixed text before the first star, atomic lazy groups between stars, '.*' before the tail."""
    if _STAR not in pieces:
        return "".join(pieces)
    first = pieces.index(_STAR)
    out = ["".join(pieces[:first])]
    segment = []
    for piece in pieces[first + 1:]:
        if piece is _STAR:
            out.append("(?>.*?" + "".join(segment) + ")")
            segment = []
        else:
            segment.append(piece)
    out.append(".*" + "".join(segment))
    return "".join(out)
