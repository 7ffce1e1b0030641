#!/usr/bin/env python3
"""Prints CPython 3.11's ast.dump (positions in code points) of each file named on the command
line, one line per file (or "ERR <message>"). Used by ConformanceCorpusTest at test time."""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_common import cp_dump  # noqa: E402

warnings.simplefilter('ignore')
for name in sys.argv[1:]:
    with open(name, 'rb') as f:
        data = f.read()
    try:
        src = data.decode('utf-8-sig')
        print(cp_dump(src))
    except (SyntaxError, UnicodeDecodeError, ValueError) as e:
        print('ERR ' + str(e).replace('\n', ' '))
