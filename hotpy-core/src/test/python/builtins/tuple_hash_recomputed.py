# A tuple's hash is recomputed from its items' hashes each time (CPython caches nothing), so a
# tuple holding an object whose __hash__ depends on mutable state follows that state.


class Mutable(object):
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other


m = Mutable(1)
t = (m, "x", 3)
nested = (t, 2.5)
before = hash(t)
before_nested = hash(nested)
m.h = 2
print(hash(t) == before, hash(nested) == before_nested)
m.h = 1
print(hash(t) == before, hash(nested) == before_nested)

d = {t: "found"}
m.h = 7
print(d.get(t, "missing after the change"))
m.h = 1
print(d.get(t, "missing"))

# tuples of immutable items keep equal hashes for equal values
a = (1, "two", 3.0, (4, None, b"five"), 2 ** 80, 1j, True)
b = (1, "two", 3.0, (4, None, b"five"), 2 ** 80, 1j, True)
print(hash(a) == hash(b), hash(a) == hash(a), len({a: 1, b: 2}))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))


class Unhashable(object):
    __hash__ = None


try:
    hash((1, Unhashable()))
except TypeError as e:
    print("TypeError", e)
