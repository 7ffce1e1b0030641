# Specialised calls (CALL_PY_EXACT_ARGS, CALL_TYPE) in warm, compiled callers: every argument
# count lands in the right parameter, a method's self comes first, a failed guard falls back to
# the generic call, and the frame chain, line numbers and recursion limit stay right.
import sys


def f0():
    return "f0"


def f1(a):
    return ("f1", a)


def f2(a, b):
    return ("f2", a, b)


def f3(a, b, c):
    return ("f3", a, b, c)


def f5(a, b, c, d, e):
    return ("f5", a, b, c, d, e)


class Box:
    def __init__(self, x, y, z):
        self.items = (x, y, z)

    def m0(self):
        return ("m0", self.items)

    def m2(self, a, b):
        return ("m2", self.items, a, b)


class Empty:
    pass


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def run(i, g):
    b = Box(i, i + 1, i + 2)
    p = Pair(i, -i)
    return (f0(), f1(i), f2(i, "b"), f3(i, None, [i]), f5(1, 2, 3, 4, i), b.m0(), b.m2(i, "z"),
            type(Empty()).__name__, (p.a, p.b), g(i, i))


out = None
for i in range(300):
    out = run(i, f2)
print(out)
# a guard that fails once the site is specialised and compiled: another arity, a builtin, a class
print(run(7, lambda a, b: a * b))
print(run(8, max))
print(run(9, Pair).__class__.__name__)


class Weird:
    def __init__(self, a, b, c):
        return 1


def make_weird(i):
    return Weird(i, i, i)


for i in range(50):
    try:
        make_weird(i)
    except TypeError as e:
        last = str(e)
print(last)


def where():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_lineno


def caller_of_where():
    return where()


for i in range(100):
    r = caller_of_where()
print(r)


class Node:
    def __init__(self, n):
        self.child = Node(n + 1) if n < 100000 else None


def down(n):
    return down(n + 1)


for i in range(30):
    try:
        down(0)
    except RecursionError as e:
        msg = str(e)
    try:
        Node(0)
    except RecursionError as e:
        msg2 = str(e)
print(msg)
print(msg2)
print(f1(1), f3(1, 2, 3))
