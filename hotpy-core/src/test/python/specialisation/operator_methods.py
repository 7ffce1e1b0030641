# Operators on instances of Python classes, whose sites specialise to the class's method
# (BINARY_OP_PY_METHOD): NotImplemented and the reflected method, in-place operators without and
# with __iadd__, methods rebound or deleted after the site specialised, exceptions raised by the
# method, and the calling frame's line seen from inside it.
class V:
    def __init__(s, x): s.x = x
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o))
    def __sub__(s, o): return NotImplemented
    def __rsub__(s, o): return "rsub"
    def __repr__(s): return "V(%r)" % s.x
class W(V):
    def __radd__(s, o): return "W radd"
class U:
    def __rsub__(s, o): return "U rsub"
def f(a, b): return a + b
def g(a, b): return a - b
def h(a, b):
    a += b
    return a
def tryit(fn, *a):
    try: return fn(*a)
    except TypeError as e: return "TE " + str(e)
r = []
for i in range(200):
    r.append(f(V(i), V(1)))
print(r[-1], f(V(1), 2), f(V(1), W(5)))
print(tryit(f, V(1), "x"))
for i in range(100): x = tryit(g, V(1), V(2))
print(x, tryit(g, V(1), 3), tryit(g, V(1), U()))
for i in range(100): x = g(V(1), U())
print(x)
for i in range(100): x = h(V(i), V(1))
print(x)
V.__add__ = lambda s, o: "patched"
print(f(V(1), V(2)), h(V(1), 2))
V.__iadd__ = lambda s, o: "iadd"
print(f(V(1), V(2)), h(V(1), 2))
del V.__add__
print(tryit(f, V(1), V(2)), h(V(1), 2))
def k(a, b): return a * b
class M:
    def __mul__(s, o): raise ValueError("boom")
for i in range(50):
    try: k(M(), 1)
    except ValueError as e: x = e
print(x)
import traceback
class T:
    def __truediv__(s, o):
        import sys
        return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno
def d(a, b):
    return a / b
for i in range(50): x = d(T(), 1)
print(x)


# methods inherited from a base class: rebinding the base's method reaches the specialised site,
# and a subclass on the right that overrides the reflected method keeps it going first
class A:
    def __add__(s, o): return "A.add"
class B(A): pass
def f2(a, b): return a + b
for i in range(100): r = f2(B(), B())
print(r)
A.__add__ = lambda s, o: "rebound"
print(f2(B(), B()))
class C(A):
    def __radd__(s, o): return "C.radd"
for i in range(100): r = f2(A(), C())
print(r)
del C.__radd__
print(f2(A(), C()))
