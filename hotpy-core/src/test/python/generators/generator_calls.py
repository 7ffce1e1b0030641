# Calls of generator functions, next(gen) and gen.send(v) in hot loops (so that the call sites
# specialise and the functions are compiled), with the callee, `next` or the receiver changing
# under them, and CPython's errors for running, finished and just-started generators.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "count-%d" % n


def squares(n):
    for i in range(n):
        yield i * i


def with_cell(n):
    yield (lambda: n * 10)()


def make(f, n):
    return f(n)


def take_two(g):
    return next(g) + next(g)


def drain(g):
    total = 0
    while True:
        try:
            total += next(g)
        except StopIteration as e:
            return total, e.value


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (n, total)
        total += x
        n += 1
        avg = total / n


def feed(co, values):
    out = None
    for v in values:
        out = co.send(v)
    return out


def error(stmt):
    try:
        stmt()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "no error"


# 1. generator function calls in a hot loop, for several generator functions of the same shape
acc = 0
for i in range(3000):
    acc += sum(make(count, i % 7))
    acc += sum(make(squares, i % 5))
    acc += sum(make(with_cell, i % 3))
print("calls", acc)
print("rebound to a plain function", make(lambda n: [n, n], 4))
print("defaults", list(make(lambda a, b=3: (yield a + b), 1)))
print("wrong count", error(lambda: make(lambda: 1, 2)))
print("keywords", sum(count(n=10)), list(make(count, 3)))

# 2. next() on generators and on other iterators at the same site
acc = 0
for i in range(3000):
    acc += take_two(count(5))
    acc += take_two(iter([i, 1]))
print("next", acc)
print("drain", drain(count(4)), drain(squares(3)), drain(iter([1, 2])))
print("exhausted", error(lambda: take_two(count(1))))
print("not an iterator", error(lambda: take_two(7)))
g = count(2)
print("finished", drain(g), error(lambda: next(g)))


def selfish():
    yield take_two(me)


me = selfish()
print("running", error(lambda: next(me)), error(lambda: next(me)))


def next(it):
    return 100


print("shadowed next", take_two(count(5)))
del next
print("builtin next again", take_two(count(5)))
print("next with default", [next(count(0), "d") for _ in range(3)])

# 3. send() into coroutines in a hot loop, then into other objects with a send method
for rounds in range(3):
    co = averager()
    next(co)
    print("send", feed(co, range(1, 2000)))
    try:
        co.send(None)
    except StopIteration as e:
        print("returned", e.value)
print("send after return", error(lambda: co.send(1)))
print("just started", error(lambda: feed(averager(), [1])))
print("just started None", feed(averager(), [None]))


class Sink:
    def __init__(self):
        self.got = []

    def send(self, v):
        self.got.append(v)
        return len(self.got)


s = Sink()
print("other send", feed(s, "abc"), s.got)


def self_sender():
    x = yield 1
    yield feed(me2, [x])


me2 = self_sender()
next(me2)
print("running send", error(lambda: me2.send(5)))

# 4. generator expressions, yield from and close
acc = 0
for i in range(2000):
    acc += sum(x * 2 for x in count(i % 9))
    acc += max((x for x in squares(i % 4 + 1)), default=-1)
print("genexprs", acc)


def delegate(n):
    r = yield from count(n)
    yield r


acc = []
for i in range(500):
    acc.append(list(delegate(i % 3))[-1])
print("yield from", acc[:4], len(acc))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closing()
print("close", next(c), c.close(), error(lambda: next(c)))

# 5. send through the type (unbound) and as a bound method; next() on a coroutine
G = type(averager())


def unbound_send(g, v):
    return G.send(g, v)


co = averager()
next(co)
print("unbound send", [unbound_send(co, i) for i in range(300)][-2:])
print("unbound on int", error(lambda: unbound_send(5, 1)))
bound = averager()
next(bound)
bound = bound.send
print("bound send", [bound(i) for i in range(300)][-1])


async def coro():
    return 1


c = coro()
print("next on a coroutine", error(lambda: take_two(c)))
c.close()
