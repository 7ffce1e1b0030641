#!/usr/bin/env python3
"""Writes compile_error_cases.tsv from compile_error_snippets.txt: for each snippet that parses
but that CPython 3.11's compiler rejects, the exception type, msg, lineno, offset, end_lineno and
end_offset that compile() raises. Snippets the parser rejects, or that compile, stop the script.

Re-run after editing compile_error_snippets.txt:  python3 gen_compile_error_cases.py
"""
import ast
import os
import sys
import warnings


def unescape(s):
    return s.replace('\\\\', '\0').replace('\\n', '\n').replace('\\t', '\t').replace('\0', '\\')


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this under CPython 3.11')
    warnings.simplefilter('ignore')
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    with open(os.path.join(here, 'compile_error_snippets.txt'), encoding='utf-8') as f:
        for line in f.read().split('\n'):
            if not line or line.startswith('# '):
                continue
            src = unescape(line)
            try:
                ast.parse(src)
            except SyntaxError as e:
                sys.exit('the parser rejects %r (%s): it belongs in parser/error_snippets.txt' % (src, e))
            try:
                compile(src, '<test>', 'exec')
            except SyntaxError as e:
                rows.append((escape(src), type(e).__name__, escape(e.msg), e.lineno, e.offset,
                             e.end_lineno or 0, e.end_offset or 0))
                continue
            sys.exit('compiles: %r' % src)
    with open(os.path.join(here, 'compile_error_cases.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        for r in rows:
            out.write('\t'.join(str(x) for x in r) + '\n')
    print('wrote %d cases' % len(rows))


if __name__ == '__main__':
    main()
