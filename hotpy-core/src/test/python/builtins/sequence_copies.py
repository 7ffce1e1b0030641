# tuple(x) and list(x): exact lists and tuples are copied; subclasses and other iterables are
# iterated through their own __iter__.
a = [1, 2, 3]
t = tuple(a)
a.append(4)
print(t, a, type(t).__name__)
u = (5, 6)
print(tuple(u) is u, list(u), type(list(u)).__name__)
b = list(a)
b.append(5)
print(a, b, b is a)
print(tuple([]) == (), list(()), tuple(), list())


class Rev(list):
    def __iter__(self):
        return reversed(self[:])


class RevTuple(tuple):
    def __iter__(self):
        return iter(["from", "__iter__"])


r = Rev([1, 2, 3])
print(tuple(r), list(r), sorted(r))
rt = RevTuple((7, 8))
print(tuple(rt), list(rt), type(tuple(rt)).__name__, tuple(rt) is rt)


class Counted:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


print(tuple(Counted(3)), list(Counted(2)), tuple("abc"), list({"k": 1}), tuple(x * x for x in range(4)))


class MyTuple(tuple):
    pass


class MyList(list):
    def __init__(self, items):
        super().__init__(items)
        self.extra = "init ran"


mt = MyTuple([1, 2])
ml = MyList((3, 4))
print(type(mt).__name__, mt, type(ml).__name__, ml, ml.extra)
print(type(tuple(mt)).__name__, tuple(mt), type(list(ml)).__name__, list(ml))

for bad in (5, None):
    for ctor in (tuple, list):
        try:
            ctor(bad)
        except TypeError as e:
            print("TypeError", e)

# the sliding window shape of the generators benchmark
def windows(source, width):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) > width:
            del buf[0]
        if len(buf) == width:
            yield tuple(buf)


print(list(windows(range(7), 3)))
buf = [1, 2, 3]
del buf[-1]
del buf[0]
print(buf)
for k in (5, -5):
    try:
        del buf[k]
    except IndexError as e:
        print("IndexError", e)
big = [0, 1]
try:
    del big[2 ** 70]
except IndexError as e:
    print("IndexError", e)
del big[True]
print(big)


# object.__init__ with extra arguments when __new__ is overridden: no error, as in CPython
class NewOnly:
    def __new__(cls, *args):
        o = object.__new__(cls)
        o.args = args
        return o


print(NewOnly(1, 2).args)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)


class Sub(Plain):
    pass


class Maker:
    def __new__(cls, *args):
        return object.__new__(Sub)   # an instance of another class: no __init__ at all


print(type(Maker(1)).__name__)


class Base:
    def __new__(cls, *args):
        return object.__new__(Child) if cls is Base else object.__new__(cls)


class Child(Base):
    pass


print(type(Base(1)).__name__)


# the builtin classes cannot be patched, so tuple(x) and list(x) always mean the builtin copies;
# a metaclass __call__ and type.__call__ still decide for the classes they apply to
for t in (tuple, list):
    for name in ("__new__", "__init__", "__iter__"):
        try:
            setattr(t, name, lambda *a: None)
            print("set", t.__name__, name)
        except TypeError as e:
            print("TypeError", e)
print(type.__call__(tuple, [1, 2]), type.__call__(list, (3,)))


class Meta(type):
    def __call__(cls, *args):
        return "from Meta.__call__"


class MetaTuple(tuple, metaclass=Meta):
    pass


print(MetaTuple([1]))
print(hash((1, "a")) == hash(tuple([1, "a"])), hash(()) == hash(tuple([])), {(1, "a"): 2}[tuple([1, "a"])])


# set(x) and frozenset(x) straight from the type call: any iterable, duplicates hashed and
# compared as set.__init__ does, errors as CPython's, subclasses through their own __init__
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k % 3)

    def __eq__(self, other):
        return self.k % 3 == other.k % 3

    def __repr__(self):
        return "Key(%d)" % self.k


print(sorted(set([3, 1, 3, 2])), sorted(frozenset((5, 4, 5))), sorted(set("abca")), set(), frozenset())
print(sorted(set(Key(i) for i in range(5)), key=lambda k: k.k), len(set([Key(1), Key(4), Key(7)])))
print(sorted(set({"x": 1, "y": 2})), sorted(set(range(4))), set(frozenset([9])), type(set(frozenset([9]))).__name__)
f = frozenset([1, 2])
print(frozenset(f) is f, frozenset(set(f)) == f, set(f) is f)
for bad in (5, None, 1.5):
    for cls in (set, frozenset):
        try:
            cls(bad)
        except TypeError as e:
            print(cls.__name__, e)


class TaggedSet(set):
    def __init__(self, items):
        super().__init__(items)
        self.tag = "init ran"


ts = TaggedSet([2, 1])
print(sorted(ts), ts.tag, type(ts).__name__)
for _ in range(100):  # enough calls for the site to specialise
    s = set([_ % 7, 1])
print(sorted(s))
