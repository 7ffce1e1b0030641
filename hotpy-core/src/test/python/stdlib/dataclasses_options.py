# dataclasses: frozen, order, unsafe_hash, eq, slots, match_args, make_dataclass, inheritance rules.
from dataclasses import dataclass, field, FrozenInstanceError, make_dataclass, fields, asdict, replace
import dataclasses


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = "a"


f = Frozen(1)
print(f, hash(f) == hash((1, "a")), {f: 1}[Frozen(1)])
show(lambda: setattr(f, "x", 2))
show(lambda: delattr(f, "y"))
show(lambda: setattr(f, "new", 2))
print(replace(f, x=5), issubclass(FrozenInstanceError, AttributeError))


def frozen_from_unfrozen():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def unfrozen_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


show(frozen_from_unfrozen)
show(unfrozen_from_frozen)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a"), Version(1, 2, "a")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
show(lambda: Version(1) < 5)
show(lambda: dataclass(order=True, eq=False)(type("X", (), {"__annotations__": {}})))


def order_conflict():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


show(order_conflict)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashy(1)) == hash((1,)), Hashy(1) == Hashy(1, [2]))


@dataclass
class Unhashable:
    a: int


@dataclass(eq=False)
class IdentityHash:
    a: int


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(Unhashable.__hash__, IdentityHash(1) == IdentityHash(1), hash(ExplicitHash(1)))


def hash_conflict():
    @dataclass(unsafe_hash=True)
    class C:
        a: int

        def __hash__(self):
            return 1


show(hash_conflict)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), Slotted.__qualname__)
show(lambda: setattr(s, "z", 1))


def double_slots():
    @dataclass(slots=True)
    class C:
        __slots__ = ("x",)
        x: int


show(double_slots)


@dataclass(frozen=True, slots=True)
class FrozenSlots:
    a: int


fs = FrozenSlots(3)
print(fs, fs.__getstate__(), hash(fs) == hash((3,)))
show(lambda: setattr(fs, "a", 1))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))


@dataclass
class Shape:
    kind: str
    size: int = 1


for obj in [Shape("circle", 3), Shape("square"), Point := None]:
    match obj:
        case Shape("circle", r):
            print("circle of", r)
        case Shape(kind, size=1):
            print("unit", kind)
        case _:
            print("other")

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"total": lambda self: self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)], C.__doc__, C.__annotations__)
D = make_dataclass("D", [("x", int, field(default=0))], bases=(C,), frozen=False, order=True)
print(D(1, 2, 3, 4) if False else D.__mro__[1].__name__, sorted([D(1, 2, 3, 9), D(1, 2, 3, 4)]))
for bad in [["a", "a"], [("a", int, 3, 4)], ["class"], ["1x"]]:
    show(lambda: make_dataclass("Bad", bad))


@dataclass
class WithMethods:
    x: int

    def __repr__(self):
        return "custom repr"

    def __eq__(self, other):
        return "custom eq"


print(repr(WithMethods(1)), WithMethods(1) == WithMethods(2), WithMethods.__hash__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__, asdict(Empty()))


class Plain:
    pass


@dataclass
class SubOfPlain(Plain):
    v: int = 0


print(SubOfPlain(), SubOfPlain.__mro__[1].__name__, dataclasses.is_dataclass(Plain))
print(repr(dataclasses.field(default=1)).startswith("Field(name=None,type=None,default=1,"))
print(Frozen.__dataclass_params__, sorted(Frozen.__dataclass_fields__))
