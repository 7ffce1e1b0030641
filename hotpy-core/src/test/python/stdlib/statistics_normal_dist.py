# statistics.NormalDist and the two-variable functions.
from statistics import NormalDist, StatisticsError, correlation, covariance, linear_regression, fmean


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


iq = NormalDist(100, 15)
print(iq, repr(iq), iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print([round(iq.cdf(x), 10) for x in (55, 85, 100, 115, 145)], [round(iq.pdf(x), 12) for x in (70, 100, 130)])
print([round(iq.inv_cdf(p), 8) for p in (0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999)], [round(q, 8) for q in iq.quantiles(10)])
print(round(iq.overlap(NormalDist(110, 20)), 10), round(NormalDist(0, 1).overlap(NormalDist(0, 1)), 10), round(iq.zscore(70), 10))
a, b = NormalDist(10, 3), NormalDist(5, 4)
print(a + b, a - b, a + 2, 2 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, -a, +a, a == NormalDist(10.0, 3.0), a != b)
print(hash(a) == hash(NormalDist(10, 3)), NormalDist.from_samples([1, 2, 3, 4, 5]), NormalDist.from_samples([2.5, 2.5, 4.0]))
print(NormalDist().__getstate__(), NormalDist(0, 0).mean, NormalDist(1, 2) == 5)
for bad in [lambda: NormalDist(0, -0.1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1),
            lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(0, 0).inv_cdf(0.5),
            lambda: NormalDist(0, 0).zscore(1), lambda: NormalDist().overlap(3), lambda: NormalDist(0, 0).overlap(NormalDist()),
            lambda: NormalDist.from_samples([1])]:
    show(bad)
xs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print(round(covariance(xs, ys), 10), round(correlation(xs, ys), 10), linear_regression(xs, ys), linear_regression(xs, ys, proportional=True))
print(covariance([1, 2, 3], [3, 2, 1]), correlation([1, 2, 3], [3, 2, 1]), fmean([1, 2, 3, 4]), linear_regression([0, 1], [1, 3]).intercept)
show(lambda: covariance([1, 2], [1]))
show(lambda: correlation([1], [1]))
show(lambda: linear_regression([1, 2, 3], [1, 2]))
