"""Random variable generators.

HotPy's pure-Python ``random`` module, built on the ``_random`` core (an MT19937
generator).  For every seed it produces exactly the numbers CPython 3.11 produces:
each method draws from ``random()`` and ``getrandbits()`` in the same order and
evaluates the same floating-point expressions as CPython's module does.

    integers:   randrange, randint, getrandbits, randbytes
    sequences:  choice, choices, shuffle, sample
    real line:  random, uniform, triangular, gauss, normalvariate, lognormvariate,
                expovariate, gammavariate, betavariate, paretovariate, weibullvariate
    circle:     vonmisesvariate
"""

from warnings import warn as _warn
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from _collections_abc import Sequence as _Sequence
import _random

try:
    # The small C module is CPython's; HotPy provides one of the two names.
    from _sha512 import sha512 as _sha512
except ImportError:
    from hashlib import sha512 as _sha512

try:
    from os import urandom as _urandom
except ImportError:
    _urandom = None

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

# Constants of the algorithms below; the expressions are CPython's, so the values are too.
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)     # Kinderman-Monahan bound
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)                 # Cheng's gamma squeeze
BPF = 53                                        # bits in a float's significand
RECIP_BPF = 2 ** -BPF
_ONE = 1        # randrange's default step, recognised by identity

_SEED_TYPES_MESSAGE = ('The only supported seed types are: None,\n'
                       'int, float, str, bytes, and bytearray.')
_RANDRANGE_FUTURE = 'randrange() will raise TypeError in the future'
_RANDRANGE_DEPRECATED = ('non-integer arguments to randrange() have been deprecated '
                         'since Python 3.10 and will be removed in a subsequent '
                         'version')


def _version1_string_seed(a):
    """Python 2's string hash, kept so that seed(s, version=1) repeats old sequences."""
    text = a.decode('latin-1') if isinstance(a, bytes) else a
    x = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        x = ((1000003 * x) ^ code) & 0xFFFFFFFFFFFFFFFF
    return x ^ len(text)   # never -1, so no remapping of the C hash's error value is needed


def _version2_bytes_seed(a):
    """All bits of a str/bytes/bytearray seed: the data followed by its SHA-512 digest."""
    data = a.encode() if isinstance(a, str) else a
    return int.from_bytes(data + _sha512(data).digest(), 'big')


def _randrange_argument(value, label):
    """An int argument of randrange(): operator.index(value), or -- deprecated since 3.10 --
    int(value) when that equals value. Warnings are attributed to randrange's caller."""
    try:
        return _index(value)
    except TypeError:
        # int() runs inside the handler, so its errors chain to the TypeError as in CPython.
        as_int = int(value)
        if as_int != value:
            _warn(_RANDRANGE_FUTURE, DeprecationWarning, 3)
            raise ValueError(f"non-integer {label} for randrange()")
        _warn(_RANDRANGE_DEPRECATED, DeprecationWarning, 3)
        return as_int


