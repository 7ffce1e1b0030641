#!/usr/bin/env python3
"""repr.tsv: bits of a double, then repr(x). Random doubles from a fixed seed (all bit patterns,
subnormals, short decimals, powers of two and their neighbours) plus fixed edge cases.
Run from this directory: python3 gen_repr.py"""
import random, struct, sys
from tables import bits, from_bits, write

random.seed(20240311)
xs = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324, -5e-324, 1e-323,
      2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3,
      1e16, 1e15, 1e17, 1e-4, 1e-5, 0.0001, 0.00001, 123456789012345680.0, 1e22, 1e23, 9007199254740993.0,
      2.0**53, 2.0**63, 2.0**64, 1/3, 2/3, 100.0, 1.5, -1.5, 9.999999999999999e22, 1e300, 4.35, 2.675]
for e in range(-30, 31):
    xs.append(10.0 ** e)
def rnd():
    r = random.random()
    if r < 0.45:
        b = random.getrandbits(64)
    elif r < 0.6:
        b = random.getrandbits(52) | (random.randrange(0, 2047) << 52)
    elif r < 0.7:
        b = random.getrandbits(random.randrange(1, 53))
    elif r < 0.85:
        return float(f"{random.randrange(1, 10**random.randrange(1, 17))}e{random.randrange(-330, 310)}")
    else:
        b = struct.unpack('<Q', struct.pack('<d', 2.0 ** random.randrange(-1074, 1024)))[0] + random.choice([-1, 0, 1])
    return from_bits('%016x' % (b & (2**64 - 1)))
while len(xs) < 6000:
    xs.append(rnd())
write('repr.tsv', 'bits\trepr(x)', [(bits(x), repr(x)) for x in xs])
