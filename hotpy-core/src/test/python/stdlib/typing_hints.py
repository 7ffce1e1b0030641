# typing: get_type_hints with postponed annotations, Annotated extras, forward references, overloads.
from __future__ import annotations
import typing
from typing import (Annotated, ClassVar, Final, ForwardRef, Generic, List, Dict, Optional, TypeVar, Union,
                    get_type_hints, get_origin, get_args, NamedTuple, Protocol, runtime_checkable, Callable, Literal)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Tree:
    left: Optional[Tree]
    right: Optional["Tree"]
    value: Annotated[int, "positive"]
    cache: ClassVar[Dict[str, int]] = {}
    LIMIT: Final = 10


def walk(t: Tree, depth: int = 0, *, visit: Callable[[Tree], None] = None) -> List[Tree]:
    return []


print(Tree.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(Tree, include_extras=True)["value"], get_type_hints(walk))
print(get_type_hints(walk, localns={"Tree": int}))


class WithUnknown:
    x: DoesNotExist


show(lambda: get_type_hints(WithUnknown))
T = TypeVar("T")


class Stack(Generic[T]):
    items: List[T]

    def push(self, item: T) -> None:
        self.items.append(item)


print(get_type_hints(Stack), get_type_hints(Stack.push), Stack[int], Stack[Tree])


class Pt(NamedTuple):
    x: int
    y: Optional[int] = None


print(get_type_hints(Pt), Pt(1), Pt.__annotations__)


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int:
        ...


print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen), get_type_hints(HasLen.__len__))
ann = Annotated[List[Annotated[int, "inner"]], "outer"]
print(ann, get_origin(ann), get_args(ann), typing._strip_annotations(ann) if hasattr(typing, "_strip_annotations") else List[int])
print(get_origin(Literal["a", "b"]), get_args(Literal["a", "b"]), Literal["a"] == Literal["a"], Union[int, "Tree"])
ref = ForwardRef("List[int]")
print(ref, ref.__forward_arg__, ref == ForwardRef("List[int]"), hash(ref) == hash(ForwardRef("List[int]")))
show(lambda: ForwardRef(1))
show(lambda: ForwardRef("1 +"))
print(get_type_hints(lambda: None), get_type_hints(typing.cast))
Alias = Dict[str, "Tree"]


def uses_alias(a: Alias) -> None:
    pass


print(get_type_hints(uses_alias))


class Config:
    debug: bool = False
    level: "int"
    mode: Union[str, None]
    ratio: float | None


print(get_type_hints(Config))
