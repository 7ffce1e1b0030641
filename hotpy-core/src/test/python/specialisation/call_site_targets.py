# One compiled call site meeting many callees: functions of the same arity that differ in what
# they need (cells, a generator, defaults, a different arity), functions rebound and __code__
# replaced while the caller is hot, exceptions and tracebacks through the site, the frame chain
# after them, and the recursion limit reached through compiled sites at several depths.
import sys
import traceback


def plus(a, b):
    return a + b


def times(a, b):
    return a * b


def with_cell(a, b):
    def inner():
        return a - b
    return inner()


def gen(a, b):
    yield a
    yield b


def defaulted(a, b, c=100):
    return a + b + c


def three(a, b, c):
    return a + b + c


def kw_only(a, b, *, c=5):
    return a * b + c


class K:
    def m(self, a):
        return ("K.m", a)

    def two(self, a, b):
        return a - b


def apply(fn, a, b):
    return fn(a, b)


def rotate(n):
    fns = [plus, times, with_cell, defaulted, kw_only, K().two]
    total = 0
    for i in range(n):
        total += apply(fns[i % len(fns)], i, 3)
    return total


for _ in range(40):
    r = rotate(60)
print("rotate", r)

# the site that always called plus now gets a generator function, then a 3-arity function
for i in range(200):
    x = apply(plus, i, 1)
print("plus", x)
print("gen", list(apply(gen, 1, 2)))
try:
    apply(three, 1, 2)
except TypeError as e:
    print("TypeError", e)
print("back", apply(plus, 2, 2), apply(times, 2, 5))


# a global name rebound while the loop calling it is compiled
def target(a, b):
    return ("first", a, b)


def call_target(n):
    out = []
    for i in range(n):
        out.append(target(i, 0)[0])
    return out


def rebinding(n):
    global target
    seen = []
    for i in range(n):
        seen.append(target(i, 1)[0])
        if i == n // 2:
            def target(a, b):
                return ("second", b, a)
    return seen


for _ in range(30):
    call_target(20)
s = rebinding(40)
print(s[:2], s[-2:], s.count("first"), s.count("second"))


# __code__ replaced: same function object, new code (another body and arity)
def swapped(a, b):
    return ("old", a, b)


def new_body(a, b):
    return ("new", b, a)


def new_arity(a):
    return ("one", a)


def call_swapped(n):
    return [swapped(i, -i) for i in range(n)]


for _ in range(30):
    call_swapped(10)
print(call_swapped(2))
swapped.__code__ = new_body.__code__
print(call_swapped(2))
swapped.__code__ = new_arity.__code__
try:
    call_swapped(1)
except TypeError as e:
    print("TypeError", e)


# exceptions through compiled sites: the traceback names every frame, the chain is restored
def fails(a, b):
    if a == b:
        raise ValueError("equal %d" % a)
    return a


def middle(a, b):
    return fails(a, b) + 1


def outer(n):
    caught = 0
    for i in range(n):
        try:
            middle(i, 7 if i % 2 else -1)
        except ValueError as e:
            caught += 1
            tb = traceback.extract_tb(e.__traceback__)
            names = [fr.name for fr in tb]
            assert sys._getframe().f_code.co_name == "outer"
    return caught, names


for _ in range(20):
    r = outer(30)
print(r)

try:
    middle(3, 3)
except ValueError as e:
    print([(fr.name, fr.line) for fr in traceback.extract_tb(e.__traceback__)])


def depth_here():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d


def measure(a, b):
    return depth_here()


base = depth_here()
for i in range(100):
    d = apply(measure, i, i)
print("depth", d - base)


# the recursion limit reached through compiled sites, at several limits; afterwards calls work
def down(a, b):
    return down(a + 1, b)


def method_down(k, a):
    return k.rec(a)


class R:
    def rec(self, a):
        return method_down(self, a + 1)


old = sys.getrecursionlimit()
for limit in (300, 500, 1000):
    sys.setrecursionlimit(limit)
    for _ in range(5):
        try:
            down(0, 0)
        except RecursionError as e:
            m1 = str(e)
        try:
            R().rec(0)
        except RecursionError as e:
            m2 = str(e)
    print(limit, m1, m2, apply(plus, 1, 1))
sys.setrecursionlimit(old)
print("after", depth_here() - base, apply(times, 6, 7))


# a callee that is itself compiled and calls back through a site in a loop (mutual recursion)
def even(n, acc):
    return acc if n == 0 else odd(n - 1, acc + 1)


def odd(n, acc):
    return acc if n == 0 else even(n - 1, acc)


print([even(i, 0) for i in range(0, 300, 37)])


# keyword arguments at one site, positional at the next, to the same callees
def kw_site(fn, a, b):
    return fn(a, b=b), fn(a, b)


for i in range(100):
    r = kw_site(plus if i % 2 else with_cell, i, 2)
print(r, kw_site(defaulted, 1, 2), kw_site(kw_only, 2, 3))
try:
    kw_site(K().m, 1, 2)
except TypeError as e:
    print("TypeError", e)
