# Assignment targets, unpacking, augmented assignment and their evaluation order.
log = []


def t(tag, v):
    log.append(tag)
    return v


a, *b, c = range(6)
print(a, b, c)
(x, y), [z, *w] = (1, 2), "hello"
print(x, y, z, w)
first, *_ = [9]
print(first, _)
*init, last = "abc"
print(init, last)
a = b = c = [0]
a.append(1)
print(a is b is c, c)
d = {}
d[t("k1", "a")], d[t("k2", "b")] = t("v1", 1), t("v2", 2)
print(d, log)
log.clear()
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)


class Box:
    def __init__(self):
        self.v = 10
        self.items = [1, 2, 3]


bx = Box()
bx.v += 5
bx.items[t("idx", 1)] *= t("factor", 10)
bx.items[1:] += [7]
print(bx.v, bx.items, log)
s = "ab"
s *= 3
s += "!"
n = 7
n //= 2
n **= 3
n %= 10
n <<= 4
n |= 1
n ^= 0b11
n >>= 1
n &= 0xF
print(s, n)
f = 2.5
f /= 0.5
f -= 1
f = f if f else 0
print(f)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
first, second = {"p": 1, "q": 2}
print(first, second)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 8
print(m)
lst = list(range(10))
lst[2:8:2] = "abc"
del lst[::3]
print(lst)
lst[:] = []
lst[len(lst):] = [1, 2]
print(lst)
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
if (n := len("walrus")) > 3:
    print("walrus", n)
print([y for x in range(5) if (y := x * x) % 2], y)
print((lambda: (q := 4) * q)())
