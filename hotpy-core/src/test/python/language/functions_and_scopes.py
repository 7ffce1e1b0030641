# Parameters of every kind, defaults, closures, global/nonlocal and scope rules.


def params(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(params(1, d=4))
print(params(1, 20, 30, 40, 50, d=4, z=26, y=25))
for bad in ("params()", "params(1, 2, 3, b=2, d=1)", "params(a=1, d=1)", "params(1, 2, 3)",
            "params(1, d=1, d=2)", "(lambda x, /: x)(x=1)", "(lambda *, k: k)(1)"):
    try:
        eval(bad)
    except (TypeError, SyntaxError) as ex:
        print(type(ex).__name__, ex)


def defaults(x=[]):
    x.append(len(x))
    return x


print(defaults(), defaults(), defaults([9]), defaults.__defaults__)


def counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
G = "global"


def read_global():
    return G


def write_global():
    global G
    G = "rebound"


print(read_global())
write_global()
print(read_global(), G)


def unbound():
    try:
        print(G)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    G = 1
    return G


print(unbound())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


class Scope:
    y = 10
    squares = [y * i for i in range(3)] if False else None
    z = y + 1

    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError %s" % e


print(Scope.z, Scope().method())


def annotated(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(annotated.__annotations__)
print(annotated.__name__, annotated.__qualname__, Scope.method.__qualname__, outer.__code__.co_name)


def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return "%s(%s)" % (tag, f(*a, **k))
        inner.__name__ = f.__name__
        return inner
    return wrap


@deco("a")
@deco("b")
def decorated(x):
    return x * 2


print(decorated(21), decorated.__name__)
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda: None)(), (lambda x: lambda y: x + y)(1)(2))
args = [1, 2]
kwargs = {"d": 4, "q": 0}
print(params(*args, *[3], *(), d=4), params(0, **{"d": 1}, **{"e": 2}))


def gen_scope():
    x = 10
    return [x + y for y in range(3)], list(x * y for y in range(3)), {y: x for y in "ab"}


print(gen_scope())


def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


print(recursive_closure(20), recursive_closure(25))
