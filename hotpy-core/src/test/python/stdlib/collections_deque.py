# collections.deque: ring buffer behaviour, maxlen, every method and its errors.
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque()
for i in range(20):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
print(d, len(d))
while len(d) > 5:
    d.popleft()
    d.pop()
print(d, d[0], d[-1], d[2])
d[1] = "x"
del d[0]
print(d, list(reversed(d)))
d.extend("ab")
d.extendleft([1, 2])
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(100)
print(d)
d.rotate(-101)
print(d)
d.reverse()
print(d)
print(d.count("a"), d.index("b"), "x" in d, "zz" in d)
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
print(d)
c = d.copy()
c.clear()
print(c, d == c, len(d))

b = deque(range(10), maxlen=4)
print(b, b.maxlen)
b.append(10)
b.appendleft(5)
print(b)
b.extend(range(100, 103))
print(b)
b.extendleft("xy")
print(b)
b.rotate(1)
print(b)
show(lambda: b.insert(0, 1))
b.pop()
b.insert(1, "i")
print(b)
print(b * 2, 3 * deque([1, 2], maxlen=3))
z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.appendleft(5)
print(z, len(z))

e = deque([1, 2, 3])
e += [4, 5]
e += e
print(e)
e *= 0
print(e)
f = deque("ab")
f *= 3
print(f)
print(deque([1]) + deque([2, 3]), deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2, 3]), deque([1]) == [1])
print(deque("hello").index("l"), deque("hello").index("l", 3), deque("hello").index("o", -2))
print(bool(deque()), bool(deque([0])))

for bad in [lambda: deque([], -1), lambda: deque([], "a"), lambda: deque().pop(),
            lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5],
            lambda: deque([1])[-2], lambda: deque([1])["a"], lambda: deque([1])[1:2],
            lambda: deque([1]).index(2), lambda: deque([1, 2, 3]).index(2, 0, 1),
            lambda: deque([1], 1).insert(0, 2), lambda: deque([1]) + [1],
            lambda: deque([1]).__setitem__(3, 1), lambda: deque([1]).__delitem__(3),
            lambda: deque([1]).rotate("a")]:
    show(bad)

r = deque([1, 2])
r.append(r)
print(r)
it = iter(r)
next(it)
r.append(3)
show(lambda: next(it))
it = iter(deque([1, 2, 3]))
print(list(it))


class Sub(deque):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


s = Sub([3, 4], "t")
print(s, s.tag, type(s).__name__, isinstance(s, deque))
print(deque([1, 2, 3], 2), deque(maxlen=3), deque("abc", maxlen=5))
dd = deque([1, 2, 3])
dd.__init__([7, 8])
print(dd)
print(deque[int])
big = deque()
for i in range(1000):
    big.appendleft(i)
    if i % 2:
        big.pop()
print(len(big), big[0], big[-1], sum(big))
