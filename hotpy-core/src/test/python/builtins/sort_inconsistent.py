# With an inconsistent order (NaN keys, a __lt__ that lies, a comparison that raises) the result
# of sort is whatever CPython's timsort does: the same comparisons in the same order give the
# same list. Long random lists reach galloping, merge_hi and the powersort merge order.
import random
nan = float('nan')
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]))
print(sorted([3.0, nan, 1.0, nan, 2.0, 0.5]))
print(sorted([3.0, nan, 1.0, nan, 2.0, 0.5], reverse=True))

def fingerprint(seq):
    h = 0
    for x in seq:
        h = (h * 1000003 + x) % (1 << 61)
    return h

class Liar:
    __slots__ = ("v", "t")
    def __init__(self, v, t):
        self.v = v
        self.t = t
    def __lt__(self, o):
        return ((self.v * 31 + o.v * 17 + self.t) % 7) < 3

class Raiser:
    __slots__ = ("v", "i")
    count = 0
    limit = 0
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, o):
        Raiser.count += 1
        if Raiser.count == Raiser.limit:
            raise ValueError("stop")
        return self.v < o.v

rng = random.Random(7)
for trial in range(100):
    n = rng.choice([2, 5, 20, 63, 64, 65, 100, 300, 700])
    kind = trial % 4
    if kind == 0:
        vals = [nan if rng.random() < 0.1 else float(rng.randrange(1000)) for _ in range(n)]
    elif kind == 1:
        vals = sorted(float(rng.randrange(1000)) for _ in range(n))
        for _ in range(n // 10):
            vals[rng.randrange(n)] = nan
        if rng.random() < 0.5:
            vals.reverse()
    elif kind == 2:
        vals = [Liar(i, trial) for i in range(n)]
        rng.shuffle(vals)
    else:
        vals = [Raiser(rng.randrange(1000), i) for i in range(n)]
        Raiser.count = 0
        Raiser.limit = rng.randrange(1, 3 * n)
    rev = rng.random() < 0.3
    order = list(range(n))
    try:
        if trial % 3 == 0:
            items = list(vals)
            items.sort(reverse=rev)
            order = [vals.index(x) if x == x else -1 for x in items] if kind < 2 else [x.v for x in items]
        else:
            order.sort(key=lambda i: vals[i], reverse=rev)
        res = "ok"
    except ValueError:
        res = "raised"
        if trial % 3 == 0:
            order = [x.i for x in items]
    print(trial, n, kind, rev, res, fingerprint(x + 1 for x in order))

# the key function sees the items in the list's order, also with reverse=True
seen = []
print(sorted([3, 1, 2], key=lambda x: seen.append(x) or -x, reverse=True), seen)
# a comparison that raises leaves the list as the sort left it
xs = [Raiser(v, i) for i, v in enumerate([5, 3, 8, 1, 9, 2, 7])]
Raiser.count = 0
Raiser.limit = 6
try:
    xs.sort()
except ValueError as e:
    print("raised", e, [x.v for x in xs])
# and its error wins over "list modified during sort"
class Mutator:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, o):
        self.lst.append(0)
        if self.v == 2:
            raise KeyError("from lt")
        return self.v < o.v
lst = []
lst.extend(Mutator(v, lst) for v in [3, 1, 2])
try:
    lst.sort()
except (KeyError, ValueError) as e:
    print(type(e).__name__, e, [m.v for m in lst])
lst = []
lst.extend(Mutator(v, lst) for v in [3, 1, 4])
try:
    lst.sort()
except (KeyError, ValueError) as e:
    print(type(e).__name__, e, [m.v for m in lst])
