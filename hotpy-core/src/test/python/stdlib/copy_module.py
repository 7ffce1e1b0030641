# copy: shallow and deep copies, memo, __copy__/__deepcopy__, reduce protocol basics.
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"], d == a)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt == t2, dt is t2, dt[1] is t2[1])
for v in [1, 2.5, "s", b"b", None, True, frozenset({1}), range(3), len, int, Ellipsis]:
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=" ")
print()
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b"ab")), copy.deepcopy({1: {2: 3}}))

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec, len(rc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.x is p.x, pd.x is p.x, type(pd).__name__)


class Slotted:
    __slots__ = ("a", "b", "__c")

    def __init__(self):
        self.a = [1]
        self.__c = 3

    def c(self):
        return self.__c


sl = Slotted()
sc = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, hasattr(sc, "b"), sc.c())


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v is c.v)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


r = copy.deepcopy(Reduced([1], 2))
print(type(r).__name__, r.a, r.b)


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": self.x * 10}

    def __setstate__(self, st):
        self.x = st["x"] + 1


print(copy.copy(State()).x, copy.deepcopy(State()).x)


class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


na = copy.deepcopy(NewArgs(5, "t"))
print(na, na.tag, type(na).__name__)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = "a"
mc = copy.deepcopy(ml)
print(mc, type(mc).__name__, mc.attr, mc[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(md, type(md).__name__)


class M:
    def method(self):
        return self


m = M()
bm = copy.deepcopy(m.method)
print(bm() is not m, type(bm()).__name__)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
NT = namedtuple("NT", "a b")
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(Counter("aab")),
      copy.deepcopy(deque([1, [2]], maxlen=4)), copy.deepcopy(NT(1, [2])), copy.copy(NT(1, 2)))
