#!/usr/bin/env python3
"""Rounding, hex, float arithmetic and int/float conversion tables from python3
(run here: python3 gen_math.py). Floats are written as raw bits, ints as hex(n).
  round_float.tsv  bits, ndigits ('None' for round(x)), kind, result (hex int or bits)
  round_int.tsv    hex(n), ndigits, kind, hex(round(n, ndigits))
  float_hex.tsv    bits, x.hex()
  fromhex.tsv      text, kind, bits of float.fromhex(text)
  float_ops.tsv    bits x, bits y, op, kind, result bits ('a,b' for divmod)
  pow_random.tsv   bits x, bits y, bits of x ** y (finite, libm-rounded: compared within 1 ulp)
  int_float.tsv    hex(n), bits x, cmp (-1/0/1/unordered), kind+float(n), kind+n/int(x) ...
  int_div.tsv      hex(a), hex(b), kind, bits of a / b
  hash.tsv         'i' hex(n) | 'f' bits, hash
  float_int.tsv    bits, kind int(x), kind as_integer_ratio, is_integer"""
import math, random, struct
from tables import bits, from_bits, outcome, write

random.seed(2675)

def rnd_float(wide=True):
    r = random.random()
    if r < 0.3:
        return random.uniform(-1000, 1000)
    if r < 0.45:
        return random.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1e16, 1e300, -1e-300,
                              5e-324, 1.7976931348623157e308, 0.1, 123.456, 1e22, 1e23, float('inf'),
                              float('-inf'), float('nan'), 4.35, 0.285, 1.005, 2.0**52 + 0.5, 2.0**53, 2.0**63])
    if r < 0.7:
        return float(f"{random.randrange(1, 10**random.randrange(1, 17))}e{random.randrange(-25, 25)}") * random.choice([1, -1])
    if r < 0.9 or not wide:
        return random.uniform(-1, 1) * 10.0 ** random.randrange(-40, 40)
    return from_bits('%016x' % random.getrandbits(64))

def fb(x):
    return bits(x)

# round(float[, ndigits])
rows = []
def round_result(x, nd):
    if nd == 'None':
        return hex(round(x))
    return fb(round(x, nd))
