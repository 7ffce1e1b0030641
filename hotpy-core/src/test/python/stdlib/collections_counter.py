# collections.Counter: counting, most_common order, multiset arithmetic, comparisons.
from collections import Counter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(q=3)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
c.subtract(b=1)
print(c)
del c["missing"]
del c["q"]
print(c)
print(Counter(cats=4, dogs=8), Counter({"x": 1, "y": 2}), Counter())
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a, +Counter(), -Counter(x=0))
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x = Counter(a=3, b=1)
x -= Counter(a=1, b=5)
print(x)
x = Counter(a=3, b=1)
x |= Counter(a=1, b=5, c=0)
print(x)
x = Counter(a=3, b=1, e=-1)
x &= Counter(a=2)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1),
      Counter(a=2, b=1) > Counter(a=1))
show(lambda: Counter.fromkeys("abc"))
show(lambda: Counter(a=1) + 1)
show(lambda: Counter(a=1) < 1)
print(Counter("hello world").most_common(3))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(2), Counter(len(w) for w in words))
print(Counter({"a": 1.5, "b": 0.5}).total(), Counter([1, 1, 2]).copy())
print(isinstance(Counter(), dict), Counter(["x"]).get("y"), Counter("aab").keys())


class C2(Counter):
    pass


print(C2("aab"), type(C2("a").copy()).__name__, type(C2("a") + C2("b")).__name__)
print(Counter({"a": 1, 3: "b"}) if False else Counter(x=[1]) if False else "mixed skipped")
mixed = Counter({1: 2})
mixed["a"] = "str"
print(repr(mixed))
