# enum: IntEnum, StrEnum, ReprEnum, mixed-in data types, formatting.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    UNO = 1


print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.TWO:+}|{Num.TWO:03d}|{Num.TWO!s}|{Num.TWO!r}")
print(Num.ONE + 1, Num.ONE == 1, Num(2), sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, Num.ONE * 5, [0, 10, 20][Num.TWO])
print(isinstance(Num.ONE, int), int(Num.TWO), Num(1.0), Num(True), hex(Num.TWO), Num.UNO is Num.ONE, list(Num))
show(lambda: Num("1"))
show(lambda: Num(5))


class Text(StrEnum):
    A = auto()
    LONG_NAME = auto()
    B = "bee"


print(repr(Text.A), str(Text.A), format(Text.B), f"{Text.LONG_NAME:>12}|", Text.A == "a", Text.A.upper(), Text("bee"))
print(Text.A + "!", "x" + Text.B, len(Text.LONG_NAME), list(Text), Text.B in "a bee c")


def bad_str():
    class S(StrEnum):
        X = 1


show(bad_str)


class Mixed(int, Enum):
    X = 1
    Y = 2


print(repr(Mixed.X), str(Mixed.X), format(Mixed.X), f"{Mixed.Y}", Mixed.X + Mixed.Y, Mixed(2))


class Fl(float, Enum):
    PI = 3.14
    E = 2.718


print(repr(Fl.PI), str(Fl.PI), Fl.PI * 2, Fl(2.718))
show(lambda: format(Fl.PI, ".1f"))


class FloatRepr(float, ReprEnum):
    HALF = 0.5


print(repr(FloatRepr.HALF), str(FloatRepr.HALF), format(FloatRepr.HALF, ".2f"))


class Pair(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Pair.ORIGIN), Pair.UNIT[0], Pair((1, 1)), len(Pair.ORIGIN))


class AutoStr(str, Enum):
    A = auto()
    B = auto()


print(repr(AutoStr.A), repr(AutoStr.B))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.label, Coord(1) is Coord.PY, Coord.PX.value, bytes(Coord.PY))


class Custom(Enum):
    A = 1

    def __str__(self):
        return "custom-str"

    def __repr__(self):
        return "custom-repr"


print(str(Custom.A), repr(Custom.A), format(Custom.A), f"{Custom.A}")


class Ordinal(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, label):
        self.label = label

    FIRST = "first"
    SECOND = "second"


print(list(Ordinal), Ordinal.SECOND.label, Ordinal(1))


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P{self.x}"


class WithPoint(Point, Enum):
    A = 1


print(repr(WithPoint.A), WithPoint.A.x, str(WithPoint.A))
show(lambda: type("X", (ReprEnum,), {}))


def reprenum_without_type():
    class R(ReprEnum):
        A = 1


show(reprenum_without_type)


def too_many():
    class T(int, str, Enum):
        A = 1


try:
    too_many()
except TypeError as e:
    # the message ends with a set of classes, whose order follows their (address-based) hashes
    print(type(e).__name__, str(e).split(":")[0])


def wrong_order():
    class W(Enum, int):
        A = 1


show(wrong_order)
