# Operator dunders with reflection and NotImplemented, containers, iteration, hashing and __call__.
import functools


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    __radd__ = __add__

    def __iadd__(self, other):
        if isinstance(other, Money):
            self.cents += other.cents
            return self
        return NotImplemented

    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")


a, b = Money(150), Money(275)
print(a + b, 10 + a, a + 10, sum([a, b], Money(0)), 3 * a, a * 2, -a)
c = a
c += b
print(c is a, a, sorted([b, a, Money(5)]), a > b, a <= b, max(a, b))
try:
    a + "x"
except TypeError as e:
    print("TypeError", e)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
print(bool(Money(0)), bool(a), {Money(1): "one"}[Money(1)], f"{a}", f"{a:.1f}", a == 150, a != b)


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __repr__(self):
        return "Vector%r" % (tuple(self.xs),)

    def __matmul__(self, other):
        return sum(x * y for x, y in zip(self.xs, other.xs))

    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5

    def __reversed__(self):
        return reversed(self.xs)

    def __index__(self):
        return len(self.xs)

    def __call__(self, k):
        return Vector(*[x * k for x in self.xs])


v = Vector(3, 4, 5)
print(len(v), v[0], v[-1], v[1:], 4 in v, 9 in v, list(v), list(reversed(v)), abs(Vector(3, 4)))
v[0] = 30
del v[1]
print(v, v @ Vector(1, 1), v(2), [10, 20, 30, 40][Vector(1)], bin(Vector(1, 2, 3)), "ab" * Vector(1, 1))


class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11


print(list(OldIter()), 22 in OldIter(), [x for x in OldIter()])


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(NoHash.__hash__ is None, NoHash() == 5, NoHash() != 5)


class Reflected:
    def __eq__(self, other):
        return "Reflected.__eq__"

    def __rsub__(self, other):
        return "rsub(%r)" % (other,)

    def __rpow__(self, other):
        return "rpow(%r)" % (other,)

    def __ror__(self, other):
        return "ror(%r)" % (other,)


print(5 - Reflected(), 2 ** Reflected(), {1} | Reflected(), 1 == Reflected(), Reflected() == 1)


class SubInt(int):
    def __add__(self, other):
        return "SubInt.__add__"

    def __radd__(self, other):
        return "SubInt.__radd__"


print(1 + SubInt(2), SubInt(2) + 1, SubInt(5) * 2, type(SubInt(5) * 2).__name__, SubInt(3) == 3)


class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


with Ctx("a") as x, Ctx("b", suppress=True) as y:
    print("body", x, y)
    raise ValueError("inside")
print("after with")
try:
    with Ctx("outer"):
        with Ctx("inner"):
            raise KeyError("k")
except KeyError:
    print("KeyError escaped")


class Str:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


print(Str(), repr(Str()), [Str()], "%s %r" % (Str(), Str()), f"{Str()!r} {Str()}", str([Str()]))
