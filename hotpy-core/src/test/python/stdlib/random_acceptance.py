# Issue 4, acceptance 2: for seeds 0-99, "hotpy", b"hotpy" and 2**100, the first 1,000 values of
# random(), randint(1, 10**6), choice, shuffle, sample and gauss equal CPython's.  Each sequence
# is printed as a SHA-256 digest of its repr (computed the same way under both interpreters),
# and a few raw values are printed in full.
import hashlib
import random

SEEDS = list(range(100)) + ["hotpy", b"hotpy", 2 ** 100]
N = 1000
POPULATION = [chr(0x61 + i % 26) * (1 + i % 3) for i in range(57)]


def streams(rng, seed):
    rng.seed(seed)
    yield "random", [rng.random() for _ in range(N)]
    rng.seed(seed)
    yield "randint", [rng.randint(1, 10 ** 6) for _ in range(N)]
    rng.seed(seed)
    yield "choice", [rng.choice(POPULATION) for _ in range(N)]
    rng.seed(seed)
    deck = list(range(N))
    rng.shuffle(deck)
    yield "shuffle", deck
    rng.seed(seed)
    yield "sample", rng.sample(range(10 ** 6), N)
    rng.seed(seed)
    yield "gauss", [rng.gauss(0.0, 1.0) for _ in range(N)]


def digest(values):
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


rng = random.Random()
for seed in SEEDS:
    parts = []
    for name, values in streams(rng, seed):
        parts.append(f"{name}={digest(values)}")
        if seed in (0, 42, "hotpy", b"hotpy", 2 ** 100) and seed is not True:
            print(f"  {seed!r} {name}: {values[:3]} ... {values[-1]!r}")
    print(repr(seed), " ".join(parts))

# The module-level functions share one hidden instance; seeding it gives the same streams.
random.seed(12345)
module_level = [random.random() for _ in range(N)]
rng.seed(12345)
print("module-level matches instance:", module_level == [rng.random() for _ in range(N)])
