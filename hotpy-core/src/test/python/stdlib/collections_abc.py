# collections.abc: one-trick ABCs, registered builtins and the mixin methods.
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Generator, Sized, Container,
                             Callable, Collection, Sequence, MutableSequence, Set,
                             MutableSet, Mapping, MutableMapping, KeysView, ItemsView,
                             ValuesView, Reversible, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, ByteString, MappingView)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    yield 1


samples = [1, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]), gen(),
           len, None, bytearray(), {}.keys(), {}.items(), {}.values(), memoryview(b"")]
abcs = [Hashable, Iterable, Iterator, Generator, Sized, Container, Callable, Collection,
        Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, Reversible,
        KeysView, ItemsView, ValuesView, ByteString, Awaitable]
for a in abcs:
    print(a.__name__, "".join("1" if isinstance(s, a) else "." for s in samples))
print(sorted(cabc.__all__))
print(Sequence.__abstractmethods__ == {"__getitem__", "__len__"},
      sorted(MutableMapping.__abstractmethods__), sorted(MutableSet.__abstractmethods__))


class Unhashable:
    __hash__ = None


class Iter:
    def __iter__(self):
        return iter([1])


class NotIter(Iter):
    __iter__ = None


print(isinstance(Unhashable(), Hashable), isinstance(Iter(), Iterable), isinstance(NotIter(), Iterable))


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
show(lambda: s.index(9))
show(lambda: s.index(1, 1))
print(s.index(2, -2), isinstance(s, Reversible), isinstance(s, Collection))
show(lambda: Sequence())


class MyList(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


m = MyList()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3)
print(m.data)
m.clear()
print(m.data, len(m))
show(lambda: m.pop())


class MySet(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"MySet({self.items})"


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
print(a & [2, 9], [1, 9] - a if False else a - {1}, {9} | a, a > MySet(), a >= a)
print(a._hash() == MySet([3, 1, 2])._hash(), a == {1, 2, 3}, a != b)


class MyMutSet(MySet, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


ms = MyMutSet([1, 2])
ms |= [3, 4]
print(ms)
ms -= [1]
print(ms)
ms ^= [4, 5]
print(ms)
ms &= [2, 5, 9]
print(ms, ms.pop(), ms)
show(lambda: ms.remove(42))
ms.clear()
show(lambda: ms.pop())


class MyMap(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MyMap()
mm.update({"a": 1}, b=2)
mm.update([("c", 3)])
print(dict(mm), mm.get("a"), mm.get("z", 0), "a" in mm, mm.setdefault("d", 4), mm.pop("a"))
print(mm.pop("zz", None), mm.popitem(), list(mm.keys()), list(mm.items()), list(mm.values()))
print(type(mm.keys()).__name__, type(mm.items()).__name__, mm == {"c": 3, "d": 4}, ("c", 3) in mm.items(), 4 in mm.values())
show(lambda: mm.pop("zz"))
mm.clear()
show(lambda: mm.popitem())
print(KeysView({"a": 1}) & {"a", "b"}, sorted(ItemsView({"a": 1}) | {("b", 2)}), len(ValuesView({1: 2})))
print(repr(MappingView({1: 2})), list(ItemsView({1: 2})))
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Mapping[str, int])
print(Callable[[int], str].__args__, Sequence[int].__origin__ is Sequence)


class Agen:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


print(isinstance(Agen(), AsyncIterator), isinstance(Agen(), AsyncIterable), issubclass(list, Sequence))


async def co():
    pass


c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
