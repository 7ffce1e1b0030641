"""Regular expressions, with CPython 3.11's syntax and matching semantics.

HotPy's re: the engine and the Pattern and Match types are Java (the _re module, over
org.hotpy.core.regex); this module adds the RegexFlag enum, Scanner and template.

    match, fullmatch, search   one match (a Match object) or None
    sub, subn                  replace matches (repl: a template with \\1, \\g<name>, or a function)
    split, findall, finditer   all matches
    compile, escape, purge     patterns, escaping, the compile cache

A pattern the engine cannot honour exactly raises re.error; there is no silent fallback.
re.DEBUG (printing the compiled program) is not supported.
"""

import enum
import _re
from _re import (compile, match, fullmatch, search, sub, subn, split, findall, finditer,
                 escape, purge, error, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256         # assume ascii "locale"
    IGNORECASE = I = 2      # ignore case
    LOCALE = L = 4          # assume current 8-bit locale
    UNICODE = U = 32        # assume unicode "locale"
    MULTILINE = M = 8       # make anchors look for newline
    DOTALL = S = 16         # make dot match newline
    VERBOSE = X = 64        # ignore whitespace and comments
    # sre extensions (experimental, don't rely on these)
    TEMPLATE = T = 1        # unknown purpose, deprecated
    DEBUG = 128             # dump pattern after compilation
    __str__ = object.__str__
    _numeric_repr_ = hex


_MAXCACHE = _re.MAXCACHE


def _compile(pattern, flags):
    return compile(pattern, flags)


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return compile(pattern, flags | T)


class Scanner:
    """A lexer: phrases (patterns) tried in order at each position, each with an
    action (None, or a function of (scanner, matched text))."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self.scanner = _re._lexicon([phrase for phrase, action in lexicon], flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
