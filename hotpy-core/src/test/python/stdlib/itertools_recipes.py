# itertools: laziness, consumption order, types, and the documented recipes built on them.
import itertools
from itertools import (chain, count, cycle, repeat, islice, tee, groupby, product, permutations, combinations,
                       starmap, accumulate, zip_longest, pairwise, filterfalse, takewhile, dropwhile, compress)
import operator


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


log = []


def noisy(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i


c = chain(noisy("a", 2), noisy("b", 2))
print(log, next(c), log, list(c), log)
log.clear()
p = product(noisy("x", 2), noisy("y", 2))
print(log, next(p), list(p))
log.clear()
z = zip_longest(noisy("p", 1), noisy("q", 3), fillvalue="-")
print(list(z), log)
print(list(islice(count(0.1, 0.1), 5)), list(islice(count(1, 0.5), 4)), list(islice(count(-3, -2), 3)))
print(list(repeat("x", 0)), list(compress("abcdef", [1, 0, 1])), list(starmap(operator.add, zip("ab", "cd"))))
print([type(f).__name__ for f in [chain(), count(), cycle(""), repeat(1), islice("", 1), tee("")[0], groupby(""),
                                  product(), permutations(""), combinations("", 0), starmap(len, []), accumulate([]),
                                  zip_longest(), pairwise(""), filterfalse(None, []), takewhile(bool, []),
                                  dropwhile(bool, []), compress("", [])]])
print(isinstance(chain(), chain), iter(chain()) is not None, issubclass(itertools.chain, object))
it = iter([1, 2, 3, 4])
a, b = tee(it)
print(next(a), next(a), next(b), list(a), list(b))
a, b, c2 = tee(range(3), 3)
print(list(a), list(b), list(c2))
t1, = tee(iter("xy"), 1)
print(list(t1))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n - 1))
    for x in it:
        window = window[1:] + (x,)
        yield window


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(sliding_window("ABCDEFG", 4)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds), list(accumulate(range(1, 6), operator.mul)), list(accumulate([2, 1, 3], min)))
print([k for k, g in groupby(sorted("mississippi"))], [(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(sum(1 for _ in permutations(range(7), 4)), sum(1 for _ in product(range(5), repeat=4)), list(pairwise(count()))[:0] if False else "lazy pairwise ok")
print(list(islice(pairwise(count()), 3)), list(islice(cycle(range(3)), 7)), list(takewhile(lambda x: x < 3, count())))
print(list(islice(dropwhile(lambda x: x < 5, count()), 3)), next(groupby(count()))[0], list(islice(accumulate(count(1)), 5)))
show(lambda: next(tee([])[0]))
show(lambda: list(islice(count(), 0, None, 0)))
show(lambda: chain.from_iterable(1).__next__())
