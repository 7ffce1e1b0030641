# dataclasses: generated __init__/__repr__/__eq__, defaults, field options, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING, InitVar, KW_ONLY
import dataclasses
from typing import ClassVar, List


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__doc__, Point.__match_args__)
print(fields(p)[0].name, [f.name for f in fields(Point)], fields(Point)[1].default, fields(Point)[0].default is MISSING)
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1), hash(p) if Point.__hash__ else "unhashable")
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, z=3))
show(lambda: Point(1, x=2))
show(lambda: fields(1))
show(lambda: asdict(Point))
show(lambda: astuple(5))
show(lambda: replace(1))
show(lambda: replace(p, z=3))


@dataclass
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    qty: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    computed: int = field(init=False, default=7)
    meta: dict = field(default_factory=dict, metadata={"unit": "kg"})
    total: ClassVar[int] = 0


a = Inventory("apple")
b = Inventory("apple", secret="other")
a.tags.append("fruit")
print(a, a == b, a.tags is not b.tags, a.computed, Inventory.total, fields(Inventory)[-1].metadata["unit"])
print([f.name for f in fields(Inventory)], Inventory.__doc__, Inventory.__match_args__)
print(asdict(a), astuple(b))
show(lambda: replace(a, computed=1))
show(lambda: Inventory("x", computed=3))
show(lambda: field(default=1, default_factory=list))


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def order_without_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def field_without_annotation():
    @dataclass
    class Bad:
        x = field(default=1)


def classvar_factory():
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)


for f in (mutable_default, order_without_default, field_without_annotation, classvar_factory):
    show(f)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3, 10)
print(w, WithPost(2), [f.name for f in fields(WithPost)], WithPost.__doc__)
print(replace(w, a=5, scale=2))
show(lambda: replace(WithPost(1), a=2) and replace(w, a=1))


@dataclass
class NoDefaultInitVar:
    v: InitVar[int]
    got: int = 0

    def __post_init__(self, v):
        self.got = v


n = NoDefaultInitVar(4)
print(n)
show(lambda: replace(n, got=1))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__doc__)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW.__match_args__, KW.__doc__)
show(lambda: KW(1, 2, 3))


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0


print(AllKW(a=1), AllKW.__doc__)
show(lambda: AllKW(1))


@dataclass
class Mixed:
    a: int = field(kw_only=True, default=0)
    b: int = 5


print(Mixed(1, a=3), Mixed.__doc__)


@dataclass
class Recursive:
    name: str
    children: list = field(default_factory=list)


r = Recursive("root")
r.children.append(r)
print(repr(r))


@dataclass
class Nested:
    p: Point
    items: list
    mapping: dict
    pair: tuple


nest = Nested(Point(1, 2), [Point(3, 4), 5], {"k": Point(0, 0)}, (Point(7, 8), "s"))
print(asdict(nest))
print(astuple(nest))
print(asdict(nest, dict_factory=lambda kv: sorted(kv)))


@dataclass
class SelfField:
    self: int
    other: str = "o"


print(SelfField(1), SelfField(self=2))


@dataclass(init=False, repr=False, eq=False)
class Bare:
    x: int = 3


print(Bare().x, Bare() == Bare(), "__repr__" in Bare.__dict__, Bare.__doc__)


class Descriptor:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.name, 100)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


@dataclass
class UsesDescriptor:
    d: Descriptor = Descriptor()


print(UsesDescriptor().d, UsesDescriptor(5).d)
print(dataclasses.__all__ if hasattr(dataclasses, "__all__") else None)
