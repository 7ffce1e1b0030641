# Frame objects seen by Python code keep their own activation after the call returns, while the
# frames of other calls are reused (FrameReuse): a traceback's, sys._getframe()'s and f_back's
# frames, and a suspended generator's frame has no caller.
import sys


def inner(x):
    y = x * 2
    return sys._getframe()


def outer(a):
    return inner(a + 1)


kept = [outer(i) for i in range(12)]
print(len({id(f) for f in kept}), [f.f_locals["y"] for f in kept])
print([f.f_back.f_locals["a"] for f in kept], kept[3].f_back.f_code.co_name)


def boom(n):
    k = n * 10
    raise ValueError(n)


def catcher(n):
    try:
        boom(n)
    except ValueError as e:
        return e


errors = [catcher(n) for n in range(10)]
for e in errors[:2] + errors[-1:]:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals, tb.tb_next.tb_frame.f_locals,
          tb.tb_frame.f_back.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_lineno)


def plain(n):
    m = n + 1
    return m


# many plain calls between: none of them disturbs the frames kept above
total = 0
for i in range(5000):
    total += plain(i)
print(total, [f.f_locals for f in kept[:3]], errors[4].__traceback__.tb_next.tb_frame.f_locals)


def caller_name():
    return sys._getframe().f_back.f_code.co_name


def gen():
    yield caller_name()
    yield sys._getframe().f_back.f_code.co_name


def consume():
    return list(gen())


it = gen()
print(next(it), it.gi_frame.f_back)
print(consume(), it.gi_frame.f_back, next(it), it.gi_frame.f_back)


class Point:
    def __init__(self, x):
        self.x = x
        self.seen_from = sys._getframe(1).f_code.co_name

    def __eq__(self, other):
        return (sys._getframe(1).f_code.co_name, self.x == other.x)


def make(n):
    return [Point(i) for i in range(n)]


points = make(3)
print([p.x for p in points], points[0].seen_from, points[0] == points[0])


def recurse(n):
    if n == 0:
        return sys._getframe()
    return recurse(n - 1)


deep = recurse(20)
depth = 0
f = deep
while f.f_code.co_name == "recurse":
    depth += 1
    f = f.f_back
print(depth, f.f_code.co_name, deep.f_locals, [recurse(0).f_locals["n"] for _ in range(3)])


# a finished generator's frame has no caller either, whether it raised or returned
def g():
    yield 1
    raise ValueError
def run():
    it = g()
    try:
        for x in it: pass
    except ValueError as e:
        return e, it
e, it = run()
print(e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_back)
print(it.gi_frame)
def h():
    yield 1
    return 5
def run2():
    it = h(); fr = it.gi_frame
    list(it)
    return fr
fr = run2()
print(fr.f_back, fr.f_code.co_name)
