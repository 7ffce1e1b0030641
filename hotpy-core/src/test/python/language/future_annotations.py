# from __future__ import annotations: annotations are kept as CPython 3.11's text of the expression.
from __future__ import annotations
import typing
def f(a: int, b: list[int] = [], *args: tuple[int, ...], c: dict[str, 'X'] | None = None, **kw: typing.Any) -> Foo[int, str]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: "quoted"
    z: Callable[[int, str], None] = None
    w: a.b.c[1:2, ::3]
    v: (int, str)
    u: not a or b and c
    t: -x ** -y + (a if b else c)
    s: f(x, *y, k=1, **z) < 3 <= 4
    r: {1: 2, **d}
    q: [i for i in range(3) if i]
    p: 1 .real + 1.5 + 1e400 + 2j + b'x'
    o: lambda x, y=1: x
    n: (a, b)[0]
    m: Tuple[()]
    l: typing.Literal["a", 'b"c']
    j: ~x | y ^ z & w << 2
    i: a[b, c:d]
    h: None
    g: ...
    e: a @ b // c % d
    d: {x, y}
    c2: (x for x in y)
    b2: f(x for x in y)
    a2: x if y else (z if w else v)
    a3: (x, *y)
    a4: [*a, *b]
    a6: -(-x)
    a7: (-x) ** 2
    a8: 2 ** -x
    a9: (a, )
print(C.__annotations__)
x: Final[int] = 3
print(__annotations__)


def later(x: Undefined, y: "also undefined" = 1) -> NotDefinedEither:
    return x


print(later.__annotations__, later(5))


class Tree:
    def add(self, other: Tree) -> Tree:
        return self

    children: list[Tree]


print(Tree.add.__annotations__, Tree.__annotations__)
obj = Tree()
obj.attr: int = 5
print(obj.attr, "attr" in __annotations__)
print(typing.get_type_hints(Tree.add, globalns=globals()) == {"other": Tree, "return": Tree})
