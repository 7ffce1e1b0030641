# Sites that meet several classes or types: polymorphic attribute and method caches (up to four
# shapes per site, then generic), calls of different functions from one site, the generic
# BINARY_OP/COMPARE_OP shortcuts for ints and floats, and classes changed while sites are hot.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 1


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v  # same name at another position

    def get(self):
        return self.v * 2


class C(A):
    def get(self):
        return -self.v


class D:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v - 3


class E:
    def __init__(self, v):
        self.v = v

    def get(self):
        return str(self.v)


class F:
    @property
    def v(self):
        return 99

    def get(self):
        return "F"


def read_all(objs, rounds):
    total = []
    for _ in range(rounds):
        for o in objs:
            total.append(o.v)
    return total[-len(objs):], len(total)


def call_all(objs, rounds):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append(o.get())
    return out[-len(objs):]


def store_all(objs, rounds):
    for i in range(rounds):
        for o in objs:
            o.v = i
    return [o.v for o in objs]


two = [A(1), B(2)]
four = [A(1), B(2), C(3), E(4)]
many = [A(1), B(2), C(3), D(4), E(5), F()]
print(read_all(two, 50))
print(read_all(four, 50))
print(read_all(many, 50))
print(call_all(two, 50))
print(call_all(four, 50))
print(call_all(many, 50))
print(store_all([A(0), B(0)], 40))
print(store_all([A(0), B(0), C(0), D(0), E(0)], 40))

# a shape that grows at a polymorphic store site: new attribute on some objects only


class G:
    pass


def grow(objs):
    for o in objs:
        o.extra = len(vars(o))
    return [o.extra for o in objs]


gs = [G() for _ in range(6)]
for i, g in enumerate(gs):
    for k in range(i % 3):
        setattr(g, "a%d" % k, k)
for _ in range(30):
    print(grow(gs), end=" ")
print()

# class attribute changed while the sites are specialised
objs = [A(5), B(6)]
print(call_all(objs, 30))
A.get = lambda self: "patched A"
print(call_all(objs, 3))
B.v = property(lambda self: "descriptor wins")
print(read_all(objs, 3))
del B.v
print(read_all(objs, 3))


# one call site, functions of different arity and kinds
def f0():
    return "f0"


def f1(a):
    return ("f1", a)


def f2(a, b=2):
    return ("f2", a, b)


def fk(a, *, k=1):
    return ("fk", a, k)


def gen(a):
    yield a


def dispatch(fs, rounds):
    out = []
    for _ in range(rounds):
        for f in fs:
            out.append(f(7))
    return [x if not hasattr(x, "__next__") else list(x) for x in out[-len(fs):]]


print(dispatch([f1, lambda a: a * 3, f2, fk, gen], 40))
try:
    dispatch([f1, f0], 20)
except TypeError as e:
    print("TypeError", e)

# generic numeric shortcuts: every operator on int/int, float/int and int/float pairs
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
}
pairs = [(7, 3), (-7, 3), (7, -3), (2**62, 4), (-(2**63), -1), (9.5, 2), (3, 0.5), (1, 3.0),
         (True, 2), (2, False), (0.1, 0.2), (10**20, 3)]
for name, op in ops.items():
    row = []
    for a, b in pairs:
        for _ in range(12):  # enough executions to specialise and deoptimise
            try:
                r = op(a, b)
            except (ZeroDivisionError, TypeError, OverflowError, ValueError) as e:
                r = type(e).__name__ + ": " + str(e)
        row.append(r)
    print(name, row)
for a, b in [(7, 0), (7.0, 0), (7, 0.0), (-0.0, 1)]:
    for name in ("/", "//", "%"):
        try:
            print(name, a, b, ops[name](a, b))
        except ZeroDivisionError as e:
            print(name, a, b, "ZeroDivisionError:", e)

mixed = [1, 2.5, -3, 4.0, 10**30, True, float("nan"), float("inf")]
cmp = []
for x in mixed:
    for y in mixed:
        cmp.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
print(sum(map(sum, cmp)), cmp[:5], cmp[-5:])
total = 0
for i in range(200):
    total += i * 0.5 if i % 3 else i // 2
    total -= (i & 7) ^ (i | 3)
print(total)
