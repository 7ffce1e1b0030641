# collections.namedtuple: construction, defaults, rename, helpers and errors.
from collections import namedtuple


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(Point.__name__, Point.__module__, Point.__match_args__, Point.__slots__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), p.__getnewargs__())
show(lambda: Point._make([1]))
show(lambda: p._replace(z=1))
show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, 2, z=3))
show(lambda: setattr(p, "x", 5))
show(lambda: delattr(p, "x"))
show(lambda: setattr(p, "w", 5))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[2, 3])
print(P3(1), P3(1, c=9), P3._field_defaults, P3.__new__.__defaults__)
show(lambda: P3())
show(lambda: namedtuple("T", "a b", defaults=[1, 2, 3]))
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields)
for args in [("1bad", "a"), ("T", "a 1b"), ("T", "a class"), ("class", "a"), ("T", "a _b"),
             ("T", "a a"), ("T", [1, 2])]:
    show(lambda: namedtuple(*args)._fields)
Single = namedtuple("Single", "only")
print(Single(5), Single.__doc__, Single._make([1]))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, repr(Empty()))
Comma = namedtuple("Comma", "a, b,c")
print(Comma(1, 2, 3), namedtuple("M", "x", module="mymod").__module__)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make((7, 8)), v._replace(y=0))
match p:
    case Point(x, y):
        print("matched", x, y)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), Point(1, 2) < Point(1, 3))
print(dict(Point(1, 2)._asdict()), Point(*range(2)), Point(**{"x": 0, "y": 9}))
print(Point.x, Point._make.__doc__, Point._replace.__qualname__, Point.__repr__.__qualname__)
print(hash(Point(1, 2)) == hash((1, 2)), Point(1, [2]))
