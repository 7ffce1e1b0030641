# typing: special forms, aliases and their reprs, Union/Optional/Literal rules, get_origin/get_args.
import typing
from typing import *
import collections.abc


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar("T")
B = TypeVar("B", bound=int)
C = TypeVar("C", int, str, covariant=True)
D = TypeVar("D", contravariant=True)
print(repr(T), repr(B), repr(C), repr(D), T.__name__, B.__bound__, C.__constraints__, C.__covariant__, D.__contravariant__)
print(T.__module__, repr(AnyStr), AnyStr.__constraints__)
show(lambda: TypeVar("X", int))
show(lambda: TypeVar("X", int, str, bound=int))
show(lambda: TypeVar("X", covariant=True, contravariant=True))
print(List[int], List, Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]])
print(Dict[str, List[int]], Callable[[int], str], Callable[..., int], Callable[[], None], Callable)
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple, Type[int], Type[Any], FrozenSet[int], Set[str])
print(Literal[1, "a", None], Annotated[int, "meta", 2], ClassVar[int], Final[str], Any, NoReturn, Never)
print(Self, LiteralString, TypeAlias, TypeGuard[int], Required[int], NotRequired[str])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[int, str] == Union[str, int])
print(Optional[int] == Union[None, int], List[int] == List[int], List[int] == List[str], List[int] is List[int])
print(Union[int, str] | None, List[int] | str, int | List[str], Optional[int] | str)
print(Literal[1, 1, 2], Literal[Literal[1, 2], 3], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], Literal[0] == Literal[False])
print(List[T][int], Dict[str, T][int], Dict[T, List[T]][str], Callable[[T], T][int], Tuple[T, ...][bytes])
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(Annotated[int, 1]), get_origin(Callable[[int], str]))
print(get_origin(int), get_origin(Generic), get_origin(ClassVar[int]), get_origin(list[int]), get_origin(int | str), get_origin(Literal[1]))
print(get_args(List[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Annotated[int, "x"]))
print(get_args(int), get_args(Union[int, None]), get_args(Tuple[()]), get_args(Dict[str, int]), get_args(int | str), get_args(list[int]))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__, Annotated[int, 1] == Annotated[int, 1])
print(Callable[[int], str].__args__, Tuple[int, ...].__args__, List[int].__origin__, List[T].__parameters__, Dict[T, B].__parameters__)
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Dict[int],
            lambda: isinstance(1, List[int]), lambda: List(), lambda: Dict(), lambda: Generic[int],
            lambda: Generic[T, T], lambda: Any(), lambda: isinstance(1, Any), lambda: Annotated[int],
            lambda: Callable[int], lambda: Union(), lambda: ClassVar[int, str], lambda: NoReturn[int],
            lambda: isinstance(1, Union), lambda: Annotated(), lambda: List[int][str], lambda: type(Generic()).__name__]:
    show(bad)
print(isinstance([], List), isinstance([], Sequence), issubclass(list, Sequence), isinstance({}, Mapping))
print(isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]), issubclass(bool, Union[int, str]))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance(len, Callable))
print(Iterable[int], Mapping[str, int], Sequence, Generator[int, None, None], DefaultDict[str, int], Deque[int])
print(Counter[str], OrderedDict[str, int], ChainMap[str, int], AbstractSet[int], Awaitable[int], Coroutine[int, int, int])
print(ContextManager[int], AsyncIterator[str], Collection[int], Reversible[int], Hashable, Sized, ByteString)
print(Text is str, TYPE_CHECKING, typing.List.__name__, Union[int, str].__args__, Optional[int].__args__)
print(ForwardRef("X"), List["X"], Optional["X"], Union[int, "str"], ForwardRef("X") == ForwardRef("X"))
print(Dict.__origin__, Callable.__origin__, Type.__origin__, Deque[int]([1, 2]), type(Deque[int]([1, 2])).__name__)
print(collections.abc.Callable[[int], str], list[int], dict[str, list[int]], Union[list[int], None])
P = ParamSpec("P")
print(P, P.args, P.kwargs, Concatenate[int, P], Callable[P, int], Callable[Concatenate[int, P], int], get_args(Callable[P, int]))
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], *Ts)
print(cast(int, "x"), cast("List[int]", 5), assert_type(3, int), NewType("UID", int)(7))
show(lambda: assert_never(5))
