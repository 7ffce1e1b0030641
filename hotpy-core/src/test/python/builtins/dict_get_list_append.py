# d.get(k, dflt) and xs.append(x), which the call of a builtin method does straight on an exact
# dict or list: the same results and errors as the general path, subclasses (with or without their
# own get/append) keep theirs, and a call site that sees several types stays right. The loops run
# long enough for the functions to be compiled.


def count(words, d):
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def collect(n, xs):
    for i in range(n):
        xs.append(i * i)
    return xs


class D(dict):
    pass


class G(dict):
    def get(self, k, dflt=None):
        return ("G.get", k, dflt)


class M(dict):
    def __missing__(self, k):
        return "missing"


class L(list):
    pass


class A(list):
    def append(self, x):
        list.append(self, -x)


words = ("a b c a b a " * 200).split()
print(sorted(count(words, {}).items()))
print(sorted(count(words, D()).items()), type(count(words, D())).__name__)
print(sorted(count(words, M()).items()))
for _ in range(30):
    r = count(words, {})
print(sorted(r.items()))


def gets(d, keys):
    return [d.get(k, "dflt") for k in keys]


for d in ({1: "one", (1, 2): "pair", "s": None}, D({1: "d1"}), G({1: "g1"}), M({1: "m1"})):
    for _ in range(20):
        r = gets(d, [1, 2, (1, 2), "s", 1.0, True])
    print(type(d).__name__, r)

for bad in ([1], {}, {1, 2}):
    try:
        {}.get(bad, 0)
    except TypeError as e:
        print("TypeError", e)

# a key whose __eq__ and __hash__ are Python code
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("K.__eq__")
        return isinstance(other, K) and self.v == other.v


d = {K(1): "k1"}
print(d.get(K(1), "none"), d.get(K(2), "none"))

print(len(collect(1000, [])), collect(5, []))
for _ in range(30):
    r = collect(50, [])
print(r[-3:])
print(collect(5, L()), type(collect(3, L())).__name__)
print(collect(5, A()))
print(list.append, dict.get)


def appends(xs, ys):
    for y in ys:
        xs.append(y)
    return xs


for xs in ([], L(), A(), [1]):
    for _ in range(20):
        r = appends(type(xs)(xs), range(4))
    print(type(xs).__name__, r)
try:
    [].append()
except TypeError as e:
    print("TypeError", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError", e)
xs = []
xs.append(xs)
print(xs)
