#!/usr/bin/env python3
"""Writes the runtime tables (int_cases.tsv, str_cases.tsv, dict_cases.tsv, set_cases.tsv,
contains_cases.tsv, iter_cases.tsv): each row is
setup statements, an expression, and the repr CPython 3.11 gives for the expression after
running the setup in a fresh namespace. int rows add the Java class the value must have
(PyInt when it fits a long, else PyBigInt). Escapes: \\n and \\t.

Re-run after editing the lists below:  python3 gen_runtime_tables.py
"""
import os
import sys

LONG_MIN, LONG_MAX = -2 ** 63, 2 ** 63 - 1
MIN = "-9223372036854775808"
MAX = "9223372036854775807"

INT = [
    ("", MAX + " + 1"), ("", MIN + " - 1"), ("", "-(" + MIN + ")"), ("", "abs(" + MIN + ")"),
    ("", MIN + " // -1"), ("", MIN + " * -1"), ("", MIN + " % -1"), ("", "divmod(" + MIN + ", -1)[0]"),
    ("", "3037000500 * 3037000500"), ("", "3037000499 * 3037000499"), ("", "1 << 63"), ("", "1 << 62"),
    ("", "-1 << 63"), ("", "2 ** 64 - 2 ** 64 + 5"), ("", "2 ** 64 // 2 ** 60"), ("", MAX + " * " + MAX),
    ("", "(2 ** 70) >> 10"), ("", "(2 ** 70) >> 8"), ("", "~" + MAX), ("", "2 ** 63 - 1"), ("", "(-2) ** 63"),
    ("", "(-2) ** 64"), ("", "int('9' * 30)"), ("", "int('-' + '9' * 18)"), ("", "pow(2, 100, 2 ** 64 + 1)"),
    ("", "abs(-2 ** 64) - 2 ** 64"), ("", MAX + " - -1"), ("", "-" + MAX + " - 2"),
    ("x = 1\nfor i in range(70):\n    x = x * 2", "x"), ("x = 2 ** 80\nfor i in range(20):\n    x = x // 16", "x"),
    ("", "sum([" + MAX + ", 1, -1])"), ("", "int(2.0 ** 63)"), ("", "int(-2.0 ** 63)"), ("", "round(2.0 ** 70)"),
    ("", "int.from_bytes(b'\\xff' * 8, 'big')"), ("", "int.from_bytes(b'\\xff' * 8, 'big', signed=True)"),
    ("", "True + " + MAX), ("", "range(2 ** 64)[-1]"), ("", "hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1))"),
]

STR = [
    ("s = 'a\U0001F600b'", "len(s)"), ("s = 'a\U0001F600b'", "s[1]"), ("s = 'a\U0001F600b'", "s[2]"),
    ("s = 'a\U0001F600b'", "s[::-1]"), ("s = 'a\U0001F600b'", "s[-2:]"), ("s = 'a\U0001F600b'", "s.find('b')"),
    ("s = 'a\U0001F600b'", "ord(s[1])"), ("s = 'a\U0001F600b'", "len(s.encode('utf-8'))"),
    ("s = 'a\U0001F600b'", "len(s.encode('utf-16-le'))"), ("s = 'a\U0001F600b'", "list(s)"),
    ("s = 'a\U0001F600b'", "[ord(c) for c in s]"), ("s = 'a\U0001F600b'", "s.upper()"),
    ("s = '\U0001D518\U0001D52B\U0001D526'", "(len(s), s.isalpha(), s.isidentifier())"),
    ("", "chr(0x10FFFF) == '\\U0010FFFF'"), ("", "len(chr(0x10FFFF) * 3)"), ("", "'\\ud800'.encode('utf-8', 'replace')"),
    ("", "'x\U0001F600y'.split('\U0001F600')"), ("", "'\U0001F600'.center(5, '*')"), ("", "'%5s|' % '\U0001F600'"),
    ("", "f'{chr(128512):>3}'"), ("", "'\U0001F600' < '\\uffff'"), ("", "sorted(['\U0001F600', '\\uffff', 'z'])"),
    ("", "'a\U0001F600b'.index('b')"), ("", "'\U0001F600\U0001F600'.count('\U0001F600')"),
    ("", "'\U0001F600abc'.replace('a', '\U0001F601', 1)"), ("", "'abc\U0001F600'.rjust(6, '\U0001F601')"),
    ("", "ascii('\U0001F600\\xe9')"), ("", "repr('\U0001F600\\x00\\u200b')"), ("", "'\\xdf'.upper()"),
    ("", "'\\u0130'.lower()"), ("", "len('\\u0130'.lower())"), ("", "'\\ufb01'.upper()"), ("", "'A\\u030a'.casefold()"),
    ("", "str(b'\\xf0\\x9f\\x98\\x80', 'utf-8') == '\U0001F600'"), ("", "'\U0001F600'.encode('utf-32-be')"),
    ("", "hash('\U0001F600') == hash('\U0001F600'[:])"),
]

