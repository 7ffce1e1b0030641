# sum() of exact lists and tuples (added straight from their arrays while the items are ints and
# the total fits in 64 bits) and of everything that leaves that path part-way.
big = 2 ** 62
cases = [
    [], (), [1], (1, 2, 3), list(range(1000)), tuple(range(-500, 300)),
    [1, 2, True, 4], [True, False, True], [1, 2.5, 3], [1.5, 2, 3], [1, 2, 3, 0.25],
    [big, big, big, 1], [-big, -big, -big, -big, -big, 7], [big, big, -big, -big],
    [1, 2 ** 70, 3], [2 ** 70, -2 ** 70, 5], [1, 2, 3 + 4j], [10 ** 20, 1],
]
for c in cases:
    print(type(c).__name__, len(c), repr(sum(c)), repr(sum(c, 10)), repr(sum(c, 0.5)), repr(sum(c, big)))


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([100, 200])


class T(tuple):
    pass


print(sum(L([1, 2, 3])), sum(T((1, 2, 3))), sum(T((1, 2.0)), 1))


class Num(int):
    def __add__(self, other):
        return "Num+" + repr(other)

    __radd__ = __add__


print(repr(sum([1, 2, Num(3)])))
print(repr(sum([Num(3)])))
try:
    sum([1, 2, Num(3), 4])
except TypeError as e:
    print("TypeError", e)
print(repr(sum((1,), Num(5))))
for bad in ([1, 2, "x"], (1, None)):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sum([1, 2], "")
except TypeError as e:
    print("TypeError", e)
lengths = [len(w) for w in ("alpha beta gamma delta " * 5000).split()]
print(sum(lengths), float(sum(lengths)) / len(lengths))
