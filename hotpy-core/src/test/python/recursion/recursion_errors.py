# RecursionError from Python code reached through special methods, containers and builtins.
import sys


class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


try:
    Loop().a
except RecursionError:
    print("RecursionError from __getattr__")


class Repr:
    def __repr__(self):
        return "Repr(%r)" % (self,)


try:
    repr(Repr())
except RecursionError:
    print("RecursionError from __repr__")
lst = []
lst.append(lst)
d = {}
d["self"] = d
print(lst, d, repr(lst) == "[[...]]")


class Eq:
    def __eq__(self, other):
        return self == other


try:
    Eq() == Eq()
except RecursionError:
    print("RecursionError from __eq__")


def depth_reached():
    n = 0

    def dive():
        nonlocal n
        n += 1
        dive()
    try:
        dive()
    except RecursionError:
        pass
    return n


n = depth_reached()
print("stopped between 900 and 1000 frames deep:", 900 < n <= 1000)
print("recovers:", depth_reached() == n)


def through_map(n):
    return list(map(through_map, [n + 1]))


try:
    through_map(0)
except RecursionError:
    print("RecursionError through map()")


class Node:
    def __init__(self, child=None):
        self.child = child

    def __hash__(self):
        return hash(self.child) + 1


node = None
for _ in range(3000):
    node = Node(node)
try:
    hash(node)
except RecursionError:
    print("RecursionError from __hash__")
sys.setrecursionlimit(100)


def shallow(n):
    return shallow(n + 1) if n < 200 else n


try:
    shallow(0)
except RecursionError:
    print("limit 100 applies")
sys.setrecursionlimit(1000)
print(shallow(0))