DICT = [
    ("d = {}\nfor k in 'zyxw':\n    d[k] = len(d)", "list(d)"),
    ("d = {'a': 1, 'b': 2, 'c': 3}\ndel d['a']\nd['a'] = 4", "list(d.items())"),
    ("d = {'a': 1, 'b': 2}\nd['a'] = 9", "list(d.items())"),
    ("d = {1: 'int'}\nd[1.0] = 'float'\nd[True] = 'bool'", "d"),
    ("d = dict.fromkeys(range(10))\nfor k in range(0, 10, 2):\n    del d[k]\nd[0] = 'back'", "list(d)"),
    ("d = {}\nfor i in range(1000):\n    d[i] = i\nfor i in range(990):\n    del d[i]", "list(d.items())"),
    ("d = {'b': 1, 'a': 2}\nd.update(c=3, a=4)", "d"), ("d = {'x': 1}\nd.setdefault('y', 2)\nd.setdefault('x', 3)", "d"),
    ("d = {'a': 1, 'b': 2, 'c': 3}", "(d.popitem(), d)"), ("d = {'a': 1, 'b': 2}", "(d | {'a': 0, 'c': 1}, {'c': 1} | d)"),
    ("d = {'a': 1, 'b': 2}", "list(reversed(d))"), ("d = {'a': 1, 'b': 2}", "d == {'b': 2, 'a': 1}"),
    ("d = {'a': 1}\nk = d.keys()\nd['b'] = 2", "list(k)"),
    ("d = {'a': 1}\ntry:\n    for k in d:\n        d['n'] = 1\nexcept RuntimeError as e:\n    err = str(e)", "err"),
    ("d = {(1, 2): 'tuple', frozenset({1}): 'frozen', None: 'none', 2 ** 70: 'big'}", "d"),
    ("d = {float('nan'): 1}", "len(d)"), ("import collections\nd = collections.OrderedDict(a=1, b=2)\nd.move_to_end('a')", "list(d)"),
    ("d = {'a': 1}", "repr(d.items()) + repr(d.values()) + repr(d.keys())"),
    ("d = {i: i for i in range(5)}", "{k: v for k, v in d.items() if k % 2}"),
    ("d = {}\nd[d.__class__] = 1", "list(d.values())"),
    # dicts created empty share their (never written) tables until the first key
    ("d = {}\ne = dict()\nd['a'] = 1", "(d, e, len(e), 'a' in e, e.get('a'), list(e.items()))"),
    ("d = {}\nr = d.pop('x', 'gone')", "(r, d, d.popitem() if d else 'empty')"),
    ("d = {}\ntry:\n    del d['x']\nexcept KeyError as e:\n    err = repr(e)", "(err, d)"),
    ("d = {}\nd.clear()\nd.update({})\nc = d.copy()\nc['k'] = 1", "(d, c, {} == {}, dict(**{}))"),
    ("def f(**kw):\n    kw['x'] = 1\n    return kw", "(f(), f(), f(y=2))"),
    ("d = {}\nfor i in range(20):\n    d[str(i)] = i", "(list(d)[-3:], len(d))"),
]

