#!/usr/bin/env python3
"""Writes error_cases.tsv from error_snippets.txt (a line may start with "single:" or "eval:"
for another compile mode): for each snippet that CPython 3.11 rejects,
the exception type, msg, lineno, offset, end_lineno and end_offset that ast.parse raises
(the parser's errors only: the compiler's, such as "duplicate argument", are not ours).

Re-run after editing error_snippets.txt:  python3 gen_error_cases.py
"""
import ast
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_common import escape  # noqa: E402


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            d = s[i + 1]
            if d == 'x':
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
                continue
            if d == 'u':
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({'n': '\n', 't': '\t', 'r': '\r'}.get(d, d))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def main():
    warnings.simplefilter('ignore')
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    with open(os.path.join(here, 'error_snippets.txt'), encoding='utf-8') as f:
        for line in f.read().split('\n'):
            if not line or line.startswith('# '):
                continue
            mode = 'exec'
            for m in ('single', 'eval'):
                if line.startswith(m + ':'):
                    mode, line = m, line[len(m) + 1:]
            src = unescape(line)
            try:
                ast.parse(src, mode=mode)
            except SyntaxError as e:
                if e.lineno is None:
                    print('skipped (no location): %r %s' % (src, e.msg))
                    continue
                rows.append((src, mode, type(e).__name__, e.msg, e.lineno, e.offset,
                             e.end_lineno if e.end_lineno is not None else 0,
                             e.end_offset if e.end_offset is not None else 0))
                continue
            except ValueError as e:
                print('skipped (ValueError): %r %s' % (src, e))
                continue
            print('skipped (compiles): %r' % src)
    with open(os.path.join(here, 'error_cases.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        for src, mode, typ, msg, line, off, eline, eoff in rows:
            out.write('%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\n' % (escape(src), mode, typ, escape(msg),
                                                           line, off, eline, eoff))
    print('wrote %d cases' % len(rows))


if __name__ == '__main__':
    main()
