# statistics: exact means, medians, modes, variances, quantiles, NormalDist basics.
import statistics as st
from statistics import StatisticsError
from fractions import Fraction as F


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean(ints), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5]), st.mean([1e50, 1, -1e50] * 10))
print(st.mean(range(10)), st.mean(iter([1, 2])), st.mean([True, False, True]), type(st.mean([1, 3])).__name__, st.mean([1, 2]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(x for x in range(4)))
print(round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbb"), st.mode([1, 2, 2, 1]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([1]))
print(st.variance(data), st.variance(ints), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance(data), st.pvariance(ints))
print(st.stdev(data), st.pstdev(data), st.stdev(ints), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2]))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], mu=2), st.variance([2, 2, 2]), st.stdev([1e10, 1e10 + 1]))
print(st.variance([0.1] * 5 + [0.2] * 3), st.pstdev([F(1, 3), F(2, 3)]), st.variance([1, 2, 3, 4, 5.5]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2], n=3), st.quantiles([1, 2], n=1))
for bad in [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
            lambda: st.pvariance([]), lambda: st.stdev([1]), lambda: st.pstdev([]), lambda: st.quantiles([1]),
            lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.harmonic_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.mean(["a"]),
            lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1], weights=[0]), lambda: st.median_low([]),
            lambda: st.mean([1, F(1, 2), 2.0]) if False else st.mean([F(1, 2), "x"]), lambda: st.harmonic_mean([1, 2], weights=[1])]:
    show(bad)
print(issubclass(StatisticsError, ValueError), st.mean([F(1, 2), 0.25]), type(st.mean([F(1, 2), 0.25])).__name__)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), round(st.correlation(x, y), 12), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True), st.linear_regression(x, y).slope)
show(lambda: st.correlation([1, 1], [1, 2]))
show(lambda: st.linear_regression([1, 1], [1, 2]))
show(lambda: st.covariance([1], [1]))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode, round(n.cdf(130), 12), round(n.pdf(100), 12), round(n.inv_cdf(0.975), 9))
print([round(q, 9) for q in n.quantiles()], round(n.zscore(130), 12), round(n.overlap(st.NormalDist(110, 10)), 12))
print(n + 5, n * 2, n - st.NormalDist(0, 20), -n, n / 3, 3 + n, n == st.NormalDist(100, 15), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(st.NormalDist().inv_cdf(p), 12) for p in (1e-10, 0.001, 0.02, 0.3, 0.5, 0.7, 0.98, 0.999, 1 - 1e-10)])
show(lambda: st.NormalDist(0, -1))
show(lambda: n.inv_cdf(1.0))
show(lambda: st.NormalDist(0, 0).cdf(1))
