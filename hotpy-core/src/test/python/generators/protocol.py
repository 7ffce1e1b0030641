# Generator protocol: send, throw, close, return values, yield from delegation, PEP 479.


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value == "stop":
                return received
            received.append(value)
    finally:
        print("echo finally")


g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
print(list(g))
try:
    echo().send("x")
except TypeError as e:
    print("TypeError", e)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"


c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "exhausted"))


def refuses_to_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


r = refuses_to_close()
next(r)
try:
    r.close()
except RuntimeError as e:
    print("RuntimeError", e)


def inner():
    x = yield "inner-1"
    print("inner got", x)
    try:
        yield "inner-2"
    except KeyError:
        print("inner handled KeyError")
        yield "inner-3"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"


o = outer()
print(next(o), o.send("hello"), o.throw(KeyError), next(o))
print(list(o))


def pep479():
    yield 1
    raise StopIteration("leaked")


try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def delegating_to_list():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    yield from "ab"
    return (yield from range(0))


print(list(delegating_to_list()))
gen = (i * i for i in range(4))
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in "the quick brown fox".split()))


def running():
    yield gen_self.gi_running


gen_self = running()
print(next(gen_self), gen_self.gi_running)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 15)), [x for x in itertools.takewhile(lambda v: v < 100, fib())][-1])
g2 = fib()
print(g2.__name__, g2.__qualname__, type(g2).__name__, iter(g2) is g2)
g2.close()
print(next(g2, "closed"))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


w = with_finally()
for v in w:
    print("got", v)
    break
print("before close")
w.close()
w.close()
print("after close")


def send_none_first():
    v = yield
    yield v


s = send_none_first()
print(s.send(None), s.send(42))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.value)


def gen_exc_state():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield __import__("sys").exc_info()[0].__name__
    yield __import__("sys").exc_info()[0]


print(list(gen_exc_state()))