SET = [
    ("s = set([3])\ns.__init__([1, 2])", "s"), ("s = {1, 2}\ns.discard(1)\ns.__init__()", "s"),
    ("s = {1, 2}\ns.__init__(s)", "s"), ("class S(set):\n    pass\ns = S([1, 2])", "(s, type(s | {3}).__name__)"),
    ("f = frozenset([1])", "(f | {2}, {2} | f, type(f | {2}).__name__, type({2} | f).__name__)"),
    ("a = frozenset()\nb = a | set([4]) | set([1])", "(b, a, type(b).__name__)"),
    ("t = (1, 2)\nl = [1, [2]]", "(set(t), frozenset(t), set(l[:1]), set([]), set(()))"),
    ("class L(list):\n    def __iter__(self):\n        return iter([9])", "set(L([1, 2]))"),
    ("s = {1, 2, 3}\nc = s.copy()\nc.add(4)", "(s, c, s.union([5]), frozenset(s).copy())"),
    ("s = set(range(40))", "(len(s | set(range(30, 50))), sorted(s & {1, 39, 99}))"),
    ("try:\n    set([[1]])\nexcept TypeError as e:\n    err = str(e)", "err"),
]

CONTAINS = [
    ("s = {1, 2}", "(1 in s, 3 in s, 1.0 in s, True in s)"),
    ("s = {frozenset([1])}", "({1} in s, set() in s, frozenset([1]) in s)"),
    ("f = frozenset([1, 'a'])", "('a' in f, 2 not in f)"),
    ("try:\n    [] in {1}\nexcept TypeError as e:\n    err = str(e)", "err"),
    ("try:\n    {} in {1: 2}\nexcept TypeError as e:\n    err = str(e)", "err"),
    ("d = {'a': 1}", "('a' in d, 1 in d, 'b' not in d)"),
    ("l = [1, 'x', float('nan')]", "('x' in l, 2 in l, l[2] in l, float('nan') in l)"),
    ("t = (1, (2, 3))", "((2, 3) in t, 2 in t, 1.0 in t)"),
    ("class S(set):\n    def __contains__(self, k):\n        return True", "(5 in S(), 5 in set())"),
    ("class D(dict):\n    def __contains__(self, k):\n        return k == 'z'", "('z' in D(), 'a' in D(a=1))"),
    ("class L(list):\n    def __contains__(self, k):\n        return False", "(1 in L([1]), 1 in [1])"),
    ("class E:\n    def __eq__(self, o):\n        return True\n    __hash__ = object.__hash__", "(E() in [1], E() in (1,), 1 in [E()])"),
]

ITER = [
    ("l = [1, 2]\nout = []\nfor x in l:\n    out.append(x)\n    if len(l) < 4:\n        l.append(x * 10)", "out"),
    ("t = (1, 'a', None)", "([x for x in t], type(iter(t)).__name__, type(iter([])).__name__)"),
    ("r = range(2, 9, 3)", "([x for x in r], list(range(5, 0, -2)), list(range(2 ** 63, 2 ** 63 + 2)))"),
    ("def g():\n    yield 1\n    yield 2\nit = g()", "(iter(it) is it, list(it), list(it))"),
    ("class L(list):\n    def __iter__(self):\n        return iter('xy')", "([x for x in L([1])], list(L([1])))"),
    ("class T(tuple):\n    pass", "[x for x in T((3, 4))]"),
    ("class U(tuple):\n    def __iter__(self):\n        return iter('uv')", "(list(U((1,))), [].extend(U((1,))), tuple(U((1,))))"),
    ("l = [1, 2]\nl.extend(l)\nm = [3]\nm.__init__(m)", "(l, m)"),
    ("it = iter(range(3))\nnext(it)", "(list(it), type(iter(range(3))).__name__)"),
    ("try:\n    iter(5)\nexcept TypeError as e:\n    err = str(e)", "err"),
]


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def evaluate(setup, expr):
    ns = {}
    exec(setup, ns)
    return eval(expr, ns)


def write(name, rows, extra=None):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, name), 'w', encoding='utf-8', newline='\n') as out:
        for setup, expr in rows:
            v = evaluate(setup, expr)
            cols = [escape(setup), escape(expr), escape(repr(v))]
            if extra:
                cols.append(extra(v))
            out.write('\t'.join(cols) + '\n')
    print('wrote %d rows to %s' % (len(rows), name))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this under CPython 3.11')
    write('int_cases.tsv', INT, lambda v: 'PyInt' if type(v) is int and LONG_MIN <= v <= LONG_MAX else
          'PyBigInt' if type(v) is int else type(v).__name__)
    write('str_cases.tsv', STR)
    write('dict_cases.tsv', DICT)
    write('set_cases.tsv', SET)
    write('contains_cases.tsv', CONTAINS)
    write('iter_cases.tsv', ITER)


if __name__ == '__main__':
    main()
