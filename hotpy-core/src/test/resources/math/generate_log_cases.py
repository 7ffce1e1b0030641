"""Writes log_glibc.txt, CPython's math.log (glibc's on Linux) for GlibcLogTest.

    python3 generate_log_cases.py > log_glibc.txt            # the checked-in 20,000 rows
    python3 generate_log_cases.py 1000000 > /tmp/log_big.txt  # a larger run, used with
    mvn -o -q -pl hotpy-core test -Dtest=GlibcLogTest -Dhotpy.logTable=/tmp/log_big.txt

Each line is "RANGE X LOG" with the doubles as 16 hexadecimal digits of their bits. The
ranges follow glibc's branches: gauss (1 - random(), what random.gauss uses), near1 (x - 1 in
[-1/16, 0x1.09p-4), the polynomial-only branch), wide (2^-1022 to 2^1024, the table branch),
subnormal, and special (the branch boundaries and their neighbours, powers of two, extremes).
"""
import math
import random
import struct
import sys


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def row(tag, x):
    return "%s %016x %016x" % (tag, bits(x), bits(math.log(x)))


def special():
    values = [5e-324, 2.2250738585072014e-308, sys.float_info.max, 1.0, 0.9375, 1.0 + 0x109 / 4096,
              0.6875, 1.375, math.e, 10.0]
    values += [2.0 ** k for k in range(-1074, 1024, 7)]
    out = []
    for v in values:
        for w in (v, math.nextafter(v, 0.0), math.nextafter(v, math.inf)):
            if 0.0 < w < math.inf:
                out.append(w)
    return list(dict.fromkeys(out))


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    rng = random.Random(20261126)
    lines = [row("special", x) for x in special()]
    for _ in range(2 * scale):
        lines.append(row("gauss", 1.0 - rng.random()))
    for _ in range(scale):
        lines.append(row("near1", 1.0 + rng.uniform(-0.0625, 0.065)))
    for _ in range(scale):
        lines.append(row("wide", 2.0 ** rng.uniform(-1022.0, 1023.99)))
    for _ in range(scale // 4):
        lines.append(row("subnormal", rng.uniform(0.0, 2.2250738585072014e-308) or 5e-324))
    print("\n".join(lines))


main()
