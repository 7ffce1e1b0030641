#!/usr/bin/env python3
"""arithmetic-fuzz.py [FIRST_SEED [COUNT [LAUNCHER]]]: random int and float arithmetic, compared
with CPython, for tier 1's unboxed arithmetic (UnboxedArithmetic).

Each program has twelve functions of random expressions over `+ - * / // % & | ^ >>` and
comparisons. They are first called many times with values of one kind (small ints, floats, or a
mix), so that their operators settle and the functions are compiled with unboxed arithmetic, and
then once with big ints, bools, NaNs, infinities, signed zeros and zero divisors, which take the
slow paths. Every result (or the name of the exception raised) is printed; the output of
LAUNCHER (default ./hotpy) must equal python3's. Prints the seeds that differ and exits 1 if any.

    tools/arithmetic-fuzz.py 1 120

hotpy-core/src/test/python/specialisation/unboxed_mixed_operands.py came from an earlier form of this
generator.
"""
import random
import sys

import generated_programs

OPERATORS = ['+', '-', '*', '/', '//', '%', '&', '|', '^', '>>', '<', '<=', '==', '!=', '>', '>=']
ARITHMETIC = ['+', '-', '*']
LEAVES = ['1', '2', '3', '0', '-1', '0.5', '2.0', '1.5', '-0.0', '7', '2**62', '2**63', '3.0e300']
ODD_VALUES = ['0', '1', '-1', '2', '7', '3', '2**31', '2**62', '-2**63', '2**64', '0.5', '-2.5', '1e308',
              "float('nan')", "float('inf')", 'True', '-0.0', '10**20']
NICE_VALUES = {'int': ['1', '2', '3', '5', '11', '100'], 'float': ['0.5', '1.5', '2.25', '3.0', '-1.25'],
               'mixed': ['1', '2.5', '3', '0.25']}


def program(seed):
    rnd = random.Random(seed)

    def expr(depth, names):
        if depth == 0 or rnd.random() < 0.25:
            return rnd.choice(names) if rnd.random() < 0.6 else rnd.choice(LEAVES)
        op = rnd.choice(OPERATORS if rnd.random() < 0.4 else ARITHMETIC)
        return '(%s %s %s)' % (expr(depth - 1, names), op, expr(depth - 1, names))

    lines = ['def show(v):', '    return repr(v)']
    for f in range(12):
        names = ['a', 'b', 'c']
        body = []
        for k in range(rnd.randint(1, 4)):
            body.append('        t%d = %s' % (k, expr(3, names)))
            names = names + ['t%d' % k]
        lines += ['def f%d(a, b, c):' % f, '    try:'] + body
        lines += ['        return show(%s)' % expr(2, names), '    except Exception as e:',
                  '        return type(e).__name__']
    nice = NICE_VALUES[rnd.choice(['int', 'float', 'mixed'])]
    triple = lambda values: '(%s, %s, %s)' % (rnd.choice(values), rnd.choice(values), rnd.choice(values))
    lines.append('SETTLE = [%s]' % ', '.join(triple(nice) for _ in range(10)))
    lines.append('ALL = [%s]' % ', '.join(triple(ODD_VALUES) for _ in range(25)))
    lines += ['out = []', 'for round_ in range(40):',
              '    for f in [%s]:' % ', '.join('f%d' % i for i in range(12)),
              '        for a, b, c in (SETTLE if round_ < 39 else ALL + SETTLE):',
              '            r = f(a, b, c)',
              '            if round_ == 39:',
              '                out.append(r)',
              'print("\\n".join(out))']
    return '\n'.join(lines) + '\n'


if __name__ == '__main__':
    sys.exit(generated_programs.compare(program, 'arith', sys.argv))
