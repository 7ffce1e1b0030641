# Generators composed into pipelines, lazy evaluation order, and generator expression scoping.
trace = []


def source(n):
    for i in range(n):
        trace.append("src%d" % i)
        yield i


def square(it):
    for v in it:
        trace.append("sq%d" % v)
        yield v * v


def evens(it):
    return (v for v in it if v % 2 == 0)


pipe = evens(square(source(5)))
print(trace)
print(next(pipe), trace)
print(list(pipe))


def chunks(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


print(list(chunks(range(7), 3)), list(chunks([], 2)))


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, [4, 5]), []], 6])))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
try:
    (undefined_name for _ in range(3))
    print("generator created lazily")
    list(undefined_name for _ in range(3))
except NameError as e:
    print("NameError", e)
try:
    (v for v in undefined_iterable)
except NameError as e:
    print("outermost iterable evaluated eagerly:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
print(list(c), list(c), sorted(c), 2 in c, dict.fromkeys(c))


def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total


def driver(values):
    acc = accumulate()
    next(acc)
    for v in values:
        acc.send(v)
    try:
        acc.send(None)
    except StopIteration as e:
        return e.value


print(driver([1, 2, 3, 4]))
import itertools
print(list(itertools.chain.from_iterable(zip(*[iter("abcdef")] * 2))))
print(list(zip(source(3), "xy")), trace[-3:])
print(list(map(lambda p: p[0] * p[1], enumerate(square(range(4))))))
it = iter(range(10))
print(list(zip(it, it)), list(it))
print(any(v > 2 for v in source(100)), len(trace))
print(all(v < 3 for v in [1, 2, 3, 4]), sum(1 for _ in filter(None, [0, 1, "", "a", None, [], [0]])))
