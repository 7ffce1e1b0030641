"""Writes the expected-value tables of the math tests from CPython's own math module.

    python3 generate_math_tables.py      (run in this directory, with CPython 3.11 on Linux)

Files written (one case per line, '#' lines are comments):
  math_float.txt      NAME ARG... -> RESULT   floats as 16 hex digits of their IEEE bits
  math_int.txt        NAME ARG... -> RESULT   ints in decimal, floats in hex
  math_aggregate.txt  NAME ARG,ARG,... [; ARG,...] -> RESULT  (fsum, hypot, dist, prod)
A RESULT is a float in hex, an int in decimal, True/False, a tuple 'a,b', or '!Type:message'
for an exception. Arguments are drawn at random (fixed seed) over each function's domain,
plus edge values common to all.
"""
import math
import random
import struct
import sys

sys.set_int_max_str_digits(0)

ROWS = 1000          # random arguments per function
rng = random.Random(20240611)


def h(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def logu(lo, hi):
    """Log-uniform magnitude in [lo, hi]."""
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def signed(x):
    return x if rng.random() < 0.5 else -x


def bits_random():
    """Any finite double, uniform over bit patterns."""
    while True:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


EDGES = [0.0, -0.0, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308, 1e-300,
         -1e-300, 1e-20, 1e-8, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, -2.0, 3.0, 0.1, -0.1,
         0.7071067811865476, 1.0000000000000002, 0.9999999999999999, math.pi / 2, math.pi,
         -math.pi, 10.0, 22.0, 100.0, 170.5, 171.0, 709.78, 710.0, -745.0, -746.0, 1e16,
         1e22, 2.0 ** 52 + 0.5, 1e300, -1e300, 1.7976931348622157e308, -1.7976931348622157e308,
         math.inf, -math.inf, math.nan, -3.5, -4.0, 0.25, 6.0, 27.0, 28.0, 56 * math.log(2),
         1024.0, -1075.0, 1e-5, 4.5e15]

UNARY = {
    'acos': lambda: rng.uniform(-1, 1),
    'acosh': lambda: rng.choice([rng.uniform(1, 5), logu(1, 1e300)]),
    'asin': lambda: rng.uniform(-1, 1),
    'asinh': lambda: signed(rng.choice([rng.uniform(0, 5), logu(1e-20, 1e300)])),
    'atan': lambda: signed(rng.choice([rng.uniform(0, 5), logu(1e-20, 1e300)])),
    'atanh': lambda: rng.uniform(-1, 1),
    'cbrt': lambda: signed(logu(1e-320, 1e300)),
    'cos': lambda: rng.choice([rng.uniform(-10, 10), signed(logu(1e-10, 1e22))]),
    'cosh': lambda: rng.choice([rng.uniform(-3, 3), rng.uniform(-712, 712)]),
    'erf': lambda: rng.choice([rng.uniform(-6, 6), signed(logu(1e-30, 30))]),
    'erfc': lambda: rng.choice([rng.uniform(-6, 27), signed(logu(1e-30, 30))]),
    'exp': lambda: rng.choice([rng.uniform(-5, 5), rng.uniform(-746, 710)]),
    'exp2': lambda: rng.choice([rng.uniform(-5, 5), rng.uniform(-1076, 1025)]),
    'expm1': lambda: rng.choice([rng.uniform(-1, 1), rng.uniform(-40, 710), signed(logu(1e-20, 1))]),
    'fabs': bits_random,
    'gamma': lambda: rng.choice([rng.uniform(-5, 10), rng.uniform(-180, 172), signed(logu(1e-25, 1e-5))]),
    'lgamma': lambda: rng.choice([rng.uniform(-5, 10), rng.uniform(-200, 1e5), logu(1e5, 1e306)]),
    'log': lambda: rng.choice([rng.uniform(0.5, 2), logu(1e-320, 1e308)]),
    'log10': lambda: rng.choice([rng.uniform(0.5, 2), logu(1e-320, 1e308)]),
    'log1p': lambda: rng.choice([rng.uniform(-1, 1), logu(1e-20, 1e300)]),
    'log2': lambda: rng.choice([rng.uniform(0.5, 2), logu(1e-320, 1e308)]),
    'sin': lambda: rng.choice([rng.uniform(-10, 10), signed(logu(1e-10, 1e22))]),
    'sinh': lambda: rng.choice([rng.uniform(-3, 3), rng.uniform(-712, 712)]),
    'sqrt': lambda: logu(1e-320, 1e308),
    'tan': lambda: rng.choice([rng.uniform(-10, 10), signed(logu(1e-10, 1e22))]),
    'tanh': lambda: rng.choice([rng.uniform(-1, 1), rng.uniform(-25, 25)]),
    'degrees': bits_random,
    'radians': bits_random,
    'ulp': bits_random,
    'ceil': lambda: rng.choice([rng.uniform(-1e6, 1e6), bits_random()]),
    'floor': lambda: rng.choice([rng.uniform(-1e6, 1e6), bits_random()]),
    'trunc': lambda: rng.choice([rng.uniform(-1e6, 1e6), bits_random()]),
    'frexp': bits_random,
    'modf': lambda: rng.choice([rng.uniform(-1e6, 1e6), bits_random()]),
    'isfinite': bits_random,
    'isinf': bits_random,
    'isnan': bits_random,
}

BINARY = {
    'atan2': lambda: (rng.uniform(-5, 5), rng.uniform(-5, 5)) if rng.random() < 0.7
    else (bits_random(), bits_random()),
    'copysign': lambda: (bits_random(), bits_random()),
    'fmod': lambda: (signed(logu(1e-300, 1e300)), signed(logu(1e-300, 1e300))) if rng.random() < 0.7
    else (rng.uniform(-100, 100), rng.uniform(-10, 10)),
    'remainder': lambda: (signed(logu(1e-300, 1e300)), signed(logu(1e-300, 1e300))) if rng.random() < 0.7
    else (float(rng.randint(-100, 100)), float(rng.choice([2, 4, 0.5, 3, 0.25]))),
    'pow': lambda: rng.choice([(logu(1e-3, 1e3), rng.uniform(-100, 100)),
                               (rng.uniform(-10, 10), float(rng.randint(-40, 40))),
                               (logu(1e-300, 1e300), rng.uniform(-3, 3)),
                               (1 + signed(logu(1e-16, 1e-3)), signed(logu(1, 1e15)))]),
    'nextafter': lambda: (bits_random(), bits_random()),
    'hypot': lambda: (signed(logu(1e-320, 1e308)), signed(logu(1e-320, 1e308))) if rng.random() < 0.5
    else (rng.uniform(-5, 5), rng.uniform(-5, 5)),
    'log': lambda: (logu(1e-300, 1e300), logu(1e-3, 1e3)),
    'isclose': lambda: rng.choice([(1.0, 1.0 + 1e-9), (1.0, 1.0 + 2e-9), (bits_random(), bits_random()),
                                   (rng.uniform(-1, 1), rng.uniform(-1, 1)), (1e-10, 0.0)]),
}

BINARY_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.0, 1e300, 5e-324, 1.5,
                math.inf, -math.inf, math.nan]


