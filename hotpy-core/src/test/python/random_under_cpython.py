"""Runs HotPy's random.py under CPython and compares it with CPython's own random module.

    python3 -I -S -X frozen_modules=off hotpy-core/src/test/python/random_under_cpython.py

Both modules sit on CPython's C _random core, so every difference in a stream, a state, an
error or a warning is a difference in the Python code. Exits with status 1 on any mismatch.
"""

import importlib.util
import os
import pickle
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'main', 'resources', 'hotpy', 'lib'))
sys.path.insert(0, LIB)

import random as hot  # noqa: E402  (HotPy's module, found first on the path)

if os.path.abspath(hot.__file__) != os.path.join(LIB, 'random.py'):
    sys.exit(f"random was imported from {hot.__file__}, not from {LIB}")

_spec = importlib.util.spec_from_file_location(
    'cpython_random', os.path.join(os.path.dirname(os.__file__), 'random.py'))
ref = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ref)

SEEDS = list(range(100)) + ["hotpy", b"hotpy", bytearray(b"hotpy"), "", "\u00e9t\u00e9 \U0001f600",
                            2 ** 100, -(2 ** 100), -5, 1.5, -2.25, 0.0, -0.0, 1e300, 2 ** 64 - 1]
VERSION1_SEEDS = ["hotpy", b"hotpy", "", "x" * 100]
N = 1000

failures = []
checks = 0


def same(label, a, b):
    """Compares by repr, so 0.0 and -0.0 or 1 and 1.0 are told apart."""
    global checks
    checks += 1
    if repr(a) != repr(b):
        failures.append(label)
        if len(failures) <= 20:
            print(f"MISMATCH {label}:\n  hotpy  {repr(a)[:300]}\n  cpython {repr(b)[:300]}")


