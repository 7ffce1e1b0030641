# enum.Enum: members, reprs, lookup, aliases, iteration, errors, functional API.
import enum
from enum import Enum, auto, unique


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|", f"{Color.GREEN!r}")
print(Color.CRIMSON is Color.RED, list(Color), Color._member_names_, repr(Color), len(Color))
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, Color.RED == 1, Color.RED == Color(1))
print(list(Color.__members__), Color.__members__["CRIMSON"], list(reversed(Color)), bool(Color))
print(isinstance(Color.RED, Color), type(Color.RED) is Color, type(Color).__name__, enum.EnumMeta is enum.EnumType)
print(hash(Color.RED) == hash("RED"), Color.RED.__reduce_ex__(2), {Color.RED: "r"}[Color.CRIMSON])
show(lambda: Color(4))
show(lambda: Color["X"])
show(lambda: Color.RED in Color)
show(lambda: setattr(Color, "RED", 5))
show(lambda: delattr(Color, "RED"))
show(lambda: Color.RED < Color.GREEN)
show(lambda: unique(Color))
show(lambda: Color.nope)
print(dir(Color))
print(dir(Color.RED))


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = 10
    THU = auto()

    def is_early(self):
        return self.value < 3

    @classmethod
    def first(cls):
        return cls.MON

    @property
    def lower(self):
        return self.name.lower()


print(list(Weekday), Weekday.TUE.is_early(), Weekday.THU.is_early(), Weekday.first(), Weekday.WED.lower)
print(repr(auto()), [m.value for m in Weekday])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 6), Planet((3.303e+23, 2.4397e6)))


class Missing(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Missing("a"), Missing("b"))
show(lambda: Missing(9))
show(lambda: Missing("zz"))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


show(lambda: BadMissing(3))


class Gen(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Gen))


def extend():
    class More(Color):
        PINK = 9


def redefine():
    class E(Enum):
        A = 1
        A = 2


def sunder():
    class E(Enum):
        _bad_ = 1


def order():
    class E(Enum):
        _order_ = "B A"
        A = 1
        B = 2


def bad_name():
    class E(Enum):
        mro = 1


for f in (extend, redefine, sunder, order, bad_name):
    show(f)


class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2


class Ignored(Enum):
    _ignore_ = "tmp other"
    tmp = 5
    A = 1


print(list(Ordered), list(Ignored), hasattr(Ignored, "tmp"))


class Members(Enum):
    A = enum.member(lambda: "called")
    B = enum.nonmember(3)

    def method(self):
        return "m"


print(Members._member_names_, Members.B, Members.A.value(), Members.A.method())


class NamedValue(Enum):
    name = 1
    value = 2


print(repr(NamedValue.name), repr(NamedValue.value), NamedValue.name.name, NamedValue.value.value)
F = Enum("F", "x y z")
print(list(F), F.__module__, F.x.value, repr(F))
print(list(Enum("G", [("a", 5), ("b", 6)])), list(Enum("H", {"q": "Q", "r": "R"})), list(Enum("I", ("p", "q"), start=10)))
print(list(Enum("J", "one, two")), Enum("K", "a b", module="mymod").__module__, Enum("L", "a", qualname="X.L").__qualname__)
print(list(Enum("M", "a b", type=int)), Enum("M", "a b", type=int).b + 1)


class Empty(Enum):
    def shared(self):
        return f"shared {self.name}"


class UsesEmpty(Empty):
    X = 1


print(UsesEmpty.X.shared(), list(Empty), len(Empty), isinstance(UsesEmpty.X, Empty))
show(lambda: Empty(1))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2


print(Shape.ALIAS, Shape(2), Shape.__members__["ALIAS"].name, [m.name for m in Shape])
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)


class WithInitSubclass(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, list(cls.__members__))


class Child(WithInitSubclass):
    P = 1
    Q = 2


class Unhashable(Enum):
    L = [1, 2]
    M = [3]


print(Unhashable([1, 2]), Unhashable.L.value, Unhashable._unhashable_values_)
show(lambda: Unhashable([9]))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
