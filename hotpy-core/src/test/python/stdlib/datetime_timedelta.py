# datetime.timedelta: normalisation, rounding, arithmetic, str/repr, errors.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for kw in [{}, {"days": 1}, {"seconds": 90061}, {"days": -1, "seconds": 5}, {"microseconds": -1}, {"hours": 1.5},
           {"milliseconds": 1.0000005}, {"microseconds": 0.5}, {"microseconds": 1.5}, {"microseconds": 2.5},
           {"microseconds": -0.5}, {"seconds": 1e-7}, {"weeks": 2, "days": -3}, {"minutes": -1.25},
           {"days": 0.1}, {"days": 1 / 3}, {"seconds": 86399.9999995}, {"hours": -25}, {"days": 999999999},
           {"days": -999999999}, {"microseconds": 10 ** 12}]:
    td = timedelta(**kw)
    print(kw, repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for bad in [lambda: timedelta(days=10 ** 9), lambda: timedelta("1"), lambda: timedelta(seconds=None),
            lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0),
            lambda: timedelta(1) % timedelta(0), lambda: timedelta.max + timedelta(1), lambda: -timedelta.max - timedelta(2),
            lambda: timedelta(1) * 1e6 * 1e3]:
    show(bad)
a, b = timedelta(days=1, hours=2), timedelta(minutes=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 2 * a, a * 1.5, a * -0.25, a / 2, a / 3, a / 2.5, a / b, a // b, a % b, divmod(a, b))
print(a // 7, timedelta(seconds=1) / 3, timedelta(seconds=2) / 3, timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5)
print(a > b, a >= b, a < b, a <= b, a == timedelta(hours=26), a != b, a == 1, bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(hash(a) == hash(timedelta(hours=26)), sorted([a, b, timedelta(0), -b]), max(a, b), sum([a, b], timedelta()))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min), repr(timedelta.max))
print(str(timedelta(days=-2, seconds=1)), str(timedelta(days=1)), str(timedelta(days=2, hours=3, microseconds=7)), str(-timedelta(microseconds=1)))
print(timedelta(seconds=3725).total_seconds(), timedelta(days=1, microseconds=1).total_seconds(), a.__reduce__())
print(timedelta(1, 2, 3, 4, 5, 6, 7), timedelta(weeks=1.5), timedelta(hours=1) * 0.1, timedelta(hours=1) / 7)