for x, nd in [(2.675, 2), (0.5, 0), (-0.4, 0), (1.5, 400), (1.5, -400), (-1.5, -400), (1e300, -300),
              (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (float('nan'), 2), (float('inf'), -2),
              (5e-324, 323), (5e-324, 324), (123.456, -1), (0.0, -2), (-0.0, 2), (2.5, 'None'), (-0.5, 'None'),
              (1e300, 'None'), (float('nan'), 'None'), (float('inf'), 'None'), (-float('inf'), 'None'),
              (2.0**63, 'None'), (-2.0**63, 'None'), (9.5, 'None'), (-9.5, 'None'), (1.005, 2), (0.285, 2),
              (1e-320, 320), (1.23456789e-300, 308), (5e-324, -308), (1e15 + 0.5, 0), (2.5, -1), (25.0, -1),
              (35.0, -1), (-35.0, -1), (1e22, -22), (5e22, -23), (1.5e308, -308), (0.49999999999999994, 0)]:
    rows.append((fb(x), nd) + outcome(lambda: round_result(x, nd)))
while len(rows) < 1500:
    x = rnd_float()
    nd = random.choice(['None', 'None', 0, 1, 2, 3, 5, 10, 15, 17, 20, 30, -1, -2, -5, -10, -300, 300, 320])
    rows.append((fb(x), nd) + outcome(lambda: round_result(x, nd)))
write('round_float.tsv', 'bits\tndigits\tkind\tround(x[, ndigits])', rows)

rows = []
for n, nd in [(125, -1), (135, -1), (-125, -1), (5, -1), (15, -1), (123, 2), (10**30 + 5, -1), (0, -5),
              (5 * 10**40, -41), (15 * 10**40, -41), (-15 * 10**40, -41), (2**63 - 1, -1), (-2**63, -3),
              (10**5000 + 5 * 10**4999, -5000), (-10**20, -21), (5 * 10**20, -21), (6 * 10**20, -21)]:
    rows.append((hex(n), nd) + outcome(lambda: hex(round(n, nd))))
while len(rows) < 400:
    n = random.randrange(-10**random.randrange(1, 60), 10**random.randrange(1, 60))
    nd = random.choice([0, 3, -1, -2, -3, -5, -10, -20, -30, -60])
    rows.append((hex(n), nd) + outcome(lambda: hex(round(n, nd))))
write('round_int.tsv', 'hex(n)\tndigits\tkind\thex(round(n, ndigits))', rows)

rows = [(fb(x), x.hex()) for x in [0.0, -0.0, 1.5, 5e-324, float('inf'), float('-inf'), float('nan'),
        1e300, 2.2250738585072014e-308, 2.225073858507201e-308, 0.1, -1.0, 1.7976931348623157e308]]
while len(rows) < 800:
    x = rnd_float()
    rows.append((fb(x), x.hex()))
write('float_hex.tsv', 'bits\tx.hex()', rows)

texts = ['0x1.8p1', ' -0X1.8P+1 ', '1.8', 'inf', '-Infinity', 'nan', '-nan', '0x1p1024',
    '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1074',
    '0x', '0x.p1', '0x.8', '0x1.', '.8', '0x1p', '0x1p+', 'x1', '', '0x1 p1', '0x1_0', '0x1p99999999999999999999',
    '0x1p-99999999999999999999', '0x0p99999999999999999999', '0x' + '0' * 100 + '1p-10',
    '0x1' + '0' * 300 + 'p-1200', '-0x0p0', '\u00a01', '1\n', '0x1.8p1x', '+', 'infx', 'iNf', '  nan  ',
    '0x3p-1076', '0x1.8p-1074', '0x2.8p-1075', '-0x1.fffffffffffffp1023', '0x0.0000000000001p-1022',
    '0X.0P0', 'ff', 'FF.ffp-8', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0',
    '0x1p+1023', '0x1P-1022', '0xg', '0x1.1.1', '1e5', '0x1p1.5', '--0x1', '\t0x1\t', 'infinityy']
rows = []
for t in texts:
    rows.append((t,) + outcome(lambda: fb(float.fromhex(t))))
while len(rows) < 600:
    x = rnd_float()
    t = x.hex()
    if random.random() < 0.5 and math.isfinite(x):
        # extra digits that need rounding
        t = t.replace('p', ''.join(random.choice('0123456789abcdef') for _ in range(random.randrange(1, 8))) + 'p')
    rows.append((t,) + outcome(lambda: fb(float.fromhex(t))))
write('fromhex.tsv', 'text\tkind\tbits of float.fromhex(text)', rows)

OPS = {
    'truediv': lambda x, y: fb(x / y),
    'mod': lambda x, y: fb(x % y),
    'floordiv': lambda x, y: fb(x // y),
    'divmod': lambda x, y: ','.join(fb(v) for v in divmod(x, y)),
    'pow': lambda x, y: 'complex' if is_complex_power(x, y) else fb(x ** y),
}

def is_complex_power(x, y):
    # float_pow hands these to complex pow (whose own errors are the caller's business)
    return x < 0 and math.isfinite(x) and math.isfinite(y) and y != math.floor(y)
SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5, float('inf'), float('-inf'),
           float('nan'), 1e308, -1e308, 5e-324, 1e-300, 1e300, 2.0**53, -(2.0**53 + 2), 7.5, -7.5, 1e16, 1/3]
rows = []
for x in SPECIAL:
    for y in SPECIAL:
        for op in OPS:
            rows.append((fb(x), fb(y), op) + outcome(lambda: OPS[op](x, y)))
while len(rows) < 5000:
    x = rnd_float(False)
    y = rnd_float(False)
    op = random.choice(['truediv', 'mod', 'floordiv', 'divmod'])
    rows.append((fb(x), fb(y), op) + outcome(lambda: OPS[op](x, y)))
for _ in range(500):   # powers that are exact, so any correct pow gives the same bits
    x = float(random.randrange(-20, 21)) / random.choice([1, 2, 4, 8])
    y = float(random.randrange(-40, 41))
    rows.append((fb(x), fb(y), 'pow') + outcome(lambda: OPS['pow'](x, y)))
for x, y in [(2.0, 10000.0), (-2.0, 10001.0), (2.0, -10000.0), (-8.0, 1/3), (-1.0, 1e300), (-2.0, 1e300),
             (-2.0, -1e300), (10.0, -400.0), (1.1, 1000.0), (1.5, -1800.0), (10.0, 308.5), (-10.0, 309.0)]:
    rows.append((fb(x), fb(y), 'pow') + outcome(lambda: OPS['pow'](x, y)))
write('float_ops.tsv', 'bits x\tbits y\top\tkind\tresult bits', rows)

rows = []
while len(rows) < 3000:
    r = random.random()
    if r < 0.5:
        x, y = random.uniform(0, 10), random.uniform(-50, 50)
    elif r < 0.8:
        x, y = random.uniform(0, 2), random.uniform(-1000, 1000)
    else:
        x, y = random.uniform(-100, 100), float(random.randrange(-60, 60))
    try:
        z = x ** y
    except OverflowError:
        continue
    if isinstance(z, complex) or not math.isfinite(z):
        continue
    rows.append((fb(x), fb(y), fb(z)))
write('pow_random.tsv', 'bits x\tbits y\tbits of x ** y', rows)

def cmp(n, x):
    if x != x:
        return 'unordered'
    return '-1' if n < x else '0' if n == x else '1'
rows = []
pairs = [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (-(2**53 + 1), -(2.0**53)), (10**400, float('inf')),
         (-10**400, float('-inf')), (10**400, 1.7976931348623157e308), (0, -0.0), (0, 5e-324), (-1, -0.5),
         (1, 0.5), (2**1024 - 2**970, 1.0), (2**1024 - 2**971, 1.0), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
         (-2**63, -(2.0**63)), (3, float('nan')), (10**300, 1e300), (5, 5.5), (-5, -5.5), (-6, -5.5)]
for n, x in pairs:
    rows.append((hex(n), fb(x), cmp(n, x)) + outcome(lambda: fb(float(n))))
while len(rows) < 1500:
    n = random.randrange(-10**random.randrange(1, 330), 10**random.randrange(1, 330))
    fits = abs(n) < 10**308
    x = random.choice([float(n) if fits else 1e308, math.nextafter(float(n), math.inf) if fits else 1.0,
                       rnd_float(), float(n) + 0.5 if abs(n) < 2**52 else 0.25])
    if random.random() < 0.3:
        n = int(x) if math.isfinite(x) else n
    rows.append((hex(n), fb(x), cmp(n, x)) + outcome(lambda: fb(float(n))))
write('int_float.tsv', 'hex(n)\tbits x\tcompare(n, x)\tkind\tbits of float(n)', rows)

rows = []
for a, b in [(2**1024 - 2**970, 1), (2**1025 - 2**971, 2), (2**1024 - 2**971, 1), (1, 2**1075), (1, 2**1074),
             (3, 2**1075), (1, -2**1080), (10**400, 10**399), (10**400, 1), (-10**400, 10**100), (0, -5), (0, 5),
             (5, 0), (-10**400, 0), (2**53 + 1, 1), (2**54 + 2, 2), (1, 3), (-1, 3), (10**30, 7),
             (3 * 2**1000 + 1, 2**2000), (2**1077, 2**2151), (2**1078 + 1, 2**2153)]:
    rows.append((hex(a), hex(b)) + outcome(lambda: fb(a / b)))
while len(rows) < 1500:
    a = random.randrange(-10**random.randrange(1, 400), 10**random.randrange(1, 400))
    b = random.randrange(1, 10**random.randrange(1, 400)) * random.choice([1, -1])
    rows.append((hex(a), hex(b)) + outcome(lambda: fb(a / b)))
write('int_div.tsv', 'hex(a)\thex(b)\tkind\tbits of a / b', rows)

rows = []
for n in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 10**100]:
    rows.append(('i', hex(n), hash(n)))
