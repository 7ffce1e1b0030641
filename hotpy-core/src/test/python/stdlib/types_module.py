# types: SimpleNamespace, type names, new_class/prepare_class/resolve_bases, GenericAlias.
import types
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, repr(types.SimpleNamespace()), hasattr(ns, "a"))
show(lambda: types.SimpleNamespace(1))
print(types.SimpleNamespace.__hash__)
ns.me = ns
print(ns)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), isinstance(Sub(), types.SimpleNamespace))


def f():
    pass


def g():
    yield


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(isinstance(type.__dict__, types.MappingProxyType), types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
print(list[int], dict[str, list[int]], tuple[int, ...], types.GenericAlias(list, (int,)), list[int].__origin__, list[int].__args__)
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(str.join, types.MethodDescriptorType))
print(isinstance(object().__str__, types.MethodWrapperType), isinstance(dict.__dict__["fromkeys"], types.ClassMethodDescriptorType))
m = types.ModuleType("mymod", "doc")
m.x = 1
print(m.__name__, m.__doc__, m.x)
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), mp.get("b", 0), "a" in mp)
show(lambda: mp.__setitem__("a", 2))
print(sorted(types.__all__))


def body(ns):
    ns["x"] = 42
    ns["hello"] = lambda self: "hi"


K = types.new_class("K", (), {}, body)
print(K.__name__, K.x, K().hello(), type(K).__name__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


K2 = types.new_class("K2", (K,), {"metaclass": Meta, "flag": 1})
print(type(K2).__name__, K2.prepared, K2.x)
meta, nsd, kw = types.prepare_class("Z", (), {"metaclass": Meta, "y": 2})
print(meta.__name__, nsd, kw)
print(types.prepare_class("Z"), types.resolve_bases((int, str)))


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((Entry(), int)), types.new_class("D", (Entry(),)).__orig_bases__[0].__class__.__name__)


class M1(type):
    pass


class M2(type):
    pass


show(lambda: types.new_class("X", (M1("A", (), {}), M2("B", (), {}))))


class Dyn:
    def __init__(self):
        self._v = 5

    @types.DynamicClassAttribute
    def v(self):
        return self._v

    def __getattr__(self, name):
        return "fallback:" + name


print(Dyn().v, hasattr(Dyn, "v"))
show(lambda: Dyn.v)
