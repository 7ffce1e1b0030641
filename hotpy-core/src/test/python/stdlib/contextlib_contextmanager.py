# contextlib.contextmanager: enter/exit, exceptions in and out, decorator use, errors.
from contextlib import contextmanager, ContextDecorator, AbstractContextManager


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
print(tag.__doc__, tag.__name__, tag("x").__doc__, type(tag("x")).__name__)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["k"]
print("after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("propagated", e)


@contextmanager
def no_yield():
    if False:
        yield


show(lambda: no_yield().__enter__())


@contextmanager
def two_yields():
    yield 1
    yield 2


def use_two():
    with two_yields():
        pass


show(use_two)


@contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except Exception:
            pass


def use_keeps():
    with keeps_yielding():
        raise ValueError


show(use_keeps)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def passthrough():
    yield


def stop_inside():
    with passthrough():
        raise StopIteration("stop")


try:
    stop_inside()
except StopIteration as e:
    print("StopIteration passed through", e)


@contextmanager
def gen_raises_runtime():
    yield


try:
    with gen_raises_runtime():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def counted(log):
    log.append("enter")
    yield len(log)
    log.append("exit")


log = []


@counted(log)
def work(x):
    log.append(f"work {x}")
    return x * 2


print(work(1), work(2), log)


class timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("end", exc[0].__name__ if exc[0] else None)
        return False


@timed()
def f(a):
    print("f", a)
    return a


print(f(3))
with timed():
    print("block")


class CM(AbstractContextManager):
    def __exit__(self, *a):
        return None


with CM() as cm:
    print(type(cm).__name__)
print(isinstance(open.__class__, type), issubclass(CM, AbstractContextManager))


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class NotCM:
    __exit__ = None

    def __enter__(self):
        pass


print(isinstance(Duck(), AbstractContextManager), isinstance(object(), AbstractContextManager), isinstance(NotCM(), AbstractContextManager))
show(lambda: AbstractContextManager())
cmgen = tag("reuse")
with cmgen:
    pass
show(lambda: cmgen.__enter__())
