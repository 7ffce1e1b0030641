# Float arithmetic chains in compiled code keep their intermediate results unboxed;
# every result must still be what the interpreter gives, including where an operand
# stops being a float, a divisor is zero, or a value is seen across a call, an
# exception handler or a yield.
import math


def energy(bodies):
    e = 0.0
    for (x, y, z, m) in bodies:
        e += 0.5 * m * (x * x + y * y + z * z)
        for (x2, y2, z2, m2) in bodies:
            d = (x - x2) * (x - x2) + (y - y2) * (y - y2) + (z - z2) * (z - z2)
            if d > 0.0:
                e -= (m * m2) / math.sqrt(d)
    return e


def mixed(values):
    total = 0
    for v in values:
        total = total + v * v - v / 4 + (v * 2) * (v - 1)
    return total


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)


def project(vs, k):
    s = 0.0
    for v in vs:
        w = v * k
        s += w.dot(v) * 0.5 + v.x * w.y - v.y / (w.x + 1.0)
    return s


def ratio(a, b):
    try:
        return (a * 2.0 + 1.0) / (b - 1.0) * 3.0
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: ' + str(e)


def half_or_raise(x):
    if x < 0.0:
        raise ValueError(x)
    return x * 0.5


def guarded(xs):
    out = []
    for x in xs:
        try:
            out.append(x * x + half_or_raise(x) * 2.0 - x / 8.0)
        except ValueError as e:
            out.append(('ValueError', e.args[0] * 2.0))
    return out


def averager():
    total = 0.0
    count = 0.0
    while True:
        total = total * 1.0 + (yield total / (count + 1.0))
        count += 1.0


def compare_all(a, b):
    return (a * 1.0 < b * 1.0, a * 1.0 <= b, a * 1.0 == b * 1.0, a * 1.0 != b,
            a * 1.0 > b * 1.0, a * 1.0 >= b)


class Meters(float):
    def __mul__(self, k):
        return Meters(float(self) * k)

    def __repr__(self):
        return 'Meters(%r)' % float(self)


bodies = [(float(i), i * 0.5, -i * 0.25, 1.0 + i) for i in range(6)]
for rnd in range(60):
    e = energy(bodies)
    m = mixed([1, 2.5, 3, 4.0, 10**20, -0.0])
    p = project([Vec(i * 0.5, 1.0 - i) for i in range(20)], 1.5)
    r = (ratio(2.0, 3.0), ratio(2.0, 1.0), ratio(2, 5))
    g = guarded([1.0, 4.0, -2.0, 9.0])
    c = [compare_all(a, b) for a in (1.0, -0.0, float('nan'), float('inf'))
         for b in (0.0, 1.0, float('nan'))]
    if rnd % 20 == 0:
        print(round(e, 6), m, round(p, 6))
        print(r)
        print(g)
        print(c[:4], c[-3:])

avg = averager()
next(avg)
print([avg.send(x) for x in (1.0, 2.0, 6.0, 3)])
print(mixed([Meters(2.0), 1.5]))
print(project([Vec(Meters(1.0), 2.0)], 2.0))
print(energy([(1, 2, 3, 4), (2.0, 3.0, 4.0, 5.0)]))
