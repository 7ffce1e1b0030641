#!/usr/bin/env python3
"""Integer conversion tables from python3 (run here: python3 gen_intconv.py):
  int_radix.tsv  hex(n), bin(n), oct(n), hex(n), str(n)  for random n up to 1000 digits
  int_parse.tsv  repr-escaped text, base, kind, hex(int(text, base)) or the error
  float_parse.tsv text, kind, bits of float(text) or the error"""
import random, sys
from tables import bits, outcome, write

random.seed(515)
rows = []
vals = [0, 1, -1, 2**63 - 1, -2**63, 2**63, 2**64, -2**64 + 1, 10**18, 10**19, 7, 8, 255, 256]
while len(vals) < 300:
    d = random.choice([1, 2, 5, 10, 18, 19, 20, 30, 50, 100, 300, 1000])
    vals.append(random.randrange(10**(d - 1), 10**d) * random.choice([1, -1]))
for v in vals:
    rows.append((hex(v), bin(v), oct(v), hex(v), str(v)))
write('int_radix.tsv', 'hex(n)\tbin(n)\toct(n)\thex(n)\tstr(n)', rows)

def intval(text, base):
    v = int(text, base)
    return hex(v)

int_cases = [
    ('0', 10), ('-0', 10), ('+0_0', 0), (' 1 ', 10), ('1_000', 10), ('_1', 10), ('1_', 10), ('1__0', 10),
    ('0x_1f', 16), ('0x_1f', 0), ('0x1f', 16), ('0x', 16), ('0x_', 16), ('0b1', 0), ('0o17', 0), ('017', 0),
    ('00', 0), ('0_0', 0), ('0_7', 0), ('\u0661\u0662', 10), ('\u0661\u0662', 16), ('\uff11\uff12', 10),
    ('\u00b2', 10), ('\uff11\uff12', 0), ('\u2003 12 \u3000', 10), ('12\x00', 10), ('z', 36), ('Z', 36),
    ('\u00e4', 10), ('0b', 0), ('0b2', 0), ('1e5', 10), ('\u0660x10', 0), ('0X1F', 0), ('0O17', 0),
    ('0B11', 0), ('0x1f', 10), ('-0x1f', 0), ('- 0x1f', 0), ('\t+0x1f\n', 0), ('1' * 300 + 'q', 10),
    ('a' * 300, 10), ('\u0100' * 300, 10), ('\n' * 300, 10), ('0x1g', 0), ('12a', 0), ('0b12', 0),
    ('0o', 0), ('1\x002', 0), ('1\x002', 10), ('0x1\x00', 16), ('\U0001F600', 10), ("'", 10), ('"', 10),
    ('\'"', 10), ('1 2', 10), ('0 ', 0), (' 0x', 0), ('0x 1', 0), ('0_x1', 0), ('0x__1', 0), ('0x_1_', 0),
    ('0b_', 0), ('', 10), (' ', 10), ('-', 10), ('+ 1', 10), ('- 1', 10), ('\x1c1', 10), ('\x7f1', 10),
    ('\x85 1', 10), ('\xa01\u3000', 10), ('1', 1), ('1', -1), ('1', 37), ('1' * 640, 10),
    ('9223372036854775807', 10), ('9223372036854775808', 10), ('-9223372036854775808', 10),
    ('-9223372036854775809', 10), ('zzzzzzzzzzzzz', 36), ('1' * 5000 + 'x', 10), ('1' * 5000 + ' ', 10),
    ('1' * 5000 + '_', 10), ('_'.join(['1'] * 4301), 10), ('0' * 4301, 10), ('0' * 4300 + '1', 10),
    (' -' + '1' * 4301, 10), ('1' * 4301, 16), ('1' * 4301, 8), ('1' * 4301, 7), ('1' * 4301, 0),
    ('1' * 4300, 10), ('0x' + 'f' * 5000, 0), ('x' * 5000, 10), ('1' * 4301, 2), ('2' * 4301, 3),
    ('\u0967\u0968\u0969', 10), ('\U0001D7CE\U0001D7CF', 10), ('\u2167', 10), ('1\u2009', 10),
]
rows = []
for text, base in int_cases:
    rows.append((text, base) + outcome(lambda: intval(text, base)))
