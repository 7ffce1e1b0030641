#!/usr/bin/env python3
"""Writes token_cases.tsv: for each snippet (the cases of ast_snippets.txt, split as in
gen_ast_cases.py), CPython's token stream from the tokenize module, one token per entry:
KIND text line:col-endline:endcol for NAME, NUMBER, STRING and operators (exact type names),
and the bare kind for NEWLINE, INDENT and DEDENT. Comments, NL and ENDMARKER are left out
(our lexer emits them only on request, and places ENDMARKER/DEDENT as CPython's C tokenizer).

Re-run after editing ast_snippets.txt:  python3 gen_token_cases.py
"""
import io
import os
import sys
import tokenize
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_common import escape  # noqa: E402
from gen_ast_cases import split_cases, EXTRA  # noqa: E402


def tokens(src):
    out = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        name = tokenize.tok_name[t.exact_type]
        if name in ('COMMENT', 'NL', 'ENDMARKER'):
            continue
        if name in ('NEWLINE', 'INDENT', 'DEDENT'):
            if name == 'NEWLINE' and t.string == '':
                out.append('NEWLINE')  # the implicit one at end of input
            else:
                out.append(name)
            continue
        text = t.string.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace(' ', '\\s')
        out.append('%s %s %d:%d-%d:%d' % (name, text, t.start[0], t.start[1], t.end[0], t.end[1]))
    return out


def main():
    warnings.simplefilter('ignore')
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'ast_snippets.txt'), encoding='utf-8') as f:
        snippets = split_cases(f.read())
    n = 0
    with open(os.path.join(here, 'token_cases.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        for src in snippets + [e for e in EXTRA if '\r' not in e]:
            toks = tokens(src)
            if any(t.startswith('ERRORTOKEN') for t in toks):
                continue  # tokenize.py's identifier rules differ from the C tokenizer's
            out.write('%s\t%s\n' % (escape(src), ' '.join(toks)))
            n += 1
    print('wrote %d cases' % n)


if __name__ == '__main__':
    main()
