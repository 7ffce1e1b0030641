# Binary operations, comparisons, subscripts, iteration and unpacking that specialise on int,
# float, str, list, tuple or dict operands and then see other types mid-loop.


def add_all(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total


print(add_all(list(range(50))))
print(add_all([1] * 20 + [2.5] + [1] * 5))
print(add_all([2 ** 62] * 10))
print(add_all([1] * 20 + [True, False]))
print(add_all(["a"] * 5 + ["b"]))
print(add_all([[1]] * 3))


def mixed_ops(pairs):
    out = []
    for a, b in pairs:
        out.append((a - b, a * b, a < b, a == b))
    return out


pairs = [(i, i + 1) for i in range(20)] + [(1.5, 2), (2, 1.5), (float("nan"), 1.0), (-0.0, 0.0),
                                          (2 ** 63, 1), (-2 ** 63, 1), (True, 2), (3, 3.0)]
for row in mixed_ops(pairs)[-8:]:
    print(row)


def overflow_loop():
    x = 1
    out = []
    for i in range(70):
        x = x * 2
        out.append(x)
    y = 2 ** 64
    for i in range(20):
        y = y - 2 ** 60
    return out[61:64], y, x // 3


print(overflow_loop())


def floats():
    acc = 0.0
    for i in range(1, 30):
        acc = acc + 1.0 / i
        acc = acc * 1.0000001
    r = [acc / 3, acc - acc, acc * 0.0]
    for d in (2.0, 0.5, 1e308, float("inf")):
        r.append(acc * d)
    try:
        r.append(acc / 0.0)
    except ZeroDivisionError as e:
        r.append(str(e))
    return r


print(floats())


def subscripts(containers):
    out = []
    for c in containers:
        out.append(c[1])
    return out


data = [[i, i * 2] for i in range(20)] + [(9, 8), {1: "dict"}, "str", range(5, 10), b"xy", {1: None}]


class Custom:
    def __getitem__(self, k):
        return "custom[%r]" % (k,)


print(subscripts(data + [Custom()])[-7:])


def store_subscripts(n):
    lst = [0] * 5
    d = {}
    for i in range(n):
        lst[i % 5] = i
        d[i % 3] = i
    target = lst
    for i in range(3):
        target[i] = "x"
        if i == 1:
            target = d
    return lst, d


print(store_subscripts(20))
try:
    subscripts([[1, 2]] * 20 + [[1]])
except IndexError as e:
    print("IndexError", e)


def iterate(iterables):
    out = []
    for it in iterables:
        total = 0
        for v in it:
            total += v
        out.append(total)
    return out


def g(n):
    yield from range(n)


print(iterate([list(range(10)), range(10), (1, 2), g(4), {1: 0, 2: 0}, {5, 6}, range(0), [], range(10, 0, -3)]))


def unpack(seqs):
    out = []
    for s in seqs:
        a, b = s
        out.append(a * 10 + b)
    return out


print(unpack([(i, 1) for i in range(15)] + [[2, 3], "45" and (4, 5), iter((6, 7)), {8: 0, 9: 0}]))
try:
    unpack([(1, 2)] * 10 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)


def compare_strs(words):
    return sum(1 for w in words if w < "m")


print(compare_strs(["apple", "zebra"] * 10 + ["Mango", "m", "é"]))


def int_str_keys(n):
    d = {}
    for i in range(n):
        d[i] = i
        d[str(i)] = i
        d[float(i)] = "float"
    return len(d), d[1], d["1"], d[True]


print(int_str_keys(30))