DIG = '0123456789abcdefghijklmnopqrstuvwxyz'
for _ in range(600):
    base = random.choice([2, 3, 7, 8, 10, 10, 10, 16, 16, 36, 0])
    b = base or random.choice([2, 8, 10, 16])
    n = random.choice([1, 2, 5, 10, 18, 19, 20, 40, 100, 700])
    s = ''.join(random.choice(DIG[:b]) for _ in range(n))
    if random.random() < 0.3:
        s = s.upper()
    if base == 0:
        s = {2: '0b', 8: '0o', 10: '', 16: '0x'}[b] + s
        if b == 10:
            s = s.lstrip('0') or '0'
    if random.random() < 0.2 and len(s) > 2:
        i = random.randrange(1, len(s) - 1)
        s = s[:i] + '_' + s[i:]
    if random.random() < 0.2:
        s = random.choice(['-', '+', ' -', '\t']) + s
    if random.random() < 0.1:
        s = s + random.choice([' ', '\n', '_', 'g', '.'])
    rows.append((s, base) + outcome(lambda: intval(s, base)))
write('int_parse.tsv', 'text\tbase\tkind\thex(int(text, base))', rows)

float_cases = ['\x1c1', '1\x1c', '\x85 1', '\xa01\u3000', '1e1_0', '1_e5', '1._5', '1_.5', '.5', '5.', '.',
    '1e', 'e5', '1.e5', '-nan', 'nan', '+nan', 'NaN', '+Infinity', 'iNfInItY', 'infinit', 'in', 'nanx', '0x1p3',
    '1e500', '-1e500', '1e-500', '1d', '1f', ' 1 ', '--1', '+-1', '- 1', '1_000.000_1', '\u0661.\u0665',
    '1e\u0661', '_1', '1_', '1__0', '1e+_5', '1e_5', '0' * 400 + '1', '1' + '0' * 400, '.e1', '+.5',
    '-.5e-3', '1E5', '  ', '', 'n an', '1 ', '\u0661_\u0662', '1e5_', 'in_f', '1.5e+3', '-inf', '-0', '-0.0',
    '1.7976931348623159e308', '1.7976931348623158e308', '2.4703282292062328e-324', '2.4703282292062327e-324',
    'x\n', '\x00', '1\x00', '\U0001F600\u200b', '\ud800', 'a' * 300, '1e99999999999999999999',
    '1e-99999999999999999999', '0.' + '0' * 500 + '1e500', '9' * 800, '1.' + '0' * 2000 + '1',
    '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9406564584124654e-324', '0e0', '00.00e-00',
    'infinityx', '-iNF', '+', '-', 'e', 'E5', '1e+', '1e-', '1.2.3', '1e5.5', '٣', '\uff11.\uff15', '\u2003-1.5\u2003']
rows = []
def fval(t):
    return bits(float(t))
for t in float_cases:
    rows.append((t,) + outcome(lambda: fval(t)))
for _ in range(1500):
    r = random.random()
    if r < 0.5:
        t = repr(random.uniform(-1, 1) * 10.0 ** random.randrange(-320, 309))
    elif r < 0.8:
        d = ''.join(random.choice('0123456789') for _ in range(random.randrange(1, 40)))
        p = random.randrange(0, len(d) + 1)
        t = d[:p] + '.' + d[p:] + random.choice(['', 'e' + str(random.randrange(-340, 320)), 'E+5'])
    else:
        t = str(random.randrange(-10**25, 10**25))
    if random.random() < 0.1:
        t = t.replace('.', '_', 1) if '.' in t else t
    rows.append((t,) + outcome(lambda: fval(t)))
write('float_parse.tsv', 'text\tkind\tbits of float(text)', rows)
