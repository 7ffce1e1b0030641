# Descriptors, __set_name__, __init_subclass__, metaclasses, __getattr__/__getattribute__/__setattr__.


class Typed:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Typed(%s.%s)" % (self.owner, self.name)
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int, got %s" % (self.name, type(value).__name__))
        obj.__dict__["_" + self.name] = value


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Point:
    x = Typed()
    y = Typed()
    label = NonData()


p = Point()
print(Point.x, p.x)
p.x = 5
print(p.x, p.__dict__)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
print(p.label)
p.label = "instance wins over non-data descriptor"
print(p.label)
del p.label
print(p.label)
registry = []


class Plugin:
    def __init_subclass__(cls, /, kind="generic", **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, kind))


class A(Plugin):
    pass


class B(Plugin, kind="special"):
    pass


class C(B):
    pass


print(registry)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.flag = kw.get("flag")

    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

    def __repr__(cls):
        return "<class %s via Meta>" % cls.__name__


class WithMeta(metaclass=Meta, flag="on"):
    b = 1
    a = 2

    def __init__(self, v):
        self.v = v


w = WithMeta(7)
print(WithMeta.order, WithMeta.injected, WithMeta.flag, w.v, WithMeta, type(WithMeta).__name__)


class Sub(WithMeta):
    c = 3


print(Sub.order, Sub.flag, isinstance(Sub, Meta))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("getattr " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("setattr " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("delattr " + name)
        delattr(self._target, name)


class Target:
    pass


t = Target()
px = Proxy(t)
px.a = 1
print(px.a, t.a, hasattr(px, "missing"), px.log)
del px.a
print(hasattr(t, "a"), px.log[-2:])


class Audited:
    secret = "hidden"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no access to " + name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback for " + name


au = Audited()
print(au.secret, au.other, getattr(au, "__class__").__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


tm = Temperature()
tm.celsius = 100
print(tm.celsius, tm.fahrenheit, Temperature.celsius.__doc__)
try:
    tm.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


class SubCounter(Counter):
    pass


SubCounter.make()
SubCounter.make()
Counter.make()
print(Counter.count, SubCounter.count, Counter.helper(4), Counter().helper(5))
