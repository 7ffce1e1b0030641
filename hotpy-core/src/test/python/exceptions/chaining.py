# Implicit and explicit chaining: __context__, __cause__, __suppress_context__, and handler scope.


def show(e, depth=0):
    print("  " * depth + "%s(%s) suppress=%s" % (type(e).__name__, e, e.__suppress_context__))
    if e.__cause__ is not None:
        print("  " * depth + "cause:")
        show(e.__cause__, depth + 1)
    elif e.__context__ is not None:
        print("  " * depth + "context:")
        show(e.__context__, depth + 1)


try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError as v:
        raise RuntimeError("wrapped") from v
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    show(e)
    print(e.__context__ is not None, e.__cause__)
try:
    try:
        raise TypeError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    show(e)
err = None
try:
    raise OSError("gone")
except OSError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError", e)


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise


try:
    reraise()
except KeyError as e:
    show(e)
e1 = ValueError("a")
e2 = TypeError("b")
e1.__context__ = e2
e2.__context__ = e1
try:
    raise e1
except ValueError as e:
    print("cycle broken:", e.__context__ is e2, e2.__context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
ex = ValueError("v")
ex.__cause__ = None
print(ex.__suppress_context__)
ex.__cause__ = KeyError()
ex.__suppress_context__ = False
print(ex.__suppress_context__, type(ex.__cause__).__name__)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("re-raise same object:", e.__context__)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


try:
    with Resource():
        raise KeyError("body")
except RuntimeError as e:
    show(e)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen, context:", GeneratorExit().__context__)
        raise


g = gen()
next(g)
g.close()
import sys
try:
    raise IndexError("i")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None and tb.tb_lineno > 0, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
