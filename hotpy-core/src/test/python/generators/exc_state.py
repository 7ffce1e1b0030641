# A generator sees the exception its resumer is handling when it handles none itself
# (sys.exc_info, bare raise, implicit __context__), and its own while it does, as CPython
# keeps a stack of exception states.
import sys


def peek():
    while True:
        yield sys.exc_info()[0]


def own_handler():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[0]
        yield repr(sys.exception())
    yield sys.exc_info()[0]


def raiser():
    raise KeyError("inside")
    yield


def reraiser():
    raise
    yield


def nested():
    yield from peek()


p = peek()
print("no exception:", next(p))
try:
    raise ValueError("outer")
except ValueError:
    print("while handling:", next(p))
    print("via yield from:", next(nested()))
    print("in a loop:", [t.__name__ for t, _ in zip(peek(), range(2))])
    try:
        next(raiser())
    except KeyError as e:
        print("context:", repr(e.__context__))
    try:
        next(reraiser())
    except ValueError as e:
        print("bare raise:", repr(e))
print("after:", next(p))

g = own_handler()
print("own:", next(g))
try:
    raise IndexError("other")
except IndexError:
    print("own, resumed while another is handled:", next(g))
    print("after its handler:", next(g))

try:
    next(reraiser())
except RuntimeError as e:
    print("bare raise with nothing handled:", e)
