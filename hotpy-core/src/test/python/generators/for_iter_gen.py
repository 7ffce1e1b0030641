# FOR_ITER over generators, the site specialised to FOR_ITER_GEN (after 8 generic runs) and
# run by the compiled form of the loop's function (after ~200 calls): exhaustion, a return value
# dropped by the loop, exceptions from inside, a generator replaced by other iterables at the same
# site, break and close, re-entrancy, PEP 479, and yield from over the same generators.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def total(it):
    t = 0
    for x in it:
        t += x
    return t


# one site sees hundreds of generators, each run to exhaustion; its return value is dropped
print(sum(total(count(k % 7)) for k in range(400)))

# the same site then gets a list, a range, a tuple, an iterator and a dict keys view, and back
print(total([1, 2, 3]), total(range(5)), total((4, 5)), total(iter([6])), total({7: 0, 8: 1}))
print(sum(total(count(3)) for _ in range(300)))


def boom(n):
    for i in range(n):
        yield i
    raise ValueError("boom after %d" % n)


def guarded(n):
    seen = []
    try:
        for x in boom(n):
            seen.append(x)
    except ValueError as e:
        return "%s %s" % (seen, e)
    return "no error"


for k in range(300):
    r = guarded(k % 4)
print(r)
print(guarded(2))


def stops(n):
    for i in range(n):
        yield i
    raise StopIteration("inside")  # PEP 479: RuntimeError, not the end of the loop


def pep479():
    out = []
    try:
        for x in stops(2):
            out.append(x)
    except RuntimeError as e:
        return out, str(e), type(e.__cause__).__name__
    return out


for k in range(250):
    r = pep479()
print(r)


def finishing():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally ran") if trace else None


trace = False


def first_two():
    got = []
    g = finishing()
    for x in g:
        got.append(x)
        if len(got) == 2:
            break
    g.close()
    return got, g.gi_frame is None


for k in range(250):
    r = first_two()
trace = True
print(first_two())


def reentrant():
    def inner():
        yield 1
        for y in me:  # a running generator resumed by its own loop
            yield y
    me = inner()
    out = []
    try:
        for x in me:
            out.append(x)
    except ValueError as e:
        out.append(str(e))
    return out


for k in range(250):
    r = reentrant()
print(r)


def sender():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)


def mixed(n):
    g = sender()
    out = [next(g)]
    for v in count(n):
        out.append(g.send(v))
    try:
        g.send(None)
    except StopIteration as e:
        out.append(e.value)
    return out


for k in range(250):
    r = mixed(k % 5)
print(r)


def delegate(n):
    result = yield from count(n)
    yield result


def via_yield_from():
    return [x for x in delegate(3)]


for k in range(250):
    r = via_yield_from()
print(r)


def thrower():
    g = delegate(10)
    out = [next(g), next(g)]
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        out.append(repr(e))
    out.append(next(g, "exhausted"))
    return out


for k in range(250):
    r = thrower()
print(r)


def nested(n):
    return [(a, b) for a in count(n) for b in count(a)]


for k in range(250):
    r = nested(4)
print(r)


def swap_mid_loop():
    # the name is rebound inside the loop; the loop keeps the iterator it started with
    src = count(5)
    out = []
    for x in src:
        out.append(x)
        src = [100, 200]
    for x in src:
        out.append(x)
    return out


for k in range(250):
    r = swap_mid_loop()
print(r)


def finished_early():
    g = count(3)
    a = list(g)
    b = [x for x in g]  # an exhausted generator: the loop ends at once
    return a, b


for k in range(250):
    r = finished_early()
print(r)


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for x in deep(n - 1):
        yield x


print(list(deep(50)))
limit = sys.getrecursionlimit()
try:
    for x in deep(limit + 10):
        pass
except RecursionError:
    print("RecursionError")


def handled_state():
    # the exception being handled is the generator's own across its suspension points
    def gen():
        try:
            raise KeyError("inner")
        except KeyError:
            yield sys.exc_info()[0].__name__
            yield sys.exc_info()[0].__name__
        yield "after"
    out = []
    try:
        raise IndexError("outer")
    except IndexError:
        for v in gen():
            out.append((v, sys.exc_info()[0].__name__))
    return out


for k in range(250):
    r = handled_state()
print(r)
