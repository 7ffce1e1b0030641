# typing: Generic classes, Protocol, NamedTuple, TypedDict, NewType, overload, final, get_type_hints.
from typing import *
import typing


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def get(self) -> T:
        return self.v


b = Box[int](3)
print(Box[int], b.__orig_class__, b.get(), Box.__parameters__, Box[int].__args__, Box.__orig_bases__)
print(Box.__mro__, Box(5).get(), Box[str].__origin__ is Box, Box[int] == Box[int], Box[List[T]][int])
show(lambda: Box[int, str])
show(lambda: isinstance(b, Box[int]))
print(isinstance(b, Box))


class Pair(Generic[K, V]):
    pass


class StrPair(Pair[str, V]):
    pass


print(Pair[int, str], StrPair.__parameters__, StrPair[int], StrPair.__mro__, Pair.__parameters__)
show(lambda: Pair[int])


def bad_generic():
    class Bad(Generic[T], Generic[K]):
        pass


def missing_var():
    class Bad(List[K], Generic[T]):
        pass


def plain_generic():
    class Bad(Generic):
        pass


for f in (bad_generic, missing_var, plain_generic):
    show(f)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList([1, 2]), MyList.__orig_bases__)


class Mapping2(Dict[K, V]):
    pass


print(Mapping2[str, int], Mapping2.__parameters__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


class NotClosable:
    close = None


print(isinstance(File(), Closable), isinstance(1, Closable), issubclass(File, Closable), isinstance(NotClosable(), Closable))


class Named(Protocol):
    name: str


class HasName:
    name = "x"


show(lambda: isinstance(HasName(), Named))
show(lambda: Named())
show(lambda: issubclass(File, Named))
NamedRT = runtime_checkable(Named)
print(isinstance(HasName(), NamedRT), isinstance(File(), NamedRT))
show(lambda: issubclass(HasName, NamedRT))
show(lambda: runtime_checkable(File))


class Concrete(Closable):
    def __init__(self, x):
        self.x = x


print(Concrete(5).x, isinstance(Concrete(1), Closable))


def bad_proto():
    class P(Protocol, int):
        pass


show(bad_proto)


class GenProto(Protocol[T]):
    def get(self) -> T:
        ...


print(GenProto[int], GenProto.__parameters__)
print(isinstance(1, SupportsInt), isinstance("a", SupportsInt), isinstance(1.5, SupportsIndex), isinstance(2, SupportsAbs))
print(isinstance(1.0, SupportsFloat), isinstance(b"", SupportsBytes), isinstance(1j, SupportsComplex), isinstance(1.5, SupportsRound))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point._fields, Point._field_defaults, Point.__annotations__, Point.__mro__, p._asdict())
print(isinstance(p, tuple), p._replace(x=1), Point._make([1, 2, "q"]), Point.__doc__)
Q = NamedTuple("Q", [("a", int), ("b", str)])
R = NamedTuple("R", a=int)
print(Q(1, "b"), Q.__annotations__, R(5), Q.__module__)


def nt_order():
    class Bad(NamedTuple):
        x: int = 0
        y: int


def nt_overwrite():
    class Bad(NamedTuple):
        x: int

        def _asdict(self):
            return {}


def nt_base():
    class Bad(NamedTuple, int):
        x: int


for f in (nt_order, nt_overwrite, nt_base):
    show(f)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float


class Mixed(TypedDict):
    a: Required[int]
    b: NotRequired[str]


m = Movie(title="x", year=1)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Extra.__optional_keys__), sorted(Extra.__required_keys__))
print(Extra.__total__, Movie.__total__, Extra.__annotations__, is_typeddict(Movie), is_typeddict(dict))
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__), Movie.__mro__)
Func = TypedDict("Func", {"a": int, "b": str}, total=False)
print(Func(a=1), Func.__optional_keys__ == {"a", "b"}, Func.__name__)
show(lambda: isinstance({}, Movie))


def td_base():
    class Bad(TypedDict, int):
        x: int


show(td_base)
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None, type(UserId(5)).__name__)


def sub_newtype():
    class Sub(UserId):
        pass


show(sub_newtype)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("a"), len(get_overloads(double)))


@overload
def only(x: int) -> int:
    ...


show(lambda: only(1))


@final
class Leaf:
    @final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__)


class Node:
    value: int
    next: "Optional[Node]"
    children: List["Node"] = []
    meta: Annotated[str, "info"] = ""
    count: ClassVar[int] = 0


def func(a: int, b: "str" = "", c: "List[Node]" = None) -> "Node":
    pass


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["meta"], get_type_hints(func))
print(get_type_hints(Point), get_type_hints(Extra), get_type_hints(len), get_type_hints(lambda x: x))


@no_type_check
def untyped(a: "not a type") -> "nope":
    pass


print(get_type_hints(untyped), untyped.__no_type_check__)
show(lambda: get_type_hints(5))


class Base:
    x: int


class Derived(Base):
    y: "str"


print(get_type_hints(Derived))
Alias = Dict[str, List[int]]
print(Alias, Alias[()] if False else "", Alias.__origin__)
