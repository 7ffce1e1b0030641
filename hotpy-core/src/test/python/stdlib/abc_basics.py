# abc: ABCMeta, abstractmethod, register, subclass hooks and caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class HalfSquare(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Square(HalfSquare):
    def perimeter(self):
        return 4 * self.s


print(sorted(Shape.__abstractmethods__), sorted(HalfSquare.__abstractmethods__), Square.__abstractmethods__)
show(lambda: Shape())
show(lambda: HalfSquare(2))
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))


class Props(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Props.__abstractmethods__))


class Concrete(Props):
    name = "c"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Concrete.make().name, Concrete.helper())


class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
show(lambda: Old())


class Registry(ABC):
    pass


class Plain:
    pass


print(isinstance(Plain(), Registry), issubclass(Plain, Registry))
token = abc.get_cache_token()
print(Registry.register(Plain) is Plain, abc.get_cache_token() != token)
print(isinstance(Plain(), Registry), issubclass(Plain, Registry), Plain.__mro__ == (Plain, object))


@Registry.register
class Decorated:
    pass


print(issubclass(Decorated, Registry), Registry.register(Decorated) is Decorated)
show(lambda: Registry.register(5))
show(lambda: Plain.__class__)
show(lambda: issubclass(5, Registry))


class Sub(Registry):
    pass


show(lambda: Sub.register(Registry))
print(issubclass(Sub, Registry), issubclass(Registry, Sub), issubclass(int, Registry))


class SubOfPlain(Plain):
    pass


print(issubclass(SubOfPlain, Registry), isinstance(SubOfPlain(), Registry))


class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Mallard:
    def quack(self):
        return "Quack"


class Robot:
    pass


print(isinstance(Mallard(), Duck), isinstance(Robot(), Duck), issubclass(Mallard, Duck))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


show(lambda: issubclass(int, BadHook))


class Later(ABC):
    @abstractmethod
    def f(self):
        ...


class Impl(Later):
    def f(self):
        return 1


Impl.g = abstractmethod(lambda self: 2)
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))
show(lambda: Impl())
del Impl.g
abc.update_abstractmethods(Impl)
print(Impl().f(), abc.update_abstractmethods(int) is int)
print(type(ABC).__name__, ABC.__slots__, isinstance(ABC, ABCMeta))


class Meta(ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abstractmethod
    def m(self):
        ...


show(lambda: WithMeta())
print(type(WithMeta).__name__)


class KW(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class KWSub(KW, flag="on"):
    pass


print(KWSub.flag)
