#!/usr/bin/env python3
"""Format tables, all from python3 (3.11):
  float_format.tsv   bits, spec, kind, format(float, spec)
  int_format.tsv     int (decimal), spec, kind, format(int, spec)
  bool_format.tsv    'True'/'False', spec, kind, format(bool, spec)   (type name in messages)
  str_format.tsv     str, spec, kind, format(str, spec)
  float_percent.tsv  bits, flags, width, precision, conversion, kind, '%...' % x
  int_percent.tsv    int, flags, width, precision, conversion, kind, '%...' % n
Random specs from a fixed seed plus hand-picked edge cases. Run here: python3 gen_format.py"""
import random
from tables import bits, outcome, write

random.seed(1789)

FILLS = ['', '', '', ' ', '*', '0', '\U0001F600', '_', ',', '=', 'x', '<']
ALIGNS = ['', '', '<', '>', '=', '^']
SIGNS = ['', '', '+', '-', ' ']

def spec(types, with_precision=True):
    fill = random.choice(FILLS)
    align = random.choice(ALIGNS)
    if fill and not align:
        align = random.choice('<>=^')
    s = fill + align
    s += random.choice(SIGNS)
    if random.random() < 0.15: s += 'z'
    if random.random() < 0.2: s += '#'
    if random.random() < 0.25: s += '0'
    if random.random() < 0.6: s += str(random.choice([0, 1, 5, 8, 10, 12, 15, 20, 25, 30]))
    g = random.random()
    if g < 0.15: s += ','
    elif g < 0.3: s += '_'
    if with_precision and random.random() < 0.5:
        s += '.' + str(random.choice([0, 0, 1, 2, 3, 5, 6, 10, 15, 17, 20, 25, 40, 60]))
    s += random.choice(types)
    return s

def rnd_float():
    r = random.random()
    if r < 0.3:
        return random.uniform(-1e4, 1e4)
    if r < 0.5:
        return random.choice([0.0, -0.0, float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, -2.5,
                              0.125, 0.375, 2.675, 1e16, 1e15, 1e-5, 1e-4, 9.995, 0.05, 123456789.0,
                              1e300, -1e-300, 5e-324, 1.7976931348623157e308, 0.1, 100.0, 99.99, 999999.5,
                              -0.0001, -1e-10, 12345.6789, 1e22, 1e23])
    if r < 0.7:
        return float(f"{random.randrange(1, 10**random.randrange(1, 17))}e{random.randrange(-25, 25)}") * random.choice([1, -1])
    if r < 0.85:
        return random.uniform(-1, 1) * 10.0 ** random.randrange(-320, 308)
    return float(random.randrange(-10**6, 10**6)) / random.choice([1, 2, 4, 8, 16, 100, 1000])

FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']
rows = []
fixed_float = [
    (1.0, 'abc'), (1.0, '.'), (1.0, 'd'), (1.0, '.99999999999999999999f'), (1.0, ',n'), (1.0, ',s'),
    (1.0, '010s'), (1.0, '\u00e9'), (1.0, '.2147483648f'), (1.0, '>10.2ff'), (1.0, '=^10.3f'),
    (1.0, '\U0001F600^10'), (100.0, '.3'), (12.0, '.3'), (1.0, '.0'), (1e20, '.3'), (1.5, '.0'),
    (0.0, '.0'), (1.0, '#'), (1.0, '#.0'), (1.0, '#.0e'), (1.0, '#g'), (1e16, ''), (1e16, '.17'),
    (float('inf'), '010'), (float('nan'), '=+10'), (-0.0, 'z'), (-0.0001, 'z.1f'), (-0.0001, 'z.1%'),
    (-1234.5, '015,.1f'), (1234.5, '015_.1f'), (1234.5, '08,'), (0.1, '.60f'), (0.1, '.50e'),
    (1e300, 'f'), (1e300, ',.0f'), (5e-324, '.1100e'), (5e-324, '.1080f'), (2.675, '.2f'), (0.125, '.2f'),
    (0.375, '.2f'), (1e22, '.30g'), (float('-inf'), 'F'), (float('nan'), 'E'), (1.5, '<05'),
    (1.0, '\u0661\u0660'), (1.0, '.\u0662f'), (-0.0, ''), (-0.0, '+'), (-0.0, 'z+'), (123.456, ' '),
    (123.456, 'n'), (1234567.0, 'n'), (1e-7, 'n'), (1.0, ',_'), (1.0, '_,'), (9.5, '.0f'), (10.5, '.0f'),
    (0.5, '.0f'), (1.5, '.0%'), (0.125, '.1%'), (1e100, '%'), (123.0, 'z=+#020,.3%'),
    (float('inf'), ','), (float('inf'), '=010,'), (-1.0, '0=10'), (99999.5, ',.0f'), (0.000123456, 'G'),
]
for x, sp in fixed_float:
    rows.append((bits(x), sp) + outcome(lambda: format(x, sp)))
