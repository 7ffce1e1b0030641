# functools: reduce, partial, partialmethod, wraps/update_wrapper.
import functools
from functools import partial, partialmethod, reduce, wraps, update_wrapper


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], "abc", []))
show(lambda: reduce(lambda a, b: a + b, []))
show(lambda: reduce(lambda a, b: a + b, 5))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(3, exp=3), partial(power, 2)(10))
print(repr(partial(len, "ab", x=1)), repr(partial(partial(len), "a")), partial(int, "12", base=3)())
p = partial(power, 2, mod=5)
print(p.func is power, p.args, p.keywords, p(3))
show(lambda: setattr(p, "func", len))
show(lambda: partial())
show(lambda: partial(1))
p.attr = "x"
print(p.attr, p.__dict__, repr(partial(p, 1)).startswith("functools.partial(functools.partial("))
flat = partial(partial(power, 2), 5, mod=3)
print(flat.func is power, flat.args, flat.keywords, flat())


class MyPartial(partial):
    pass


print(repr(MyPartial(len, "abc")), MyPartial(len, "abc")())
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__)
print(list(map(partial(power, exp=2), range(5))))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive, Cell.make_one(2), c.make_one(3))
print(repr(partialmethod(len, 1, a=2)))
show(lambda: partialmethod(1))
print(Cell.set_alive.__class__.__name__ if hasattr(Cell.set_alive, "__class__") else "?")


def decorator(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("wrapped", f(*args, **kwargs))
    return wrapper


@decorator
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name


greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__annotations__, greet.__wrapped__("x"))
print(greet.__qualname__, greet.__module__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def inner():
    pass


inner.marker = 5


def outer():
    pass


update_wrapper(outer, inner)
print(outer.__name__, outer.marker, outer.__wrapped__ is inner)


class NoAttrs:
    def __call__(self):
        return 1


w = update_wrapper(lambda: 0, NoAttrs())
print(w.__name__, w.__wrapped__.__class__.__name__)
update_wrapper(outer, inner, assigned=(), updated=())
print(outer.__name__)
