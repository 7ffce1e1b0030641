# Attribute loads and stores that specialise on an instance shape or a type version, then meet a
# different shape, a changed class attribute, a new descriptor, a __class__ change or dict mode.


class P:
    kind = "class attr"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


def read_x(objs):
    return [o.x for o in objs]


same = [P(i, i) for i in range(30)]
print(read_x(same)[-3:])
odd = P(1, 2)
del odd.x
odd.x = "re-added"
print(read_x(same + [odd])[-2:])


class Q:
    def __init__(self, x):
        self.x = x


mixed = [P(i, 0) if i % 3 else Q(-i) for i in range(20)]
print(read_x(mixed))


def read_kind(objs, mutate_at):
    out = []
    for i, o in enumerate(objs):
        out.append(o.kind)
        if i == mutate_at:
            P.kind = "changed class attr"
        if i == mutate_at + 5:
            o.kind = "instance shadows"
    return out


r = read_kind([P(0, 0)] * 30, 10)
print(r[9:12], r[15:18])
p = P(1, 2)
print(p.kind)


def call_norm(objs):
    return [o.norm() for o in objs]


objs = [P(i, 1) for i in range(20)]
print(call_norm(objs)[-2:])
P.norm = lambda self: "replaced method"
print(call_norm(objs)[-2:])
objs[0].norm = lambda: "instance attribute shadows method"
print(call_norm(objs)[:2])


class Base:
    def who(self):
        return "Base"


class Derived(Base):
    pass


def ask(o, n):
    return [o.who() for _ in range(n)]


d = Derived()
print(ask(d, 20)[-1])
Derived.who = lambda self: "Derived override"
print(ask(d, 3))
del Derived.who
Base.who = lambda self: "Base patched"
print(ask(d, 3))


class Late:
    def __init__(self):
        self.value = "instance value"


def read_value(objs):
    return [o.value for o in objs]


ls = [Late() for _ in range(20)]
x = Late()
print(read_value(ls)[-1])
Late.value = property(lambda self: "data descriptor wins")
print(read_value(ls)[-1])


class Other:
    def __init__(self):
        self.value = "other class"


print(read_value([x])[0])
x.__class__ = Other
print(read_value([x])[0], type(x).__name__)


def store_then_load(n):
    out = []
    for i in range(n):
        o = P(i, i)
        if i % 7 == 0:
            o.extra = i
        o.y = o.x * 10
        out.append(o.y + getattr(o, "extra", 0))
    return out


print(store_then_load(30)[-8:])


def dict_mode(n):
    o = P(1, 2)
    out = []
    for i in range(n):
        out.append(o.x)
        if i == 10:
            o.__dict__["x"] = "via __dict__"
        if i == 15:
            vars(o).clear()
            o.x = "after clear"
    return out[9:12], out[14:17]


print(dict_mode(20))


class Many:
    pass


def many_attrs(n):
    m = Many()
    for i in range(n):
        setattr(m, "a%d" % i, i)
    return sum(getattr(m, "a%d" % i) for i in range(n)), len(vars(m))


print(many_attrs(200))
