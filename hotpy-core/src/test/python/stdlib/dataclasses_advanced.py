# dataclasses: string annotations, InitVar/ClassVar detection, inheritance, generics, hooks.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict, replace
from typing import ClassVar, Generic, TypeVar, List
import typing
from collections import OrderedDict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Config:
    name: str
    count: ClassVar[int] = 0
    tcount: typing.ClassVar[int] = 1
    secret: InitVar[str] = "s"
    dc_secret: dataclasses.InitVar[int] = 2
    items: List[int] = field(default_factory=list)
    _: KW_ONLY
    verbose: bool = False

    def __post_init__(self, secret, dc_secret):
        self.digest = f"{secret}:{dc_secret}"


c = Config("cfg", "pw", 3, [1], verbose=True)
print(c, c.digest, [f.name for f in fields(Config)], Config.__annotations__["secret"], Config.__doc__)
print(sorted(Config.__dataclass_fields__), Config.__dataclass_fields__["count"]._field_type, Config.__match_args__)

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    content: T
    label: str = "box"


print(Box[int](5), Box("x"), Box.__parameters__, Box[int].__origin__ is Box)


@dataclass
class Base:
    a: int
    b: int = 2

    def __post_init__(self):
        self.total = self.a + self.b


@dataclass
class Child(Base):
    c: int = 3

    def __post_init__(self):
        super().__post_init__()
        self.total += self.c


ch = Child(1)
print(ch, ch.total, Child.__doc__, Base(1) == Child(1), Child(1) == Child(1), replace(ch, c=10).total)


@dataclass(order=True)
class A:
    x: int


@dataclass(order=True)
class B(A):
    pass


show(lambda: A(1) < B(2))
print(A(1) == B(1), A(1) < A(2), sorted([A(3), A(1)]))


@dataclass(frozen=True, unsafe_hash=True)
class Key:
    k: str
    weight: float = field(compare=False, hash=False, default=1.0)


print(hash(Key("a")) == hash(Key("a", 2.0)), {Key("a"): 1}[Key("a", 5.0)], Key("a") == Key("a", 9.0))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)


root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
print(root, asdict(Node(5, [Node(6)])), asdict(Node(5), dict_factory=OrderedDict))


@dataclass
class WithProps:
    _value: int = 0

    @property
    def value(self):
        return self._value * 10


print(WithProps(3).value, [f.name for f in fields(WithProps)])


@dataclass
class Meta:
    x: int = field(metadata={"unit": "m", "doc": "length"})


f0 = fields(Meta)[0]
print(dict(f0.metadata), f0.metadata["unit"], type(f0.metadata).__name__, f0.repr, f0.init, f0.compare, f0.hash, f0.kw_only)
show(lambda: f0.metadata.__setitem__("x", 1))


class NotData:
    pass


show(lambda: fields(NotData))
show(lambda: fields(NotData()))
print(dataclasses.is_dataclass(Meta), dataclasses.is_dataclass(Meta(1)), dataclasses.is_dataclass(NotData))


@dataclass
class Abstractish:
    items: tuple = ()
    mapping: frozenset = frozenset()


print(Abstractish(), Abstractish((1,), frozenset({2})), asdict(Abstractish((1, 2))))


def init_var_default_factory():
    @dataclass
    class Bad:
        x: InitVar[list] = field(default_factory=list)


def kw_only_twice():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        __: KW_ONLY


def classvar_kw_only():
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default=1, kw_only=True)


for f in (init_var_default_factory, kw_only_twice, classvar_kw_only):
    show(f)
