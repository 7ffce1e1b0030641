# dict look-ups with tuple keys: equal tuples find each other through hash then ==, items are
# compared by identity first, and items with their own __eq__/__hash__ are honoured.
d = {}
words = "the cat sat on the mat and the cat ran".split()
for a, b in zip(words, words[1:]):
    key = (a, b)
    d[key] = d.get(key, 0) + 1
print(sorted(d.items()))
print(d[("the", "cat")], ("cat", "the") in d, ("".join(["t", "he"]), "cat") in d)


class Key:
    """Equal when the names agree case-insensitively; counts its __eq__ calls."""
    eq_calls = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name.lower())

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __repr__(self):
        return "Key(%r)" % self.name


d = {}
d[(Key("A"), 1)] = "first"
d[(Key("a"), 1)] = "second"    # equal tuple: replaces the value, keeps the first key
d[(Key("a"), 2)] = "third"
print(len(d), sorted(d.values()), list(d)[0][0])
print(d.get((Key("A"), 2)), d.get((Key("b"), 1)))
k = Key("x")
Key.eq_calls = 0
d[(k, 0)] = 1
print(d[(k, 0)], "eq calls for the identical item:", Key.eq_calls)


class Never:
    """Unequal even to itself; the identity check still finds it in a tuple key."""

    def __eq__(self, other):
        return False

    def __hash__(self):
        return 7


n = Never()
d = {(n, "x"): 1}
print((n, "x") in d, (Never(), "x") in d, n == n, (n,) == (n,))

nan = float("nan")
d = {(nan, 1): "nan"}
print((nan, 1) in d, (float("nan"), 1) in d)


class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("eq raised")


d = {(Boom(), 1): 1}
try:
    print((Boom(), 1) in d)
except ValueError as e:
    print("ValueError", e)

try:
    d[([1], 2)] = 0
except TypeError as e:
    print("TypeError", e)

# equal numbers of different types are the same key
d = {(1, "a"): "int"}
print(d.get((1.0, "a")), d.get((True, "a")), d.get((1 + 0j, "a")))
d[(1.0, "a")] = "float"
print(d)

# str subclass items with a custom hash
class Folded(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return str(self).lower() == str(other).lower()


d = {(Folded("Ab"), 1): "x"}
print(d.get((Folded("aB"), 1)), d.get(("ab", 1)), d.get(("AB", 1)))


# Items of different exact types (bool/int, float/int, str subclass, nested tuples) still meet
# through ==; nan finds itself only by identity; the comparison stops at the first unequal item
# (its __eq__ is not called when an earlier str item differs).
d = {(1, "a"): 1, ("x", 2.0): 2, (("n", 1), "b"): 3}
print(d.get((True, "a")), d.get(("x", 2)), d.get((("n", True), "b")), d.get((1, "b")), d.get((1, "a", 3)))


class Loud:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        print("Loud.__eq__")
        return isinstance(o, Loud) and self.v == o.v


d[("k", Loud(5))] = 4
print(d.get(("k", Loud(5))), d.get(("j", Loud(5))))
nan = float("nan")
d[(nan, "z")] = 5
print(d.get((nan, "z")), d.get((float("nan"), "z")))


class S(str):
    pass


print(d.get((S("x"), 2.0)), {("a", "b"): 1}.get(("a", S("b"))))