def outcome(thunk):
    """The value, or the exception's type and text, plus any warnings raised on the way."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            value = ('ok', thunk())
        except Exception as e:  # noqa: BLE001 -- the exception is the result
            value = ('raise', type(e).__name__, str(e))
    # Where a warning points matters too: randrange's must name its caller's line (lines inside
    # the two random.py files differ, so there only the file is compared).
    return value, [(w.category.__name__, str(w.message), os.path.basename(w.filename),
                    None if os.path.basename(w.filename) == 'random.py' else w.lineno)
                   for w in caught]


POPULATION = [f"item{i}" for i in range(37)]

STREAMS = {
    'random': lambda r: [r.random() for _ in range(N)],
    'randint': lambda r: [r.randint(1, 10 ** 6) for _ in range(N)],
    'randint_small': lambda r: [r.randint(-3, 3) for _ in range(N)],
    'choice': lambda r: [r.choice(POPULATION) for _ in range(N)],
    'choice_str': lambda r: [r.choice("abcdefghij") for _ in range(N)],
    'shuffle': lambda r: [(lambda x: (r.shuffle(x), x)[1])(list(range(50))) for _ in range(20)],
    'sample_pool': lambda r: [r.sample(range(100), 10) for _ in range(50)],
    'sample_set': lambda r: [r.sample(range(10 ** 6), 50) for _ in range(20)],
    'sample_all': lambda r: [r.sample(POPULATION, len(POPULATION)) for _ in range(10)],
    'sample_counts': lambda r: [r.sample(['a', 'b', 'c'], 6, counts=[4, 2, 3]) for _ in range(50)],
    'choices': lambda r: r.choices(POPULATION, k=N),
    'choices_weights': lambda r: r.choices(POPULATION, weights=range(1, 38), k=N),
    'choices_cum': lambda r: r.choices('abc', cum_weights=[0.5, 0.75, 3.25], k=N),
    'gauss': lambda r: [r.gauss() for _ in range(N)],
    'gauss_args': lambda r: [r.gauss(10.0, 2.5) for _ in range(N)],
    'normalvariate': lambda r: [r.normalvariate(1.0, 3.0) for _ in range(N)],
    'lognormvariate': lambda r: [r.lognormvariate(0.5, 0.25) for _ in range(N)],
    'uniform': lambda r: [r.uniform(-3, 7) for _ in range(N)],
    'triangular': lambda r: [r.triangular(0, 10, 3) for _ in range(N)],
    'triangular_default': lambda r: [r.triangular() for _ in range(N)],
    'triangular_flat': lambda r: [r.triangular(1.0, 1.0, 1.0) for _ in range(10)],
    'expovariate': lambda r: [r.expovariate(1.5) for _ in range(N)],
    'expovariate_neg': lambda r: [r.expovariate(-0.5) for _ in range(N)],
    'vonmises': lambda r: [r.vonmisesvariate(1.0, 4.0) for _ in range(N)],
    'vonmises_flat': lambda r: [r.vonmisesvariate(1.0, 1e-7) for _ in range(N)],
    'gamma_small': lambda r: [r.gammavariate(0.5, 2.0) for _ in range(N)],
    'gamma_one': lambda r: [r.gammavariate(1.0, 2.0) for _ in range(N)],
    'gamma_big': lambda r: [r.gammavariate(3.5, 1.0) for _ in range(N)],
    'beta': lambda r: [r.betavariate(2.0, 5.0) for _ in range(N)],
    'beta_small': lambda r: [r.betavariate(0.01, 0.01) for _ in range(N)],
    'pareto': lambda r: [r.paretovariate(2.5) for _ in range(N)],
    'weibull': lambda r: [r.weibullvariate(1.5, 0.7) for _ in range(N)],
    'randrange_stop': lambda r: [r.randrange(1000) for _ in range(N)],
    'randrange_step': lambda r: [r.randrange(0, 100, 7) for _ in range(N)],
    'randrange_negstep': lambda r: [r.randrange(100, 0, -3) for _ in range(N)],
    'randrange_huge': lambda r: [r.randrange(10 ** 30) for _ in range(N)],
    'randrange_span': lambda r: [r.randrange(-5, 5) for _ in range(N)],
    'getrandbits100': lambda r: [r.getrandbits(100) for _ in range(N)],
    'getrandbits_k': lambda r: [r.getrandbits(k) for k in range(200)],
    'randbytes': lambda r: [r.randbytes(17) for _ in range(100)],
    'mixed': lambda r: [(r.random(), r.gauss(), r.randrange(7), r.choice('xyz'))
                        for _ in range(200)],
}


def compare_streams():
    for seed in SEEDS:
        for name, stream in STREAMS.items():
            same(f"{name} seed={seed!r}", stream(hot.Random(seed)), stream(ref.Random(seed)))
    for seed in VERSION1_SEEDS:
        a, b = hot.Random(), ref.Random()
        a.seed(seed, version=1)
        b.seed(seed, version=1)
        same(f"version1 seed={seed!r}", STREAMS['random'](a), STREAMS['random'](b))


def compare_states():
    for seed in (0, 1, "hotpy", 2 ** 100):
        a, b = hot.Random(seed), ref.Random(seed)
        a.gauss()
        b.gauss()
        same(f"getstate seed={seed!r}", a.getstate(), b.getstate())
        state = b.getstate()
        a.setstate(state)
        same(f"after setstate seed={seed!r}", STREAMS['mixed'](a), STREAMS['mixed'](b))
        version, words, gauss_next = state
        signed = tuple(w - 2 ** 32 if w >= 2 ** 31 else w for w in words)
        a.setstate((2, signed, gauss_next))
        b.setstate((2, signed, gauss_next))
        same(f"version2 setstate seed={seed!r}", STREAMS['random'](a), STREAMS['random'](b))
    r = hot.Random(7)
    clone = pickle.loads(pickle.dumps(r))
    same("pickle round trip", STREAMS['mixed'](clone), STREAMS['mixed'](ref.Random(7)))


def module_functions(m):
    m.seed(12345)
    values = [m.random(), m.randint(1, 6), m.choice('abc'), m.uniform(1, 2), m.gauss(),
              m.sample(range(10), 3), m.choices('ab', k=3), m.getrandbits(70), m.randbytes(5)]
    state = m.getstate()
    values.append(m.random())
    m.setstate(state)
    values.append(m.random())
    return values


ERROR_CASES = {
    'randrange_empty': lambda m: m.Random(1).randrange(0),
    'randrange_empty2': lambda m: m.Random(1).randrange(5, 5),
    'randrange_empty_step': lambda m: m.Random(1).randrange(5, 1, 2),
    'randrange_zero_step': lambda m: m.Random(1).randrange(1, 5, 0),
    'randrange_missing_stop': lambda m: m.Random(1).randrange(5, None, 2),
    'randrange_float_integral': lambda m: m.Random(1).randrange(10.0),
    'randrange_float_stop': lambda m: m.Random(1).randrange(0, 10.0),
    'randrange_float_step': lambda m: m.Random(1).randrange(0, 10, 2.0),
    'randrange_float_frac': lambda m: m.Random(1).randrange(1.5),
    'randrange_float_frac_stop': lambda m: m.Random(1).randrange(0, 2.5),
    'randrange_float_frac_step': lambda m: m.Random(1).randrange(0, 10, 1.5),
    'randrange_str': lambda m: m.Random(1).randrange("5"),
    'randrange_bad_str': lambda m: m.Random(1).randrange("x"),
    'randrange_bool': lambda m: m.Random(1).randrange(True, 5),
    'randint_float': lambda m: m.Random(1).randint(1.0, 5.0),
    'choice_empty': lambda m: m.Random(1).choice([]),
    'sample_too_many': lambda m: m.Random(1).sample([1, 2], 3),
    'sample_negative': lambda m: m.Random(1).sample([1, 2], -1),
    'sample_set': lambda m: m.Random(1).sample({1, 2}, 1),
    'sample_counts_len': lambda m: m.Random(1).sample('ab', 1, counts=[1]),
    'sample_counts_float': lambda m: m.Random(1).sample('ab', 1, counts=[1, 1.0]),
    'sample_counts_zero': lambda m: m.Random(1).sample('ab', 1, counts=[0, 0]),
    'choices_both': lambda m: m.Random(1).choices('ab', [1, 2], cum_weights=[1, 2]),
    'choices_positional_k': lambda m: m.Random(1).choices('ab', 5),
    'choices_len': lambda m: m.Random(1).choices('ab', [1]),
    'choices_zero': lambda m: m.Random(1).choices('ab', [0, 0]),
    'choices_inf': lambda m: m.Random(1).choices('ab', [1, float('inf')]),
    'choices_nan': lambda m: m.Random(1).choices('ab', [1, float('nan')]),
    'gamma_bad': lambda m: m.Random(1).gammavariate(0, 1),
    'getrandbits_negative': lambda m: m.Random(1).getrandbits(-1),
    'seed_list': lambda m: m.Random([1, 2]),
    'seed_bytearray_v1': lambda m: m.Random(1).seed(bytearray(b'x'), version=1),
    'setstate_version': lambda m: m.Random(1).setstate((9, (), None)),
    'setstate_v2_bad': lambda m: m.Random(1).setstate((2, ('x',) * 625, None)),
    'triangular_zero_width': lambda m: m.Random(1).triangular(2.0, 2.0),
    'expovariate_zero': lambda m: m.Random(1).expovariate(0),
    'systemrandom_getstate': lambda m: m.SystemRandom().getstate(),
    'systemrandom_setstate': lambda m: m.SystemRandom().setstate(None),
    'systemrandom_negative_bits': lambda m: m.SystemRandom().getrandbits(-1),
    'systemrandom_seed': lambda m: m.SystemRandom().seed(5),
}


def compare_errors():
    for name, case in ERROR_CASES.items():
        same(f"error {name}", outcome(lambda: case(hot)), outcome(lambda: case(ref)))


def compare_subclasses():
    def float_only(m):
        class FloatOnly(m.Random):
            def random(self):
                self.k = (getattr(self, 'k', 0) * 1103515245 + 12345) % 2 ** 31
                return self.k / 2 ** 31
        r = FloatOnly(3)
        return [r.randrange(1000) for _ in range(100)] + [r.choice('abcdef') for _ in range(50)]

    def bits_only(m):
        class BitsOnly(m.Random):
            def getrandbits(self, k):
                return super().getrandbits(k) ^ ((1 << k) - 1)
        r = BitsOnly(3)
        return [r.randrange(1000) for _ in range(100)]

    same("subclass with only random()", float_only(hot), float_only(ref))
    same("subclass with getrandbits()", bits_only(hot), bits_only(ref))
    same("huge range without getrandbits",
         outcome(lambda: [float_only_big(hot)]), outcome(lambda: [float_only_big(ref)]))


def float_only_big(m):
    class FloatOnly(m.Random):
        def random(self):
            return 0.5
    return FloatOnly(1).randrange(2 ** 60)


def compare_system_random():
    def fake_urandom(n):
        fake_urandom.calls += 1
        return bytes((fake_urandom.calls * 31 + i * 7) % 256 for i in range(n))

    results = []
    for m in (hot, ref):
        fake_urandom.calls = 0
        saved = m._urandom
        m._urandom = fake_urandom
        try:
            r = m.SystemRandom()
            results.append([r.random() for _ in range(50)] + [r.getrandbits(k) for k in range(70)]
                           + [r.randrange(10 ** 20) for _ in range(20)] + [r.randbytes(9)])
        finally:
            m._urandom = saved
    same("SystemRandom on fixed bytes", results[0], results[1])


def main():
    compare_streams()
    compare_states()
    same("module functions", module_functions(hot), module_functions(ref))
    same("module __all__", sorted(hot.__all__), sorted(ref.__all__))
    same("constants", (hot.NV_MAGICCONST, hot.LOG4, hot.SG_MAGICCONST, hot.BPF, hot.RECIP_BPF,
                       hot.TWOPI), (ref.NV_MAGICCONST, ref.LOG4, ref.SG_MAGICCONST, ref.BPF,
                                    ref.RECIP_BPF, ref.TWOPI))
    compare_errors()
    compare_subclasses()
    compare_system_random()
    print(f"{checks - len(failures)} of {checks} comparisons agree "
          f"(random from {hot.__file__})")
    if failures:
        sys.exit(1)


if __name__ == '__main__':
    main()
