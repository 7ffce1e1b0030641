# list.sort / sorted against CPython: many shapes of input (random, runs, descending runs,
# few distinct keys, nearly sorted), stability with keys and reverse, the typed fast paths
# (str, int, float, tuples by first item) and their fallbacks, NaN, errors and mutation.
import random

rng = random.Random(1234)


def check(label, data, **kw):
    out = sorted(data, **kw)
    # a digest keeps the expected output short while covering every item's place
    print(label, len(out), out[:3], out[-3:])
    return out


shapes = {
    "random": [rng.randrange(10 ** 6) for _ in range(3000)],
    "few": [rng.randrange(5) for _ in range(3000)],
    "sorted": list(range(3000)),
    "descending": list(range(3000, 0, -1)),
    "sawtooth": [i % 97 for i in range(3000)],
    "runs": sum([sorted(rng.randrange(1000) for _ in range(rng.randrange(1, 200))) for _ in range(40)], []),
    "desc-runs": sum([sorted((rng.randrange(1000) for _ in range(rng.randrange(1, 200))), reverse=True) for _ in range(40)], []),
}
nearly = list(range(3000))
for i in range(0, 3000, 100):
    nearly[i] = rng.randrange(3000)
shapes["nearly"] = nearly

for name, data in shapes.items():
    a = sorted(data)
    assert all(a[i] <= a[i + 1] for i in range(len(a) - 1)), name
    print(name, len(a), a[:3], a[-3:], sum(x * i for i, x in enumerate(a)) % 1000003)
    b = sorted(data, reverse=True)
    print(" reverse", b[:3], sum(x * i for i, x in enumerate(b)) % 1000003)

# stability: equal keys keep their order, also with reverse=True
pairs = [(rng.randrange(20), i) for i in range(2000)]
s1 = sorted(pairs, key=lambda p: p[0])
print("stable", s1[:5], sum(p[1] * i for i, p in enumerate(s1)) % 1000003)
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print("stable reverse", s2[:5], sum(p[1] * i for i, p in enumerate(s2)) % 1000003)
words = ["w%d" % rng.randrange(300) for _ in range(2000)]
s3 = sorted(range(2000), key=lambda i: words[i])
print("stable str", s3[:8], sum(x * i for i, x in enumerate(s3)) % 1000003)

# typed paths: str, float, tuples by first item, and mixes that must fall back
print(sorted(["b", "a", "\U0001f600", "\uffff", "ab", ""]))
print(sorted([2.5, -1.0, 0.0, -0.0, 1e300, -1e300, 3]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0)]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3.5)]))
print(sorted([(2.0, 1), (nan, 2), (1.0, 3), (nan, 0)]))
same = (nan, 1)
print(sorted([(nan, 2), same, same, (nan, 0)]))
print(sorted([(True, 1), (1, 0), (0, 2), (False, 3)]))
print(sorted([(1, 2), (1.0, 1), (0, 5)]))
print(sorted([(), (1,), ()]))
print(sorted([10 ** 30, 5, -10 ** 30, 7]))
print(sorted([True, 2, False, 1]))
freq = {"x%d" % (i % 50): i for i in range(500)}
print(sorted(freq.items(), key=lambda item: (-item[1], item[0]))[:5])
big = [(-(i * 7919 % 13), "k%d" % (i * 31 % 1000)) for i in range(5000)]
bs = sorted(big)
print(bs[:3], bs[-3:], sum(i for i, x in enumerate(bs) if x[1] < "k5") % 1000003)

# errors: incomparable items, a raising key, a raising __lt__; the list is left usable
for data in ([1, "a", 2], [(1, 2), (1, "x")], [None, None], [[1], (1,)]):
    try:
        sorted(data)
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("thirteen")
        return self.v < other.v

    def __repr__(self):
        return "Bad(%d)" % self.v


items = [Bad(v) for v in (5, 3, 13, 1, 8) * 20]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e, len(items), sorted(b.v for b in items)[:4])


def key(x):
    if x == 7:
        raise KeyError(x)
    return -x


lst = list(range(10))
try:
    lst.sort(key=key)
except KeyError as e:
    print("KeyError:", e, lst)

lst = [3, 1, 2]


def meddle(x):
    lst.append(x)
    return x


try:
    lst.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e)


class Chaos:
    """An inconsistent __lt__ must not crash the sort (Python allows it)."""
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return (self.v * 7 + other.v * 3) % 5 < 2


c = sorted(Chaos(i) for i in range(500))
print("chaos", len(c), sorted(x.v for x in c) == list(range(500)))

# tuple items compared in one pass (nested tuples, strs, ints, floats) and the generic fallback
pairs = [(-c, (a, b)) for c, a, b in [(1, "b", "a"), (2, "a", "z"), (1, "a", "b"), (1, "a", "a"),
                                      (1, "a", "a", ), (2, "a", "y")]]
print(sorted(pairs))
print(sorted([(1, (2.0, "x")), (1, (2, "w")), (1, (-0.0, "b")), (1, (0.0, "a")), (1, (nan, "c")),
              (1, (1, 2, 3)), (1, (1, 2))]))
print(sorted([("k", (1, [2])), ("k", (1, [1])), ("k", (0, None))]))
try:
    sorted([("k", (1, None)), ("k", (1, 2))])
except TypeError as e:
    print("TypeError:", e)
print((1, ("a", nan)) < (1, ("a", nan)), (1, ("a", same)) < (1, ("a", same)))
print([(0, "\U0001F600"), (0, "\uFFFF")] == sorted([(0, "\uFFFF"), (0, "\U0001F600")]))
