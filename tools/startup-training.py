"""Training program for the launcher's start-up cache (see ../hotpy): a class-data-sharing archive
on JDK 17-24, an AOT cache on JDK 25+.

The launcher runs this once per JDK version and build, in the default mode (selective tier 2), so
the JVM records which classes a typical Python program loads and links; later runs start from that. It is deliberately a mix of ordinary Python (objects, numbers,
calls, generators, containers, strings, exceptions, a few stdlib modules) and deliberately NOT one
of the benchmark programs, so the cache is not trained on the test. Keep it deterministic (its
output must equal python3's) and short: its run time is part of the one-time training cost.
"""
import collections
import heapq
import itertools
import math
import random


class Account:
    """Attributes, methods, properties, class and static methods, dunders."""

    rate = 0.015

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    @property
    def rich(self):
        return self.balance > 1000

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        self.history.append(("in", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise OverdraftError(self.owner, amount - self.balance)
        self.balance -= amount
        self.history.append(("out", amount))

    def interest(self):
        return round(self.balance * self.rate, 2)

    @classmethod
    def opened(cls, owner):
        return cls(owner, 10)

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    rate = 0.03

    def withdraw(self, amount):
        super().withdraw(amount + self.fee(amount))


class OverdraftError(Exception):
    def __init__(self, owner, short):
        super().__init__(f"{owner} is short by {short}")
        self.short = short


def bank(rounds):
    rng = random.Random(7)
    accounts = [Account.opened(name) if i % 2 else Savings(name, 500)
                for i, name in enumerate(["ann", "bob", "cy", "dee", "eve", "fay"])]
    refused = short = 0
    for _ in range(rounds):
        acc = rng.choice(accounts)
        amount = rng.randint(-20, 400)
        try:
            if rng.random() < 0.6:
                acc.deposit(amount)
            else:
                acc.withdraw(amount)
        except OverdraftError as e:
            short += e.short
        except ValueError:
            refused += 1
    accounts.sort()
    total = sum(a.balance for a in accounts)
    return accounts[-1].owner, total, refused, short, sum(a.rich for a in accounts), \
        max(a.interest() for a in accounts)


def evaluate(node):
    """Recursion and tuple unpacking over a small expression tree."""
    if isinstance(node, (int, float)):
        return node
    op, left, right = node
    a, b = evaluate(left), evaluate(right)
    if op == "+":
        return a + b
    if op == "*":
        return a * b
    if op == "/":
        try:
            return a / b
        except ZeroDivisionError:
            return 0.0
    return a - b


def tree(depth, seed):
    if depth == 0:
        return seed % 5 if seed % 3 else seed / 4
    ops = "+-*/"
    return (ops[seed % 4], tree(depth - 1, seed * 7 + 1), tree(depth - 1, seed * 3 + 2))


def collatz(limit):
    """While loops and int arithmetic, including big ints."""
    best = (0, 0)
    for n in range(1, limit):
        steps, k = 0, n
        while k != 1:
            k = k // 2 if k % 2 == 0 else 3 * k + 1
            steps += 1
        if steps > best[1]:
            best = (n, steps)
    return best, 3 ** 80 % 1000003, (2 ** 70 + 1) // 3


def primes():
    """An infinite generator with a closure-free sieve."""
    found = []
    n = 2
    while True:
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
        n += 1


def pipeline(n):
    squares = (x * x for x in range(n) if x % 3)
    evens = [s for s in squares if s % 2 == 0]
    table = {k: len(str(k)) for k in evens[:50]}
    pairs = list(zip(itertools.count(1), itertools.islice(primes(), 40)))
    chained = list(itertools.chain(evens[:3], (p for _, p in pairs[-3:])))
    acc = list(itertools.accumulate(range(10)))
    return sum(evens), sum(table.values()), pairs[-1], chained, acc[-1], \
        list(itertools.product("ab", repeat=2))


TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs on.
A journey of a thousand miles begins with a single step, and the fox knows it.
Numbers like 42, 7 and 1999 hide in text: 42 appears twice, 42."""


def words(text):
    counts = collections.Counter()
    lengths = collections.defaultdict(list)
    numbers = []
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,;:").lower()
            if w.isdigit():
                numbers.append(int(w))
                continue
            counts[w] += 1
            lengths[len(w)].append(w)
    longest = max(lengths)
    joined = "-".join(sorted(set(lengths[longest])))
    title = " ".join(w.capitalize() for w in joined.split("-"))
    return counts.most_common(3), longest, title, sum(numbers), \
        text.find("fox"), text.count("the"), text.upper()[:9], "{:>8}|{:<6.2f}".format("x", math.pi)


Point = collections.namedtuple("Point", "x y")


def geometry(n):
    pts = [Point(math.cos(i / n * 2 * math.pi), math.sin(i / n * 2 * math.pi)) for i in range(n)]
    perimeter = sum(math.hypot(a.x - b.x, a.y - b.y) for a, b in zip(pts, pts[1:] + pts[:1]))
    far = {(round(p.x, 1), round(p.y, 1)) for p in pts if abs(p.x) > 0.9}
    return round(perimeter, 6), len(far), math.floor(-2.5), math.gcd(84, 36), divmod(-17, 5), \
        round(math.sqrt(2) * 1e6) / 1e6, float("inf") > 1e308


def scheduler(jobs):
    """heapq and deque: a small task queue."""
    heap = []
    for i, cost in enumerate(jobs):
        heapq.heappush(heap, (cost, i))
    done = collections.deque(maxlen=5)
    clock = 0
    while heap:
        cost, i = heapq.heappop(heap)
        clock += cost
        done.append(i)
    return clock, list(done)


def lookups(n):
    """Dict/list/set methods and exceptions caught in a loop."""
    d, misses, bad = {}, 0, 0
    for i in range(n):
        key = f"k{i % 97}"
        d[key] = d.get(key, 0) + i
        try:
            d[f"m{i}"]
        except KeyError:
            misses += 1
        try:
            int("x" if i % 5 == 0 else str(i))
        except ValueError:
            bad += 1
    items = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    s = set(range(0, 60, 3)) & set(range(0, 60, 4))
    lst = list(range(20))
    lst[2:5] = ["a", "b"]
    del lst[-3:]
    lst.insert(0, lst.pop())
    return items, misses, bad, sorted(s), lst.index("b"), lst[::4], d.pop("k1") > 0, len(d)


class Scale:
    def __init__(self, factor):
        self.factor = factor


SCALE = Scale(1.0)


def term(i):
    return 1.0 / (2 * i + 1)


def series(terms):
    """A numeric inner loop turning many times per entry, with a small helper: the kind of loop
    tier 2 traces by default, so that its recorder, passes and trace compiler are trained too."""
    total = 0.0
    for _ in range(6):
        s = 0.0
        sign = 1.0
        i = 0
        while i < terms:
            pair = (sign * term(i), SCALE.factor)  # a tuple that never escapes, an attribute
            s += pair[0] * pair[1]
            sign = -sign
            i += 1
        total += s
    return round(total, 9)


class Money:
    """Operators that call Python methods, and printf-style formatting."""

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        return "%d.%02d" % divmod(self.cents, 100)


def report(n):
    till = Money(0)
    for i in range(n):
        till = till + Money(i * 7 % 300)
    names = sorted("item%03d" % (i * 37 % n) for i in range(n))
    tags = sorted(["t%d" % (i * 7 % 40) for i in range(n) if i % 3 or i > 150 and not i % 2])
    gen = primes()
    first = next(gen), gen.send(None)
    gen.close()
    return "%s | %s..%s | %.3f %g %e %r %5.1f %x %-4s| %s %s %s" % (
        till, names[0], names[-1], math.e, 1e-7 / 3, 12345.678, "q", 2.25, 255, "ab",
        tags[::50], first, gen.__name__)


def main():
    random.seed(1)
    shuffled = list(range(12))
    random.shuffle(shuffled)
    print(bank(1000))
    print(round(evaluate(tree(9, 1)), 6))
    print(collatz(500))
    print(pipeline(1000))
    print(words(TEXT))
    print(geometry(360))
    print(scheduler([random.randint(1, 50) for _ in range(300)]))
    print(lookups(800))
    print(series(3000))
    print(report(200))
    print(shuffled, [random.random() < 0.5 for _ in range(5)])


main()
