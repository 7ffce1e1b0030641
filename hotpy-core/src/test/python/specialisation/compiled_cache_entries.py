# Compiled functions take the inline cache entry an instruction had when they were compiled as a
# constant (KnownCacheSteps). These functions run long enough to be compiled with one entry, then
# meet what the entry no longer describes: another class or shape, a class changed after (a
# property shadowing an instance attribute, a method replaced), a global rebound, deleted or
# shadowing a builtin, and a builtin replaced.
import builtins


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Other:
    def __init__(self):
        self.y = "other-y"
        self.x = "other-x"

    def norm1(self):
        return "Other.norm1"


def read_x(p):
    return p.x


def read_y(p):
    return p.y


def call_norm(p):
    return p.norm1()


def move(p, dx):
    p.x = p.x + dx
    return p


def warm(n):
    total = 0
    p = Point(1, -2)
    for i in range(n):
        total += read_x(p) + read_y(p) + call_norm(p)
        move(p, 1)
    return total, p.x


print(warm(3000))
o = Other()
print(read_x(o), read_y(o), call_norm(o), move(o, "!").x)
q = Point(5, 6)
q.z = 1  # another shape
print(read_x(q), read_y(q), call_norm(q), move(q, 1).x)
Point.norm1 = lambda self: "replaced"
print(call_norm(Point(1, 1)))
Point.x = property(lambda self: self.__dict__.get("_x", 0) * 10,
                   lambda self, v: self.__dict__.__setitem__("_x", v))
print(read_x(Point(1, 2)), move(Point(1, 2), 1).__dict__)
Point.y = property(lambda self: "prop-y")
try:
    Point(1, 2)
except AttributeError as e:
    print("AttributeError:", e)
del Point.x, Point.y
print(read_x(Point(7, 8)), move(Point(7, 8), 1).__dict__)

SCALE = 3


def scaled(v):
    return v * SCALE + len("ab")


def warm_globals(n):
    return sum(scaled(i) for i in range(n))


print(warm_globals(3000))
SCALE = 10
print(scaled(1))
del SCALE
try:
    scaled(1)
except NameError as e:
    print("NameError:", e)
SCALE = 2
len = lambda s: 100  # a global shadowing the builtin
print(scaled(1))
del len
saved_len = builtins.len
builtins.len = lambda s: -1  # the builtin replaced
print(scaled(1))
builtins.len = saved_len


class Vec:
    def __init__(self, a):
        self.a = a

    def __add__(self, other):
        return Vec(self.a + other.a)


def add_vecs(a, b):
    return (Vec(a) + Vec(b)).a


print(sum(add_vecs(i, 1) for i in range(3000)))


class SubVec(Vec):
    pass


print(add_vecs(2.5, 1), (SubVec(1) + Vec(2)).a)
Vec.__init__ = lambda self, a: setattr(self, "a", -a)
print(add_vecs(2, 3))
Vec.__add__ = lambda self, other: other
print(add_vecs(2, 3))
Vec.__add__ = lambda self, other: NotImplemented
try:
    add_vecs(2, 3)
except TypeError as e:
    print("TypeError:", e)


class Unit:
    size = 2


def scaled_floor(xs, x):
    xs.append(math.floor(x) * Unit.size)
    return math.pi > 3, xs


import math
print(sum(len(scaled_floor([], i / 2)[1]) for i in range(3000)))
Unit.size = 10
print(scaled_floor([0], 2.5))


class Doubling(list):
    def append(self, x):
        list.append(self, 2 * x)


print(scaled_floor(Doubling(), 1.5))
math = Unit
Unit.floor = staticmethod(lambda x: "floor")
Unit.pi = 1
print(scaled_floor([], 1))