def encode(value):
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return h(value)
    if isinstance(value, complex):
        return f'{h(value.real)},{h(value.imag)}'
    if isinstance(value, tuple):
        return ','.join(encode(v) for v in value)
    raise TypeError(value)


def outcome(thunk):
    try:
        return encode(thunk())
    except Exception as e:  # noqa: BLE001 -- the exception is the expected result
        return f'!{type(e).__name__}:{e}'


def write_float_table():
    with open('math_float.txt', 'w') as out:
        out.write('# generated by generate_math_tables.py from CPython math; do not edit\n')
        for name, draw in UNARY.items():
            fn = getattr(math, name)
            for x in EDGES + [draw() for _ in range(ROWS)]:
                out.write(f'{name} {h(x)} -> {outcome(lambda: fn(x))}\n')
        for name, draw in BINARY.items():
            fn = getattr(math, name)
            cases = [(x, y) for x in BINARY_EDGES for y in BINARY_EDGES] + [draw() for _ in range(ROWS)]
            for x, y in cases:
                out.write(f'{name} {h(x)} {h(y)} -> {outcome(lambda: fn(x, y))}\n')
        for x, y, rel, ab in [(1.0, 1.1, 0.1, 0.0), (1.0, 1.2, 0.1, 0.0), (0.0, 1e-10, 1e-9, 1e-9),
                              (0.0, 1e-8, 1e-9, 1e-9), (1.0, 2.0, -1.0, 0.0), (1.0, 2.0, 0.0, -1.0),
                              (math.inf, math.inf, 0.0, 0.0), (math.inf, -math.inf, 1.0, 1.0),
                              (math.nan, math.nan, 1.0, 1.0), (1e308, -1e308, 1.0, 0.0)]:
            out.write(f'isclose4 {h(x)} {h(y)} {h(rel)} {h(ab)} -> '
                      f'{outcome(lambda: math.isclose(x, y, rel_tol=rel, abs_tol=ab))}\n')
        for x, y in [(x, y) for x in BINARY_EDGES + [-8.0, -0.5] for y in BINARY_EDGES + [1 / 3, -1075.0, 1025.0]] + \
                [BINARY['pow']() for _ in range(ROWS)]:
            out.write(f'floatpow {h(x)} {h(y)} -> {outcome(lambda: x ** y)}\n')
        exps = [0, 1, -1, 52, 1023, 1024, -1022, -1074, -1075, -1100, 2000, -2000, 2 ** 31, -2 ** 31,
                2 ** 31 - 1, -2 ** 31 - 1, 2 ** 70, -2 ** 70]
        xs = [0.0, -0.0, 1.0, -1.5, 0.75, 5e-324, 1e-310, 1.7976931348622157e308, math.inf,
              -math.inf, math.nan, 3.0000000000000004]
        for x in xs:
            for i in exps + [rng.randint(-1100, 1100) for _ in range(10)]:
                out.write(f'ldexp {h(x)} {i} -> {outcome(lambda: math.ldexp(x, i))}\n')


