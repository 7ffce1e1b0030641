# Issue 4, acceptance 2 (gauss part): for seeds 0-99, "hotpy", b"hotpy" and 2**100, the first
# 1,000 values of gauss() equal CPython's. gauss() computes sqrt(-2 log(1 - random())) times
# cos() and sin() of random() * 2 pi, and glibc's log, sin and cos (which CPython calls) are
# not correctly rounded: HotPy computes them as glibc does, bit for bit.
# Each sequence is printed as a SHA-256 digest of its repr, plus a few raw values.
import hashlib
import random

SEEDS = list(range(100)) + ["hotpy", b"hotpy", 2 ** 100]
N = 1000


def digest(values):
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


rng = random.Random()
for seed in SEEDS:
    rng.seed(seed)
    values = [rng.gauss(0.0, 1.0) for _ in range(N)]
    if seed in (0, 42, "hotpy", b"hotpy", 2 ** 100):
        print(f"  {seed!r} gauss: {values[:3]} ... {values[-1]!r}")
    print(repr(seed), "gauss=" + digest(values))
