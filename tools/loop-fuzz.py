#!/usr/bin/env python3
"""loop-fuzz.py [FIRST_SEED [COUNT [LAUNCHER]]]: generated numeric inner loops, compared with
CPython, for tier 2's selective mode (the command line's default, -X trace=auto).

Each program has eight loops of the kind the selective mode traces: innermost, int or float
arithmetic, calling only builtins and a small module-level function, turning thousands of times
per entry, so that a probe finds them turning enough and they are recorded and compiled. At a
random turn something changes that the trace has to leave for: an operand becomes a float, a
big int, a bool, a NaN or an infinity; the small function is rebound as a global; it raises; the
loop breaks. Some loops sit in an outer loop and turn only a few times per entry. Every result (or
the name of the exception raised) is printed; the output of LAUNCHER (default ./hotpy) must equal
python3's. Prints the seeds that differ and exits 1 if any.

    tools/loop-fuzz.py 1 40
"""
import random
import sys

import generated_programs

ARITHMETIC = ['+', '-', '*']
OTHER = ['//', '%', '/', '&', '|', '^', '>>']
COMPARISONS = ['<', '<=', '>', '>=', '==', '!=']
CHANGES = ['1.5', '-0.0', '2**64', '-2**63', '10**30', 'True', "float('nan')", "float('inf')", '0', '7']


def program(seed):
    rnd = random.Random(seed)

    def expr(depth, names):
        if depth == 0 or rnd.random() < 0.3:
            return rnd.choice(names) if rnd.random() < 0.7 else rnd.choice(['1', '2', '3', '0.5', '1.25', '7'])
        op = rnd.choice(ARITHMETIC if rnd.random() < 0.7 else OTHER)
        right = expr(depth - 1, names)
        if op in ('//', '%', '/'):
            right = '((%s) or 1)' % right
        if op in ('&', '|', '^', '>>'):
            return '(int(%s) %s (int(%s) %% 64))' % (expr(depth - 1, names), op, right)
        return '(%s %s %s)' % (expr(depth - 1, names), op, right)

    lines = ['import math', '', 'def show(v):', '    return repr(v)', '']
    for k in range(3):
        lines += ['def small%d(a, b):' % k, '    return %s' % expr(2, ['a', 'b']), '']
    lines += ['def other(a, b):', '    return a - b', '']
    calls = []
    for n in range(8):
        turns = rnd.choice([5000, 8000, 12000])
        change_at = rnd.randrange(turns)
        change = rnd.choice(['value', 'value', 'rebind', 'raise', 'break', 'none'])
        callee = 'small%d' % rnd.randrange(3)
        start = rnd.choice(['0', '1', '0.5', '3'])
        body = ['def loop%d(n, x):' % n, '    global %s' % callee, '    acc = %s' % start, '    saved = %s' % callee]
        nested = rnd.random() < 0.25
        indent = '    '
        if nested:
            body.append('    for outer in range(n // 4):')
            indent = '        '
            loop_head = indent + 'for i in range(%d):' % rnd.choice([3, 4, 20, 40])
        elif rnd.random() < 0.5:
            loop_head = indent + 'for i in range(n):'
        else:
            body.append(indent + 'i = 0')
            loop_head = indent + 'while i < n:'
        body.append(loop_head)
        inner = indent + '    '
        if change == 'value':
            body.append(inner + 'if i == %d:' % change_at)
            body.append(inner + '    x = %s' % rnd.choice(CHANGES))
        elif change == 'rebind':
            body.append(inner + 'if i == %d:' % change_at)
            body.append(inner + '    %s = other' % callee)
        elif change == 'raise':
            body.append(inner + 'if i == %d:' % change_at)
            body.append(inner + '    x = 0')
        elif change == 'break':
            body.append(inner + 'if i == %d:' % change_at)
            body.append(inner + '    break')
        names = ['x', 'i', 'acc']
        body.append(inner + 't = %s' % expr(2, names))
        if rnd.random() < 0.6:
            body.append(inner + 't = t + %s(t, i)' % callee)
        if change == 'raise':
            body.append(inner + 't = t + 1 / x')
        if rnd.random() < 0.3:
            body.append(inner + 't = t + abs(%s)' % expr(1, names))
        if rnd.random() < 0.3:
            body.append(inner + 'if t %s %s:' % (rnd.choice(COMPARISONS), expr(1, names)))
            body.append(inner + '    t = -t')
        # keep values bounded, as a long loop would otherwise only grow big ints or infinities
        body.append(inner + 'if t != t or t > 1e12 or t < -1e12:')
        body.append(inner + '    t = i % 5')
        body.append(inner + 'acc = (acc + t) % 1000003')
        if loop_head.strip().startswith('while'):
            body.append(inner + 'i += 1')
        body.append('    %s = saved' % callee)
        body.append('    return acc')
        lines += body + ['']
        calls.append('loop%d(%d, %s)' % (n, turns, rnd.choice(['1', '2', '0.5', '3', '1.25'])))
    lines.append('for call in [%s]:' % ', '.join('lambda: ' + c for c in calls))
    lines += ['    try:', '        print(show(call()))', '    except Exception as e:',
              '        print(type(e).__name__)']
    return '\n'.join(lines) + '\n'


if __name__ == '__main__':
    sys.exit(generated_programs.compare(program, 'loops', sys.argv))