def big_random():
    return rng.getrandbits(rng.choice([8, 40, 64, 100, 300, 1000]))


def write_int_table():
    with open('math_int.txt', 'w') as out:
        out.write('# generated by generate_math_tables.py from CPython math; do not edit\n')
        ints = [0, 1, -1, 2, 12, -18, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64 + 1,
                3 ** 200, -(5 ** 120)]
        for _ in range(300):
            n = big_random() * rng.choice([1, -1])
            k = rng.choice([big_random(), n * rng.getrandbits(30), rng.getrandbits(20)]) * rng.choice([1, -1])
            ints.append(n)
            out.write(f'gcd {n} {k} -> {outcome(lambda: math.gcd(n, k))}\n')
            out.write(f'lcm {n} {k} -> {outcome(lambda: math.lcm(n, k))}\n')
        for a in ints[:13]:
            for b in ints[:13]:
                out.write(f'gcd {a} {b} -> {math.gcd(a, b)}\n')
                out.write(f'lcm {a} {b} -> {math.lcm(a, b)}\n')
        for args in [(), (5,), (-5,), (0, 0, 0), (12, 18, 27), (2 ** 64, 2 ** 70, 2 ** 65 * 3),
                     (1, 2 ** 100, 7), (0, -4)]:
            s = ' '.join(map(str, args))
            out.write(f'gcd {s} -> {math.gcd(*args)}\n')
            out.write(f'lcm {s} -> {math.lcm(*args)}\n')
        isqrt_args = [0, 1, 2, 3, 4, 15, 16, 17, -1, 2 ** 62, 2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64,
                      10 ** 40, 10 ** 40 - 1, (10 ** 20 + 1) ** 2, (10 ** 20 + 1) ** 2 - 1, -(10 ** 30)]
        isqrt_args += [rng.getrandbits(rng.randint(1, 1200)) for _ in range(200)]
        for n in isqrt_args:
            out.write(f'isqrt {n} -> {outcome(lambda: math.isqrt(n))}\n')
        for n in list(range(0, 60)) + [-1, -(2 ** 70), 2 ** 63, 100, 170, 171, 1000, 1234, 10000]:
            out.write(f'factorial {n} -> {outcome(lambda: math.factorial(n))}\n')
        pairs = [(n, k) for n in range(0, 12) for k in range(0, 13)]
        pairs += [(67, 33), (68, 34), (100, 50), (1000, 500), (2 ** 63 - 1, 3), (2 ** 64, 3),
                  (2 ** 64, 2 ** 64 - 2), (10 ** 30, 10 ** 30 - 2), (-1, 2), (2, -1), (5, 2 ** 64),
                  (2 ** 65, 2 ** 64), (2 ** 100, 0), (2 ** 100, 1), (3000, 1500), (10 ** 6, 7),
                  (2 ** 64 + 5, 2 ** 64 + 6)]
        pairs += [(rng.randint(0, 300), rng.randint(0, 300)) for _ in range(200)]
        for n, k in pairs:
            out.write(f'comb {n} {k} -> {outcome(lambda: math.comb(n, k))}\n')
            if not (n > 2 ** 64 and 0 <= n - 2 ** 64 < k):
                out.write(f'perm {n} {k} -> {outcome(lambda: math.perm(n, k))}\n')
        for n in [0, 5, 20, 21, -3, 2 ** 63]:
            out.write(f'perm {n} None -> {outcome(lambda: math.perm(n))}\n')
        logs = [1, 2, 3, 10, 2 ** 52 + 1, 2 ** 64, 10 ** 300, 10 ** 308, 2 ** 1023, 2 ** 1024 - 2 ** 970,
                2 ** 1024 - 2 ** 970 - 1, 2 ** 1024, 10 ** 400, 3 ** 5000, 2 ** 30000 - 1, 0, -1, -(10 ** 400)]
        logs += [rng.getrandbits(rng.randint(1, 2500)) + 1 for _ in range(150)]
        for n in logs:
            for name in ('log', 'log2', 'log10'):
                out.write(f'{name} {n} -> {outcome(lambda: getattr(math, name)(n))}\n')
            for base in (2, 10, 10 ** 400, 1, 0):
                out.write(f'logb {n} {base} -> {outcome(lambda: math.log(n, base))}\n')
            out.write(f'logbf {n} {h(0.5)} -> {outcome(lambda: math.log(n, 0.5))}\n')


