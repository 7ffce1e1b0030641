# itertools: count, cycle, repeat, islice, accumulate, chain, compress, *while, starmap, tee, pairwise.
import itertools
from itertools import (count, cycle, repeat, islice, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, starmap, tee, pairwise, zip_longest, groupby)
import operator


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5)
next(c)
print(repr(c), repr(count()), repr(count(1.5)), repr(count(2, 3)), repr(count(0, 1.0)), repr(count(True)))
print(repr(count(10 ** 20)), list(islice(count(10 ** 20, 10 ** 19), 2)))
show(lambda: count("a"))
show(lambda: count(1, "b"))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
r = repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(repeat(1)), repr(repeat(1, -3)), list(repeat(7, 2)))
print(operator.length_hint(repeat(1, 5)), list(map(pow, range(4), repeat(2))))
show(lambda: repeat(1, "x"))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None)), list(islice("abc", 1, 1)))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 6, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 3, 5)), next(it))
for args in [(-1,), (1, -1), (0, 2, 0), ("a",), (), (1, 2, 3, 4), (None, None, -1), (1.5,)]:
    show(lambda: list(islice("abc", *args)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")), list(accumulate([1, 2], initial=10)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])), list(chain()), type(chain()).__name__)
show(lambda: list(chain(1)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(max, ["ab", "ba"])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), [list(t) for t in tee("xy", 3)], tee("a", 0))
src = iter(range(5))
x, y = tee(src)
print(next(x), next(x), next(y), list(zip(x, y)), list(src))
t1, t2 = tee(count())
print([next(t1) for _ in range(3)], next(t2), type(t1).__name__, list(islice(t1.__copy__(), 2)))
show(lambda: tee([], -1))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest("ab", "xyz")))
show(lambda: zip_longest("a", bad=1))
print(sorted(itertools.__dict__.get("__all__", [n for n in dir(itertools) if not n.startswith("_")])))
