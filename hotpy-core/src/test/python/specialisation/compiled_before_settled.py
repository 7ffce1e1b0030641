# Functions and generators that tier 1 compiles after a few dozen calls or resumptions, while some
# of their instructions have not run (or not run often enough to specialise): a branch first taken
# after the compilation, with new types at its instructions, must give the interpreter's answers,
# and a compiled generator must keep the protocol (send, throw, close, yield from, return values,
# exceptions across yields, its frame's line) whether it is suspended in code compiled before or
# after the instructions around its yields settled.
import sys


def late_branch(i):
    # the else branch first runs at call 60, with ints, then floats, strings and lists
    if i < 60:
        return i * 2
    else:
        if i < 70:
            return i - 1
        if i < 80:
            return i / 4
        if i < 90:
            return str(i) + "!"
        return [i] * 2


print([late_branch(i) for i in range(100)][55:])


def late_handler(i):
    try:
        if i >= 50:
            raise ValueError(i)
        return i
    except ValueError as e:
        return -e.args[0]


print(sum(late_handler(i) for i in range(120)))


def ticker(limit):
    # resumed hundreds of times: compiled while it runs; the return at the end comes late
    n = 0
    while n < limit:
        got = yield n
        if got is not None:
            n += got
        n += 1
    return "ticked %d" % n


t = ticker(400)
vals = [next(t)]
for i in range(150):
    vals.append(t.send(i % 3 if i > 100 else None))
print(vals[:5], vals[-5:], sum(vals))
print("line while suspended:", t.gi_frame.f_lineno - ticker.__code__.co_firstlineno)
try:
    while True:
        next(t)
except StopIteration as e:
    print("returned", e.value)


def guarded():
    # throw() lands in a handler first reached after compilation
    count = 0
    while True:
        try:
            yield count
            count += 1
        except KeyError as e:
            print("handled", e.args[0], "after", count)
            count += 100
        except GeneratorExit:
            print("closing after", count)
            raise


g = guarded()
for _ in range(80):
    next(g)
print(g.throw(KeyError("late")))
print(next(g), next(g))
try:
    g.throw(TypeError("escapes"))
except TypeError as e:
    print("escaped", e)
print(next(g, "finished"))
g2 = guarded()
for _ in range(40):
    next(g2)
g2.close()
print(g2.gi_frame)


def inner(k):
    for i in range(k):
        received = yield i
        if received == "stop":
            return "inner stopped at %d" % i
    return "inner done"


def outer(k):
    result = yield from inner(k)
    yield result
    result = yield from inner(2)
    yield result


print(list(outer(60))[-3:])
o = outer(100)
for _ in range(70):
    next(o)
print(o.send("stop"), next(o), next(o))
o.close()


def squares_of_evens(n):
    return sum(x * x for x in range(n) if x % 2 == 0)


print([squares_of_evens(n) for n in range(0, 300, 37)])


def raises_across_yield(n):
    for i in range(n):
        yield i
    raise LookupError("after %d" % n)


for n in (5, 50, 90):
    got = []
    try:
        for v in raises_across_yield(n):
            got.append(v)
    except LookupError as e:
        print(len(got), e, sys.exc_info()[0].__name__)
