# contextlib.ExitStack: ordering, suppression, exception chaining, pop_all, callbacks.
from contextlib import ExitStack, contextmanager, suppress
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Res:
    def __init__(self, name, suppress=False, fail=None):
        self.name, self.suppress, self.fail = name, suppress, fail

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail:
            raise self.fail
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print(names)

with ExitStack() as stack:
    stack.enter_context(Res("s", suppress=True))
    stack.enter_context(Res("t"))
    raise ValueError("inner")
print("suppressed ok")

try:
    with ExitStack() as stack:
        stack.enter_context(Res("x", fail=KeyError("from x")))
        stack.enter_context(Res("y", fail=TypeError("from y")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" <- ".join(chain))

try:
    with ExitStack() as stack:
        stack.enter_context(Res("p", fail=KeyError("p")))
        stack.enter_context(Res("q", suppress=True))
        raise ValueError("v")
except KeyError as e:
    print("KeyError", e, e.__context__)

try:
    try:
        raise IndexError("outer")
    except IndexError:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print("zde context:", type(e.__context__).__name__, e.__context__)


def cb_exit(et, ev, tb):
    print("push exit", et.__name__ if et else None)
    return True


with ExitStack() as stack:
    stack.push(cb_exit)
    stack.push(Res("pushed"))
    raise OSError("io")
print("after push")
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.enter_context(Res("moved"))
        inner.callback(print, "moved callback")
        kept = inner.pop_all()
    print("inner closed")
    outer.enter_context(kept)
print("outer closed")
stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
show(lambda: ExitStack().enter_context(1))
show(lambda: ExitStack().enter_context(object()))
es = ExitStack()
print(es.callback(len) is len, es.push(cb_exit) is cb_exit)


@contextmanager
def gen_cm(n):
    print("gen enter", n)
    try:
        yield n
    finally:
        print("gen exit", n)


with ExitStack() as stack:
    vals = [stack.enter_context(gen_cm(i)) for i in range(3)]
    print(vals)

with suppress(KeyError, IndexError):
    [][1]
print("suppress works")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("x")
except ValueError as e:
    print("not suppressed", e)
with suppress(Exception):
    raise KeyError
print(suppress(ValueError).__exit__(None, None, None), suppress(LookupError).__exit__(KeyError, KeyError(), None))