for x in [0.0, -0.0, 1.0, -1.0, 0.5, float('inf'), float('-inf'), 5e-324, 1e300, 2.0**61, 2.0**60 * 3, -1.5]:
    rows.append(('f', fb(x), hash(x)))
while len(rows) < 1200:
    if random.random() < 0.5:
        n = random.randrange(-10**random.randrange(1, 80), 10**random.randrange(1, 80))
        rows.append(('i', hex(n), hash(n)))
    else:
        x = rnd_float()
        if x == x:
            rows.append(('f', fb(x), hash(x)))
write('hash.tsv', "'i' hex(n) or 'f' bits\tvalue\thash", rows)

rows = []
def ratio(x):
    a, b = x.as_integer_ratio()
    return hex(a) + '/' + hex(b)
for x in [0.0, -0.0, 0.5, -1.5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 2.0**63, -(2.0**63),
          2.0**63 - 1024, 1e19, 0.1, 123.0, -7.0]:
    rows.append((fb(x),) + outcome(lambda: hex(int(x))) + outcome(lambda: ratio(x)) + (str(x.is_integer()),))
while len(rows) < 800:
    x = rnd_float()
    rows.append((fb(x),) + outcome(lambda: hex(int(x))) + outcome(lambda: ratio(x)) + (str(x.is_integer()),))
write('float_int.tsv', 'bits\tkind\thex(int(x))\tkind\tas_integer_ratio\tis_integer', rows)