while len(rows) < 3000:
    x = rnd_float()
    sp = spec(FLOAT_TYPES)
    rows.append((bits(x), sp) + outcome(lambda: format(x, sp)))
write('float_format.tsv', 'bits\tspec\tkind\tformat(x, spec)', rows)

def rnd_int():
    r = random.random()
    if r < 0.4:
        return random.randrange(-10**6, 10**6)
    if r < 0.6:
        return random.choice([0, 1, -1, 65, 255, 1234, -1234, 0x10ffff, 0x110000, 2**63 - 1, 2**63,
                              -2**63, 10**20, -10**20, 2**100, 1114111, 128512, 10])
    if r < 0.9:
        return random.randrange(-10**random.randrange(1, 40), 10**random.randrange(1, 40))
    return random.randrange(0, 10**random.randrange(40, 330)) * random.choice([1, -1])

INT_TYPES = ['', '', 'b', 'o', 'x', 'X', 'd', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']
rows = []
fixed_int = [
    (1, ',_'), (1, '_,'), (1, '99999999999999999999'), (1, '.2d'), (1, ',c'), (1, '+c'), (1, '#c'),
    (10**6, 'c'), (-1, 'c'), (1, 'n,'), (1, '_n'), (1, ',x'), (1, '_x'), (1234, '08,'), (1234, '09,'),
    (1, 'z'), (1, 'zd'), (1, '.2'), (1, '.2s'), (1, '.1n'), (5, '%'), (10**20, 'e'), (10**400, 'e'),
    (2**60 + 1, 'f'), (1, 'c'), (65, '=10c'), (65, '010c'), (1, '#b'), (-5, '#010x'), (-1234567, '_b'),
    (255, '_x'), (255, '#_X'), (1234, '015_'), (1, '0<5'), (1, '<05'), (2**63, 'c'), (-2**63 - 1, 'c'),
    (1, '.0c'), (1, 'z#c'), (1, ' c'), (1, '\u00e9'), (1, ',\u00e9'), (1, '_\u00e9'), (1, '\u00e9,'),
    (1, '\x1f'), (1, ',\x1f'), (-0, '+'), (0, ' '), (12345678, '_o'), (12345678, '#_o'), (12345678, '#_b'),
    (12345678, '#015_b'), (-12345678, '#015_x'), (12345678, '#015,d'), (10**5000, 'x'), (10**5000, 'd'),
    (10**4299, ''), (10**4300, ''), (-10**4299, ''), (10**4300, ','), (10**4300, 'n'), (10**4300, '_x'),
    (1234, '\u0661\u0660'), (123, '-^+9'), (123, '\U0001F600=+9,'), (-123, '^09,'), (255, '#X'),
    (255, '#o'), (0, '#b'), (0, '#x'), (-255, '#_X'),
]
for v, sp in fixed_int:
    rows.append((hex(v), sp) + outcome(lambda: format(v, sp)))
while len(rows) < 2500:
    v = rnd_int()
    sp = spec(INT_TYPES, with_precision=random.random() < 0.3)
    rows.append((hex(v), sp) + outcome(lambda: format(v, sp)))
write('int_format.tsv', 'int (hex)\tspec\tkind\tformat(n, spec)', rows)

rows = []
for b in (True, False):
    # (the empty spec is str(self), which the caller of IntFormatter handles)
    for sp in ['d', 's', 'x', '#b', '5', '<5', 'c', 'f', '.2', ',', '+', 'z', '=+8', 'X']:
        rows.append((str(b), sp) + outcome(lambda: format(b, sp)))
write('bool_format.tsv', 'bool\tspec\tkind\tformat(b, spec)', rows)

STRS = ['', 'a', 'ab', 'abc', 'hello world', '\U0001F600x\U0001F601', 'caf\u00e9', '\u4e2d\u6587\u5b57', 'tab\there']
def str_spec():
    fill = random.choice(FILLS)
    align = random.choice(['', '', '<', '>', '^', '^', '='] if random.random() < 0.2 else ['', '<', '>', '^'])
    if fill and not align:
        align = random.choice('<>^')
    s = fill + align
    if random.random() < 0.05: s += random.choice('+- ')
    if random.random() < 0.05: s += 'z'
    if random.random() < 0.05: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.7: s += str(random.choice([0, 1, 2, 3, 5, 8, 10, 15]))
    if random.random() < 0.05: s += random.choice(',_')
    if random.random() < 0.4: s += '.' + str(random.choice([0, 1, 2, 3, 5, 10]))
    s += random.choice(['', '', 's', 's', 's', 's', 's', 'd', 'r'])
    return s

rows = []
fixed_str = [('a', '+'), ('a', '#'), ('a', '=5'), ('a', ','), ('a', '_'), ('a', 'z'), ('a', 's,'),
             ('ab', '05'), ('abc', '^06'), ('abc', '^0'), ('a', 'xx'), ('a', '+#='), ('a', '#='),
             ('a', ',d'), ('a', '=d'), ('a', '+d'), ('a', ' '), ('a', '.0'), ('a', 'z='), ('a', '<05'),
             ('\U0001F600\U0001F600\U0001F600', '.2'), ('\U0001F600ab', 'x^7.2'), ('abc', '\U0001F600>6'),
             ('abc', '.'), ('abc', '99999999999999999999'), ('abc', '\u0663'), ('abc', '0=5'), ('abc', '^=5'),
             ('abc', '=+5'), ('abc', '+=5'), ('abc', '-5'), ('abc', ' 5'), ('abc', '#5'), ('abc', 'z5')]
for s, sp in fixed_str:
    rows.append((s, sp) + outcome(lambda: format(s, sp)))
while len(rows) < 800:
    s = random.choice(STRS)
    sp = str_spec()
    rows.append((s, sp) + outcome(lambda: format(s, sp)))
write('str_format.tsv', 'str\tspec\tkind\tformat(s, spec)', rows)

def pct_flags():
    return ''.join(random.choice('-+ #0') for _ in range(random.choice([0, 0, 1, 1, 2, 3])))

def pct(v, flags, width, prec, conv):
    f = '%' + flags + ('' if width < 0 else str(width)) + ('' if prec < 0 else '.' + str(prec)) + conv
    return outcome(lambda: f % (v,))

rows = []
fixed_pf = [(float('inf'), '0', 10, -1, 'f'), (float('-inf'), '-0', 10, -1, 'f'), (3.14159, '+0', 10, 2, 'f'),
            (3.0, '#', -1, 0, 'f'), (12345.0, '', -1, 0, 'e'), (12345.0, '#', -1, 0, 'e'), (1e-5, '', -1, -1, 'g'),
            (1e-5, '#', -1, -1, 'g'), (1e100, '', -1, -1, 'G'), (0.5, '', -1, 0, 'g'), (0.1, '', -1, 60, 'f'),
            (-0.0, '+', -1, -1, 'f'), (float('nan'), '+0', 8, -1, 'e'), (-1.5, ' ', 8, 1, 'F'), (1.5, '- ', 8, 1, 'E')]
for x, fl, w, p, c in fixed_pf:
    rows.append((bits(x), fl, w, p, c) + pct(x, fl, w, p, c))
while len(rows) < 1200:
    x = rnd_float()
    fl = pct_flags()
    w = random.choice([-1, -1, 0, 1, 5, 10, 15, 25])
    p = random.choice([-1, -1, 0, 1, 2, 3, 6, 10, 17, 30])
    c = random.choice('eEfFgG')
    rows.append((bits(x), fl, w, p, c) + pct(x, fl, w, p, c))
write('float_percent.tsv', 'bits\tflags\twidth\tprecision\tconversion\tkind\tresult', rows)

rows = []
fixed_pi = [(255, '#', -1, -1, 'x'), (255, '#', -1, -1, 'X'), (8, '#', -1, -1, 'o'), (-3, '', -1, 5, 'd'),
            (-3, '0', 10, 5, 'd'), (10, '-+', 8, 3, 'x'), (5, ' ', -1, -1, 'd'), (65, '', -1, -1, 'c'),
            (65, '', 5, -1, 'c'), (0x1F600, '-', 5, -1, 'c'), (-1, '', -1, -1, 'c'), (0x110000, '', -1, -1, 'c'),
            (2**64, '', -1, -1, 'c'), (65, '', -1, 3, 'c'), (65, '0', 5, -1, 'c'), (65, '+', -1, -1, 'c'),
            (8, '#', -1, 3, 'o'), (-8, '#', 5, 3, 'x'), (2**70, '', -1, -1, 'x'), (10**5000, '', -1, -1, 'd'),
            (10**4299, '', -1, -1, 'd'), (5, '', -1, -1, 'u'), (-5, '', -1, -1, 'i'), (3, '0-', 5, -1, 'd'),
            (3, ' +', -1, -1, 'd'), (3, '+ ', -1, -1, 'd'), (-255, '#0', 10, -1, 'X'), (-255, '#', 10, 6, 'o'),
            (0, '#', -1, -1, 'x'), (0, '', -1, 0, 'd'), (0, '+0', 6, 0, 'd')]
for v, fl, w, p, c in fixed_pi:
    rows.append((hex(v), fl, w, p, c) + pct(v, fl, w, p, c))
while len(rows) < 1200:
    v = rnd_int()
    fl = pct_flags()
    w = random.choice([-1, -1, 0, 1, 5, 10, 15, 25])
    p = random.choice([-1, -1, 0, 1, 2, 3, 6, 10, 30])
    c = random.choice('diuoxXc')
    if c == 'c' and random.random() < 0.7:
        v = random.randrange(0, 0x110000)
    rows.append((hex(v), fl, w, p, c) + pct(v, fl, w, p, c))
write('int_percent.tsv', 'int (hex)\tflags\twidth\tprecision\tconversion\tkind\tresult', rows)