class Random(_random.Random):
    """The generator behind the module-level functions; instantiate it for independent
    streams.  A subclass may replace random(), seed(), getstate() and setstate() (and
    optionally getrandbits(), for unbounded ranges) to use another core generator."""

    VERSION = 3     # the version tag of getstate() tuples

    def __init__(self, x=None):
        """Create a generator seeded with x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Seed from None (system entropy), an int (all its bits), a float (its hash), or a
        str/bytes/bytearray (all bits with version 2, a 64-bit string hash with version 1)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _version1_string_seed(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _version2_bytes_seed(a)
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError(_SEED_TYPES_MESSAGE)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state from getstate(); version 2 tuples (signed words) are accepted."""
        version = state[0]
        if version == 3:
            version, core_state, self.gauss_next = state
        elif version == 2:
            version, core_state, self.gauss_next = state
            # Version 2 stored the 32-bit words as C longs, negative on some platforms.
            try:
                core_state = tuple(word % (2 ** 32) for word in core_state)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        super().setstate(core_state)

    # Pickling goes through __reduce__; the two methods before it are kept for old callers.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """Pick the _randbelow a subclass can support: the nearest class in its MRO that
        defines _randbelow wins; one that defines getrandbits gets the exact method; one that
        only defines random gets the float-based one."""
        for klass in cls.__mro__:
            namespace = klass.__dict__
            if '_randbelow' in namespace:
                break
            if 'getrandbits' in namespace:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in namespace:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # ---- uniform integers below n: the only integer source of the methods below ----

    def _randbelow_with_getrandbits(self, n):
        """A uniform int in [0, n), for n > 0, by rejection sampling of n.bit_length() bits."""
        getrandbits = self.getrandbits
        k = n.bit_length()      # not (n-1).bit_length(): n may be 1
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A uniform int in [0, n), for n > 0, from random() alone (53 bits at most)."""
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize   # floats below limit map evenly onto [0, n)
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # ---- bytes and integers ----

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random element of range(start, stop, step), without building the range."""
        istart = _randrange_argument(start, "arg 1")
        if stop is None:
            # step has not been converted yet, so only its identity can be checked here.
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _randrange_argument(stop, "stop")
        width = istop - istart
        istep = _randrange_argument(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        # len() rather than truth: NumPy arrays refuse bool().
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of a sequence, in selection order; counts=[...] repeats
        population[i] counts[i] times without building the expanded list."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in picks]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        # Track the untouched pool (a list of n) or the picks made (a set of k), whichever
        # is smaller; the threshold estimates the memory of a k-element set.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            return self._sample_from_pool(population, n, k)
        return self._sample_by_rejection(population, n, k)

    def _sample_from_pool(self, population, n, k):
        # Invariant: the candidates not chosen yet are pool[0 : n-i].
        randbelow = self._randbelow
        result = [None] * k
        pool = list(population)
        for i in range(k):
            j = randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
        return result

    def _sample_by_rejection(self, population, n, k):
        randbelow = self._randbelow
        result = [None] * k
        chosen = set()
        for i in range(k):
            j = randbelow(n)
            while j in chosen:
                j = randbelow(n)
            chosen.add(j)
            result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements drawn with replacement, uniformly or by (cumulative) weights."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0    # a float, so that random() * n stays a float product
                return [population[floor(random() * n)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # ---- distributions on the real line ----

    def uniform(self, a, b):
        """A float between a and b (b itself may come out, by rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the midpoint by default)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            # Mirror the upper branch onto the lower one.
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution by Kinderman and Monahan's ratio of uniforms (ACM TOMS 3, 1977)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by the Box-Muller transform: each pair of uniforms yields two
        deviates, the second kept in gauss_next for the following call (not thread-safe)."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of a normal deviate with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (negative rates give negative values)."""
        # 1 - random() lies in (0, 1], so the log is always defined.
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution on the circle: mean angle mu, concentration kappa >= 0
        (Fisher, Statistical Analysis of Circular Data, 1993)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0 (not the gamma function)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R.C.H. Cheng, Applied Statistics 26 (1977), p71-74; for alpha > 1.
        random = self.random
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def _gamma_small_shape(self, alpha):
        # Algorithm GS of Kennedy & Gentle, Statistical Computing; for 0 < alpha < 1.
        random = self.random
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    return x
            elif u1 <= _exp(-x):
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0, as the ratio
        y / (y + z) of two gamma deviates (Knuth, TAOCP vol. 2, 3rd ed., p. 134)."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


def _fallback_urandom(n):
    """Bytes from a privately held generator seeded from system entropy, for interpreters
    whose os module offers no urandom(); not suitable for cryptography."""
    if n < 0:
        raise ValueError("negative argument not allowed")
    return _ENTROPY_FALLBACK.getrandbits(n * 8).to_bytes(n, 'little')


if _urandom is None:
    _ENTROPY_FALLBACK = _random.Random()
    _urandom = _fallback_urandom


class SystemRandom(Random):
    """A generator reading the operating system's entropy source (os.urandom) on every
    call: it cannot be seeded and has no state to save or restore."""

    def random(self):
        """A float in [0, 1) with 53 random bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)     # drop the bits beyond k

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Ignored: system entropy cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Not available: system entropy has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# One shared generator, seeded from system entropy, behind the module-level functions.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

# A forked child must not repeat its parent's stream.
try:
    import os as _os
except ImportError:
    _os = None
if _os is not None and hasattr(_os, "fork"):
    _os.register_at_fork(after_in_child=_inst.seed)