def write_aggregate_table():
    def floats(xs):
        return ','.join(h(x) for x in xs) if xs else '-'

    with open('math_aggregate.txt', 'w') as out:
        out.write('# generated by generate_math_tables.py from CPython math; do not edit\n')
        special = [[], [0.0], [-0.0], [-0.0, -0.0], [1e308, 1e308], [1e308, 1e308, -1e308],
                   [1e308, -1e308, 1e308], [math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0],
                   [math.inf, math.nan], [1e-16, 1.0, 1e16], [0.1] * 10, [1.0, 1e100, 1.0, -1e100],
                   [2.0 ** 53, -0.5, -2.0 ** -54], [2.0 ** 53, 1.0, 2.0 ** -100],
                   [1e-320, 1e-320], [5e-324] * 7, [-1e308, -1e308]]
        for xs in special + [[rng.choice([rng.uniform(-1, 1), bits_random() / 1e10,
                                          signed(logu(1e-300, 1e300))]) for _ in range(rng.randint(1, 60))]
                             for _ in range(600)]:
            out.write(f'fsum {floats(xs)} -> {outcome(lambda: math.fsum(xs))}\n')
        hyp = [[], [3.0], [-3.0], [3.0, 4.0], [math.inf, math.nan], [math.nan, 1.0], [0.0, -0.0],
               [1e308, 1e308], [5e-324, 5e-324], [1e-310, 2e-310, 3e-310], [2.2250738585072014e-308, 1e-320]]
        for xs in hyp + [[signed(rng.choice([rng.uniform(0, 10), logu(1e-320, 1e300)]))
                          for _ in range(rng.randint(2, 20))] for _ in range(600)]:
            out.write(f'hypot {floats(xs)} -> {outcome(lambda: math.hypot(*xs))}\n')
        for _ in range(300):
            n = rng.randint(1, 8)
            p = [rng.uniform(-100, 100) for _ in range(n)]
            q = [rng.uniform(-100, 100) for _ in range(n)]
            out.write(f'dist {floats(p)} ; {floats(q)} -> {outcome(lambda: math.dist(p, q))}\n')
        out.write(f'dist {floats([1.0, 2.0])} ; {floats([1.0])} -> '
                  f'{outcome(lambda: math.dist([1.0, 2.0], [1.0]))}\n')
        out.write(f'dist - ; - -> {outcome(lambda: math.dist([], []))}\n')

        def typed(xs):
            return ','.join(f'i:{x}' if isinstance(x, int) else f'f:{h(x)}' for x in xs) or '-'

        def typed_outcome(thunk):
            try:
                return typed([thunk()])
            except Exception as e:  # noqa: BLE001
                return f'!{type(e).__name__}:{e}'

        prods = [([], 1), ([], 2.5), ([2, 3, 4], 1), ([2 ** 40, 2 ** 40, 3], 1), ([2 ** 62, 2], 1),
                 ([-2 ** 62, 2], 1), ([2, 3.5, 4], 1), ([1.5, 2, 2 ** 80], 1), ([10 ** 400, 1.0], 1),
                 ([1.0, 10 ** 400], 1), ([2, 3], 0.5), ([0.1] * 30, 1), ([-1] * 63 + [2 ** 63], 1),
                 ([2 ** 63, -1], 1), ([1e308, 10.0], 1), ([math.inf, 0], 1), ([5], 2 ** 64)]
        prods += [([rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.uniform(-3, 3), rng.getrandbits(70)])
                    for _ in range(rng.randint(0, 12))], rng.choice([1, 3, 0.5])) for _ in range(300)]
        for xs, start in prods:
            out.write(f'prod {typed(xs)} start {typed([start])} -> '
                      f'{typed_outcome(lambda: math.prod(xs, start=start))}\n')


write_float_table()
write_int_table()
write_aggregate_table()
