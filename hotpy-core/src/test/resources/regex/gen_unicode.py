#!/usr/bin/env python3
"""Generates unicode_props.txt for CategoriesTest and CaseFoldingTest: what CPython 3.11's sre
uses for each code point, as ranges.  Run: python3 gen_unicode.py > unicode_props.txt

Lines: "<property> <first>-<last>" (hex) for word (str.isalnum() or '_'), digit (isdecimal),
space (isspace) and cased (_sre.unicode_iscased); "lower <c> <lower(c)>" where
_sre.unicode_tolower differs from c; "extra <c> <k>..." for re._casefix._EXTRA_CASES.
"""
import _sre
import sys
from re._casefix import _EXTRA_CASES


def runs(name, pred):
    start = None
    for c in range(sys.maxunicode + 2):
        inside = c <= sys.maxunicode and pred(c)
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            print("%s %x-%x" % (name, start, c - 1))
            start = None


print("# unicodedata", __import__("unicodedata").unidata_version)
runs("word", lambda c: chr(c).isalnum() or c == 0x5f)
runs("digit", lambda c: chr(c).isdecimal())
runs("space", lambda c: chr(c).isspace())
runs("cased", lambda c: _sre.unicode_iscased(c))
for c in range(sys.maxunicode + 1):
    lo = _sre.unicode_tolower(c)
    if lo != c:
        print("lower %x %x" % (c, lo))
for k in sorted(_EXTRA_CASES):
    print("extra %x %s" % (k, " ".join("%x" % v for v in _EXTRA_CASES[k])))
