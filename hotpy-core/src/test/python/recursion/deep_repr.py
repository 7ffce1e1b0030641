# repr() and str() count towards the recursion limit as CPython's PyObject_Repr/PyObject_Str do:
# a structure nested far deeper than the limit raises RecursionError; moderate nesting works,
# and the depth is restored after the error.
import sys


def nested(kind, n):
    x = kind()
    for _ in range(n):
        x = kind([x]) if kind is not dict else {0: x}
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except RecursionError as e:
        print(label, "RecursionError:", e)


for kind in (list, tuple, dict):
    deep = nested(kind, 100000)
    attempt(kind.__name__ + " repr 100000", lambda: repr(deep))
    attempt(kind.__name__ + " str 100000", lambda: str(deep))
    attempt(kind.__name__ + " format 100000", lambda: "%s" % (deep,))
    shallow = nested(kind, 300)
    attempt(kind.__name__ + " repr 300", lambda: repr(shallow))

# self-reference is not recursion: [...] and {...}
a = [1]
a.append(a)
d = {"k": 1}
d["self"] = d
print(repr(a), repr(d))


# the limit still counts Python frames after a RecursionError from repr
def depth(n):
    return n if n == 0 else depth(n - 1)


print(depth(500))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("frames:", e)


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(%r)" % (self.child,)


n = None
for _ in range(100000):
    n = Node(n)
try:
    repr(n)
except RecursionError:
    print("Node chain: RecursionError")
n = None
for _ in range(50):
    n = Node(n)
print(repr(n)[:30], len(repr(n)))
print(sys.getrecursionlimit())
