# functools.singledispatch and singledispatchmethod, including ABC dispatch.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable
import collections.abc


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(str)
def _(obj):
    return f"str {obj!r}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"


def describe_float(obj):
    return f"float {obj:.1f}"


describe.register(float, describe_float)

for v in [1, True, "s", [1, 2], (1,), 2.5, None, {1: 2}, b"x"]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe_float, describe.dispatch(object) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry), type(describe.registry).__name__, describe.__name__)
show(lambda: describe())


@singledispatch
def kind(obj):
    return "other"


@kind.register(Sequence)
def _(obj):
    return "sequence"


@kind.register(Mapping)
def _(obj):
    return "mapping"


@kind.register(Iterable)
def _(obj):
    return "iterable"


class MySeq:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


class Gen:
    def __iter__(self):
        return iter(())


print(kind([1]), kind("s"), kind({}), kind({1}), kind(5), kind(MySeq()), kind(Gen()), kind(range(3)))
Sequence.register(MySeq)
print(kind(MySeq()))


@kind.register(int | str)
def _(obj):
    return "int or str"


print(kind(3), kind("x"), kind(True))


class A:
    pass


class B(A):
    pass


class C(B):
    pass


@singledispatch
def level(obj):
    return "base"


@level.register
def _(obj: A):
    return "A"


@level.register
def _(obj: C):
    return "C"


print(level(A()), level(B()), level(C()), level(1))
show(lambda: level.register(5))
try:
    level.register(lambda x: x)
except TypeError as e:
    print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])


class P1(collections.abc.Sized):
    pass


@singledispatch
def amb(obj):
    return "base"


@amb.register(collections.abc.Container)
def _(obj):
    return "container"


@amb.register(collections.abc.Sized)
def _(obj):
    return "sized"


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


show(lambda: amb(Both()))
print(amb(P1.__new__(type("Q", (P1,), {"__len__": lambda self: 0}))))


class Num:
    @singledispatchmethod
    def add(self, arg):
        raise NotImplementedError(f"cannot add {type(arg).__name__}")

    @add.register
    def _(self, arg: int):
        return f"int+{arg}"

    @add.register(str)
    def _(self, arg):
        return f"str+{arg}"

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} generic"

    @make.register(int)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__} int {arg}"


n = Num()
print(n.add(1), n.add("a"), Num.make(1), Num.make("x"), n.add.__name__)
show(lambda: n.add(1.5))
