# `a + b` on tuples and lists, which specialise to their own forms once a site has seen two exact
# tuples (or lists): subclasses, __add__ and __radd__ overrides, mixed and wrong types, in-place
# `+=` (a list's extends it in place, a tuple's makes a new one), a name rebound mid-loop to
# another type, and sites in functions and generators compiled before the operator first ran.


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


# warm both sites with exact tuples and lists, then everything else
for i in range(40):
    t = add((i,), (i + 1, i + 2))
    l = add([i], [i + 1])
print(t, l)


class T(tuple):
    pass


class TAdd(tuple):
    def __add__(self, o):
        return "TAdd.__add__"


class TRadd(tuple):
    def __radd__(self, o):
        return "TRadd.__radd__"


class L(list):
    pass


class LAdd(list):
    def __add__(self, o):
        return "LAdd.__add__"


class LRadd(list):
    def __radd__(self, o):
        return "LRadd.__radd__"


r = add(T((1,)), (2,))
print(r, type(r).__name__)
r = add((1,), T((2,)))
print(r, type(r).__name__)
print(add(TAdd((1,)), (2,)))
print(add((1,), TRadd((2,))))
r = add(L([1]), [2])
print(r, type(r).__name__)
print(add([1], LRadd([2])))
print(add(LAdd([1]), [2]))
print(add((), ()), add([], []))
for a, b in [((1,), [2]), ([1], (2,)), ((1,), "x"), ([1], None), ((1,), 1)]:
    try:
        add(a, b)
    except TypeError as e:
        print("TypeError:", e)
# back to exact tuples and lists after the misses
print(add((1, 2), (3,)), add([1, 2], [3]))

# in place: a list's `+=` extends the same list; a tuple's is `+`
for i in range(40):
    x = [i]
    y = iadd(x, [i + 1])
    u = (i,)
    v = iadd(u, (i + 1,))
print(x is y, y, u is v, u, v)
print(iadd([1], (2, 3)), iadd([1], "ab"))
try:
    iadd((1,), [2])
except TypeError as e:
    print("TypeError:", e)


# a name rebound mid-loop: tuples, then lists, then strings, then tuples again
def rebound(n):
    acc = ()
    out = []
    for i in range(n):
        if i == n // 4:
            out.append(len(acc))
            acc = []
        elif i == n // 2:
            out.append(len(acc))
            acc = ""
        elif i == 3 * n // 4:
            out.append(len(acc))
            acc = ()
        if isinstance(acc, str):
            acc = acc + str(i % 10)
        elif isinstance(acc, list):
            acc = acc + [i]
        else:
            acc = acc + (i,)
    out.append(len(acc))
    return out


print(rebound(4000))


# a site first run after its loop has been compiled (a branch taken late)
def late(n):
    t = ()
    l = []
    for i in range(n):
        if i >= n - 50:
            t = t + (i,)
            l = l + [i, -i]
    return len(t), t[:3], len(l), l[-2:]


print(late(5000))


# recursive generators, as nqueens' place: a tuple grown by one at each level
def place(n, row, placed, cols):
    if row == n:
        yield placed
        return
    for c in range(n):
        if c not in cols:
            for solution in place(n, row + 1, placed + (c,), cols | {c}):
                yield solution


print(sum(1 for _ in place(6, 0, (), frozenset())), next(place(5, 0, (), frozenset())))
print(list(place(3, 0, T(), set()))[:2])

# adding an empty tuple gives an exact tuple itself, a subclass instance a new plain tuple
t = (1, 2)
for _ in range(20):
    same = ((t + ()) is t, (() + t) is t, type(T((1,)) + ()).__name__, (T((1,)) + ()) == (1,), (() + ()) == ())
print(same)
