"""Writes sincos_glibc.txt, CPython's math.sin and math.cos (glibc's on Linux) for SinCosTest.

    python3 generate_sincos_cases.py > sincos_glibc.txt            # the checked-in 20,000 rows
    python3 generate_sincos_cases.py 1000000 > /tmp/sincos_big.txt  # a larger run, used with
    mvn -o -q -pl hotpy-core test -Dtest=SinCosTest -Dhotpy.sincosTable=/tmp/sincos_big.txt

Each line is "RANGE X SIN COS" with the doubles as 16 hexadecimal digits of their bits. The
ranges follow glibc's branches: gauss (random() * 2 pi, what random.gauss uses), small
(|x| < 0.855469, including the polynomial-only |x| < 0.126), middle (up to 2.426265),
reduced (up to 105414350, the four-part pi/2 reduction), huge (the multi-word reduction),
and special (signed zeros, subnormals, the branch boundaries and their neighbours,
multiples of pi/2, infinities and NaN).
"""
import math
import random
import struct
import sys


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def row(tag, x):
    if not math.isfinite(x):
        # C's sin and cos return NaN here (math.sin raises ValueError instead)
        return "%s %016x %016x %016x" % (tag, bits(x), bits(math.nan), bits(math.nan))
    return "%s %016x %016x %016x" % (tag, bits(x), bits(math.sin(x)), bits(math.cos(x)))


def special():
    hexes = ["0x1p-27", "0x1p-26", "0x1.b6p-1", "0x1.368fdp+1", "0x1.921fbp+26"]
    values = [0.0, 5e-324, 2.2250738585072014e-308, 1e-300, 0.126, 1e22, 2.0 ** 1023,
              sys.float_info.max, math.pi / 4, math.pi / 2, math.pi, math.tau]
    values += [float.fromhex(h) for h in hexes]
    values += [k * math.pi / 2 for k in range(3, 64)]
    values += [6381956970095103.0 * 2.0 ** 797, 5.319372648326541e+255]  # hard reductions
    out = []
    for v in values:
        for w in (v, math.nextafter(v, 0.0), math.nextafter(v, math.inf)):
            if math.isfinite(w):
                out += [w, -w]
    return list(dict.fromkeys(out))


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    rng = random.Random(20261126)
    lines = [row("special", x) for x in special()]
    lines += [row("special", x) for x in (math.inf, -math.inf, math.nan)]
    for _ in range(3 * scale):
        lines.append(row("gauss", rng.random() * math.tau))
    for _ in range(scale):
        lines.append(row("small", rng.uniform(-1.0, 1.0) * 2.0 ** rng.randint(-30, 0)))
    for _ in range(scale):
        lines.append(row("middle", rng.uniform(-2.45, 2.45)))
    for _ in range(2 * scale):
        lines.append(row("reduced", rng.uniform(-1.06e8, 1.06e8) / 2.0 ** rng.randint(0, 25)))
    for _ in range(scale):
        sign = rng.choice((-1.0, 1.0))
        lines.append(row("huge", sign * 2.0 ** rng.uniform(26.6, 1023.99)))
    print("\n".join(lines))


main()
