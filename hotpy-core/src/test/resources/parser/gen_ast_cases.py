#!/usr/bin/env python3
"""Writes ast_cases.tsv: snippet, mode, CPython 3.11's ast.dump (with positions in code points).

Re-run after editing CASES:  python3 gen_ast_cases.py
"""
import ast
import os
import warnings
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_common import cp_dump, escape  # noqa: E402

SNIPPETS = 'ast_snippets.txt'

EXTRA = [
    "x = 1",                       # no trailing newline
    "x = 1\r\ny = 2\r\n",          # CRLF
    "x = 1\ry = 2\r",              # CR
    "if x:\r\n    y\r\n",
    "\x0cx = 1\n",                 # form feed at line start
    "if 1:\n  \x0c  x=1\n",
    "",
    "\n\n",
    "# c",
    "x\n\n\n",
    "if x:\n    pass\n\n\n",
    "if x:\n    pass\n# trailing comment",
    "def f():\n\tif x:\n        \tpass\n",
    "x = '''a\r\nb'''\r\n",
    "if True:\n    x = (1,\n2)\n    y = 3\n",
    "x = \\\n  1\n",
    "x = 'a' \\\n  'b'\n",
    "s = '\\\n'\n",
]

EVAL = ["1", "x + y", "1, 2", "x,", "lambda: 0", "(yield)", "f(x)\n\n", "a if b else c", "[x for x in y]"]
SINGLE = ["x = 1", "x", "1 + 2\n", "if x:\n    y\n", "def f():\n    pass\n", "x; y\n", "for x in y: print(x)\n"]


def split_cases(text):
    """Groups the lines of the snippet file into cases: a case ends where what was gathered
    compiles and the next line neither is indented nor continues a statement."""
    lines = text.split('\n')
    cases, cur = [], []
    for i, line in enumerate(lines):
        cur.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ''
        if nxt[:1].isspace() or nxt.startswith(('elif', 'else', 'except', 'finally')):
            continue
        src = '\n'.join(cur) + '\n'
        try:
            ast.parse(src)
        except SyntaxError:
            continue
        if src.strip():
            cases.append(src)
        cur = []
    if cur and '\n'.join(cur).strip():
        sys.exit('unfinished case at the end: %r' % cur)
    return cases


def main():
    warnings.simplefilter('ignore')
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    with open(os.path.join(here, SNIPPETS), encoding='utf-8') as f:
        snippets = split_cases(f.read())
    for src in snippets + EXTRA:
        rows.append((src, 'exec'))
    rows += [(s, 'eval') for s in EVAL] + [(s, 'single') for s in SINGLE]
    with open(os.path.join(here, 'ast_cases.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        for src, mode in rows:
            try:
                dump = cp_dump(src, mode)
            except SyntaxError as e:
                sys.exit('snippet does not parse under CPython: %r: %s' % (src, e))
            out.write('%s\t%s\t%s\n' % (escape(src), mode, dump))
    print('wrote %d cases' % len(rows))


if __name__ == '__main__':
    main()
