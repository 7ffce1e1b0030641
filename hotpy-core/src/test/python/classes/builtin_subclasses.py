# Subclasses of the builtin types made at start-up: instances come from the base's layout (the
# instantiator), methods from the base's dict (the definer, run on the first lookup), and the
# subclass can add attributes and shadow methods. Also what dir() and __dict__ list for them.
import types


class L(list):
    def append(self, x):
        super().append(x * 2)


class T(tuple):
    pass


class D(dict):
    def __missing__(self, key):
        return key.upper()


class S(set):
    pass


class F(frozenset):
    pass


class B(bytearray):
    pass


class P(property):
    pass


class SM(staticmethod):
    pass


class CM(classmethod):
    pass


class NS(types.SimpleNamespace):
    pass


class Str(str):
    def shout(self):
        return self.upper() + "!"


class I(int):
    pass


class Fl(float):
    pass


class K(KeyError):
    pass


class Mod(type(types)):
    pass


l = L([1])
l.append(2)
l.tag = "t"
print(type(l).__name__, l, l.tag, isinstance(l, list), len(l))
t = T((1, 2))
print(type(t).__name__, t, t.count(1), t + (3,))
d = D(a=1)
print(type(d).__name__, d["a"], d["zz"], sorted(d.keys()))
s = S([1, 2])
s.add(3)
print(type(s).__name__, sorted(s), F([1]) | F([2]) == {1, 2})
b = B(b"ab")
b.append(99)
print(type(b).__name__, bytes(b))


class Holder:
    @P
    def p(self):
        return "prop"

    @SM
    def sm():
        return "static"

    @CM
    def cm(cls):
        return cls.__name__


h = Holder()
print(h.p, Holder.sm(), Holder.cm())
n = NS(x=1)
n.y = 2
print(type(n).__name__, n.x, n.y)
print(Str("hi").shout(), I(7) + 1, Fl(1.5) * 2, type(I(7)).__name__)
try:
    raise K("key")
except KeyError as e:
    print(type(e).__name__, e)
m = Mod("mm")
print(type(m).__name__, m.__name__)

# the definers' attributes, as dir() and the type's __dict__ list them
for typ, names in [(list, ["append", "sort", "__len__", "__iadd__"]),
                   (tuple, ["count", "index", "__getitem__"]),
                   (dict, ["get", "setdefault", "fromkeys", "__or__"]),
                   (set, ["add", "union", "__iand__"]),
                   (frozenset, ["union", "__hash__"]),
                   (str, ["upper", "split", "join", "__mod__"]),
                   (bytes, ["hex", "decode", "fromhex"]),
                   (bytearray, ["append", "extend", "decode"]),
                   (int, ["bit_length", "to_bytes", "__add__", "real"]),
                   (float, ["hex", "is_integer", "__round__"]),
                   (complex, ["conjugate", "real", "imag"]),
                   (bool, ["__and__", "__or__"]),
                   (range, ["start", "stop", "count"]),
                   (slice, ["indices", "start"]),
                   (property, ["getter", "setter", "fget"]),
                   (staticmethod, ["__get__", "__func__"]),
                   (classmethod, ["__get__", "__func__"]),
                   (super, ["__get__", "__thisclass__"]),
                   (memoryview, ["tobytes", "release"]),
                   (object, ["__init__", "__repr__", "__eq__"]),
                   (type, ["mro", "__subclasses__", "__call__"]),
                   (type(None), ["__bool__"]),
                   (KeyError, ["__str__"]),
                   (OSError, ["errno", "strerror"])]:
    listed = dir(typ)
    own = typ.__dict__
    print(typ.__name__, [n in listed for n in names], [n in own for n in names])
print([n in dir(L) for n in ["append", "sort", "tag"]], "append" in L.__dict__, "sort" in L.__dict__)

# patching a builtin type is refused; a subclass's shadowing method wins, and deleting it
# uncovers the builtin one again
try:
    list.append = None
except TypeError as e:
    print(e)
L2 = type("L2", (list,), {"append": lambda self, x: list.append(self, -x)})
x = L2()
x.append(1)
del L2.append
x.append(2)
print(x)
