# functools: lru_cache, cache, cached_property, total_ordering, cmp_to_key.
import functools
from functools import lru_cache, cache, cached_property, total_ordering, cmp_to_key


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


calls = []


@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())
print(sq.__name__, sq.__wrapped__(3), type(sq.cache_info()).__name__, sq.cache_info()._fields)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(30), fact.cache_info(), fact.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=10)
def kw(a, b=2, *, c=3):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), calls, kw.cache_info().hits)
show(lambda: lru_cache("x"))
show(lambda: sq([1]))
print(lru_cache(maxsize=-5)(len).cache_info().maxsize)


class Repo:
    @lru_cache(maxsize=None)
    def get(self, key):
        return (id(self) != 0, key)


r = Repo()
print(r.get("a"), r.get("a"), Repo.get.cache_info())


class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__)
del d.total
print(d.total, d.computed, Data.total.attrname, type(Data.total).__name__)
d.total = 99
print(d.total)


class Slots:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


show(lambda: Slots().prop)
cp = cached_property(lambda self: 1)
show(lambda: cp.__get__(Data(1)))
try:
    class Twice:
        a = b = cached_property(lambda self: 1)
except Exception as e:
    cause = e.__cause__ if e.__cause__ is not None else e
    print(type(e).__name__, type(cause).__name__, cause)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a <= Version(1, 2), a >= Version(1, 2), b > a)
print(Version.__gt__.__name__, Version.__le__.__name__)
show(lambda: a < 5)
show(lambda: a >= 5)


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __eq__(self, other):
        return self.v == other.v


print(ByGe(1) < ByGe(2), ByGe(1) > ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) >= ByGe(2))


@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(1) >= ByLe(1))


@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(ByGt(1) < ByGt(2), ByGt(2) <= ByGt(1), ByGt(1) >= ByGt(1))
show(lambda: total_ordering(type("Empty", (), {})))


def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(compare)), sorted(words, key=cmp_to_key(compare), reverse=True))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj, min([K(5), K(2), K(9)]).obj)
show(lambda: K(1) < 2)
