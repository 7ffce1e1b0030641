"""Tier 2: bridges (traces recorded from hot side exits) that run on to their function's return.
A bridge from an exit of a function-entry trace hands the value to the caller; one from an exit of
a loop trace finishes in tier 1 at a RETURN_VALUE. Guards inside the bridges fail later (types,
attribute shapes, overflow, exceptions) and must deoptimise to the right state."""


class Task:
    def __init__(self, v, count):
        self.v = v
        self.count = count
        self.released = 0

    def release(self, k):
        self.released += k
        return self.released

    # The entry trace is recorded while the first branch runs; the second branch becomes the hot
    # exit, and its bridge returns the value of the call.
    def run(self):
        self.count -= 1
        if self.count % 7 == 0:
            return -1
        if (self.v & 1) == 0:
            self.v = self.v >> 1
            return self.release(1)
        self.v = (self.v >> 1) ^ 0xD008
        return self.release(2)


t = Task(0x10000, 10 ** 6)
total = 0
for i in range(6000):
    total += t.run()
print("task", total, t.v, t.count, t.released)


# Later the bridge's own guards fail: floats instead of ints, then a big int, then a new attribute
# layout on a subclass instance.
def scale(x, k):
    if x < 1000:
        return x * 2
    y = x - 1000
    return y * k + 1


acc = 0
for i in range(3000):
    acc += scale(i, 3)
print("ints", acc)
facc = 0.0
for i in range(400):
    facc += scale(1000.5 + i, 3)
print("floats", facc)
print("big", scale(10 ** 30, 10 ** 20))
print("mixed", scale(2000, 2.5), scale(2000.0, 2))


class Task2(Task):
    def __init__(self, v, count):
        self.extra = "x"
        super().__init__(v, count)


t2 = Task2(12345, 10 ** 6)
s2 = 0
for i in range(500):
    s2 += t2.run() + t.run()
print("subclass", s2, t2.v, t2.released, t.v)


# A bridge that raises: the exception comes out of the function as from tier 1.
def safe_div(a, b):
    if b == 1:
        return a
    q = a // b
    return q + 1


caught = 0
ok = 0
for i in range(4000):
    b = 1 if i % 2 == 0 else (0 if i % 97 == 0 else 3)
    try:
        ok += safe_div(i, b)
    except ZeroDivisionError as e:
        caught += 1
        msg = str(e)
print("div", ok, caught, msg)


# Loops whose exit runs on to the return: the bridge from the loop trace's exit returns, with the
# for-loop's iterator still on the stack when the return is inside the loop.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return scale(i, 10)
    return -1


def drive_find():
    data = list(range(50))
    found = 0
    for i in range(3000):
        found += find(data, i % 60)
    return found


print("find", drive_find())


def count_up(n):
    i = 0
    while i < n:
        i += 1
    s = i * 2
    return scale(s, 3) + n


def drive_count():
    cu = 0
    for i in range(3000):
        cu += count_up(i % 40)
    return cu


print("count", drive_count())
# the same bridge, now with a float limit (the bridge's guards on ints fail)
print("count float", count_up(7.5), count_up(3))


# A returning bridge whose return value is an object built in the bridge (not virtual once it
# leaves), and a None return.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def make(i):
    if i % 5 == 0:
        return None
    q = P(i, i + 1)
    return q


ps = 0
nones = 0
for i in range(3000):
    p = make(i)
    if p is None:
        nones += 1
    else:
        ps += p.a * p.b
print("objects", ps, nones)


# Recursion through a function with a returning bridge.
def depth(n):
    if n <= 0:
        return 0
    r = depth(n - 1)
    return r + 1


dsum = 0
for i in range(400):
    dsum += depth(i % 30)
print("depth", dsum)
