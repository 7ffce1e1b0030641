# reprlib, numbers and keyword.
import reprlib
import numbers
import keyword
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = reprlib.Repr()
print(reprlib.repr("a" * 100), reprlib.repr(10 ** 100), reprlib.repr(list(range(10))), reprlib.repr(tuple(range(10))))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(set(range(10))))
print(reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr(frozenset(range(8))), reprlib.repr(set()), reprlib.repr({}))
print(reprlib.repr(deque(range(10))), reprlib.repr("short"), reprlib.repr(123), reprlib.repr([]), reprlib.repr(()))
print(reprlib.repr({"b": 1, 2: "a"}), reprlib.repr({3, 2, 1}))


class Big:
    def __repr__(self):
        return "Big(" + "x" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Big()), reprlib.repr([Big()]), reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
r.maxlist = 2
r.maxstring = 10
r.fillvalue = "+++"
r.maxlevel = 2
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"a": {"b": {"c": 1}}}))
print(r.maxdict, r.maxtuple, r.maxset, r.maxfrozenset, r.maxdeque, r.maxarray, r.maxlong, r.maxother)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(n, Node.__repr__.__name__, hasattr(Node.__repr__, "__wrapped__"))


class Filled(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "F" + list.__repr__(self)


fl = Filled([1])
fl.append(fl)
print(fl)

for cls in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(cls.__name__, [isinstance(v, cls) for v in [1, True, 2.5, 1j, "s", None]], sorted(cls.__abstractmethods__)[:4])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
show(lambda: numbers.Number.__hash__)
show(lambda: numbers.Real())


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return f"MyInt({self.v})"


for name in sorted(MyInt.__abstractmethods__):
    setattr(MyInt, name, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
mi = MyInt(7)
print(mi.__index__(), float(mi), mi.numerator, mi.denominator, [10, 20, 30, 40, 50, 60, 70, 80][mi])


class MyReal(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __neg__(self):
        return MyReal(-self.v)

    def __add__(self, o):
        return MyReal(self.v + (o.v if isinstance(o, MyReal) else o))

    def __pos__(self):
        return self

    def __floordiv__(self, o):
        return MyReal(self.v // o)

    def __mod__(self, o):
        return MyReal(self.v % o)

    def __ne__(self, o):
        return self.v != o

    def __repr__(self):
        return f"MyReal({self.v})"


for name in sorted(MyReal.__abstractmethods__):
    if name not in MyReal.__dict__:
        setattr(MyReal, name, lambda self, *a: NotImplemented)
MyReal.__abstractmethods__ = frozenset()
mr = MyReal(7)
print(complex(mr), mr.real, mr.imag, mr.conjugate(), divmod(mr, 2), mr - 2, bool(mr), bool(MyReal(0)))

print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print([keyword.iskeyword(w) for w in ["if", "match", "None", "print", "async", "_"]])
print([keyword.issoftkeyword(w) for w in ["if", "match", "case", "_", "type"]], sorted(keyword.__all__))
