"""Abstract Base Classes (PEP 3119), written in plain Python for HotPy.

The core's object.__new__ refuses to instantiate a class whose
__abstractmethods__ is non-empty; this module only computes that set.
Registries and caches hold strong references (HotPy has no weak sets here).
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class that does not override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""
    __isabstractmethod__ = True


class _AbcState:
    """Per-class registry and caches (CPython keeps these in _abc_impl too)."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self, version):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = version


class _Counter:
    # Bumped by every register(): negative caches older than it are stale.
    value = 0


def get_cache_token():
    """The current ABC cache token; it changes whenever any ABC gains a virtual subclass."""
    return _Counter.value


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls, own_items, bases):
    abstracts = {name for name, value in own_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes: abstract methods, register(), and
    isinstance/issubclass hooks with positive and negative caches."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState(_Counter.value)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns the subclass (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _Counter.value += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _Counter.value and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _Counter.value:
            impl.negative_cache = set()
            impl.negative_version = _Counter.value
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        elif cls in getattr(subclass, "__mro__", ()):
            answer = True
        else:
            answer = _found_below(cls, impl, subclass)
        (impl.cache if answer else impl.negative_cache).add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def _found_below(cls, impl, subclass):
    """Is subclass a subclass of a registered class or of a real subclass of cls?"""
    for registered in impl.registry:
        if issubclass(subclass, registered):
            return True
    for child in type.__subclasses__(cls):
        if issubclass(subclass, child):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced on an ABC."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from ABC instead of writing metaclass=ABCMeta."""
    __slots__ = ()
